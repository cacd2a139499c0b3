package sales

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/quote"
)

// WinFromQuote implements quote.DealWinner inside the acceptance's
// transaction and returns the id of the deal it won. The quote's deal
// (DealID) is won with the quote's total and currency once its exit
// checklists are complete, as the win dialog requires: a customer's yes does
// not skip the company's steps, or a rep could jump a deal from lead to won
// through a quote. A deal already won stays as it is; a lost one is won after
// all. A quote of a customer on file must name a live deal of that customer
// (none named, deleted since, or moved to another customer is refused, since
// a deal made on the spot would pass no checklist). A quote whose customer
// is not on file (typed in) has no deal.
func (s *Service) WinFromQuote(ctx context.Context, tx *sql.Tx, q quote.Quote) (string, error) {
	d, found, err := quotedDeal(ctx, tx, q)
	switch {
	case err != nil:
		return "", err
	case found && d.Status == StatusWon:
		return d.ID, nil
	case found:
		if err := checkWinExits(ctx, tx, d); err != nil {
			return "", err
		}
		return d.ID, s.winTx(ctx, tx, d, "", winFacts{amountMinor: q.Totals.Total, currency: q.Currency, wonAt: s.now(), quoteID: q.ID})
	}
	known, err := customerOnFile(ctx, tx, q.CustomerID)
	if err != nil || !known {
		return "", err
	}
	return "", apperr.Field("dealId", "validation.acceptNeedsDeal", nil)
}

// quotedDeal loads the live deal q names when it belongs to q's customer.
func quotedDeal(ctx context.Context, tx *sql.Tx, q quote.Quote) (Deal, bool, error) {
	if q.DealID == "" {
		return Deal{}, false, nil
	}
	d, err := loadDeal(ctx, tx, q.DealID)
	switch {
	case errors.Is(err, apperr.ErrNotFound):
		return Deal{}, false, nil
	case err != nil:
		return Deal{}, false, err
	}
	return d, d.CustomerID == q.CustomerID, nil
}

// customerOnFile says whether id names a live customer.
func customerOnFile(ctx context.Context, q querier, id string) (bool, error) {
	if id == "" {
		return false, nil
	}
	var n int
	if err := q.QueryRowContext(ctx, `SELECT count(*) FROM customers WHERE id = ? AND deleted_at IS NULL`, id).Scan(&n); err != nil {
		return false, fmt.Errorf("sales: customer of quote: %w", err)
	}
	return n > 0, nil
}

// DealForQuote implements quote.DealReader: the customer and openness of a
// live deal the actor may see, inside the quote's transaction.
func (s *Service) DealForQuote(ctx context.Context, tx *sql.Tx, actor auth.Actor, dealID string) (quote.DealFacts, error) {
	d, _, err := seeDeal(ctx, tx, actor, dealID)
	if err != nil {
		return quote.DealFacts{}, err
	}
	return quote.DealFacts{CustomerID: d.CustomerID, Open: d.Status == StatusOpen}, nil
}

// The sales area is the quote area's DealWinner and DealReader.
var (
	_ quote.DealWinner = (*Service)(nil)
	_ quote.DealReader = (*Service)(nil)
)
