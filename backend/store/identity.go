package store

import (
	"context"
	"database/sql"
	"fmt"
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
