package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// errNotCheckpointed: SQLite could not fold the whole write-ahead log into
// the database file, so the log still holds commits the file lacks and must
// not be removed or left behind.
var errNotCheckpointed = errors.New("store: the write-ahead log could not be folded into the database")

// Checkpoint folds every committed transaction into the database file and
// empties the write-ahead log, so the file alone holds all the data.
func (db *DB) Checkpoint(ctx context.Context) error {
	return checkpoint(ctx, db.writer)
}

func checkpoint(ctx context.Context, conn *sql.DB) error {
	var busy, logFrames, done int
	err := conn.QueryRowContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)").Scan(&busy, &logFrames, &done)
	if err != nil {
		return fmt.Errorf("store: checkpoint: %w", err)
	}
	if busy != 0 || (logFrames > 0 && done < logFrames) {
		return fmt.Errorf("%w (busy %d, %d of %d frames)", errNotCheckpointed, busy, done, logFrames)
	}
	return nil
}

// foldWAL folds the write-ahead log beside the closed database at path into
// the file, then makes sure the log holds nothing: only then may the side
// files go. A missing database or log needs nothing.
func foldWAL(ctx context.Context, path string) error {
	if _, err := os.Stat(path + "-wal"); errors.Is(err, os.ErrNotExist) {
		return nil
	}
	conn, err := sql.Open("sqlite3", "file:"+escapePath(path)+"?_busy_timeout=5000")
	if err != nil {
		return fmt.Errorf("store: open %s: %w", path, err)
	}
	conn.SetMaxOpenConns(1)
	err = checkpoint(ctx, conn)
	if cerr := conn.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("store: close %s: %w", path, cerr)
	}
	if err != nil {
		return err
	}
	return walEmpty(path)
}

// walEmpty fails when a write-ahead log with frames is still beside path.
func walEmpty(path string) error {
	info, err := os.Stat(path + "-wal")
	if errors.Is(err, os.ErrNotExist) || (err == nil && info.Size() == 0) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	return fmt.Errorf("%w: %s-wal holds %d bytes", errNotCheckpointed, path, info.Size())
}

// syncDir makes a rename in dir survive a power cut where the system
// allows it (Windows cannot open a folder for syncing; its renames are
// journalled by NTFS).
func syncDir(dir string) {
	d, err := os.Open(filepath.Clean(dir))
	if err != nil {
		return
	}
	defer d.Close()
	_ = d.Sync() // best effort: not every system or file system syncs a folder
}
