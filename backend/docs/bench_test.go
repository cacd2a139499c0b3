package docs

import (
	"fmt"
	"io"
	"testing"
	"time"

	"github.com/jung-kurt/gofpdf"
)

// batch is a monthly appraisal of 50 reps in one document: a page each with
// a heading, a 20-row table and a wrapped comment.
func batch(p *gofpdf.Fpdf) error {
	p.SetFooterFunc(func() {
		p.SetY(-15)
		p.SetFont(Font, "", 8)
		Cell(p, 0, 5, fmt.Sprintf("第 %d 页 / 共 {nb} 页", p.PageNo()), "", 0, "C", false)
	})
	for rep := range 50 {
		p.AddPage()
		p.SetFont(Font, "B", 14)
		Cell(p, 0, 8, fmt.Sprintf("2026 年 11 月 销售考核 — 王堃%d（臺灣資訊）", rep), "", 1, "L", false)
		p.SetFont(Font, "", 9)
		for row := range 20 {
			for col, w := range []float64{40, 60, 30, 30} {
				Cell(p, w, 6, fmt.Sprintf("指标 %d·%d 拜访 喆玥 %d", row, col, rep*row), "1", 0, "L", false)
			}
			p.Ln(-1)
		}
		for _, line := range Wrap(p, "本月拜访客户 42 家，新签合同 3 份，回款 128,000.00 元；跟进及时，报价规范，建议下月重点开拓华东区域 ㎡ ㎏。", 180) {
			Cell(p, 180, 5, line, "", 1, "L", false)
		}
	}
	return nil
}

// BenchmarkBatch50Reps: fonts are registered once per document, so 50 reps
// in one document must stay well under the 3 s budget.
func BenchmarkBatch50Reps(b *testing.B) {
	if err := RenderPDF(io.Discard, batch); err != nil { // the fonts load once per process
		b.Fatal(err)
	}
	start := time.Now()
	for b.Loop() {
		if err := RenderPDF(io.Discard, batch); err != nil {
			b.Fatal(err)
		}
	}
	if per := time.Since(start) / time.Duration(b.N); per > 3*time.Second {
		b.Errorf("a 50-rep document took %v, over the 3 s budget", per)
	}
}

// BenchmarkFontsPerDocument is what every document pays for the fonts: a
// one-line document.
func BenchmarkFontsPerDocument(b *testing.B) {
	one := func(p *gofpdf.Fpdf) error {
		p.AddPage()
		p.SetFont(Font, "", 10)
		Cell(p, 0, 5, "报价单", "", 1, "L", false)
		return nil
	}
	if err := RenderPDF(io.Discard, one); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if err := RenderPDF(io.Discard, one); err != nil {
			b.Fatal(err)
		}
	}
}
