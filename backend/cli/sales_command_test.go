package cli

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"steady/backend/demo"
)

func TestSalesFunnelUsageMistakesExitTwo(t *testing.T) {
	for _, args := range [][]string{
		{"sales"},
		{"sales", "pipeline"},
		{"sales", "funnel", "--db", "x.db"},
		{"sales", "funnel", "--from", "2026-01-01", "--to", "2026/12/31"},
		{"sales", "funnel", "--from", "2026-01-01", "--to", "2026-12-31", "extra"},
		{"sales", "funnel", "--nope"},
	} {
		r := run(args...)
		if r.code != 2 || !strings.Contains(r.stderr, "usage: steady") {
			t.Errorf("%v: code %d, stderr %q", args, r.code, r.stderr)
		}
	}
}

func TestSalesFunnelReportsStages(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "demo.db")
	now := time.Now()
	if _, err := demo.Create(context.Background(), db, demo.Options{Seed: 7, Customers: 40, HashCost: bcrypt.MinCost, Now: now}); err != nil {
		t.Fatal(err)
	}
	from, to := now.AddDate(-1, 0, -1).Format(time.DateOnly), now.Format(time.DateOnly)
	r := run("sales", "funnel", "--db", db, "--from", from, "--to", to, "--json")
	if r.code != 0 {
		t.Fatalf("%+v", r)
	}
	var out funnelReport
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
		t.Fatalf("%v in %s", err, r.stdout)
	}
	if out.From != from || out.Currency != "CNY" || out.Deals < 15 || len(out.Stages) != 8 || out.Stages[0].Code != "lead" ||
		out.Stages[0].Count != out.Deals || out.Stages[0].Name != "潜在客户识别" {
		t.Fatalf("funnel = %+v", out)
	}
	lost := 0
	for i, st := range out.Stages {
		lost += st.Lost
		if i > 0 && st.Count > out.Stages[i-1].Count {
			t.Errorf("%s has more deals (%d) than the stage before", st.Code, st.Count)
		}
		if i+1 < len(out.Stages) && st.Count > 0 && st.ConversionBP != (out.Stages[i+1].Count*10000*2+st.Count)/(st.Count*2) {
			t.Errorf("%s converts %d bp", st.Code, st.ConversionBP)
		}
	}
	if lost != out.Lost || out.Won == 0 || out.Stages[0].AmountMinor <= 0 {
		t.Fatalf("lost %d of %d, won %d", lost, out.Lost, out.Won)
	}
	text := run("sales", "funnel", "--db", db, "--from", from, "--to", to)
	if text.code != 0 || !strings.Contains(text.stdout, "潜在客户识别") || !strings.Contains(text.stdout, "TO NEXT") {
		t.Fatalf("%+v", text)
	}
	reversed := run("sales", "funnel", "--db", db, "--from", to, "--to", from)
	if reversed.code != 1 {
		t.Fatalf("reversed period: %+v", reversed)
	}
	reversed.oneLineError(t)
	missing := run("sales", "funnel", "--db", filepath.Join(dir, "missing.db"), "--from", from, "--to", to)
	if missing.code != 1 {
		t.Fatalf("missing database: %+v", missing)
	}
	missing.oneLineError(t)
}
