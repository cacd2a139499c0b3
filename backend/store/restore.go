package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// Restore replaces the database at path with the backup at in. The backup is
// checked first (integrity, a Steady schema this app can read); only then is
// the current file kept beside it as "<path>.before-restore-<time>.db" and
// replaced. While any program has path open it is refused with ErrInUse. It
// returns where the replaced database was kept ("" when there was none).
//
// A restore stopped at any point (a crash, a power cut) leaves path whole:
// either the current database with every commit it had, or the backup.
func Restore(ctx context.Context, path, in string, now time.Time) (string, error) {
	r := restore{path: path, in: in, now: now}
	return r.kept, r.run(ctx, len(r.steps()))
}

// restore is one run of Restore, as steps that each leave a sound state.
type restore struct {
	path, in string
	now      time.Time
	kept     string
}

func (r *restore) incoming() string { return r.path + ".restoring" }

// run checks the backup, takes the database alone, and runs the first n steps
// (tests stop after each one to stand for a crash there).
func (r *restore) run(ctx context.Context, n int) error {
	if err := checkBackup(ctx, r.in); err != nil { // before the lock: a refusal leaves nothing beside path
		return err
	}
	alone, err := takeUseLock(r.path, true)
	if err != nil {
		return err
	}
	defer alone.release()
	for _, step := range r.steps()[:n] {
		if err := step(ctx); err != nil {
			return err
		}
	}
	return nil
}

func (r *restore) steps() []func(context.Context) error {
	return []func(context.Context) error{r.stage, r.keep, r.fold, r.clearSideFiles, r.swap}
}

// stage copies the backup to a checked file beside path.
func (r *restore) stage(ctx context.Context) error {
	if err := os.Remove(r.incoming()); err != nil && !errors.Is(err, os.ErrNotExist) { // a leftover from an interrupted run
		return fmt.Errorf("store: restore: %w", err)
	}
	return snapshot(ctx, r.in, r.incoming(), true)
}

// keep copies the current database, write-ahead log included, aside.
func (r *restore) keep(ctx context.Context) error {
	kept, err := keepCurrent(ctx, r.path, r.now)
	if err != nil {
		_ = os.Remove(r.incoming()) // the staged copy is ours; the error that matters is err
		return err
	}
	r.kept = kept
	return nil
}

// fold moves the last commits from the write-ahead log into the database
// file, so that removing the log next loses nothing even if the run stops
// before the backup takes the file's place.
func (r *restore) fold(ctx context.Context) error {
	if _, err := os.Stat(r.path); errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err := foldWAL(ctx, r.path); err != nil {
		return fmt.Errorf("store: restore: %w", err)
	}
	return nil
}

// clearSideFiles removes the emptied log and its index, which belong to the
// file being replaced and must not be read against the backup.
func (r *restore) clearSideFiles(context.Context) error {
	if err := walEmpty(r.path); err != nil {
		return fmt.Errorf("store: restore: %w", err)
	}
	for _, side := range []string{r.path + "-wal", r.path + "-shm"} {
		if err := os.Remove(side); err != nil && !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("store: restore: %w", err)
		}
	}
	return nil
}

// swap puts the staged backup in the database's place in one rename.
func (r *restore) swap(context.Context) error {
	if err := os.Rename(r.incoming(), r.path); err != nil {
		return fmt.Errorf("store: restore: %w", err)
	}
	syncDir(filepath.Dir(r.path))
	return nil
}
