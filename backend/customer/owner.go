package customer

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"steady/backend/apperr"
	"steady/backend/store"
)

// ownerMove is one change of hands: create, claim (from the pool), assign
// (by a manager or the owner), release (back to the pool by a person) or
// expire (back to the pool by the follow-up rule).
type ownerMove struct {
	action   string
	actorID  string // "" when the pool rule moved it
	from, to string // "" is the pool
	reason   string
	at       time.Time
}

func insertOwnerHistory(ctx context.Context, tx *sql.Tx, customerID string, m ownerMove) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO customer_owner_history(id, customer_id, at, actor_id, action,
		from_owner_id, to_owner_id, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, store.NewID(), customerID,
		store.FormatTime(m.at), nullable(m.actorID), m.action, nullable(m.from), nullable(m.to), m.reason)
	if err != nil {
		return fmt.Errorf("customer: owner history: %w", err)
	}
	return nil
}

// moveOwnerTx hands c to m.to (or the pool): the old owner's open revisit
// closes, the new owner gets one counted from now, and the move is recorded
// in the ownership history, the search index and the audit trail.
func (s *Service) moveOwnerTx(ctx context.Context, tx *sql.Tx, c Customer, m ownerMove) error {
	m.from = c.OwnerID
	at := store.FormatTime(m.at)
	res, err := tx.ExecContext(ctx, `UPDATE customers SET owner_id = ?1,
		owned_since = CASE WHEN ?1 IS NULL THEN NULL ELSE ?2 END,
		pool_since = CASE WHEN ?1 IS NULL THEN ?2 ELSE pool_since END,
		updated_at = ?2, version = version + 1 WHERE id = ?3 AND version = ?4`,
		nullable(m.to), at, c.ID, c.Version)
	if err != nil {
		return fmt.Errorf("customer: move owner: %w", err)
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return apperr.Conflict("customer")
	}
	if err := insertOwnerHistory(ctx, tx, c.ID, m); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE customer_tags SET holder = ? WHERE customer_id = ?`, m.to, c.ID); err != nil {
		return fmt.Errorf("customer: move tags: %w", err)
	}
	if err := s.closeRevisitTx(ctx, tx, c.ID, m.at); err != nil {
		return err
	}
	c.OwnerID = m.to
	st, err := loadSettings(ctx, tx)
	if err != nil {
		return err
	}
	if err := s.openRevisitTx(ctx, tx, c, m.at, st, ""); err != nil {
		return err
	}
	if err := reindexTx(ctx, tx, c.ID); err != nil {
		return err
	}
	return s.record(ctx, tx, m.at, m.actorID, "customer", c.ID, m.action,
		map[string]string{"ownerId": m.from}, map[string]string{"ownerId": m.to, "reason": m.reason})
}
