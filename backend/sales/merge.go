package sales

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"steady/backend/apperr"
	"steady/backend/auth"
)

// MoveCustomer hands every deal of a customer merged away (dropID) to the
// customer kept (keepID), inside the merge's transaction, so the pipeline
// and the win history follow the merge; it returns how many deals moved.
// It fits customer.MergeHook. A merge re-checks every deal it moves: one
// the merging person may not change (another team's, left on a customer
// that went back to the pool) refuses the whole merge.
func (s *Service) MoveCustomer(ctx context.Context, tx *sql.Tx, actorID, keepID, dropID string) (int, error) {
	ids, err := dealsOfCustomer(ctx, tx, dropID)
	if err != nil || len(ids) == 0 {
		return 0, err
	}
	if err := mayMoveDeals(ctx, tx, actorID, dropID); err != nil {
		return 0, err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE deals SET customer_id = ?, updated_at = ?, version = version + 1
		WHERE customer_id = ?`, keepID, s.stamp(), dropID); err != nil {
		return 0, fmt.Errorf("sales: move deals to %s: %w", keepID, err)
	}
	for _, id := range ids {
		if err := s.record(ctx, tx, actorID, "deal", id, "moveCustomer",
			map[string]string{"customerId": dropID}, map[string]string{"customerId": keepID}); err != nil {
			return 0, err
		}
	}
	return len(ids), nil
}

// dealsOfCustomer lists the ids of a customer's deals, deleted ones too:
// a tombstone must not point at a customer that is gone.
func dealsOfCustomer(ctx context.Context, tx *sql.Tx, customerID string) ([]string, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id FROM deals WHERE customer_id = ?`, customerID)
	if err != nil {
		return nil, fmt.Errorf("sales: deals of %s: %w", customerID, err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("sales: deals of %s: %w", customerID, err)
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// mayMoveDeals refuses a merge by actorID that would move a live deal of
// customerID they may not change.
func mayMoveDeals(ctx context.Context, tx *sql.Tx, actorID, customerID string) error {
	var role string
	err := tx.QueryRowContext(ctx, `SELECT role FROM users WHERE id = ? AND deleted_at IS NULL`, actorID).Scan(&role)
	if errors.Is(err, sql.ErrNoRows) {
		return apperr.Forbidden("errors.forbidden.mergeMovesOthers")
	}
	if err != nil {
		return fmt.Errorf("sales: merging user: %w", err)
	}
	sc, err := scopeOf(ctx, tx, auth.Actor{ID: actorID, Role: role})
	if err != nil || sc.all {
		return err
	}
	rows, err := tx.QueryContext(ctx, `SELECT DISTINCT owner_id FROM deals WHERE customer_id = ? AND deleted_at IS NULL`, customerID)
	if err != nil {
		return fmt.Errorf("sales: owners of %s's deals: %w", customerID, err)
	}
	defer rows.Close()
	for rows.Next() {
		var owner string
		if err := rows.Scan(&owner); err != nil {
			return fmt.Errorf("sales: owners of %s's deals: %w", customerID, err)
		}
		if !sc.has(owner) {
			return apperr.Forbidden("errors.forbidden.mergeMovesOthers")
		}
	}
	return rows.Err()
}
