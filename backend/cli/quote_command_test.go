package cli

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
	"golang.org/x/crypto/bcrypt"

	"steady/backend/demo"
)

func TestQuoteUsageMistakesExitTwo(t *testing.T) {
	for _, args := range [][]string{
		{"quote"},
		{"quote", "delete"},
		{"quote", "list", "--nope"},
		{"quote", "export", "--db", "x.db", "--out", "a.xlsx"},
		{"quote", "export", "--db", "x.db", "--number", "Q1"},
		{"quote", "export", "--db", "x.db", "--number", "Q1", "--out", "a.docx"},
		{"quote", "expire", "extra"},
	} {
		r := run(args...)
		if r.code != 2 || !strings.Contains(r.stderr, "usage: steady") {
			t.Errorf("%v: code %d, stderr %q", args, r.code, r.stderr)
		}
	}
}

func TestQuoteListAndExport(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "demo.db")
	if _, err := demo.Create(context.Background(), db, demo.Options{Seed: 7, Customers: 40, HashCost: bcrypt.MinCost}); err != nil {
		t.Fatal(err)
	}
	r := run("quote", "list", "--db", db, "--json")
	if r.code != 0 {
		t.Fatalf("list: %+v", r)
	}
	var list []struct {
		Number, Customer, Status, Currency string
		TotalMinor                         int64
	}
	if err := json.Unmarshal([]byte(r.stdout), &list); err != nil || len(list) < 20 {
		t.Fatalf("list JSON: %d quotes, %v", len(list), err)
	}
	first := list[0]
	if first.Number == "" || first.Customer == "" || first.Currency != "CNY" || first.TotalMinor <= 0 || first.Status == "" {
		t.Fatalf("first quote: %+v", first)
	}
	if text := run("quote", "list", "--db", db); text.code != 0 || !strings.Contains(text.stdout, first.Number) {
		t.Fatalf("text list: %+v", text)
	}
	for _, name := range []string{"报价单.xlsx", "报价单.pdf"} {
		out := filepath.Join(dir, name)
		r := run("quote", "export", "--db", db, "--number", first.Number, "--out", out)
		if r.code != 0 || !strings.Contains(r.stdout, out) {
			t.Fatalf("export %s: %+v", name, r)
		}
		again := run("quote", "export", "--db", db, "--number", first.Number, "--out", out)
		if again.code != 1 {
			t.Fatalf("export over an existing file: %+v", again)
		}
		again.oneLineError(t)
	}
	book, err := excelize.OpenFile(filepath.Join(dir, "报价单.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer book.Close()
	if v, _ := book.GetCellValue("报价单", "C5"); v != first.Number {
		t.Fatalf("workbook number = %q", v)
	}
	if pdf, _ := os.ReadFile(filepath.Join(dir, "报价单.pdf")); !strings.HasPrefix(string(pdf), "%PDF-") {
		t.Fatal("not a PDF")
	}
	missing := run("quote", "export", "--db", db, "--number", "QT-NOPE", "--out", filepath.Join(dir, "x.pdf"))
	if missing.code != 1 {
		t.Fatalf("unknown number: %+v", missing)
	}
	missing.oneLineError(t)
	if r := run("quote", "expire", "--db", db); r.code != 0 || !strings.Contains(r.stdout, "expired") {
		t.Fatalf("expire: %+v", r)
	}
	if r := run("quote", "list", "--db", filepath.Join(dir, "none.db")); r.code != 1 {
		t.Fatalf("missing database: %+v", r)
	}
	if leftovers, _ := filepath.Glob(filepath.Join(dir, "*.partial")); len(leftovers) != 0 {
		t.Fatalf("temporary files left: %v", leftovers)
	}
}
