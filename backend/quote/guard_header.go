package quote

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"

	"steady/backend/apperr"
	"steady/backend/catalog"
)

// headerReasons are the guard's findings about the quote as a whole: a price
// list kept for other levels than the owner's, and a copy of an accepted
// quote for the same customer (one sale must not be won twice; a manager
// confirms that the customer really buys again).
func headerReasons(ctx context.Context, q querier, qt Quote, owner person) ([]Reason, error) {
	out := []Reason{}
	if qt.PriceListID != "" {
		pl, err := catalog.PriceListTx(ctx, q, qt.PriceListID)
		switch {
		case errors.Is(err, apperr.ErrNotFound):
		case err != nil:
			return nil, err
		case len(pl.Levels) > 0 && !slices.Contains(pl.Levels, owner.Level):
			out = append(out, Reason{Kind: ReasonPriceListLevel, Name: pl.Name})
		}
	}
	number, err := acceptedOrigin(ctx, q, qt)
	if err != nil {
		return nil, err
	}
	if number != "" {
		out = append(out, Reason{Kind: ReasonCopyOfAccepted, Name: number})
	}
	return out, nil
}

// acceptedOrigin is the number of an accepted quote for qt's customer that
// qt descends from by duplication (through any number of copies and
// revisions), or "" when there is none.
func acceptedOrigin(ctx context.Context, q querier, qt Quote) (string, error) {
	if qt.CopiedFrom == "" {
		return "", nil
	}
	var number string
	err := q.QueryRowContext(ctx, `WITH RECURSIVE origin(id) AS (
			SELECT ?
			UNION SELECT c.copied_from FROM quotes c JOIN origin o ON c.id = o.id WHERE c.copied_from IS NOT NULL
			UNION SELECT r.id FROM quotes r JOIN quotes c ON r.root_id = c.root_id JOIN origin o ON c.id = o.id
		)
		SELECT a.number FROM quotes a JOIN origin o ON a.id = o.id
		WHERE a.status = 'accepted' AND a.deleted_at IS NULL
		AND ((? <> '' AND a.customer_id = ?) OR (? = '' AND a.customer_id = '' AND a.customer_name = ?))
		ORDER BY a.closed_at LIMIT 1`, qt.CopiedFrom, qt.CustomerID, qt.CustomerID, qt.CustomerID, qt.CustomerName).Scan(&number)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("quote: accepted origin of %s: %w", qt.ID, err)
	}
	return number, nil
}
