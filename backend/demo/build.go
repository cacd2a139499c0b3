package demo

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"steady/backend/store"
)

// Create writes a new demo database at path; an existing file is refused.
// The company is built in a temporary file beside path and renamed into
// place only once it is complete and checked, so a run that fails midway (a
// full disk, a cancelled command) leaves nothing at path that could pass
// for a database.
func Create(ctx context.Context, path string, opts Options) (Summary, error) {
	if err := refuseExisting(path); err != nil {
		return Summary{}, err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return Summary{}, fmt.Errorf("demo: %w", err)
	}
	tmp := filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".building-"+store.NewID())
	defer removeBuild(tmp) // after the rename only the lock file is left to tidy
	sum, err := fill(ctx, tmp, opts)
	if err != nil {
		return Summary{}, err
	}
	if err := seal(ctx, tmp); err != nil {
		return Summary{}, err
	}
	if err := refuseExisting(path); err != nil { // it appeared meanwhile
		return Summary{}, err
	}
	if err := os.Rename(tmp, path); err != nil {
		return Summary{}, fmt.Errorf("demo: %w", err)
	}
	return sum, nil
}

func refuseExisting(path string) error {
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("demo: %s: %w (demo data goes into a new database)", path, os.ErrExist)
	} else if !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("demo: %w", err)
	}
	return nil
}

// seal checks the closed build and puts it on the disk: its write-ahead log
// must be gone (a rename takes the file alone) and SQLite must find it sound.
func seal(ctx context.Context, tmp string) error {
	if info, err := os.Stat(tmp + "-wal"); err == nil && info.Size() > 0 {
		return fmt.Errorf("demo: %s-wal still holds %d bytes after the checkpoint", tmp, info.Size())
	}
	report, err := store.Check(ctx, tmp, false)
	if err != nil {
		return err
	}
	if err := report.Err(); err != nil {
		return fmt.Errorf("demo: the new database failed its check: %w", err)
	}
	f, err := os.OpenFile(tmp, os.O_RDWR, 0)
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	defer f.Close()
	if err := f.Sync(); err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	return nil
}

// removeBuild removes the temporary database and the files SQLite and the
// store keep beside it; what is already gone is fine.
func removeBuild(tmp string) {
	for _, name := range []string{tmp, tmp + "-wal", tmp + "-shm", tmp + "-journal", tmp + ".lock"} {
		_ = os.Remove(name) // best effort: a leftover hidden file harms nothing
	}
}
