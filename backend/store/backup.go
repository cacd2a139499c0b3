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
