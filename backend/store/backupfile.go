package store

import (
	"context"
	"errors"
	"fmt"
	"os"
)

// BackupFile backs up the database at path without opening it for writing
// (the command-line backup): the file is checked first, then copied.
func BackupFile(ctx context.Context, path, out string) error {
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("store: backup: no database at %s: %w", path, os.ErrNotExist)
	}
	if err := CheckBackupTarget(path, out); err != nil {
		return err
	}
	report, err := Check(ctx, path, false)
	if err != nil {
		return err
	}
	if err := report.Err(); err != nil {
		return err
	}
	return snapshot(ctx, path, out, false)
}
