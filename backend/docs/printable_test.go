package docs

import (
	"bytes"
	"log/slog"
	"slices"
	"strings"
	"testing"

	"github.com/jung-kurt/gofpdf"
)

// names are characters beyond GB 2312 that people write their names and
// places with: traditional forms, rarer given-name characters, unit signs.
const names = "臺灣資訊 堃 昇 喆 玥 珺 琇 燊 旻 淼 犇 鑫 垚 頔 祎 䶮 ㎡ ㎏"

func TestPrintableKeepsWhatTheFontHasAndMarksTheRest(t *testing.T) {
	cases := []struct{ in, want string }{
		{names, names},
		{"王堃😀", "王堃〓"},
		{"𠮷野家", "〓野家"},
		{"私用区\uE000", "私用区〓"},
		{"赞👍🏻！❤️", "赞〓〓！〓"},               // the skin tone is a character of its own; the variation selector is invisible
		{"家庭👨‍👩‍👧", "家庭〓〓〓"},              // the joiners go, each person is marked
		{"甲\t乙\r\n丙\r丁\n", "甲 乙\n丙\n丁\n"}, // tabs and line ends the layout understands
		{"bad \xff byte", "bad 〓 byte"},
	}
	for _, c := range cases {
		if got := Printable(c.in); got != c.want {
			t.Errorf("Printable(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestMissingGlyphs(t *testing.T) {
	if got := MissingGlyphs(names + "\n\t 合同 ABC ①№℃"); len(got) != 0 {
		t.Errorf("the fonts should have every one of these characters, missing %q", string(got))
	}
	if got := MissingGlyphs("😀 客户 😀 𠮷"); !slices.Equal(got, []rune("😀𠮷")) {
		t.Errorf("MissingGlyphs = %q, want each unprintable character once", string(got))
	}
}

// logs captures what docs logs while f runs.
func logs(t *testing.T, f func()) string {
	t.Helper()
	var buf bytes.Buffer
	old := slog.Default()
	slog.SetDefault(slog.New(slog.NewTextHandler(&buf, nil)))
	defer slog.SetDefault(old)
	f()
	return buf.String()
}

func TestUnprintableTextIsMarkedAndLoggedOncePerDocument(t *testing.T) {
	var pdf bytes.Buffer
	out := logs(t, func() {
		err := RenderPDF(&pdf, func(p *gofpdf.Fpdf) error {
			p.AddPage()
			p.SetFont(Font, "", 12)
			Cell(p, 0, 8, "客户：王堃😀", "", 1, "L", false)
			p.SetFont(Font, "B", 12)
			Text(p, 20, 40, "𠮷野家 😀")
			for _, line := range Wrap(p, "备注：😀😀 台账", 30) {
				Cell(p, 30, 8, line, "", 1, "L", false)
			}
			_ = Width(p, "🙂")
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	})
	if n := strings.Count(out, "cannot draw"); n != 1 {
		t.Fatalf("want one log line for the document, got %d:\n%s", n, out)
	}
	for _, want := range []string{"chars=😀𠮷🙂", "U+1F600", "U+20BB7", "count=6"} {
		if !strings.Contains(out, want) {
			t.Errorf("the log should say %s:\n%s", want, out)
		}
	}
	text := pdfText(t, pdf.Bytes())
	for _, want := range []string{"客户：王堃〓", "〓野家 〓", "台账"} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF should read %q:\n%s", want, text)
		}
	}
}

func TestRawTextThatPanicsGofpdfIsAnError(t *testing.T) {
	err := RenderPDF(&bytes.Buffer{}, func(p *gofpdf.Fpdf) error {
		p.AddPage()
		p.SetFont(Font, "", 12)
		p.CellFormat(0, 8, "😀", "", 1, "L", false, 0, "") // not through Printable
		return nil
	})
	if err == nil || !strings.Contains(err.Error(), "docs: pdf") {
		t.Fatalf("gofpdf panics on an emoji; RenderPDF should return that as an error, got %v", err)
	}
	// and the next document still works
	if err := RenderPDF(&bytes.Buffer{}, func(p *gofpdf.Fpdf) error {
		p.AddPage()
		p.SetFont(Font, "", 12)
		Cell(p, 0, 8, "好", "", 1, "L", false)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
}
