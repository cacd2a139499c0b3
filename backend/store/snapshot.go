package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// ErrBackupOntoLive: a backup was aimed at the database it copies, or at one
// of the files SQLite keeps beside it; writing there would destroy the data.
var ErrBackupOntoLive = errors.New("a backup cannot be written over the database it copies")

// liveFiles are the names SQLite and Steady keep for the database at path.
func liveFiles(path string) []string {
	return []string{path, path + "-wal", path + "-shm", path + "-journal", path + ".lock"}
}

// CheckBackupTarget returns ErrBackupOntoLive when out names the database at
// path or one of its side files: by name (case folded, since Windows and
// macOS fold it) or, when out exists, by being the same file (a link).
func CheckBackupTarget(path, out string) error {
	target := canonical(out)
	outInfo, outErr := os.Stat(out)
	for _, live := range liveFiles(path) {
		if strings.EqualFold(canonical(live), target) {
			return fmt.Errorf("store: backup to %s: %w", out, ErrBackupOntoLive)
		}
		if outErr != nil {
			continue
		}
		if info, err := os.Stat(live); err == nil && os.SameFile(info, outInfo) {
			return fmt.Errorf("store: backup to %s: %w", out, ErrBackupOntoLive)
		}
	}
	return nil
}

// canonical is name made absolute with its folder's links resolved (the
// file itself may not exist yet).
func canonical(name string) string {
	abs, err := filepath.Abs(name)
	if err != nil {
		return filepath.Clean(name)
	}
	dir, base := filepath.Split(abs)
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		dir = real
	}
	return filepath.Join(dir, base)
}

// snapshot copies the database at src (with its write-ahead log) into a
// self-contained file at out. It writes a temporary file beside out, checks
// it, and only then renames it into place, so a failed or cancelled run
// leaves out as it was: an earlier backup there is never lost to a failed
// one. With replace false an existing out is refused instead of replaced.
func snapshot(ctx context.Context, src, out string, replace bool) error {
	if _, err := os.Stat(out); err == nil && !replace {
		return fmt.Errorf("store: backup: %s: %w", out, os.ErrExist)
	}
	tmp, err := writeTemp(ctx, src, out)
	if err != nil {
		return err
	}
	if !replace {
		if _, err := os.Stat(out); err == nil { // it appeared meanwhile
			os.Remove(tmp)
			return fmt.Errorf("store: backup: %s: %w", out, os.ErrExist)
		}
	}
	if err := os.Rename(tmp, out); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("store: backup: %w", err)
	}
	return nil
}

// writeTemp writes and verifies the copy under a fresh name beside out and
// returns that name; on any failure nothing is left behind.
func writeTemp(ctx context.Context, src, out string) (string, error) {
	f, err := os.CreateTemp(filepath.Dir(out), filepath.Base(out)+".partial-*")
	if err != nil {
		return "", fmt.Errorf("store: backup: %w", err)
	}
	tmp := f.Name()
	f.Close() // VACUUM INTO accepts an empty file
	if err := vacuumInto(ctx, src, tmp); err != nil {
		os.Remove(tmp)
		return "", err
	}
	if err := verifyCopy(ctx, tmp); err != nil {
		os.Remove(tmp)
		return "", err
	}
	return tmp, nil
}

func vacuumInto(ctx context.Context, src, tmp string) error {
	conn, err := sql.Open("sqlite3", fileURI(src))
	if err != nil {
		return fmt.Errorf("store: backup: open: %w", err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "VACUUM INTO "+quoteLiteral(tmp)); err != nil {
		return fmt.Errorf("store: backup: %w", err)
	}
	return nil
}

// verifyCopy reads the copy back before it may replace anything, and makes
// sure it is on the disk (VACUUM INTO does not sync).
func verifyCopy(ctx context.Context, tmp string) error {
	report, err := Check(ctx, tmp, false)
	if err != nil {
		return err
	}
	if err := report.Err(); err != nil {
		return fmt.Errorf("store: backup: the copy failed its check: %w", err)
	}
	f, err := os.OpenFile(tmp, os.O_RDWR, 0)
	if err != nil {
		return fmt.Errorf("store: backup: %w", err)
	}
	defer f.Close()
	if err := f.Sync(); err != nil {
		return fmt.Errorf("store: backup: %w", err)
	}
	return nil
}
