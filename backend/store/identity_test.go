package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// Another program's SQLite file, an empty file and a look-alike at Steady's
// schema version are refused by Open and Check, and left exactly as they
// were, with nothing written beside them.
func TestForeignFilesAreRefusedUntouched(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	files := map[string]string{
		"notes.db":     "CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes(body) VALUES ('买牛奶')",
		"lookalike.db": "CREATE TABLE notes(x); PRAGMA user_version = 8",
		"empty.db":     "",
		// In WAL mode, even a read-only open leaves -wal and -shm behind.
		"wal.db":        "PRAGMA journal_mode = WAL; CREATE TABLE notes(x); PRAGMA user_version = 8",
		"wal-marked.db": "PRAGMA journal_mode = WAL; PRAGMA application_id = 1129270867; CREATE TABLE notes(x)",
	}
	for name, script := range files {
		path := filepath.Join(dir, name)
		if script == "" {
			if err := os.WriteFile(path, nil, 0o600); err != nil {
				t.Fatal(err)
			}
		} else {
			conn, err := sql.Open("sqlite3", path)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := conn.Exec(script); err != nil {
				t.Fatal(err)
			}
			conn.Close()
		}
		before, _ := os.ReadFile(path)
		if _, err := Open(ctx, path); !errors.Is(err, ErrNotSteady) {
			t.Errorf("Open(%s) = %v, want ErrNotSteady", name, err)
		}
		report, err := Check(ctx, path, true)
		if err == nil {
			err = report.Err()
		}
		if !errors.Is(err, ErrNotSteady) {
			t.Errorf("Check(%s) = %+v %v, want not Steady", name, report, err)
		}
		if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
			t.Errorf("%s was changed", name)
		}
		for _, side := range []string{"-wal", "-shm", "-journal", ".lock"} {
			if _, err := os.Stat(path + side); err == nil {
				t.Errorf("%s%s was left beside it", name, side)
			}
		}
	}
}

// A Steady database from before the mark (its tables at schema 8, no
// application id) opens and is stamped; a new one is marked from the start,
// and its backups carry the mark.
func TestSteadyDatabasesCarryTheirMark(t *testing.T) {
	ctx := context.Background()
	old := filepath.Join(t.TempDir(), "old.db")
	db, err := open(ctx, old, 8)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.writer.Exec("PRAGMA application_id = 0"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if report, err := Check(ctx, old, false); err != nil || report.Err() != nil {
		t.Fatalf("an unmarked Steady database at schema 8: %+v %v", report, err)
	}
	db, err = Open(ctx, old)
	if err != nil {
		t.Fatalf("an unmarked Steady database was refused: %v", err)
	}
	if id := appID(t, db.reader); id != applicationID {
		t.Fatalf("application id %x after open", id)
	}
	out := filepath.Join(t.TempDir(), "backup.db")
	if err := db.Backup(ctx, out); err != nil {
		t.Fatal(err)
	}
	db.Close()
	conn, _ := sql.Open("sqlite3", fileURI(out))
	defer conn.Close()
	if id := appID(t, conn); id != applicationID {
		t.Fatalf("the backup's application id is %x", id)
	}
}

func appID(t *testing.T, q *sql.DB) int64 {
	t.Helper()
	var id int64
	if err := q.QueryRow("PRAGMA application_id").Scan(&id); err != nil {
		t.Fatal(err)
	}
	return id
}
