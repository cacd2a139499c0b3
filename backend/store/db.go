// Package store opens the company's SQLite file: pragmas, one writer and a
// small reader pool, ordered migrations, and online backup and restore.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	neturl "net/url"
	"os"
	"path/filepath"

	_ "github.com/mattn/go-sqlite3" // registers the "sqlite3" driver
)

// DB is an open company database. All writes go through Tx on the single
// writer connection; reads use Read.
type DB struct {
	path   string
	writer *sql.DB
	reader *sql.DB
	inUse  *useLock
	waits  writeWaits // writers waiting for another (see Tx)
}

// Open checks, opens and migrates the database at path, creating it (and its
// folder) when missing. A file that fails its integrity check or whose schema
// is newer than this build is refused without being changed.
func Open(ctx context.Context, path string) (*DB, error) {
	return open(ctx, path, len(migrations))
}

func open(ctx context.Context, path string, target int) (*DB, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("store: create data folder: %w", err)
	}
	// The file is judged before its lock is taken, so that a refused one gets
	// no lock file beside it. A restore may replace it in between, but only
	// with a file it checked the same way.
	if err := inspectExisting(ctx, path); err != nil {
		return nil, err
	}
	inUse, err := takeUseLock(path, false)
	if err != nil {
		return nil, err
	}
	db, err := openLocked(ctx, path, target)
	if err != nil {
		inUse.release()
		return nil, err
	}
	db.inUse = inUse
	return db, nil
}

func openLocked(ctx context.Context, path string, target int) (*DB, error) {
	writer, err := sql.Open("sqlite3", dsn(path, false))
	if err != nil {
		return nil, fmt.Errorf("store: open writer: %w", err)
	}
	writer.SetMaxOpenConns(1)
	writer.SetConnMaxIdleTime(0)
	if err := stamp(ctx, writer); err != nil {
		writer.Close()
		return nil, err
	}
	if err := migrate(ctx, writer, target); err != nil {
		writer.Close()
		return nil, err
	}
	reader, err := sql.Open("sqlite3", dsn(path, true))
	if err != nil {
		writer.Close()
		return nil, fmt.Errorf("store: open readers: %w", err)
	}
	reader.SetMaxOpenConns(4)
	return &DB{path: path, writer: writer, reader: reader}, nil
}

// inspectExisting refuses a damaged file, one from a newer app, and one that
// is not Steady's (another program's database, an empty file), reading it
// read-only so that a refused file stays exactly as it was.
func inspectExisting(ctx context.Context, path string) error {
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return nil
	}
	report, err := Check(ctx, path, false)
	if err != nil {
		return err
	}
	return report.Err()
}

// dsn builds the connection string; busy_timeout comes first so that every
// later pragma already waits instead of failing on a lock.
func dsn(path string, readOnly bool) string {
	q := neturl.Values{}
	q.Set("_busy_timeout", "5000")
	q.Set("_journal_mode", "WAL")
	q.Set("_foreign_keys", "on")
	q.Set("_synchronous", "NORMAL")
	q.Set("_txlock", "immediate")
	q.Set("_stmt_cache_size", "64") // repeated statements in bulk imports skip re-preparing
	if readOnly {
		q.Set("_query_only", "true")
	}
	return "file:" + escapePath(path) + "?" + q.Encode()
}

// Path is the database file's location.
func (db *DB) Path() string { return db.path }

// Read is the pool for queries; it refuses writes.
func (db *DB) Read() *sql.DB { return db.reader }

// Close closes both pools.
func (db *DB) Close() error {
	return errors.Join(db.reader.Close(), db.writer.Close(), db.inUse.release())
}

// SchemaVersion is the number of migrations applied.
func (db *DB) SchemaVersion(ctx context.Context) (int, error) {
	return userVersion(ctx, db.reader)
}

// LatestSchemaVersion is the schema version this build creates.
func LatestSchemaVersion() int { return len(migrations) }

func userVersion(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}) (int, error) {
	var v int
	if err := q.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return 0, fmt.Errorf("store: read schema version: %w", err)
	}
	return v, nil
}
