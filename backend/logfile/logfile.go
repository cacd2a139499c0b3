// Package logfile writes the app's log to a size-rotated file in the data
// folder; raw error text goes here, never to the screen.
package logfile

import (
	"io"
	"log/slog"
	"path/filepath"

	"gopkg.in/natefinch/lumberjack.v2"
)

// Open returns a logger writing to <dir>/logs/steady.log (rotated at 5 MB,
// three old files kept) and the file to close at exit.
func Open(dir string) (*slog.Logger, io.Closer, string) {
	path := filepath.Join(dir, "logs", "steady.log")
	file := &lumberjack.Logger{Filename: path, MaxSize: 5, MaxBackups: 3, MaxAge: 90}
	return slog.New(slog.NewTextHandler(file, &slog.HandlerOptions{Level: slog.LevelInfo})), file, path
}
