package backups

import (
	"context"
	"errors"
	"fmt"
	"os"

	"steady/backend/prefs"
	"steady/backend/store"
)

// NewestGood is the newest backup in the folder that passes the full check
// (a damaged or half-synced one is passed over); errNoGoodBackup when none.
func (s *Service) NewestGood(ctx context.Context) (Preview, error) {
	folder, err := s.Folder()
	if err != nil {
		return Preview{}, err
	}
	entries, err := list(s.dbPath, folder)
	if err != nil {
		return Preview{}, err
	}
	for _, e := range entries {
		p, err := PreviewFile(ctx, e)
		if err == nil {
			return p, nil
		}
	}
	return Preview{}, errNoGoodBackup
}

// HasGood says whether NewestGood would find one.
func HasGood(err error) bool { return !errors.Is(err, errNoGoodBackup) }

// Restore puts the named backup in the database's place; the database must
// be closed (the store refuses while any program has it open). It returns
// where the replaced database was kept.
func (s *Service) Restore(ctx context.Context, name string) (string, error) {
	e, err := s.entry(name)
	if err != nil {
		return "", err
	}
	return s.restoreFile(ctx, e.Path)
}

// restoreFile restores in over the database. A current file that fails its
// own check is first set aside whole (it cannot be copied aside the usual
// way, and must not be lost either: someone may still rescue rows from it).
func (s *Service) restoreFile(ctx context.Context, in string) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.newQuoteCode(); err != nil { // first: a restore that then fails only costs a code
		return "", err
	}
	report, err := store.Check(ctx, s.dbPath, false)
	refused := report.Err()
	damaged := err != nil || errors.Is(refused, store.ErrDamaged) || errors.Is(refused, store.ErrNotSteady)
	if _, statErr := os.Stat(s.dbPath); errors.Is(statErr, os.ErrNotExist) {
		damaged = false
	}
	if !damaged {
		return store.Restore(ctx, s.dbPath, in, s.now())
	}
	aside, err := s.setAside()
	if err != nil {
		return "", err
	}
	if _, err := store.Restore(ctx, s.dbPath, in, s.now()); err != nil {
		return "", errors.Join(err, s.putBack(aside))
	}
	return aside, nil
}

// newQuoteCode makes this device draw a new quote-number code for the
// database: the quotes numbered since the backup was made are not in it,
// but their numbers are in customers' hands, and the old code would hand
// the same numbers out again.
func (s *Service) newQuoteCode() error {
	return s.device.Set(prefs.DeviceKey(s.dbPath, prefs.DeviceCode), "")
}

// setAside renames the damaged database and its side files to
// "<path>.damaged-<time>.db" (and -wal, -shm).
func (s *Service) setAside() (string, error) {
	aside := s.dbPath + ".damaged-" + s.now().UTC().Format("20060102-150405") + ".db"
	for _, suffix := range []string{"", "-wal", "-shm"} {
		err := os.Rename(s.dbPath+suffix, aside+suffix)
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			return "", errors.Join(fmt.Errorf("backups: set the damaged file aside: %w", err), s.putBack(aside))
		}
	}
	return aside, nil
}

func (s *Service) putBack(aside string) error {
	var errs []error
	for _, suffix := range []string{"", "-wal", "-shm"} {
		err := os.Rename(aside+suffix, s.dbPath+suffix)
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			errs = append(errs, fmt.Errorf("backups: put the damaged file back: %w", err))
		}
	}
	return errors.Join(errs...)
}

// RestoreNewestGood restores the newest good backup over a database that
// could not be opened (start-up on a damaged file).
func (s *Service) RestoreNewestGood(ctx context.Context) (Preview, string, error) {
	p, err := s.NewestGood(ctx)
	if err != nil {
		return Preview{}, "", err
	}
	kept, err := s.restoreFile(ctx, p.Entry.Path)
	return p, kept, err
}
