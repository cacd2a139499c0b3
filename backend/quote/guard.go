package quote

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"steady/backend/auth"
	"steady/backend/money"
)

// The discount guard: a quote needs a manager's approval when a line's price
// after every discount is below its floor, or when the quote's total
// discount against list prices is above the owner's limit (a user's own
// limit, else their level's; none set means no discount at all). The
// company's owner is never held back.

// guard returns the reasons q (with totals) needs approval.
func guard(q Quote, owner person, limitBP int64) []Reason {
	reasons := []Reason{}
	if owner.Role == auth.RoleOwner {
		return reasons
	}
	var reference, due int64
	for i, l := range q.Lines {
		lt := q.Totals.Lines[i]
		lineDue := lt.Amount - lt.QuoteDiscount
		reference += money.DivRound(l.QtyMilli*l.ListPriceMinor, 1000)
		due += lineDue
		if l.FloorPriceMinor > 0 && lineDue < money.DivRound(l.QtyMilli*l.FloorPriceMinor, 1000) {
			reasons = append(reasons, Reason{Kind: ReasonBelowFloor, Position: l.Position, SKU: l.SKU, Name: l.Name,
				PriceMinor: money.DivRound(lineDue*1000, l.QtyMilli), LimitMinor: l.FloorPriceMinor})
		}
	}
	if reference > 0 && due < reference {
		bp := money.DivRound((reference-due)*10000, reference)
		if bp > limitBP {
			reasons = append(reasons, Reason{Kind: ReasonDiscountOverLimit, DiscountBP: bp, LimitBP: limitBP})
		}
	}
	return reasons
}

// limitFor returns the largest total discount owner may give unapproved.
func limitFor(ctx context.Context, q querier, owner person) (int64, error) {
	var bp int64
	err := q.QueryRowContext(ctx, `SELECT max_discount_bp FROM discount_limits WHERE deleted_at IS NULL
		AND ((scope = 'user' AND subject = ?) OR (scope = 'level' AND subject = ?))
		ORDER BY CASE scope WHEN 'user' THEN 0 ELSE 1 END LIMIT 1`, owner.ID, owner.Level).Scan(&bp)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("quote: discount limit: %w", err)
	}
	return bp, nil
}

// guardTx evaluates the guard for q owned by owner.
func guardTx(ctx context.Context, q querier, qt Quote, owner person) ([]Reason, error) {
	limit, err := limitFor(ctx, q, owner)
	if err != nil {
		return nil, err
	}
	return guard(qt, owner, limit), nil
}
