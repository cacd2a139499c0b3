package customer

import (
	"context"
	"database/sql"
	"fmt"
	"slices"

	"steady/backend/apperr"
	"steady/backend/store"
)

// A customer's source is one of the built-in codes (translated on screen)
// or a label the owner added to the list (shown as typed), such as a channel
// an import brought in.

// customSources lists the added labels in the order they were added.
func customSources(ctx context.Context, q Querier) ([]string, error) {
	rows, err := q.QueryContext(ctx, `SELECT label FROM customer_sources WHERE deleted_at IS NULL ORDER BY created_at, id`)
	if err != nil {
		return nil, fmt.Errorf("customer: sources: %w", err)
	}
	defer rows.Close()
	out := []string{}
	for rows.Next() {
		var l string
		if err := rows.Scan(&l); err != nil {
			return nil, fmt.Errorf("customer: sources: %w", err)
		}
		out = append(out, l)
	}
	return out, rows.Err()
}

// checkSource adds a field problem unless source is "", built in or added.
func checkSource(ctx context.Context, q Querier, v *apperr.Validation, source string) error {
	if source == "" || slices.Contains(Sources(), source) {
		return nil
	}
	added, err := customSources(ctx, q)
	if err != nil {
		return err
	}
	if !slices.Contains(added, source) {
		v.Add("source", "validation.invalidSource", map[string]any{"value": source})
	}
	return nil
}

// addSourceTx adds label to the list of sources.
func addSourceTx(ctx context.Context, tx *sql.Tx, actorID, label, now string) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO customer_sources(id, label, created_by, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?)`, store.NewID(), label, nullable(actorID), now, now)
	if err != nil {
		return fmt.Errorf("customer: add source: %w", err)
	}
	return nil
}
