package sales

import (
	"context"
	"database/sql"
	"fmt"
)

// MoveCustomer hands every deal of a customer merged away (dropID) to the
// customer kept (keepID), inside the merge's transaction, so the pipeline
// and the win history follow the merge; it returns how many deals moved.
// It fits customer.MergeHook.
func (s *Service) MoveCustomer(ctx context.Context, tx *sql.Tx, actorID, keepID, dropID string) (int, error) {
	ids, err := dealsOfCustomer(ctx, tx, dropID)
	if err != nil || len(ids) == 0 {
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
