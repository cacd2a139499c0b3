package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"time"
)

// Backup writes a consistent copy of the database to out while the app keeps
// working: the copy holds every transaction committed before it started. out
// must not exist yet (the caller asks the user before replacing a file).
func (db *DB) Backup(ctx context.Context, out string) error {
	return snapshot(ctx, db.path, out)
}

// snapshot copies the database at src (with its write-ahead log) into a new,
// self-contained file at out, through a temporary name so that a failed or
// cancelled run leaves nothing half-written behind.
func snapshot(ctx context.Context, src, out string) error {
	if _, err := os.Stat(out); err == nil {
		return fmt.Errorf("store: backup: %s: %w", out, os.ErrExist)
	}
	tmp := out + ".partial"
	_ = os.Remove(tmp) // a leftover from an interrupted run, if any
	conn, err := sql.Open("sqlite3", fileURI(src))
	if err != nil {
		return fmt.Errorf("store: backup: open: %w", err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "VACUUM INTO "+quoteLiteral(tmp)); err != nil {
		_ = os.Remove(tmp)
		return fmt.Errorf("store: backup: %w", err)
	}
	if err := os.Rename(tmp, out); err != nil {
		_ = os.Remove(tmp)
		return fmt.Errorf("store: backup: %w", err)
	}
	return nil
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
	if err := snapshot(ctx, in, incoming); err != nil {
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
	if err := snapshot(ctx, path, kept); err != nil {
		return "", err
	}
	return kept, nil
}
