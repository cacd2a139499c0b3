package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// ErrInUse means another program (usually a running Steady) has the
// database open, so it cannot be replaced now.
var ErrInUse = errors.New("the database is open in a running Steady; close it first")

// useLock marks a database file as in use: every open database holds it
// shared, a restore needs it alone. It lives in a side file (PATH.lock)
// because the database file itself is replaced by a restore.
type useLock struct{ f *os.File }

// takeUseLock takes the lock without waiting; ErrInUse when it is held
// in a way that conflicts.
func takeUseLock(dbPath string, exclusive bool) (*useLock, error) {
	if err := os.MkdirAll(filepath.Dir(dbPath), 0o700); err != nil {
		return nil, fmt.Errorf("store: create data folder: %w", err)
	}
	f, err := os.OpenFile(dbPath+".lock", os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return nil, fmt.Errorf("store: open lock file: %w", err)
	}
	if err := lockFile(f, exclusive); err != nil {
		f.Close()
		return nil, err
	}
	return &useLock{f: f}, nil
}

// release lets others take the lock (closing the file drops it); a second
// release is harmless.
func (l *useLock) release() error {
	if l == nil {
		return nil
	}
	if err := l.f.Close(); err != nil && !errors.Is(err, os.ErrClosed) {
		return fmt.Errorf("store: release lock: %w", err)
	}
	return nil
}
