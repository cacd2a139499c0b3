package prefs

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"steady/backend/store"
)

// The language chosen last time is readable before the app opens the
// database, from the file alone, and a missing file is neither created nor
// mistaken for a choice.
func TestPeekFileReadsWithoutOpening(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "steady.db")
	if _, err := PeekFile(ctx, path, Language); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("a missing file: %v, want fs.ErrNotExist", err)
	}
	if _, err := os.Stat(path); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("peeking created the file: %v", err)
	}
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if v, err := PeekFile(ctx, path, Language); v != "" || err != nil {
		t.Fatalf("never chosen: %q, %v", v, err)
	}
	if err := New(db).Set(ctx, Language, "en"); err != nil {
		t.Fatal(err)
	}
	if v, err := PeekFile(ctx, path, Language); v != "en" || err != nil {
		t.Fatalf("while the app has it open: %q, %v", v, err)
	}
	db.Close()
	if v, err := PeekFile(ctx, path, Language); v != "en" || err != nil {
		t.Fatalf("after the app closed it: %q, %v", v, err)
	}
}
