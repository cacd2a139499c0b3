package inbox

import (
	"context"
	"database/sql"
	"fmt"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/store"
	"steady/backend/validate"
)

// What a person has seen is company data (they read an answer on the office
// desktop; the laptop must not tell them again once sync exists), so it
// lives in the database: one row per person and item, holding the item's
// time as they saw it. An answer given again later (a quote sent back, fixed,
// held again and decided again) carries a later time and is news again.
// Seen marks are a person's own reading state, not business facts, so no
// audit row is written for them.

type key struct{ kind, recordID string }

func (s *Service) seenBy(ctx context.Context, userID string) (map[key]string, error) {
	rows, err := s.db.Read().QueryContext(ctx, `SELECT kind, record_id, seen_at FROM inbox_seen
		WHERE user_id = ? AND deleted_at IS NULL`, userID)
	if err != nil {
		return nil, fmt.Errorf("inbox: seen: %w", err)
	}
	defer rows.Close()
	seen := map[key]string{}
	for rows.Next() {
		var k key
		var at string
		if err := rows.Scan(&k.kind, &k.recordID, &at); err != nil {
			return nil, fmt.Errorf("inbox: seen: %w", err)
		}
		seen[k] = at
	}
	return seen, rows.Err()
}

// MarkSeen records that actor saw the item kind/recordID as it was at at
// (the item's At). Marking an older time than one already seen changes
// nothing, so a stale list cannot bring an answer back.
func (s *Service) MarkSeen(ctx context.Context, actor auth.Actor, kind, recordID, at string) error {
	var v apperr.Validation
	kind = validate.Text(&v, "kind", kind, true, 40)
	recordID = validate.Text(&v, "recordId", recordID, true, 64)
	if _, err := store.ParseTime(at); err != nil {
		v.Add("at", "validation.invalidDate", nil)
	}
	if err := v.Err(); err != nil {
		return err
	}
	now := store.FormatTime(s.now())
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO inbox_seen(id, user_id, kind, record_id, seen_at, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (user_id, kind, record_id) WHERE deleted_at IS NULL DO UPDATE
			SET seen_at = excluded.seen_at, updated_at = excluded.updated_at, version = version + 1
			WHERE excluded.seen_at > inbox_seen.seen_at`,
			store.NewID(), actor.ID, kind, recordID, at, now, now)
		if err != nil {
			return fmt.Errorf("inbox: mark seen: %w", err)
		}
		return nil
	})
}
