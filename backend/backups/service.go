// Package backups makes the automatic backups of this computer: daily at
// start-up and at every quit, rotated (7 daily, 4 weekly, 12 monthly) in a
// folder the person chooses; it lists, verifies, previews and restores them.
// The copying itself is the store's (a temporary file, checked, renamed).
// Settings live in the device file: each computer backs up its own copy.
package backups

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"steady/backend/apperr"
	"steady/backend/prefs"
	"steady/backend/store"
)

// Device keys (scoped to the database) in the device file.
const (
	keyFolder  = "backups.folder"
	keyPending = "backups.pending"
)

// StaleAfter is how old the newest good backup may get before people are warned.
const StaleAfter = 3 * 24 * time.Hour

// DeviceFile is the device file's key-value store (prefs.Device).
type DeviceFile interface {
	Get(key string) (string, error)
	Set(key, value string) error
}

// Service backs up the database at one path.
type Service struct {
	mu     sync.Mutex // one backup or restore at a time (start-up, quit, the screen)
	dbPath string
	device DeviceFile
	now    func() time.Time
	loc    *time.Location
}

// New returns backups for the database at dbPath; days, weeks and months
// of the rotation are loc's (the computer's own zone in the app).
func New(dbPath string, device DeviceFile, now func() time.Time, loc *time.Location) *Service {
	return &Service{dbPath: dbPath, device: device, now: now, loc: loc}
}

// Status is what the backups screen and the warning show.
type Status struct {
	Folder  string  `json:"folder"`
	Entries []Entry `json:"entries"`
	// LastAt is the newest backup's time ("" when there is none).
	LastAt string `json:"lastAt"`
	// Stale: no backup, or the newest is older than StaleAfter.
	Stale bool `json:"stale"`
	// Pending: a backup was started at quit and did not finish.
	Pending bool `json:"pending"`
}

// Folder is the chosen folder, or the default one.
func (s *Service) Folder() (string, error) {
	folder, err := s.device.Get(prefs.DeviceKey(s.dbPath, keyFolder))
	if err != nil || folder != "" {
		return folder, err
	}
	return DefaultFolder(s.dbPath), nil
}

// SetFolder chooses the folder (a synced one works): it must be absolute
// and writable; it is created when missing.
func (s *Service) SetFolder(folder string) error {
	if folder == "" || !filepath.IsAbs(folder) {
		return apperr.Field("folder", "validation.backupFolder", nil)
	}
	if err := os.MkdirAll(folder, 0o700); err != nil {
		return apperr.Field("folder", "validation.backupFolder", nil)
	}
	probe, err := os.CreateTemp(folder, ".steady-probe-*")
	if err != nil {
		return apperr.Field("folder", "validation.backupFolderWritable", nil)
	}
	probe.Close()
	os.Remove(probe.Name())
	return s.device.Set(prefs.DeviceKey(s.dbPath, keyFolder), filepath.Clean(folder))
}

// Status lists the backups, newest first, and says whether they are stale.
func (s *Service) Status() (Status, error) {
	folder, err := s.Folder()
	if err != nil {
		return Status{}, err
	}
	entries, err := list(s.dbPath, folder)
	if err != nil {
		return Status{}, err
	}
	pending, err := s.pending()
	if err != nil {
		return Status{}, err
	}
	st := Status{Folder: folder, Entries: entries, Stale: true, Pending: pending}
	if len(entries) > 0 {
		st.LastAt = store.FormatTime(entries[0].At)
		st.Stale = s.now().Sub(entries[0].At) > StaleAfter
	}
	return st, nil
}

// Due says whether a backup should run now at start-up: none yet today
// (in loc), or the last one at quit never finished.
func (s *Service) Due() (bool, error) {
	st, err := s.Status()
	if err != nil {
		return false, err
	}
	if st.Pending || len(st.Entries) == 0 {
		return true, nil
	}
	today := s.now().In(s.loc).Format(time.DateOnly)
	return st.Entries[0].At.In(s.loc).Format(time.DateOnly) != today, nil
}

// Copier writes a checked copy of the open database (store.DB.Backup).
type Copier interface {
	Backup(ctx context.Context, out string) error
}

// Progress hears how far a backup is: done of total steps.
type Progress func(done, total int)

// Run writes a new backup into the folder and rotates the old ones. It
// marks itself pending first and clears the mark only once the copy is in
// place, so a run cut short (the quit's few seconds ran out, a crash) runs
// again at the next start. A cancelled run leaves no partial file.
func (s *Service) Run(ctx context.Context, db Copier, progress Progress) (Entry, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if progress == nil {
		progress = func(int, int) {}
	}
	folder, err := s.Folder()
	if err != nil {
		return Entry{}, err
	}
	if err := s.setPending(true); err != nil {
		return Entry{}, err
	}
	progress(0, 2)
	if err := os.MkdirAll(folder, 0o700); err != nil {
		return Entry{}, fmt.Errorf("backups: create %s: %w", folder, err)
	}
	at := s.now().UTC().Truncate(time.Second)
	out := filepath.Join(folder, fileName(s.dbPath, at))
	if err := db.Backup(ctx, out); err != nil {
		return Entry{}, err
	}
	if err := s.setPending(false); err != nil {
		return Entry{}, err
	}
	progress(1, 2)
	if _, err := rotate(s.dbPath, folder, s.loc); err != nil {
		return Entry{}, err
	}
	progress(2, 2)
	info, err := os.Stat(out)
	if err != nil {
		return Entry{}, fmt.Errorf("backups: %w", err)
	}
	return newEntry(out, at, info.Size()), nil
}

// MarkPending records that a backup is owed (set before a quit's backup
// starts, in case the process ends first).
func (s *Service) MarkPending() error { return s.setPending(true) }

func (s *Service) pending() (bool, error) {
	v, err := s.device.Get(prefs.DeviceKey(s.dbPath, keyPending))
	return v != "", err
}

func (s *Service) setPending(on bool) error {
	v := ""
	if on {
		v = store.FormatTime(s.now())
	}
	return s.device.Set(prefs.DeviceKey(s.dbPath, keyPending), v)
}

// entry finds a backup of this database by name in the folder; any other
// name (a path, another file) is not found: the screen can only name
// backups the folder holds.
func (s *Service) entry(name string) (Entry, error) {
	folder, err := s.Folder()
	if err != nil {
		return Entry{}, err
	}
	entries, err := list(s.dbPath, folder)
	if err != nil {
		return Entry{}, err
	}
	for _, e := range entries {
		if e.Name == name {
			return e, nil
		}
	}
	return Entry{}, apperr.NotFound("backup")
}

var errNoGoodBackup = errors.New("backups: no backup passes its check")
