package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func insertPref(db *DB, key string) error {
	return db.Tx(context.Background(), func(tx *sql.Tx) error {
		_, err := tx.Exec("INSERT INTO device_prefs(key, value) VALUES (?, 'v')", key)
		return err
	})
}

func countPrefs(t *testing.T, path string) map[string]bool {
	t.Helper()
	conn, err := sql.Open("sqlite3", fileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	rows, err := conn.Query("SELECT key FROM device_prefs")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	keys := map[string]bool{}
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			t.Fatal(err)
		}
		keys[k] = true
	}
	return keys
}

// A backup taken while another goroutine keeps writing holds every row
// committed before it started, and passes the full check.
func TestBackupWhileWritingKeepsEveryCommittedRow(t *testing.T) {
	db := openTemp(t)
	ctx := context.Background()
	var committed atomic.Int64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var writeErr error
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			if err := insertPref(db, fmt.Sprintf("k%06d", i)); err != nil {
				writeErr = err
				return
			}
			committed.Store(int64(i + 1))
		}
	}()
	for committed.Load() < 200 {
		time.Sleep(time.Millisecond)
	}
	before := committed.Load()
	out := filepath.Join(t.TempDir(), "backup.db")
	err := db.Backup(ctx, out)
	close(stop)
	wg.Wait()
	if err != nil || writeErr != nil {
		t.Fatalf("backup = %v, writer = %v", err, writeErr)
	}
	report, err := Check(ctx, out, true)
	if err != nil || report.Err() != nil || report.SchemaVersion != LatestSchemaVersion() {
		t.Fatalf("check of backup = %+v, %v", report, err)
	}
	keys := countPrefs(t, out)
	for i := int64(0); i < before; i++ {
		if !keys[fmt.Sprintf("k%06d", i)] {
			t.Fatalf("row k%06d committed before the backup is missing", i)
		}
	}
}

