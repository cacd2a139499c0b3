package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"
)

// Backup writes a consistent copy of the database to out while the app keeps
// working: the copy holds every transaction committed before it started. An
// existing out is replaced (the caller asked the user) only once the new copy
// is written and checked; the live database and its side files are refused.
func (db *DB) Backup(ctx context.Context, out string) error {
	if err := CheckBackupTarget(db.path, out); err != nil {
		return err
	}
	return snapshot(ctx, db.path, out, true)
}

// Restore replaces the database at path with the backup at in. The backup is
// checked first (integrity, a Steady schema this app can read); only then is
// the current file kept beside it as "<path>.before-restore-<time>.db" and
// replaced. While any program has path open it is refused with ErrInUse. It returns where
// the replaced database was kept ("" when there was none).
func Restore(ctx context.Context, path, in string, now time.Time) (string, error) {
	if err := checkBackup(ctx, in); err != nil { // before the lock: a refusal leaves nothing beside path
		return "", err
	}
	alone, err := takeUseLock(path, true)
	if err != nil {
		return "", err
	}
	defer alone.release()
	incoming := path + ".restoring"
	_ = os.Remove(incoming) // a leftover from an interrupted run, if any
	if err := snapshot(ctx, in, incoming, true); err != nil {
		return "", err
	}
	kept, err := keepCurrent(ctx, path, now)
	if err != nil {
		_ = os.Remove(incoming)
		return "", err
	}
	for _, side := range []string{path + "-wal", path + "-shm"} {
		if err := os.Remove(side); err != nil && !errors.Is(err, os.ErrNotExist) {
			return kept, fmt.Errorf("store: restore: %w", err)
		}
	}
	if err := os.Rename(incoming, path); err != nil {
		return kept, fmt.Errorf("store: restore: %w", err)
	}
	return kept, nil
}

// checkBackup refuses a backup that is damaged, not Steady's or newer than this app.
func checkBackup(ctx context.Context, in string) error {
	report, err := Check(ctx, in, true)
	if err != nil {
		return err
	}
	if err := report.Err(); err != nil {
		return err
	}
	if report.SchemaVersion == 0 {
		return fmt.Errorf("store: restore: %w", ErrNotSteady)
	}
	return nil
}

func keepCurrent(ctx context.Context, path string, now time.Time) (string, error) {
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return "", nil
	}
	kept := path + ".before-restore-" + now.UTC().Format("20060102-150405") + ".db"
	if err := snapshot(ctx, path, kept, false); err != nil {
		return "", err
	}
	return kept, nil
}
