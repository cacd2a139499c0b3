package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"strings"
)

var (
	// ErrSchemaTooNew: the file was written by a newer Steady; opening it could lose data.
	ErrSchemaTooNew = errors.New("the database was created by a newer version of Steady")
	// ErrDamaged: SQLite's integrity check found problems.
	ErrDamaged = errors.New("the database failed its integrity check")
	// ErrNotSteady: the file is not a Steady database.
	ErrNotSteady = errors.New("the file is not a Steady database")
)

// Report is what a check found.
type Report struct {
	Path          string `json:"path"`
	Integrity     string `json:"integrity"`
	SchemaVersion int    `json:"schemaVersion"`
	LatestVersion int    `json:"latestVersion"`
	// Steady says the file is a Steady database: marked as one, or one from
	// before the mark (with Steady's tables and a schema version).
	Steady bool `json:"steady"`
}

// Err turns a report into an error when something is wrong.
func (r Report) Err() error {
	if r.Integrity != "ok" {
		return fmt.Errorf("%w: %s", ErrDamaged, r.Integrity)
	}
	if !r.Steady {
		return fmt.Errorf("store: %s: %w", r.Path, ErrNotSteady)
	}
	if r.SchemaVersion > r.LatestVersion {
		return fmt.Errorf("%w (schema %d, this app knows up to %d)", ErrSchemaTooNew, r.SchemaVersion, r.LatestVersion)
	}
	return nil
}

// Check reads the file at path without changing it. full runs SQLite's
// complete integrity_check; otherwise the faster quick_check.
func Check(ctx context.Context, path string, full bool) (Report, error) {
	report := Report{Path: path, LatestVersion: len(migrations)}
	if err := refuseByHeader(path); err != nil {
		return report, err
	}
	conn, err := sql.Open("sqlite3", inspectURI(path))
	if err != nil {
		return report, fmt.Errorf("store: open %s: %w", path, err)
	}
	defer conn.Close()
	pragma := "PRAGMA quick_check"
	if full {
		pragma = "PRAGMA integrity_check"
	}
	report.Integrity, err = integrity(ctx, conn, pragma)
	if err != nil {
		return report, err
	}
	if report.SchemaVersion, err = userVersion(ctx, conn); err != nil {
		return report, err
	}
	id, err := identify(ctx, conn, report.SchemaVersion)
	report.Steady = id.steady()
	return report, err
}

func integrity(ctx context.Context, conn *sql.DB, pragma string) (string, error) {
	rows, err := conn.QueryContext(ctx, pragma)
	if err != nil {
		if strings.Contains(err.Error(), "not a database") {
			return "", fmt.Errorf("store: %w", ErrNotSteady)
		}
		return "", fmt.Errorf("store: integrity check: %w", err)
	}
	defer rows.Close()
	var problems []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return "", fmt.Errorf("store: integrity check: %w", err)
		}
		problems = append(problems, line)
	}
	if err := rows.Err(); err != nil {
		return "", fmt.Errorf("store: integrity check: %w", err)
	}
	return strings.Join(problems, "; "), nil
}

// quoteLiteral renders s as an SQL string literal (for VACUUM INTO, which
// takes its file name as an expression).
func quoteLiteral(s string) string {
	return "'" + strings.ReplaceAll(s, "'", "''") + "'"
}

// fileURI renders a path for a read-only connection.
func fileURI(path string) string {
	return "file:" + escapePath(path) + "?mode=ro&_busy_timeout=5000"
}

func escapePath(path string) string {
	return (&url.URL{Path: path}).EscapedPath()
}

// OpenReadOnly opens the file at path for reading only, with no migrations
// and no use lock: a glance at a database before the app opens it. A missing
// file is an error wrapping fs.ErrNotExist, and nothing is created.
func OpenReadOnly(path string) (*sql.DB, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	conn, err := sql.Open("sqlite3", fileURI(path))
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	return conn, nil
}
