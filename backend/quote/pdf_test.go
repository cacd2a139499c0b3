package quote_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"steady/backend/docs"
	"steady/backend/quote"
)

// pdfText writes pdf to a file (also into $STEADY_KEEP_DOCS when set, to look
// at) and returns pdftotext's reading of it.
func pdfText(t *testing.T, name string, pdf []byte) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext is not installed")
	}
	dir := t.TempDir()
	if keep := os.Getenv("STEADY_KEEP_DOCS"); keep != "" {
		dir = keep
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

// has says whether text contains want, ignoring spaces (pdftotext drops or
// adds them between widely set characters).
func has(text, want string) bool {
	squash := strings.NewReplacer(" ", "", "\n", "").Replace
	return strings.Contains(squash(text), squash(want))
}

func TestPDFCarriesTheQuote(t *testing.T) {
	w := newWorld(t)
	in := w.awkward(true, quote.LangZh)
	for i := 0; i < 36; i++ { // enough lines for a second page
		in.Lines = append(in.Lines, quote.LineInput{ProductID: w.desk.ID, QtyMilli: int64(1000 + i*500), CatalogPrice: true,
			Spec: fmt.Sprintf("1600×800 mm，颜色 %d 号，电动升降，双电机静音设计", i+1)})
	}
	in.Notes = "本报价含安装调试；如需开具增值税专用发票，请提供开票资料。"
	q := w.create(w.senior, in)
	var buf bytes.Buffer
	if err := w.svc.ExportPDF(ctx, w.senior, q.ID, &buf); err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, "quote-zh.pdf", buf.Bytes())
	for _, want := range []string{
		"上海示例贸易有限公司", "报 价 单", q.Number, "杭州明远智能科技有限公司", "网线（超五类）", "激光打印机",
		docs.Amount(q.Totals.Total, "CNY"), docs.AmountInWordsCNY(q.Totals.Total),
		"付款方式", "需方确认（盖章）", "开票资料", "双电机静音设计",
	} {
		if !has(text, want) {
			t.Errorf("PDF text lacks %q", want)
		}
	}
	pages := regexp.MustCompile(`第(\d+)页/共(\d+)页`).FindAllStringSubmatch(strings.ReplaceAll(text, " ", ""), -1)
	if len(pages) < 2 {
		t.Fatalf("expected several numbered pages, found %v", pages)
	}
	for i, m := range pages {
		if m[1] != strconv.Itoa(i+1) || m[2] != strconv.Itoa(len(pages)) {
			t.Errorf("page %d is numbered %s", i+1, m[0])
		}
	}
	if strings.Count(text, "序号") != len(pages)-1 { // the last page holds only totals and terms
		t.Errorf("the table header should repeat on every page with lines; found %d on %d pages", strings.Count(text, "序号"), len(pages))
	}
	if strings.Contains(text, "草稿") {
		t.Error("a quote within limits must not say draft")
	}
}

func TestPDFInEnglishWithDraftBanner(t *testing.T) {
	w := newWorld(t)
	in := w.awkward(false, quote.LangEn)
	in.DiscountBP = 2500
	q := w.create(w.rep, in)
	var buf bytes.Buffer
	if err := w.svc.ExportPDF(ctx, w.rep, q.ID, &buf); err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, "quote-en.pdf", buf.Bytes())
	for _, want := range []string{"QUOTATION", "Draft – pending approval", "Page 1 of 1", "Laser printer", "Amount in words",
		docs.Amount(q.Totals.Total, "CNY"), "Quote discount"} {
		if !has(text, want) {
			t.Errorf("PDF text lacks %q", want)
		}
	}
}
