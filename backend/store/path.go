package store

import (
	"fmt"
	"os"
	"path/filepath"
)

// EnvPath names the environment variable that overrides the database file.
const EnvPath = "STEADY_DB"

// ResolvePath picks the database file: the --db flag's value, else
// $STEADY_DB, else <user config dir>/Steady/steady.db.
func ResolvePath(flagValue string) (string, error) {
	path := flagValue
	if path == "" {
		path = os.Getenv(EnvPath)
	}
	if path == "" {
		dir, err := os.UserConfigDir()
		if err != nil {
			return "", fmt.Errorf("store: find the user config folder: %w", err)
		}
		path = filepath.Join(dir, "Steady", "steady.db")
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", fmt.Errorf("store: resolve %s: %w", path, err)
	}
	return abs, nil
}
