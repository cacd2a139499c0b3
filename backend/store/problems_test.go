package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// rawConn opens path with its own connection string, outside the store.
func rawConn(t *testing.T, path, params string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite3", "file:"+escapePath(path)+"?"+params)
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	t.Cleanup(func() { db.Close() })
	return db
}

// TestWhatSQLiteRefusesIsWordedForPeople provokes each refusal people met
// raw ("database is locked", "database or disk is full", "attempt to write
// a readonly database", "database disk image is malformed") and checks
// that it maps to its problem, wrapped as the areas wrap errors.
func TestWhatSQLiteRefusesIsWordedForPeople(t *testing.T) {
	ctx := context.Background()
	cases := []struct {
		name    string
		raw     string
		want    Problem
		provoke func(t *testing.T) error
	}{
		{"locked", "database is locked", ProblemBusy, func(t *testing.T) error {
			db := openTemp(t)
			holder, err := db.writer.BeginTx(ctx, nil) // the write lock, held
			if err != nil {
				t.Fatal(err)
			}
			defer holder.Rollback()
			other := rawConn(t, db.Path(), "_busy_timeout=50&_txlock=immediate")
			_, err = other.BeginTx(ctx, nil)
			return err
		}},
		{"disk full", "database or disk is full", ProblemDiskFull, func(t *testing.T) error {
			db := openTemp(t)
			full := rawConn(t, db.Path(), "_busy_timeout=5000")
			var pages int
			if err := full.QueryRow(`PRAGMA page_count`).Scan(&pages); err != nil {
				t.Fatal(err)
			}
			if _, err := full.Exec(fmt.Sprintf(`PRAGMA max_page_count = %d`, pages+1)); err != nil {
				t.Fatal(err)
			}
			_, err := full.Exec(`CREATE TABLE filler(b BLOB); INSERT INTO filler VALUES (zeroblob(1000000))`)
			return err
		}},
		{"read-only", "attempt to write a readonly database", ProblemReadOnly, func(t *testing.T) error {
			db := openTemp(t)
			ro := rawConn(t, db.Path(), "mode=ro&_busy_timeout=5000")
			_, err := ro.Exec(`CREATE TABLE nope(x)`)
			return err
		}},
		{"malformed", "malformed", ProblemDamaged, func(t *testing.T) error {
			path := filepath.Join(t.TempDir(), "damaged.db")
			plain := rawConn(t, path, "_journal_mode=DELETE")
			if _, err := plain.Exec(`CREATE TABLE t(x TEXT); INSERT INTO t SELECT hex(randomblob(200)) FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < 500) SELECT i FROM n)`); err != nil {
				t.Fatal(err)
			}
			plain.Close()
			f, err := os.OpenFile(path, os.O_RDWR, 0)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := f.WriteAt([]byte(strings.Repeat("\xff", 4096)), 4096); err != nil { // page 2, the table's root
				t.Fatal(err)
			}
			f.Close()
			again := rawConn(t, path, "")
			var n int
			return again.QueryRow(`SELECT count(*) FROM t WHERE x <> ''`).Scan(&n)
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := c.provoke(t)
			if err == nil || !strings.Contains(err.Error(), c.raw) {
				t.Fatalf("provoked %v, want SQLite's %q", err, c.raw)
			}
			got, ok := ProblemOf(fmt.Errorf("customer: import: %w", err))
			if !ok || got != c.want {
				t.Fatalf("%q maps to %+v, want %s", err, got, c.want.Code)
			}
			for _, lang := range []string{"zh-CN", "en"} {
				if text := got.Text(lang); text == "" || strings.Contains(text, c.raw) {
					t.Errorf("%s text %q", lang, text)
				}
			}
		})
	}
	if _, ok := ProblemOf(fmt.Errorf("x: %w", sql.ErrNoRows)); ok {
		t.Error("an error that is not SQLite's maps to a problem")
	}
}

// TestProblemTextsAreTheLocaleTexts: the command line prints the texts
// kept here, the app the frontend's; they must say the same.
func TestProblemTextsAreTheLocaleTexts(t *testing.T) {
	for _, lang := range []string{"zh-CN", "en"} {
		raw, err := os.ReadFile(filepath.Join("..", "..", "frontend", "src", "locales", lang+".json"))
		if err != nil {
			t.Fatal(err)
		}
		var locale struct {
			Errors struct {
				Store map[string]string `json:"store"`
			} `json:"errors"`
		}
		if err := json.Unmarshal(raw, &locale); err != nil {
			t.Fatal(err)
		}
		for _, p := range Problems() {
			key := strings.TrimPrefix(p.Code, "errors.store.")
			if got := locale.Errors.Store[key]; got != p.Text(lang) {
				t.Errorf("%s %s: locale says %q, the store %q", lang, p.Code, got, p.Text(lang))
			}
		}
	}
}

// TestAWriterWaitsForAnotherConnectionInsteadOfFailing: another program
// holds the write lock longer than the busy timeout; Tx waits, says so,
// and lands once the lock is let go.
func TestAWriterWaitsForAnotherConnectionInsteadOfFailing(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	other := rawConn(t, db.Path(), "_busy_timeout=5000&_txlock=immediate")
	holder, err := other.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := holder.Exec(`INSERT INTO device_prefs(key, value) VALUES ('held', '1')`); err != nil {
		t.Fatal(err)
	}
	waits := make(chan int, 4)
	db.OnWriteWait(func(n int) { waits <- n })
	done := make(chan error, 1)
	go func() {
		done <- db.Tx(ctx, func(tx *sql.Tx) error {
			_, err := tx.Exec(`INSERT INTO device_prefs(key, value) VALUES ('waited', '1')`)
			return err
		})
	}()
	if n := <-waits; n != 1 {
		t.Fatalf("the wait was reported as %d", n)
	}
	time.Sleep(5500 * time.Millisecond) // past SQLite's busy timeout
	if err := holder.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Fatalf("the waiting writer failed: %v", err)
	}
	if n := <-waits; n != 0 {
		t.Errorf("the end of the wait was reported as %d", n)
	}
	var n int
	if err := db.Read().QueryRow(`SELECT count(*) FROM device_prefs WHERE key IN ('held', 'waited')`).Scan(&n); err != nil || n != 2 {
		t.Fatalf("both writes should land: %d, %v", n, err)
	}
}
