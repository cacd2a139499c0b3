package backups

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"steady/backend/store"
)

// nameTime is how a backup's time (UTC) appears in its file name.
const nameTime = "2006-01-02_150405"

// Entry is one backup file in the folder.
type Entry struct {
	Name string    `json:"name"`
	Path string    `json:"path"`
	At   time.Time `json:"-"`
	Time string    `json:"at"` // At as RFC 3339 (UTC), for the screen
	Size int64     `json:"size"`
}

func newEntry(path string, at time.Time, size int64) Entry {
	return Entry{Name: filepath.Base(path), Path: path, At: at, Time: store.FormatTime(at), Size: size}
}

// fileName is the name of a backup of the database at dbPath made at t:
// the database's own name first, so two companies can share a folder.
func fileName(dbPath string, t time.Time) string {
	return stem(dbPath) + "_" + t.UTC().Format(nameTime) + ".db"
}

func stem(dbPath string) string {
	return strings.TrimSuffix(filepath.Base(dbPath), filepath.Ext(dbPath))
}

// parseName returns the time in a backup's name; ok is false for any other
// file (which rotation never touches).
func parseName(dbPath, name string) (time.Time, bool) {
	prefix := stem(dbPath) + "_"
	if !strings.HasPrefix(name, prefix) || !strings.HasSuffix(name, ".db") {
		return time.Time{}, false
	}
	t, err := time.Parse(nameTime, strings.TrimSuffix(strings.TrimPrefix(name, prefix), ".db"))
	return t, err == nil
}

// list returns the backups of the database at dbPath in folder, newest first.
// A folder that does not exist yet holds none.
func list(dbPath, folder string) ([]Entry, error) {
	files, err := os.ReadDir(folder)
	if errors.Is(err, os.ErrNotExist) {
		return []Entry{}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("backups: read %s: %w", folder, err)
	}
	entries := []Entry{}
	for _, f := range files {
		at, ok := parseName(dbPath, f.Name())
		if !ok || !f.Type().IsRegular() {
			continue
		}
		info, err := f.Info()
		if err != nil {
			continue // removed meanwhile (a synced folder, another device's rotation)
		}
		entries = append(entries, newEntry(filepath.Join(folder, f.Name()), at, info.Size()))
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].At.After(entries[j].At) })
	return entries, nil
}

// rotate removes the backups Keep does not keep.
func rotate(dbPath, folder string, loc *time.Location) (removed int, err error) {
	entries, err := list(dbPath, folder)
	if err != nil {
		return 0, err
	}
	times := make([]time.Time, len(entries))
	for i, e := range entries {
		times[i] = e.At
	}
	var errs []error
	for i, keep := range Keep(times, loc) {
		if keep {
			continue
		}
		if err := os.Remove(entries[i].Path); err != nil && !errors.Is(err, os.ErrNotExist) {
			errs = append(errs, fmt.Errorf("backups: rotate: %w", err))
			continue
		}
		removed++
	}
	return removed, errors.Join(errs...)
}

// DefaultFolder is where backups go until the person chooses: a Backups
// folder beside the database (<config>/Steady/Backups for the usual one).
func DefaultFolder(dbPath string) string {
	return filepath.Join(filepath.Dir(dbPath), "Backups")
}
