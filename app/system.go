package app

import (
	"context"
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
