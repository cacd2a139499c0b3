package docs

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/jung-kurt/gofpdf"

	"steady/backend/docs/internal/ttf"
)

// sample builds a two-font, two-page document with page numbers.
func sample(p *gofpdf.Fpdf) error {
	p.SetCatalogSort(true)
	p.SetCreationDate(time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC))
	p.SetModificationDate(time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC))
	p.SetFooterFunc(func() {
		p.SetY(-15)
		p.SetFont(Font, "", 8)
		Cell(p, 0, 5, fmt.Sprintf("第 %d 页 / 共 {nb} 页", p.PageNo()), "", 0, "C", false)
	})
	for page := range 2 {
		p.AddPage()
		p.SetFont(Font, "B", 14)
		Cell(p, 0, 8, fmt.Sprintf("月度考核 %d：臺灣資訊 王堃 0123456789", page), "", 1, "L", false)
		p.SetFont(Font, "", 10)
		for _, line := range Wrap(p, names+" 合同签订后 5 个工作日内预付 30%，电话 0571-8964 7210，Office chair ㎡ ㎏ 😀", 80) {
			Cell(p, 80, 5, line, "", 1, "L", false)
		}
	}
	return nil
}

// The shared parsed fonts must make the very document gofpdf makes when it
// parses the fonts itself.
func TestSharedFontsMakeTheSameDocument(t *testing.T) {
	f, err := fonts()
	if err != nil {
		t.Fatal(err)
	}
	if f.parsed == nil {
		t.Fatal("the parsed fonts are not shared: every document would parse them again")
	}
	var shared, own bytes.Buffer
	if err := RenderPDF(&shared, sample); err != nil {
		t.Fatal(err)
	}
	parsed := f.parsed
	f.parsed = nil
	err = RenderPDF(&own, sample)
	f.parsed = parsed
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(shared.Bytes(), own.Bytes()) {
		t.Fatalf("a document with the shared fonts (%d bytes) differs from one that parsed them (%d bytes)", shared.Len(), own.Len())
	}
	// A document's characters do not leak into the next one's font subset.
	var small bytes.Buffer
	if err := RenderPDF(&small, func(p *gofpdf.Fpdf) error {
		p.AddPage()
		p.SetFont(Font, "", 10)
		Cell(p, 0, 5, "1", "", 1, "L", false)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if small.Len() > shared.Len()/2 {
		t.Errorf("a one-character document is %d bytes, the sample %d: the used characters leaked between documents", small.Len(), shared.Len())
	}
}

func TestDocumentsFromManyGoroutines(t *testing.T) {
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			if err := RenderPDF(io.Discard, sample); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
}

// embeddedFonts returns the character sets of the fonts pdf embeds.
func embeddedFonts(t *testing.T, pdf []byte) []*ttf.Set {
	t.Helper()
	var out []*ttf.Set
	re := regexp.MustCompile(`<</Length (\d+)\n/Filter /FlateDecode\n/Length1 \d+\n>>\nstream\n`)
	for _, m := range re.FindAllSubmatchIndex(pdf, -1) {
		n, _ := strconv.Atoi(string(pdf[m[2]:m[3]]))
		r, err := zlib.NewReader(bytes.NewReader(pdf[m[1] : m[1]+n]))
		if err != nil {
			t.Fatal(err)
		}
		font, err := io.ReadAll(r)
		if err != nil {
			t.Fatal(err)
		}
		set, err := ttf.Characters(font)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, set)
	}
	return out
}

// gofpdf writes the page count at Output without noting its digits as
// used: a page that prints only "共 {nb} 页" must still get their glyphs.
func TestThePageCountHasItsDigits(t *testing.T) {
	var pdf bytes.Buffer
	if err := RenderPDF(&pdf, func(p *gofpdf.Fpdf) error {
		p.AddPage()
		p.SetFont(Font, "", 10)
		Cell(p, 0, 5, "共 {nb} 页", "", 1, "L", false)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	fonts := embeddedFonts(t, pdf.Bytes())
	if len(fonts) != 2 {
		t.Fatalf("expected the two fonts embedded, found %d", len(fonts))
	}
	// the fonts are embedded in no fixed order: the one that prints 共 needs the digit
	printed := 0
	for _, f := range fonts {
		if f.Has('共') {
			printed++
			if !f.Has('1') {
				t.Error("the embedded font lacks the page count's digit")
			}
		}
	}
	if printed != 1 {
		t.Errorf("%d embedded fonts hold 共, want the regular one", printed)
	}
}
