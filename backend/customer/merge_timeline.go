package customer

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/store"
)

// MergeChange is a duplicate folded into the customer, as its timeline
// shows it: the duplicate's name then, and how many records of each kind
// came along (contacts, activities, revisits, wonDeals, stageChanges,
// ownerChanges, and the other areas' deals and quotes).
type MergeChange struct {
	DroppedID   string         `json:"droppedId"`
	DroppedName string         `json:"droppedName"`
	Moved       map[string]int `json:"moved"`
}

// mergeEntries reads a customer's newest merges strictly before (at, id),
// as the other timeline sources do (see timeline.go).
func mergeEntries(ctx context.Context, q Querier, customerID, at, id string, limit int) ([]TimelineEntry, error) {
	rows, err := q.QueryContext(ctx, `SELECT m.id, m.at, coalesce(m.actor_id, ''), coalesce(u.name, ''), m.dropped_id,
		m.dropped_name, m.moved FROM customer_merges m LEFT JOIN users u ON u.id = m.actor_id
		WHERE m.kept_id = ? AND m.deleted_at IS NULL AND (m.at, m.id) < (?, ?) ORDER BY m.at DESC, m.id DESC LIMIT ?`,
		customerID, at, id, limit)
	if err != nil {
		return nil, fmt.Errorf("customer: timeline merges: %w", err)
	}
	defer rows.Close()
	var out []TimelineEntry
	for rows.Next() {
		e, m := TimelineEntry{Kind: "merge"}, MergeChange{}
		var moved string
		if err := rows.Scan(&e.ID, &e.At, &e.ActorID, &e.ActorName, &m.DroppedID, &m.DroppedName, &moved); err != nil {
			return nil, fmt.Errorf("customer: timeline merges: %w", err)
		}
		if err := json.Unmarshal([]byte(moved), &m.Moved); err != nil {
			return nil, fmt.Errorf("customer: timeline merges: %w", err)
		}
		e.Merge = &m
		out = append(out, e)
	}
	return out, rows.Err()
}

// DismissDuplicate records that two customers the actor may change are not
// duplicates, so Duplicates leaves the pair out.
func (s *Service) DismissDuplicate(ctx context.Context, actor auth.Actor, aID, bID string) error {
	if aID == bID {
		return apperr.Field("bId", "validation.sameCustomer", nil)
	}
	k := keyOf(aID, bID)
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		for _, id := range []string{k.a, k.b} {
			if _, _, err := visibleTx(ctx, tx, actor, id); err != nil {
				return err
			}
		}
		now := store.FormatTime(s.now())
		id := store.NewID()
		res, err := tx.ExecContext(ctx, `INSERT INTO customer_distinct_pairs(id, a_id, b_id, actor_id, created_at, updated_at)
			SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM customer_distinct_pairs
			WHERE a_id = ? AND b_id = ? AND deleted_at IS NULL)`, id, k.a, k.b, nullable(actor.ID), now, now, k.a, k.b)
		if err != nil {
			return fmt.Errorf("customer: dismiss duplicate: %w", err)
		}
		if n, err := res.RowsAffected(); err != nil || n == 0 {
			return err // already dismissed
		}
		return s.record(ctx, tx, s.now(), actor.ID, "customer_distinct_pair", id, "create", nil,
			map[string]string{"aId": k.a, "bId": k.b})
	})
}
