package store

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// crashedDatabase is a database whose app died with its last commit only in
// the write-ahead log: the files as a SIGKILL leaves them.
func crashedDatabase(t *testing.T) (path, backup string) {
	t.Helper()
	ctx := context.Background()
	live := openTemp(t)
	if err := insertPref(live, "in-backup"); err != nil {
		t.Fatal(err)
	}
	backup = filepath.Join(t.TempDir(), "b.db")
	if err := live.Backup(ctx, backup); err != nil {
		t.Fatal(err)
	}
	if err := live.Checkpoint(ctx); err != nil {
		t.Fatal(err)
	}
	if err := insertPref(live, "last"); err != nil {
		t.Fatal(err)
	}
	path = filepath.Join(t.TempDir(), "steady.db")
	copyFile(t, live.Path(), path)
	copyFile(t, live.Path()+"-wal", path+"-wal")
	if info, err := os.Stat(path + "-wal"); err != nil || info.Size() == 0 {
		t.Fatalf("the last commit should be in the log only: %v", err)
	}
	return path, backup
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	in, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}

// A restore stopped after any of its steps (a crash there) leaves either the
// current database with its last commit, or the backup with the current one
// kept aside: never a database that passes its check without the last commit.
func TestRestoreStoppedAtEveryStepKeepsTheLastCommit(t *testing.T) {
	ctx := context.Background()
	all := len((&restore{}).steps())
	for n := 0; n <= all; n++ {
		path, backup := crashedDatabase(t)
		r := restore{path: path, in: backup, now: time.Date(2026, 11, 27, 8, 0, 0, 0, time.UTC)}
		if err := r.run(ctx, n); err != nil {
			t.Fatalf("after %d steps: %v", n, err)
		}
		report, err := Check(ctx, path, true)
		if err != nil || report.Err() != nil {
			t.Fatalf("after %d steps: check = %+v, %v", n, report, err)
		}
		keys := countPrefs(t, path)
		if n < all {
			if !keys["last"] {
				t.Errorf("stopped after %d of %d steps: the last commit is gone from the database (%v)", n, all, keys)
			}
			continue
		}
		if !keys["in-backup"] || keys["last"] {
			t.Errorf("finished: database rows = %v, want the backup's", keys)
		}
		if kept := countPrefs(t, r.kept); !kept["last"] {
			t.Errorf("finished: the kept database lacks the last commit (%v)", kept)
		}
	}
}

// A restore stopped midway can be run again and finishes.
func TestRestoreAfterAnInterruptedOneFinishes(t *testing.T) {
	ctx := context.Background()
	path, backup := crashedDatabase(t)
	first := restore{path: path, in: backup, now: time.Now()}
	if err := first.run(ctx, 3); err != nil {
		t.Fatal(err)
	}
	if _, err := Restore(ctx, path, backup, time.Now().Add(time.Second)); err != nil {
		t.Fatal(err)
	}
	if keys := countPrefs(t, path); !keys["in-backup"] || keys["last"] {
		t.Fatalf("database rows = %v, want the backup's", keys)
	}
	if _, err := os.Stat(path + ".restoring"); !os.IsNotExist(err) {
		t.Fatalf("the staged copy is still there: %v", err)
	}
}
