package app

import (
	"context"
	"time"

	"steady/backend/auth"
)

// System is About and backups.
type System struct {
	core    *Core
	session *Session
	jobs    job // export-all
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

// Backup asks where to save a backup and writes it there (replacing a file
// the user agreed to replace only once the copy is good); "" means the user
// cancelled. Only the owner may take the whole company file.
func (s *System) Backup() (string, error) {
	return asActor(s.session, "system.backup", func(actor auth.Actor) (string, error) {
		if err := actor.MayCopyCompany(); err != nil {
			return "", err
		}
		path, err := s.core.askSavePath(saveTarget{
			name:   "Steady-backup-" + time.Now().Format("2006-01-02") + ".db",
			filter: "SQLite (*.db)", ext: ".db",
		})
		if err != nil || path == "" {
			return "", err
		}
		if err := s.core.DB.Backup(context.Background(), path); err != nil {
			return "", err
		}
		s.core.rememberFolder(path)
		return path, nil
	})
}
