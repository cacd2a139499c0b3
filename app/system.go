package app

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/wailsapp/wails/v2/pkg/runtime"

	"steady/backend/prefs"
)

// System is About and backups.
type System struct {
	core    *Core
	session *Session
}

// NewSystem binds About and backups.
func NewSystem(core *Core, session *Session) *System {
	return &System{core: core, session: session}
}

// About describes this installation.
type About struct {
	Version       string `json:"version"`
	DataDir       string `json:"dataDir"`
	DBPath        string `json:"dbPath"`
	LogPath       string `json:"logPath"`
	SchemaVersion int    `json:"schemaVersion"`
}

// About returns the version and where the data lives.
func (s *System) About() (About, error) {
	a := About{Version: s.core.Version, DataDir: s.core.DataDir, DBPath: s.core.DBPath, LogPath: s.core.LogPath}
	if s.core.ready() != nil {
		return a, nil
	}
	v, err := s.core.DB.SchemaVersion(context.Background())
	a.SchemaVersion = v
	return a, toUI(s.core.Log, "system.about", err)
}

// Backup asks where to save a backup and writes it there; "" means the user
// cancelled.
func (s *System) Backup() (string, error) {
	if _, err := s.session.actor(); err != nil {
		return "", toUI(s.core.Log, "system.backup", err)
	}
	if err := s.core.ready(); err != nil {
		return "", toUI(s.core.Log, "system.backup", err)
	}
	path, err := s.askBackupPath()
	if err != nil || path == "" {
		return "", toUI(s.core.Log, "system.backup", err)
	}
	ctx := context.Background()
	if err := s.core.DB.Backup(ctx, path); err != nil {
		return "", toUI(s.core.Log, "system.backup", err)
	}
	if err := s.core.Prefs.Set(ctx, prefs.LastFolder, filepath.Dir(path)); err != nil {
		s.core.Log.Warn("could not remember the backup folder", "err", err)
	}
	return path, nil
}

// askBackupPath shows the save dialog; replacing an existing file needs a
// second, explicit yes.
func (s *System) askBackupPath() (string, error) {
	wctx := s.core.wailsContext()
	folder, _ := s.core.Prefs.Get(context.Background(), prefs.LastFolder)
	path, err := runtime.SaveFileDialog(wctx, runtime.SaveDialogOptions{
		DefaultDirectory: folder,
		DefaultFilename:  "Steady-backup-" + time.Now().Format("2006-01-02") + ".db",
		Filters:          []runtime.FileFilter{{DisplayName: "SQLite (*.db)", Pattern: "*.db"}},
	})
	if err != nil || path == "" {
		return "", err
	}
	if !strings.EqualFold(filepath.Ext(path), ".db") {
		path += ".db" // Windows does not add the filter's extension
	}
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return path, nil
	}
	answer, err := runtime.MessageDialog(wctx, runtime.MessageDialogOptions{
		Type: runtime.QuestionDialog, Title: "Steady",
		Message: s.core.text("dialog.replaceFile", filepath.Base(path)),
		Buttons: []string{"Yes", "No"}, DefaultButton: "No",
	})
	if err != nil || (answer != "Yes" && answer != "Ok") {
		return "", err
	}
	if err := os.Remove(path); err != nil {
		return "", err
	}
	return path, nil
}
