// Package audit writes the trail of who changed what: one row per change,
// in the same transaction as the change itself.
package audit

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"steady/backend/store"
)

// Entry is one change by one user. Before is nil for a creation.
type Entry struct {
	At       time.Time
	ActorID  string
	Entity   string
	EntityID string
	Action   string
	Before   any
	After    any
}

// Write records e inside tx.
func Write(ctx context.Context, tx *sql.Tx, e Entry) error {
	before, err := marshal(e.Before)
	if err != nil {
		return err
	}
	after, err := marshal(e.After)
	if err != nil {
		return err
	}
	var actor any
	if e.ActorID != "" {
		actor = e.ActorID
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO audit_log(id, at, actor_id, entity, entity_id, action, before_json, after_json)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
		store.NewID(), store.FormatTime(e.At), actor, e.Entity, e.EntityID, e.Action, before, after)
	if err != nil {
		return fmt.Errorf("audit: write %s %s: %w", e.Action, e.Entity, err)
	}
	return nil
}

func marshal(v any) (any, error) {
	if v == nil {
		return nil, nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("audit: encode: %w", err)
	}
	return string(b), nil
}

// Record is a stored audit row.
type Record struct {
	At        string
	ActorID   string
	ActorName string // "" for the app itself (a sweep, an expiry)
	Action    string
	Before    string
	After     string
}

// History returns the audit rows of one record, oldest first.
func History(ctx context.Context, db *sql.DB, entity, entityID string) ([]Record, error) {
	rows, err := db.QueryContext(ctx, `SELECT a.at, coalesce(a.actor_id, ''), coalesce(u.name, ''), a.action,
			coalesce(a.before_json, ''), coalesce(a.after_json, '')
		FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
		WHERE a.entity = ? AND a.entity_id = ? ORDER BY a.at, a.id`, entity, entityID)
	if err != nil {
		return nil, fmt.Errorf("audit: history: %w", err)
	}
	defer rows.Close()
	var out []Record
	for rows.Next() {
		var r Record
		if err := rows.Scan(&r.At, &r.ActorID, &r.ActorName, &r.Action, &r.Before, &r.After); err != nil {
			return nil, fmt.Errorf("audit: history: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}
