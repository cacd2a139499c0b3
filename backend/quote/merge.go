package quote

import (
	"context"
	"database/sql"
	"fmt"

	"steady/backend/apperr"
	"steady/backend/audit"
	"steady/backend/auth"
)

// MoveCustomer points every quote of a customer merged away (dropID) at the
// customer kept (keepID), inside the merge's transaction. The customer facts
// copied into each quote stay as they were sent. It returns how many quotes
// moved and fits customer.MergeHook. A merge re-checks every quote it
// moves: one the merging person may not see refuses the whole merge.
func (s *Service) MoveCustomer(ctx context.Context, tx *sql.Tx, actorID, keepID, dropID string) (int, error) {
	mover, err := personByID(ctx, tx, actorID)
	if err != nil {
		return 0, apperr.Forbidden("errors.forbidden.mergeMovesOthers")
	}
	rows, err := tx.QueryContext(ctx, `SELECT q.id, q.deleted_at IS NULL, u.id, u.manager_id IS NOT NULL AND u.manager_id = ?
		FROM quotes q LEFT JOIN users u ON u.id = q.owner_id WHERE q.customer_id = ?`, mover.ID, dropID)
	if err != nil {
		return 0, fmt.Errorf("quote: quotes of %s: %w", dropID, err)
	}
	var ids []string
	for rows.Next() {
		var id string
		var live, managed bool
		var owner sql.NullString
		if err := rows.Scan(&id, &live, &owner, &managed); err != nil {
			rows.Close()
			return 0, fmt.Errorf("quote: quotes of %s: %w", dropID, err)
		}
		if live && !canSee(auth.Actor{ID: mover.ID, Role: mover.Role}, person{ID: owner.String, ManagerID: managerIf(managed, mover.ID)}) {
			rows.Close()
			return 0, apperr.Forbidden("errors.forbidden.mergeMovesOthers")
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, fmt.Errorf("quote: quotes of %s: %w", dropID, err)
	}
	if len(ids) == 0 {
		return 0, nil
	}
	if _, err := tx.ExecContext(ctx, `UPDATE quotes SET customer_id = ?, updated_at = ?, version = version + 1
		WHERE customer_id = ?`, keepID, s.stamp(), dropID); err != nil {
		return 0, fmt.Errorf("quote: move quotes to %s: %w", keepID, err)
	}
	for _, id := range ids {
		if err := audit.Write(ctx, tx, audit.Entry{At: s.now(), ActorID: actorID, Entity: "quote", EntityID: id,
			Action: "moveCustomer", Before: map[string]string{"customerId": dropID},
			After: map[string]string{"customerId": keepID}}); err != nil {
			return 0, err
		}
	}
	return len(ids), nil
}

// managerIf is managerID when managed, "" otherwise: enough of a quote
// owner's record for canSee.
func managerIf(managed bool, managerID string) string {
	if managed {
		return managerID
	}
	return ""
}

// CountForDeal counts the quotes that name a deal, so the sales area can
// refuse to move a deal to another customer while quotes stand on it.
func (s *Service) CountForDeal(ctx context.Context, tx *sql.Tx, dealID string) (int, error) {
	var n int
	err := tx.QueryRowContext(ctx, `SELECT count(*) FROM quotes WHERE deal_id = ? AND deleted_at IS NULL`, dealID).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("quote: quotes of deal %s: %w", dealID, err)
	}
	return n, nil
}
