package cli

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
	"golang.org/x/crypto/bcrypt"

	"steady/backend/demo"
	"steady/backend/store"
)

var (
	actingOnce sync.Once
	actingDB   string
	actingErr  error
)

// actingCompany is a demo company built once for the tests of --as; each
// test copies it, so no test sees another's changes.
func actingCompany(t *testing.T) string {
	t.Helper()
	actingOnce.Do(func() {
		dir, err := os.MkdirTemp("", "cli-acting-*")
		if err != nil {
			actingErr = err
			return
		}
		actingDB = filepath.Join(dir, "demo.db")
		_, actingErr = demo.Create(context.Background(), actingDB, demo.Options{Seed: 5, Customers: 30, HashCost: bcrypt.MinCost,
			Now: time.Now()})
	})
	if actingErr != nil {
		t.Fatal(actingErr)
	}
	dst := filepath.Join(t.TempDir(), "demo.db")
	if r := run("backup", "--db", actingDB, "--out", dst); r.code != 0 {
		t.Fatalf("copy the demo: %+v", r)
	}
	return dst
}

func sqlCount(t *testing.T, db, query string, args ...any) int {
	t.Helper()
	s, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var n int
	if err := s.Read().QueryRow(query, args...).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// TestARepExportsOnlyTheirCustomers: `customers export --as rep1` holds
// rep1's customers and the pool's, none of another rep's.
func TestARepExportsOnlyTheirCustomers(t *testing.T) {
	db := actingCompany(t)
	dir := t.TempDir()
	mine := filepath.Join(dir, "rep1.xlsx")
	r := run("customers", "export", "--db", db, "--as", "rep1", "--out", mine)
	if r.code != 0 || r.asOwner || r.stderr != "" {
		t.Fatalf("export as rep1: %+v", r)
	}
	all := filepath.Join(dir, "all.xlsx")
	if r := run("customers", "export", "--db", db, "--out", all); r.code != 0 || !r.asOwner {
		t.Fatalf("export without --as should say it acts as the owner: %+v", r)
	}
	want := sqlCount(t, db, `SELECT count(*) FROM customers c LEFT JOIN users u ON u.id = c.owner_id
		WHERE c.deleted_at IS NULL AND (u.login = 'rep1' OR c.owner_id IS NULL)`)
	everyone := sqlCount(t, db, `SELECT count(*) FROM customers WHERE deleted_at IS NULL`)
	rows := sheetRows(t, mine)
	if len(rows)-1 != want || want == 0 || want >= everyone {
		t.Fatalf("rep1's export has %d customers; rep1 holds or may claim %d of %d", len(rows)-1, want, everyone)
	}
	if n := len(sheetRows(t, all)) - 1; n != everyone {
		t.Fatalf("the owner's export has %d of %d customers", n, everyone)
	}
	var rep1 string
	s, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	err = s.Read().QueryRow(`SELECT name FROM users WHERE login = 'rep1'`).Scan(&rep1)
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	owner := slices.Index(rows[0], "负责人")
	for _, row := range rows[1:] {
		if owner < len(row) && row[owner] != "" && row[owner] != rep1 {
			t.Fatalf("rep1's export holds a customer of %s", row[owner])
		}
	}
}

func sheetRows(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(f.GetSheetName(0))
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// TestAnUnknownLoginIsRefused: nothing is written for a login
// that is not a user, and every data command refuses it the same way.
func TestAnUnknownLoginIsRefused(t *testing.T) {
	db := actingCompany(t)
	dir := t.TempDir()
	for _, args := range [][]string{
		{"customers", "export", "--db", db, "--as", "nobody", "--out", filepath.Join(dir, "c.xlsx")},
		{"customers", "search", "--db", db, "--as", "nobody", "明远"},
		{"quote", "list", "--db", db, "--as", "nobody"},
		{"sales", "funnel", "--db", db, "--as", "nobody", "--from", "2026-01-01", "--to", "2026-12-31"},
		{"training", "export", "--db", db, "--as", "nobody", "--out", filepath.Join(dir, "t.xlsx")},
		{"appraisal", "list", "--db", db, "--as", "nobody", "--month", "2026-10"},
		{"export-all", "--db", db, "--as", "nobody", "--out", filepath.Join(dir, "all.xlsx")},
		{"audit", "--db", db, "--as", "nobody"},
	} {
		r := run(args...)
		if r.code != 1 || r.stderr != "steady "+args[0]+": no user with login nobody\n" || r.stdout != "" {
			t.Errorf("%v: %+v", args[:2], r)
		}
	}
	if files, _ := os.ReadDir(dir); len(files) != 0 {
		t.Fatalf("files written for an unknown user: %v", files)
	}
}

// TestExportAllIsTheOwners: the owner (by default or by --as) gets the whole
// company; a manager or a rep gets nothing.
func TestExportAllIsTheOwners(t *testing.T) {
	db := actingCompany(t)
	dir := t.TempDir()
	for _, as := range []string{"manager", "rep1"} {
		out := filepath.Join(dir, as+".xlsx")
		r := run("export-all", "--db", db, "--as", as, "--out", out)
		if r.code != 1 || r.stderr != "steady export-all: not allowed\n" {
			t.Errorf("export-all as %s: %+v", as, r)
		}
		if _, err := os.Stat(out); err == nil {
			t.Errorf("export-all as %s wrote a file", as)
		}
	}
	out := filepath.Join(dir, "全部数据.xlsx")
	r := run("export-all", "--db", db, "--out", out)
	if r.code != 0 || !r.asOwner || !strings.Contains(r.stdout, "exported ") {
		t.Fatalf("export-all: %+v", r)
	}
	f, err := excelize.OpenFile(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("客户")
	if err != nil {
		t.Fatal(err)
	}
	if want := sqlCount(t, db, `SELECT count(*) FROM customers`); len(rows)-1 != want {
		t.Fatalf("the customers sheet has %d rows, the database %d", len(rows)-1, want)
	}
	if r := run("export-all", "--db", db, "--out", out); r.code != 1 || !strings.Contains(r.stderr, "already exists") {
		t.Fatalf("export-all over a file: %+v", r)
	}
	if r := run("export-all", "--db", db, "--out", filepath.Join(dir, "x.csv")); r.code != 2 {
		t.Fatalf("export-all to a CSV: %+v", r)
	}
}

// TestAuditPrintsTheTrailSinceADay lists the trail as JSON, oldest first,
// from a day on; a manager may not read it.
func TestAuditPrintsTheTrailSinceADay(t *testing.T) {
	db := actingCompany(t)
	r := run("audit", "--db", db, "--json")
	var all []trailLine
	if err := json.Unmarshal([]byte(r.stdout), &all); err != nil || r.code != 0 || !r.asOwner {
		t.Fatalf("audit: %v %+v", err, r.stderr)
	}
	if want := sqlCount(t, db, `SELECT count(*) FROM audit_log`); len(all) != want || want == 0 {
		t.Fatalf("audit listed %d of %d rows", len(all), want)
	}
	if !slices.IsSortedFunc(all, func(a, b trailLine) int { return strings.Compare(a.At, b.At) }) {
		t.Fatal("the trail is not oldest first")
	}
	created := slices.IndexFunc(all, func(l trailLine) bool { return l.Entity == "customer" && l.Action == "create" })
	if created < 0 || all[created].Label == "" || all[created].ActorName == "" || string(all[created].After) == "null" {
		t.Fatalf("a customer's creation reads %+v", all[created])
	}
	mid := all[len(all)/2].At
	loc, _ := time.LoadLocation("Asia/Shanghai")
	at, _ := time.Parse(time.RFC3339, mid)
	day := at.In(loc).Format(time.DateOnly)
	r = run("audit", "--db", db, "--json", "--since", day)
	var since []trailLine
	if err := json.Unmarshal([]byte(r.stdout), &since); err != nil || r.code != 0 {
		t.Fatalf("audit --since: %v %+v", err, r)
	}
	start, _ := time.ParseInLocation(time.DateOnly, day, loc)
	want := sqlCount(t, db, `SELECT count(*) FROM audit_log WHERE at >= ?`, store.FormatTime(start))
	if len(since) != want || len(since) == 0 || len(since) >= len(all) || since[0].At < store.FormatTime(start) {
		t.Fatalf("--since %s listed %d rows, want %d (of %d)", day, len(since), want, len(all))
	}
	if r := run("audit", "--db", db, "--as", "manager"); r.code != 1 || r.stderr != "steady audit: not allowed\n" {
		t.Fatalf("audit as a manager: %+v", r)
	}
	if r := run("audit", "--db", db, "--since", "2026-13-01"); r.code != 2 {
		t.Fatalf("a bad day: %+v", r)
	}
}

func TestMain(m *testing.M) {
	code := m.Run()
	if actingDB != "" {
		os.RemoveAll(filepath.Dir(actingDB))
	}
	os.Exit(code)
}
