package docs

import (
	"bytes"
	"strings"
	"testing"

	"github.com/jung-kurt/gofpdf"
)

func TestWrapKeepsEveryCharacter(t *testing.T) {
	cases := []struct {
		name, text string
		width      float64
	}{
		{"chinese", "合同签订后 5 个工作日内预付合同总额的 30%，发货前付清余款。货到验收合格并收到发票后 30 天内付款，逾期按日万分之五计息。", 40},
		{"english", "Shipped within 15 working days of the advance payment, delivered to your door, insured by the supplier.", 40},
		{"mixed with a long word", "型号 LP-4200-PRO-MAX-EXTENDED-EDITION 激光打印机，A4 黑白", 25},
		{"newlines", "第一行\n第二行，很长很长很长很长很长很长很长很长很长很长很长", 30},
	}
	err := RenderPDF(&bytes.Buffer{}, func(pdf *gofpdf.Fpdf) error {
		pdf.AddPage()
		pdf.SetFont(Font, "", 10)
		for _, c := range cases {
			lines := Wrap(pdf, c.text, c.width)
			if len(lines) < 2 {
				t.Errorf("%s: expected a wrap, got %q", c.name, lines)
			}
			joined := strings.Join(lines, "")
			if strip(joined) != strip(c.text) {
				t.Errorf("%s: characters lost:\n%q\n%q", c.name, joined, c.text)
			}
			for i, l := range lines {
				r := []rune(l)
				if i > 0 && len(r) > 0 && strings.ContainsRune(noLineStart, r[0]) {
					t.Errorf("%s: line %d starts with %q", c.name, i, string(r[0]))
				}
				if w := pdf.GetStringWidth(strings.TrimRight(l, noLineStart)); w > c.width+0.01 {
					t.Errorf("%s: line %q is %.1f wide", c.name, l, w)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func strip(s string) string { return strings.NewReplacer(" ", "", "\n", "").Replace(s) }