// The user chose to replace an earlier backup: it is replaced by a good copy.
func TestBackupReplacesAnEarlierBackup(t *testing.T) {
	db := openTemp(t)
	if err := insertPref(db, "after"); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "exists.db")
	if err := os.WriteFile(out, []byte("an older backup"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := db.Backup(context.Background(), out); err != nil {
		t.Fatal(err)
	}
	if !countPrefs(t, out)["after"] {
		t.Fatal("the replaced file does not hold the database")
	}
	assertNoPartials(t, filepath.Dir(out))
}

// A backup that fails keeps the earlier one at its place, whole.
func TestFailedBackupKeepsTheEarlierOne(t *testing.T) {
	db := openTemp(t)
	out := filepath.Join(t.TempDir(), "exists.db")
	if err := os.WriteFile(out, []byte("an older backup"), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := db.Backup(ctx, out); err == nil {
		t.Fatal("a cancelled backup reported success")
	}
	if b, _ := os.ReadFile(out); string(b) != "an older backup" {
		t.Fatalf("the earlier backup was changed: %q", b)
	}
	assertNoPartials(t, filepath.Dir(out))
}

// Aiming the backup at the live database, its side files, or another name
// for them (a relative path, a link, other letter case) is refused and the
// database keeps every row.
func TestBackupRefusesTheLiveDatabase(t *testing.T) {
	db := openTemp(t)
	if err := insertPref(db, "precious"); err != nil {
		t.Fatal(err)
	}
	path := db.Path()
	dir := filepath.Dir(path)
	link := filepath.Join(t.TempDir(), "link.db")
	if err := os.Link(path, link); err != nil {
		t.Fatal(err)
	}
	symDir := filepath.Join(t.TempDir(), "via-symlink")
	if err := os.Symlink(dir, symDir); err != nil {
		t.Fatal(err)
	}
	wd, _ := os.Getwd()
	rel, err := filepath.Rel(wd, path)
	if err != nil {
		t.Fatal(err)
	}
	base := filepath.Base(path)
	targets := []string{
		path, path + "-wal", path + "-shm", path + "-journal", path + ".lock",
		rel, link, filepath.Join(symDir, base),
		filepath.Join(dir, strings.ToUpper(base)),
		filepath.Join(dir, ".", base),
	}
	for _, target := range targets {
		err := db.Backup(context.Background(), target)
		if !errors.Is(err, ErrBackupOntoLive) {
			t.Errorf("backup to %s = %v, want ErrBackupOntoLive", target, err)
		}
	}
	if err := insertPref(db, "still-writable"); err != nil {
		t.Fatal(err)
	}
	keys := countPrefs(t, path)
	if !keys["precious"] || !keys["still-writable"] {
		t.Fatalf("the live database lost rows: %v", keys)
	}
	assertNoPartials(t, dir)
}

// The command-line backup refuses its own database as the target too, even
// when the database has no -wal beside it.
func TestBackupFileRefusesItsOwnSideFiles(t *testing.T) {
	db := openTemp(t)
	path := db.Path()
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	for _, target := range []string{path, path + "-wal", path + "-shm"} {
		if err := BackupFile(context.Background(), path, target); !errors.Is(err, ErrBackupOntoLive) {
			t.Errorf("backup to %s = %v, want ErrBackupOntoLive", target, err)
		}
	}
	if _, err := os.Stat(path + "-wal"); err == nil {
		t.Fatal("a -wal file was written beside the database")
	}
}

func assertNoPartials(t *testing.T, dir string) {
	t.Helper()
	left, _ := filepath.Glob(filepath.Join(dir, "*.partial-*"))
	if len(left) > 0 {
		t.Fatalf("temporary files left behind: %v", left)
	}
}

func TestRestoreReplacesAndKeepsTheOldDatabase(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	if err := insertPref(db, "in-backup"); err != nil {
		t.Fatal(err)
	}
	backup := filepath.Join(t.TempDir(), "b.db")
	if err := db.Backup(ctx, backup); err != nil {
		t.Fatal(err)
	}
	if err := insertPref(db, "after-backup"); err != nil {
		t.Fatal(err)
	}
	path := db.Path()
	db.Close()

	kept, err := Restore(ctx, path, backup, time.Date(2026, 11, 27, 8, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if keys := countPrefs(t, path); !keys["in-backup"] || keys["after-backup"] {
		t.Fatalf("restored rows = %v", keys)
	}
	if keys := countPrefs(t, kept); !keys["after-backup"] {
		t.Fatalf("kept database rows = %v", keys)
	}
	reopened, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	reopened.Close()
}

func TestRestoreRefusesBadFilesBeforeTouchingAnything(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	if err := insertPref(db, "precious"); err != nil {
		t.Fatal(err)
	}
	path := db.Path()
	db.Close()
	dir := t.TempDir()

	garbage := filepath.Join(dir, "garbage.db")
	os.WriteFile(garbage, []byte("not sqlite at all, not even close"), 0o600)
	foreign := filepath.Join(dir, "foreign.db")
	conn, _ := sql.Open("sqlite3", foreign)
	conn.Exec("CREATE TABLE t(x)")
	conn.Close()
	newer := filepath.Join(dir, "newer.db")
	conn, _ = sql.Open("sqlite3", newer)
	conn.Exec(fmt.Sprintf("CREATE TABLE t(x); PRAGMA user_version = 999; PRAGMA application_id = %d", applicationID))
	conn.Close()

	cases := map[string]error{garbage: ErrNotSteady, foreign: ErrNotSteady, newer: ErrSchemaTooNew}
	for in, want := range cases {
		_, err := Restore(ctx, path, in, time.Now())
		if !errors.Is(err, want) {
			t.Errorf("Restore(%s) = %v, want %v", filepath.Base(in), err, want)
		}
	}
	if keys := countPrefs(t, path); !keys["precious"] {
		t.Fatal("a refused restore changed the database")
	}
	matches, _ := filepath.Glob(path + ".before-restore-*")
	if len(matches) != 0 {
		t.Fatalf("a refused restore left %v", matches)
	}
}

func TestRestoreIsRefusedWhileTheDatabaseIsOpen(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	if err := insertPref(db, "live"); err != nil {
		t.Fatal(err)
	}
	backup := filepath.Join(t.TempDir(), "b.db")
	if err := db.Backup(ctx, backup); err != nil {
		t.Fatal(err)
	}
	path := db.Path()
	// A second program may open it alongside (a backup from the command line).
	other, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("a second open must work: %v", err)
	}
	other.Close()

	if _, err := Restore(ctx, path, backup, time.Now()); !errors.Is(err, ErrInUse) {
		t.Fatalf("restore while open: err = %v, want ErrInUse", err)
	}
	if err := insertPref(db, "still-writable"); err != nil {
		t.Fatalf("the open database must be untouched: %v", err)
	}
	db.Close()
	if _, err := Restore(ctx, path, backup, time.Now()); err != nil {
		t.Fatalf("restore once closed: %v", err)
	}
}
