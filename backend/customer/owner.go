package customer

import (
	"context"
	"database/sql"
	"errors"
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
// closes (counted against them when it had fallen due), the new owner gets
// one counted from the hand-over (or from where their own clocks stood, see
// resumeFrom), and the move is recorded in the ownership history, the search
// index and the audit trail.
func (s *Service) moveOwnerTx(ctx context.Context, tx *sql.Tx, c Customer, m ownerMove) error {
	m.from = c.OwnerID
	at := store.FormatTime(m.at)
	st, err := loadSettings(ctx, tx)
	if err != nil {
		return err
	}
	from, err := resumeFrom(ctx, tx, c, m, st)
	if err != nil {
		return err
	}
	res, err := tx.ExecContext(ctx, `UPDATE customers SET owner_id = ?1,
		owned_since = CASE WHEN ?1 IS NULL THEN NULL ELSE ?5 END,
		pool_since = CASE WHEN ?1 IS NULL THEN ?2 ELSE pool_since END,
		updated_at = ?2, version = version + 1 WHERE id = ?3 AND version = ?4`,
		nullable(m.to), at, c.ID, c.Version, store.FormatTime(from))
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
	if err := s.openRevisitTx(ctx, tx, c, revisitStart{from: from, created: m.at, notBefore: m.at}, st); err != nil {
		return err
	}
	if err := reindexTx(ctx, tx, c.ID); err != nil {
		return err
	}
	return s.record(ctx, tx, m.at, m.actorID, "customer", c.ID, m.action,
		map[string]string{"ownerId": m.from}, map[string]string{"ownerId": m.to, "reason": m.reason})
}

// resumeFrom is when the new owner's clocks (the revisit cadence and the
// pool period) start: at the hand-over, unless the customer comes back to
// someone who held it within the pool period. Then they continue from where
// that owner's last revisit counted from (or a contact since), so releasing
// and re-claiming a customer, or being assigned away and back, wipes no
// revisit that was coming due and restarts no pool count.
func resumeFrom(ctx context.Context, tx *sql.Tx, c Customer, m ownerMove, st Settings) (time.Time, error) {
	if m.to == "" {
		return m.at, nil
	}
	var fromAt string
	err := tx.QueryRowContext(ctx, `SELECT from_at FROM revisit_tasks WHERE customer_id = ? AND owner_id = ?
		AND status = 'closed' AND deleted_at IS NULL AND closed_at >= ? ORDER BY closed_at DESC, id DESC LIMIT 1`,
		c.ID, m.to, store.FormatTime(m.at.AddDate(0, 0, -st.PoolAfterDays))).Scan(&fromAt)
	if errors.Is(err, sql.ErrNoRows) {
		return m.at, nil
	}
	if err != nil {
		return time.Time{}, fmt.Errorf("customer: resume clocks: %w", err)
	}
	fromAt = max(fromAt, c.LastContactAt)
	return store.ParseTime(fromAt)
}
