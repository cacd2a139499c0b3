package quote_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"steady/backend/docs"
	"steady/backend/quote"
)

// The characters people really type: traditional forms, rarer given-name
// characters, unit signs; and what gofpdf cannot draw at all (emoji, 𠮷
// beyond the BMP).
const (
	traditional = "臺灣資訊股份有限公司"
	rareNames   = "堃昇喆玥珺琇燊旻淼犇鑫垚頔祎䶮"
	units       = "㎡ ㎏"
)

func TestPDFPrintsRareCharactersAndMarksWhatTheFontLacks(t *testing.T) {
	w := newWorld(t)
	in := w.input()
	in.CustomerName = traditional + " 😀"
	in.ContactName = "王" + rareNames[:len("堃昇喆")]
	in.Notes = "联系人：" + rareNames + "；𠮷野家分店，面积 120 ㎡，净重 35 ㎏。😀"
	in.Lines = append(in.Lines, quote.LineInput{Name: "地毯（" + rareNames + "）", Spec: "每 ㎡ 1.2 ㎏ 😀", Unit: "㎡",
		QtyMilli: 120000, UnitPriceMinor: 8800, TaxRateBP: 1300})
	q := w.create(w.senior, in)
	var buf bytes.Buffer
	if err := w.svc.ExportPDF(ctx, w.senior, q.ID, &buf); err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, "quote-chars.pdf", buf.Bytes())
	for _, want := range []string{traditional + " 〓", "王堃昇喆", "联系人：" + rareNames, "〓野家分店", "120 ㎡", "35 ㎏。〓",
		"地毯（", "每 ㎡ 1.2 ㎏ 〓", "需方确认（盖章）：" + traditional + " 〓"} {
		if !has(text, want) {
			t.Errorf("PDF text lacks %q", want)
		}
	}
	if strings.ContainsAny(text, "😀𠮷") {
		t.Error("characters gofpdf cannot draw must print as 〓")
	}
	for _, s := range []string{traditional, rareNames, units} {
		if missing := docs.MissingGlyphs(s); len(missing) != 0 {
			t.Errorf("the PDF font lacks %q", string(missing))
		}
	}
	if missing := docs.MissingGlyphs("😀 𠮷"); string(missing) != "😀𠮷" {
		t.Errorf("MissingGlyphs should name the emoji and 𠮷, got %q", string(missing))
	}
	renderFirstPage(t, buf.Bytes())
}

// renderFirstPage rasterises page 1 (into $STEADY_KEEP_DOCS when set, to
// look at) so a broken font fails here rather than on paper.
func renderFirstPage(t *testing.T, pdf []byte) {
	t.Helper()
	if _, err := exec.LookPath("pdftoppm"); err != nil {
		t.Skip("pdftoppm is not installed")
	}
	dir := t.TempDir()
	if keep := os.Getenv("STEADY_KEEP_DOCS"); keep != "" {
		dir = keep
	}
	in := filepath.Join(dir, "quote-chars-render.pdf")
	if err := os.WriteFile(in, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", in, filepath.Join(dir, "quote-chars")).CombinedOutput()
	if err != nil || len(out) > 0 {
		t.Fatalf("pdftoppm: %v %s", err, out)
	}
}
