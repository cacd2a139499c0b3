package exportall

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/demo"
	"steady/backend/store"
	"steady/backend/store/storetest"
)

var (
	demoOnce sync.Once
	demoPath string
	demoErr  error
)

// demoDB opens a demo company (built once per test binary) with a
// remembered sign-in, so there is a device secret to keep out.
func demoDB(t *testing.T) *store.DB {
	t.Helper()
	demoOnce.Do(func() {
		dir, err := os.MkdirTemp("", "exportall-*")
		if err != nil {
			demoErr = err
			return
		}
		demoPath = filepath.Join(dir, "demo.db")
		_, demoErr = demo.Create(context.Background(), demoPath, demo.Options{Seed: 7, Customers: 12, HashCost: 4,
			Now: time.Date(2026, 11, 20, 8, 0, 0, 0, time.UTC)})
	})
	if demoErr != nil {
		t.Fatal(demoErr)
	}
	db, err := store.Open(context.Background(), demoPath)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestMain(m *testing.M) {
	code := m.Run()
	if demoPath != "" {
		os.RemoveAll(filepath.Dir(demoPath))
	}
	os.Exit(code)
}

func ownerOf(t *testing.T, db *store.DB, role string) auth.Actor {
	t.Helper()
	var a auth.Actor
	if err := db.Read().QueryRow(`SELECT id, role FROM users WHERE role = ? LIMIT 1`, role).Scan(&a.ID, &a.Role); err != nil {
		t.Fatal(err)
	}
	return a
}

func export(t *testing.T, db *store.DB, opt Options) (*excelize.File, Summary) {
	t.Helper()
	var buf bytes.Buffer
	sum, err := Write(context.Background(), db, ownerOf(t, db, auth.RoleOwner), &buf, opt)
	if err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f, sum
}

func count(t *testing.T, db *store.DB, query string) int {
	t.Helper()
	var n int
	if err := db.Read().QueryRow(query).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestOnlyTheOwnerTakesTheCompany(t *testing.T) {
	db := demoDB(t)
	for _, role := range []string{auth.RoleManager, auth.RoleRep} {
		var buf bytes.Buffer
		_, err := Write(context.Background(), db, ownerOf(t, db, role), &buf, Options{})
		if !errors.Is(err, apperr.ErrForbidden) || buf.Len() != 0 {
			t.Errorf("a %s exported the company: %v, %d bytes", role, err, buf.Len())
		}
	}
}

// TestTheWorkbookHoldsEveryTableReadably reads the file back: a sheet per
// table with Chinese headers, every row, the data as stored.
func TestTheWorkbookHoldsEveryTableReadably(t *testing.T) {
	db := demoDB(t)
	f, sum := export(t, db, Options{})
	for _, c := range []struct {
		sheet, table, header string
	}{
		{"客户", "customers", "名称"}, {"联系人", "contacts", "客户编号"}, {"商机", "deals", "金额（分）"},
		{"报价单", "quotes", "合计（分）"}, {"报价明细", "quote_lines", "数量（千分之一）"}, {"用户", "users", "登录名"},
		{"操作日志", "audit_log", "操作人编号"}, {"培训场次", "training_sessions", "讲师编号"},
	} {
		rows, err := f.GetRows(c.sheet)
		if err != nil {
			t.Fatalf("sheet %s: %v", c.sheet, err)
		}
		if want := count(t, db, `SELECT count(*) FROM `+c.table); len(rows)-1 != want || want == 0 {
			t.Errorf("sheet %s has %d rows, the table %d", c.sheet, len(rows)-1, want)
		}
		if !slices.Contains(rows[0], c.header) {
			t.Errorf("sheet %s headers %v lack %s", c.sheet, rows[0], c.header)
		}
	}
	var name, phone string
	if err := db.Read().QueryRow(`SELECT name, phone FROM customers ORDER BY rowid LIMIT 1`).Scan(&name, &phone); err != nil {
		t.Fatal(err)
	}
	rows, _ := f.GetRows("客户")
	at := slices.Index(rows[0], "名称")
	if rows[1][at] != name {
		t.Errorf("the first customer reads %q, stored %q", rows[1][at], name)
	}
	if sum.Rows < count(t, db, `SELECT count(*) FROM customers`) || sum.LongTexts != 0 {
		t.Errorf("summary %+v", sum)
	}
}

func TestEnglishHeaders(t *testing.T) {
	db := demoDB(t)
	f, _ := export(t, db, Options{Lang: "en"})
	rows, err := f.GetRows("Customers")
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range []string{"ID", "Name", "Owner ID", "Last contact at", "Deleted at (empty: not deleted)"} {
		if !slices.Contains(rows[0], h) {
			t.Errorf("headers %v lack %q", rows[0], h)
		}
	}
}

// TestNoSecretLeaves: no password hash or remembered sign-in is anywhere
// in the workbook, in any cell.
func TestNoSecretLeaves(t *testing.T) {
	db := demoDB(t)
	err := db.Tx(context.Background(), func(tx *sql.Tx) error {
		_, err := tx.Exec(`INSERT INTO device_sessions(token_hash, user_id, created_at, expires_at)
			SELECT 'remembered-token-hash-1', id, '2026-11-20T00:00:00.000Z', '2026-12-20T00:00:00.000Z' FROM users LIMIT 1`)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	secrets := []string{"remembered-token-hash-1"}
	rows, err := db.Read().Query(`SELECT password_hash FROM users`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var h string
		if err := rows.Scan(&h); err != nil {
			t.Fatal(err)
		}
		secrets = append(secrets, h)
	}
	rows.Close()
	f, _ := export(t, db, Options{})
	for _, name := range f.GetSheetList() {
		all, err := f.GetRows(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range all {
			for _, v := range r {
				for _, s := range secrets {
					if strings.Contains(v, s) {
						t.Fatalf("sheet %s holds the secret %q", name, s)
					}
				}
				if strings.Contains(v, "$2a$") {
					t.Fatalf("sheet %s holds a password hash: %q", name, v)
				}
			}
		}
	}
}

// TestALongTableContinuesOnTheNextSheet uses sheets of three rows (a header
// and two customers) to see the split Excel's million-row limit forces.
func TestALongTableContinuesOnTheNextSheet(t *testing.T) {
	db := storetest.Open(t)
	var want []string
	err := db.Tx(context.Background(), func(tx *sql.Tx) error {
		if _, err := tx.Exec(`INSERT INTO users(id, name, login, password_hash, role, created_at, updated_at)
			VALUES ('u1', '周明远', 'owner', 'x', 'owner', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`); err != nil {
			return err
		}
		for i := range 5 {
			id := store.NewID()
			want = append(want, id)
			if _, err := tx.Exec(`INSERT INTO customers(id, kind, name, owner_id, stage, created_by, created_at, updated_at)
				VALUES (?, 'company', ?, 'u1', 'lead', 'u1', '2026-01-02T00:00:00.000Z', '2026-01-02T00:00:00.000Z')`,
				id, fmt.Sprintf("客户%d", i+1)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	f, sum := export(t, db, Options{RowsPerSheet: 3})
	var seen []string
	for _, c := range []struct {
		sheet string
		rows  int
	}{{"客户", 2}, {"客户 (2)", 2}, {"客户 (3)", 1}} {
		rows, err := f.GetRows(c.sheet)
		if err != nil {
			t.Fatalf("sheet %s: %v", c.sheet, err)
		}
		if len(rows) != c.rows+1 || rows[0][0] != "编号" {
			t.Fatalf("sheet %s: %d rows, header %v", c.sheet, len(rows), rows[0])
		}
		for _, r := range rows[1:] {
			seen = append(seen, r[0])
		}
	}
	if !slices.Equal(seen, want) {
		t.Fatalf("the split sheets hold %v, want %v in order", seen, want)
	}
	if _, err := f.GetRows("客户 (4)"); err == nil {
		t.Fatal("a fourth customers sheet")
	}
	if rows, err := f.GetRows("联系人"); err != nil || len(rows) != 1 {
		t.Fatalf("an empty table still gets its sheet with headers: %v, %v", rows, err)
	}
	for _, ts := range sum.Tables {
		if ts.Table == "customers" && (ts.Rows != 5 || len(ts.Sheets) != 3) {
			t.Fatalf("summary of customers %+v", ts)
		}
	}
}

// TestEveryTableIsPlacedOnPurpose fails when a migration adds a table that
// is neither written nor left out with a reason, and when a written column
// has a word no header dictionary knows.
func TestEveryTableIsPlacedOnPurpose(t *testing.T) {
	db := demoDB(t)
	rows, err := db.Read().Query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
	if err != nil {
		t.Fatal(err)
	}
	var tables []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			t.Fatal(err)
		}
		tables = append(tables, name)
	}
	rows.Close()
	for _, name := range tables {
		i := slices.IndexFunc(sheets, func(s sheet) bool { return s.table == name })
		if _, out := leftOut[name]; i < 0 && !out {
			t.Errorf("table %s is neither exported nor left out with a reason", name)
			continue
		}
		if i < 0 {
			continue
		}
		cols, err := columnsOf(context.Background(), db.Read(), sheets[i])
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cols {
			if _, whole := columns[c]; whole {
				continue
			}
			for _, w := range strings.Split(c, "_") {
				if _, ok := words[w]; !ok && units[w] == [2]string{} {
					t.Errorf("%s.%s: no header word for %q", name, c, w)
				}
			}
		}
	}
}

func TestACancelledExportWritesNothing(t *testing.T) {
	db := demoDB(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var buf bytes.Buffer
	_, err := Write(ctx, db, ownerOf(t, db, auth.RoleOwner), &buf, Options{})
	if !errors.Is(err, context.Canceled) || buf.Len() != 0 {
		t.Fatalf("cancelled: %v, %d bytes", err, buf.Len())
	}
}
