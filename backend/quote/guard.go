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
// after every discount is below its floor, when its total discount is above
// the owner's limit (a user's own limit, else their level's; none set means
// no discount at all), when it quotes from a price list kept for other
// levels, or when it copies an accepted quote for the same customer. The
// total discount is measured twice: the catalog lines against their list
// prices, and the other lines against their own prices; a full-price line of
// free text does not make room for a deeper discount on the catalog's goods.
// The company's owner is never held back.

// guard returns the reasons q (with totals and references) needs approval
// for its lines and discount.
func guard(q Quote, owner person, limitBP int64) []Reason {
	reasons := []Reason{}
	if owner.Role == auth.RoleOwner {
		return reasons
	}
	var catalogLines, freeLines share
	for i, l := range q.Lines {
		lt := q.Totals.Lines[i]
		lineDue := lt.Amount - lt.QuoteDiscount
		if l.ref.otherCurrency {
			reasons = append(reasons, Reason{Kind: ReasonOtherCurrency, Position: l.Position, SKU: l.SKU, Name: l.Name})
			if l.ListPriceMinor == 0 {
				continue // nothing in this currency to measure it against
			}
		}
		if l.ref.catalog {
			catalogLines.add(l, lineDue)
		} else {
			freeLines.add(l, lineDue)
		}
		if l.FloorPriceMinor > 0 && l.QtyMilli > 0 && lineDue < money.DivRound(l.QtyMilli*l.FloorPriceMinor, 1000) {
			reasons = append(reasons, Reason{Kind: ReasonBelowFloor, Position: l.Position, SKU: l.SKU, Name: l.Name,
				PriceMinor: money.DivRound(lineDue*1000, l.QtyMilli), LimitMinor: l.FloorPriceMinor})
		}
	}
	if bp := max(catalogLines.discountBP(), freeLines.discountBP()); bp > limitBP {
		reasons = append(reasons, Reason{Kind: ReasonDiscountOverLimit, DiscountBP: bp, LimitBP: limitBP})
	}
	return reasons
}

// share sums some of a quote's lines: what they would cost at their
// reference prices and what the customer pays for them.
type share struct{ reference, due int64 }

func (s *share) add(l Line, due int64) {
	s.reference += money.DivRound(l.QtyMilli*l.ListPriceMinor, 1000)
	s.due += due
}

// discountBP is the share's total discount in basis points (0 when none).
func (s share) discountBP() int64 {
	if s.reference <= 0 || s.due >= s.reference {
		return 0
	}
	return money.DivRound((s.reference-s.due)*10000, s.reference)
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

// judge measures q's lines against the catalog as it is now and runs every
// check of the guard for a quote owned by owner: it returns q with each
// line's reference (to be saved with it) and the reasons it needs approval.
func (s *Service) judge(ctx context.Context, tx querier, q Quote, owner person) (Quote, []Reason, error) {
	settings, err := s.settings(ctx)
	if err != nil {
		return q, nil, err
	}
	refs, err := loadReferences(ctx, tx, q.PriceListID, settings.PricesIncludeTax)
	if err != nil {
		return q, nil, err
	}
	q.Lines = append([]Line(nil), q.Lines...)
	for i := range q.Lines {
		refs.apply(&q.Lines[i], q)
	}
	q = withTotals(q)
	limit, err := limitFor(ctx, tx, owner)
	if err != nil {
		return q, nil, err
	}
	reasons := guard(q, owner, limit)
	if owner.Role == auth.RoleOwner {
		return q, reasons, nil
	}
	more, err := headerReasons(ctx, tx, q, owner)
	return q, append(reasons, more...), err
}
