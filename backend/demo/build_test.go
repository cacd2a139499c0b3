package demo

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"steady/backend/store"
)

// A demo that fails midway (here after its customers, as a full disk would)
// leaves nothing at the target that could pass for a database, and no
// temporary files beside it; the next run can use the same name.
func TestDemoThatFailsMidwayLeavesNoDatabase(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "demo.db")
	full := errors.New("disk full")
	opts := Options{Seed: 3, Customers: 20, HashCost: bcrypt.MinCost, Now: time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC),
		interrupt: func(stage string) error { return full }}
	if _, err := Create(ctx, path, opts); !errors.Is(err, full) {
		t.Fatalf("Create = %v, want the injected failure", err)
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		report, cerr := store.Check(ctx, path, false)
		t.Fatalf("a failed demo left a file at the target (stat %v; its check: %+v, %v)", err, report, cerr)
	}
	if left, _ := os.ReadDir(dir); len(left) != 0 {
		t.Fatalf("a failed demo left %v", fileNames(left))
	}
	opts.interrupt = nil
	if _, err := Create(ctx, path, opts); err != nil {
		t.Fatalf("a second run after the failure: %v", err)
	}
	if left, _ := os.ReadDir(dir); len(left) != 1 {
		t.Fatalf("beside the demo database: %v", fileNames(left))
	}
	if report, err := store.Check(ctx, path, true); err != nil || report.Err() != nil {
		t.Fatalf("the demo database: %+v, %v", report, err)
	}
}

func fileNames(entries []os.DirEntry) []string {
	var out []string
	for _, e := range entries {
		out = append(out, e.Name())
	}
	return out
}
