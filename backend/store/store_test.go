package store

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func tempPath(t *testing.T) string {
	t.Helper()
	return filepath.Join(t.TempDir(), "steady.db")
}

func openTemp(t *testing.T) *DB {
	t.Helper()
	db, err := Open(context.Background(), tempPath(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestOpenCreatesALatestSchemaWithPragmas(t *testing.T) {
	db := openTemp(t)
	ctx := context.Background()
	v, err := db.SchemaVersion(ctx)
	if err != nil || v != LatestSchemaVersion() {
		t.Fatalf("schema version = %d, %v; want %d", v, err, LatestSchemaVersion())
	}
	var mode string
	var fk int
	if err := db.Read().QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Fatalf("journal_mode = %q, %v", mode, err)
	}
	if err := db.Read().QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&fk); err != nil || fk != 1 {
		t.Fatalf("foreign_keys = %d, %v", fk, err)
	}
}

func TestReadPoolRefusesWrites(t *testing.T) {
	db := openTemp(t)
	_, err := db.Read().Exec("INSERT INTO device_prefs(key, value) VALUES ('a', 'b')")
	if err == nil {
		t.Fatal("a write through the read pool should fail")
	}
}

func TestTxRollsBackEverythingOnError(t *testing.T) {
	db := openTemp(t)
	ctx := context.Background()
	boom := errors.New("boom")
	err := db.Tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.Exec("INSERT INTO device_prefs(key, value) VALUES ('a', '1')"); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("Tx error = %v", err)
	}
	var n int
	if err := db.Read().QueryRow("SELECT count(*) FROM device_prefs").Scan(&n); err != nil || n != 0 {
		t.Fatalf("rows after rollback = %d, %v", n, err)
	}
}

func TestNewerSchemaIsRefusedAndLeftUntouched(t *testing.T) {
	path := tempPath(t)
	db, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.writer.Exec("PRAGMA user_version = 999"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Open(context.Background(), path)
	if !errors.Is(err, ErrSchemaTooNew) {
		t.Fatalf("Open = %v, want ErrSchemaTooNew", err)
	}
	after, _ := os.ReadFile(path)
	if string(before) != string(after) {
		t.Fatal("a refused database must not change")
	}
}

func TestDamagedFileIsRefused(t *testing.T) {
	path := tempPath(t)
	if err := os.WriteFile(path, []byte("this is not a database, just some text"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(context.Background(), path); !errors.Is(err, ErrNotSteady) {
		t.Fatalf("Open = %v, want ErrNotSteady", err)
	}
}

func TestNewIDsAreUniqueAndTimeOrdered(t *testing.T) {
	seen := map[string]bool{}
	prev := ""
	for i := 0; i < 1000; i++ {
		id := NewID()
		if seen[id] {
			t.Fatalf("duplicate id %s", id)
		}
		if id[:8] < prev[:min(8, len(prev))] {
			t.Fatalf("id %s sorts before %s", id, prev)
		}
		seen[id], prev = true, id
	}
}
