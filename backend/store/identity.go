package store

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
)

// applicationID marks a Steady database in the SQLite header ("STDY"), so
// that another program's file is never taken for one and converted.
const applicationID = 0x53544459

// foundationTables are the tables every Steady database has had since its
// first release; a file with them (and a schema version) but without the
// mark is a Steady database from before the mark, stamped on its next open.
var foundationTables = []string{"users", "company", "audit_log", "device_prefs", "device_sessions"}

// identity is what a file says about whose it is.
type identity struct {
	marked bool // it carries Steady's application id
	legacy bool // unmarked, but a Steady database from before the mark
}

func (id identity) steady() bool { return id.marked || id.legacy }

func identify(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}, schemaVersion int) (identity, error) {
	var appID int64
	if err := q.QueryRowContext(ctx, "PRAGMA application_id").Scan(&appID); err != nil {
		return identity{}, fmt.Errorf("store: read application id: %w", err)
	}
	if appID == applicationID {
		return identity{marked: true}, nil
	}
	if appID != 0 || schemaVersion < 1 {
		return identity{}, nil
	}
	var n int
	err := q.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema WHERE type = 'table'
		AND name IN ('users', 'company', 'audit_log', 'device_prefs', 'device_sessions')`).Scan(&n)
	if err != nil {
		return identity{}, fmt.Errorf("store: read tables: %w", err)
	}
	return identity{legacy: n == len(foundationTables)}, nil
}

// stamp marks the database as Steady's; a new file gets it before its first table.
func stamp(ctx context.Context, db *sql.DB) error {
	var appID int64
	if err := db.QueryRowContext(ctx, "PRAGMA application_id").Scan(&appID); err != nil {
		return fmt.Errorf("store: read application id: %w", err)
	}
	if appID == applicationID {
		return nil
	}
	if _, err := db.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d", applicationID)); err != nil {
		return fmt.Errorf("store: mark the database: %w", err)
	}
	return nil
}

// sqliteMagic opens every SQLite database file.
const sqliteMagic = "SQLite format 3\x00"

// refuseByHeader refuses, from its first bytes alone, a file that is not a
// SQLite database (an empty file included) or that another program marked
// as its own, so that SQLite never opens it: opening one in WAL mode leaves
// -wal and -shm files beside it even read-only. An unmarked SQLite file may
// be a Steady database from before the mark and is left to the tables.
func refuseByHeader(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("store: open %s: %w", path, err)
	}
	defer f.Close()
	head := make([]byte, 72)
	if _, err := io.ReadFull(f, head); err != nil || string(head[:16]) != sqliteMagic {
		return fmt.Errorf("store: %s: %w", path, ErrNotSteady)
	}
	if appID := binary.BigEndian.Uint32(head[68:72]); appID != 0 && appID != applicationID {
		return fmt.Errorf("store: %s: %w", path, ErrNotSteady)
	}
	return nil
}

// inspectURI opens path read-only for a look; where no -wal file is beside
// it (nothing unsaved to read), as immutable, so that no -wal or -shm file
// is created next to a file that may not even be Steady's.
func inspectURI(path string) string {
	if _, err := os.Stat(path + "-wal"); errors.Is(err, os.ErrNotExist) {
		return fileURI(path) + "&immutable=1"
	}
	return fileURI(path)
}
