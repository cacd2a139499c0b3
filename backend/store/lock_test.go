package store

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// A refused file gets no lock file beside it: nothing is left behind by
// an open, a check or a restore that did not happen.
func TestRefusalsLeaveNoLockFileBehind(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	junk := filepath.Join(dir, "junk.db")
	if err := os.WriteFile(junk, []byte("a shopping list, not a database"), 0o600); err != nil {
		t.Fatal(err)
	}
	folder := filepath.Join(dir, "folder.db")
	if err := os.Mkdir(folder, 0o700); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.db")

	if _, err := Open(ctx, junk); !errors.Is(err, ErrNotSteady) {
		t.Fatalf("Open(junk) = %v, want ErrNotSteady", err)
	}
	if _, err := Open(ctx, folder); err == nil {
		t.Fatal("Open(folder) should be refused")
	}
	if _, err := Check(ctx, missing, true); err == nil {
		t.Fatal("Check(missing) should fail")
	}
	if _, err := Restore(ctx, missing, junk, time.Now()); !errors.Is(err, ErrNotSteady) {
		t.Fatalf("Restore(from junk) = %v, want ErrNotSteady", err)
	}
	for _, path := range []string{junk, folder, missing} {
		if _, err := os.Stat(path + ".lock"); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s.lock is there after a refusal (stat: %v)", filepath.Base(path), err)
		}
	}
	if _, err := os.Stat(missing); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a check of a missing file created it (stat: %v)", err)
	}
}

// A database that opens keeps its lock file while open and after (the lock
// file is the place a restore waits on; it is never removed under others).
func TestAnOpenDatabaseHoldsItsLockFile(t *testing.T) {
	db := openTemp(t)
	if _, err := os.Stat(db.Path() + ".lock"); err != nil {
		t.Fatalf("an open database has no lock file: %v", err)
	}
}
