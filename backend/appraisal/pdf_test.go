package appraisal_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"steady/backend/appraisal"
	"steady/backend/docs"
)

// Names and comments as people type them: traditional characters, rare
// given-name characters, unit signs, and two characters no PDF font here can
// draw (an emoji and 𠮷, outside the BMP).
const (
	typedSelf    = "本月拜訪臺灣資訊客戶 12 家，展廳 300㎡，樣品 5㎏。堃昇喆玥珺琇燊旻淼犇鑫垚頔祎䶮都已回訪 👍"
	typedComment = "吉野家（𠮷）的單子跟得好，繼續保持。"
)

func reviewedMonth(t *testing.T) (*world, appraisal.Appraisal) {
	w := fixtureMonth(t)
	a := w.appraisalOf("2026-10", w.junior)
	a, err := w.svc.SendForReview(ctx, w.manager, a.ID, a.Version)
	if err == nil {
		a, err = w.svc.SaveSelfAssessment(ctx, w.junior, a.ID, a.Version, typedSelf)
	}
	if err == nil {
		a, err = w.svc.SaveReview(ctx, w.manager, a.ID, a.Version, appraisal.ReviewInput{
			ManualScores: map[string]int{"团队协作": 4}, Comment: typedComment})
	}
	if err == nil {
		a, err = w.svc.Finalise(ctx, w.manager, a.ID, a.Version)
	}
	if err != nil {
		t.Fatal(err)
	}
	return w, a
}

func TestTheReportPrintsWhatWasTyped(t *testing.T) {
	w, _ := reviewedMonth(t)
	var buf bytes.Buffer
	err := w.svc.WriteReport(ctx, w.manager, appraisal.Report{Month: "2026-10", UserIDs: []string{w.junior.ID}, Lang: "zh-CN"}, &buf, nil)
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, buf.Bytes())
	for _, want := range []string{"月度绩效考核表", "刘洋", "2026-10", "销售额", "115,000.00", "92.75", "臺灣資訊", "300㎡", "5㎏",
		"堃昇喆玥珺琇燊旻淼犇鑫垚頔祎䶮", "回訪 〓", "吉野家（〓）", "无数据", "回访及时率（本月没有可计的记录）",
		"团队协作", "4/5", "被考核人签字", "第1页"} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF lacks %q", want)
		}
	}
	for _, name := range []string{"刘洋", "李强", "王芳", "周明远", "赵敏"} {
		if missing := docs.MissingGlyphs(name); len(missing) > 0 {
			t.Errorf("no glyph for %q in %s", string(missing), name)
		}
	}
	typed := strings.NewReplacer("👍", "", "𠮷", "").Replace(typedSelf + typedComment)
	if missing := docs.MissingGlyphs(typed); len(missing) > 0 {
		t.Errorf("the font has no glyph for %q: they would print as boxes", string(missing))
	}
	writeShot(t, buf.Bytes(), "appraisal-rep")
}

func TestTheBatchReportHasTheTeamThenEveryRep(t *testing.T) {
	w, _ := reviewedMonth(t)
	var buf bytes.Buffer
	var seen []int
	err := w.svc.WriteReport(ctx, w.owner, appraisal.Report{Month: "2026-10", Summary: true, Lang: "en"}, &buf,
		func(done, total int) { seen = append(seen, done*10+total) })
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, buf.Bytes())
	for _, want := range []string{"Team appraisal summary", "Grades", "A: 1", "Monthly appraisal", "刘洋", "李强", "赵敏",
		"No data", "Page 1 of"} {
		if !strings.Contains(text, want) {
			t.Errorf("the batch PDF lacks %q", want)
		}
	}
	if len(seen) != 3 || seen[2] != 33 {
		t.Errorf("progress %v; want 1, 2, 3 of 3", seen)
	}
	// a rep's report never holds a colleague's appraisal
	buf.Reset()
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if err := w.svc.WriteReport(cancelled, w.owner, appraisal.Report{Month: "2026-10", Lang: "en"}, &buf, nil); !errors.Is(err, context.Canceled) {
		t.Errorf("a cancelled batch: %v", err)
	}
}

func TestARepPrintsOnlyTheirOwnReviewedAppraisal(t *testing.T) {
	w, _ := reviewedMonth(t)
	var buf bytes.Buffer
	if err := w.svc.WriteReport(ctx, w.joiner, appraisal.Report{Month: "2026-10", Lang: "zh-CN"}, &buf, nil); !isKind(err, "validation") {
		t.Fatalf("a rep whose appraisal is still a draft printed: %v", err)
	}
	if err := w.svc.WriteReport(ctx, w.junior, appraisal.Report{Month: "2026-10", Summary: true, Lang: "zh-CN"}, &buf, nil); err != nil {
		t.Fatal(err)
	}
	if text := pdfText(t, buf.Bytes()); strings.Contains(text, "李强") || strings.Contains(text, "赵敏") {
		t.Fatal("a rep's report shows colleagues")
	}
}

func pdfText(t *testing.T, pdf []byte) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed")
	}
	path := filepath.Join(t.TempDir(), "report.pdf")
	if err := os.WriteFile(path, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// writeShot renders the first page for a person to look at (build/e2e).
func writeShot(t *testing.T, pdf []byte, name string) {
	dir := filepath.Join("..", "..", "build", "e2e")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return
	}
	path := filepath.Join(dir, name+".pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		return
	}
	if _, err := exec.LookPath("pdftoppm"); err == nil {
		_ = exec.Command("pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "2", path, filepath.Join(dir, name)).Run()
	}
}
