package cli

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"steady/backend/demo"
)

// lastFullMonth is the month before this one in the demo company's zone.
func lastFullMonth() string {
	loc, _ := time.LoadLocation("Asia/Shanghai")
	now := time.Now().In(loc)
	return time.Date(now.Year(), now.Month(), 1, 0, 0, 0, 0, loc).AddDate(0, -1, 0).Format("2006-01")
}

func TestAppraisalCommands(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "demo.db")
	if _, err := demo.Create(context.Background(), db, demo.Options{Seed: 3, Customers: 40, HashCost: bcrypt.MinCost}); err != nil {
		t.Fatal(err)
	}
	month := lastFullMonth()
	r := run("appraisal", "generate", "--db", db, "--month", month)
	if r.code != 0 || !strings.Contains(r.stdout, month+": 5 computed") || !r.asOwner {
		t.Fatalf("generate: %+v", r)
	}
	r = run("appraisal", "list", "--db", db, "--month", month, "--json")
	var list []listedAppraisal
	if err := json.Unmarshal([]byte(r.stdout), &list); err != nil || r.code != 0 || len(list) != 5 {
		t.Fatalf("list: %v %+v", err, r)
	}
	for _, a := range list {
		if a.Status != "review" || len(a.Metrics) != 7 {
			t.Errorf("%s: status %s, %d metrics", a.Login, a.Status, len(a.Metrics))
		}
		for _, m := range a.Metrics {
			if (m.Score == nil) != (m.NoData != "") {
				t.Errorf("%s %s: score %v with no data %q", a.Login, m.Code, m.Score, m.NoData)
			}
		}
	}
	if !strings.Contains(r.stdout, `"score": null`) {
		t.Error("a metric without data should list its score as null (satisfaction is not measured yet)")
	}
	// a rep sees only their own
	r = run("appraisal", "list", "--db", db, "--month", month, "--json", "--as", "rep2")
	if err := json.Unmarshal([]byte(r.stdout), &list); err != nil || len(list) != 1 || list[0].Login != "rep2" {
		t.Fatalf("list as rep2: %v %+v", err, r)
	}
	out := filepath.Join(dir, "team.pdf")
	if r = run("appraisal", "report", "--db", db, "--month", month, "--all", "--out", out); r.code != 0 {
		t.Fatalf("report: %+v", r)
	}
	if text := pdfText(t, out); !strings.Contains(text, "团队考核汇总") || strings.Count(text, "月度绩效考核表") != 5 {
		t.Fatalf("the team report should hold the summary and five reps")
	}
	one := filepath.Join(dir, "rep1.pdf")
	if r = run("appraisal", "report", "--db", db, "--month", month, "--rep", "rep1", "--lang", "en", "--out", one); r.code != 0 {
		t.Fatalf("report --rep: %+v", r)
	}
	if text := pdfText(t, one); strings.Count(text, "Monthly appraisal") != 1 || strings.Contains(text, "Team appraisal summary") {
		t.Fatal("a rep's report should hold that rep only")
	}
	for _, args := range [][]string{
		{"appraisal", "report", "--db", db, "--month", month, "--out", filepath.Join(dir, "x.pdf")},
		{"appraisal", "report", "--db", db, "--month", month, "--all", "--team", "--out", filepath.Join(dir, "x.pdf")},
		{"appraisal", "generate", "--db", db},
		{"appraisal", "frobnicate"},
	} {
		if r = run(args...); r.code != 2 {
			t.Errorf("%v: exit %d, want 2 (usage)", args, r.code)
		}
	}
	if r = run("appraisal", "generate", "--db", db, "--month", "2026-13"); r.code != 1 {
		t.Errorf("a bad month: %+v", r)
	}
	if r = run("appraisal", "report", "--db", db, "--month", month, "--all", "--out", out); r.code != 1 {
		t.Errorf("a report over an existing file: %+v", r)
	}
}

func pdfText(t *testing.T, path string) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext is not installed")
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatal(err)
	}
	b, err := exec.Command("pdftotext", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
