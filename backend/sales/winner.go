package sales

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"steady/backend/apperr"
	"steady/backend/quote"
	"steady/backend/store"
)

// WinFromQuote implements quote.DealWinner inside the acceptance's
// transaction. The quote's deal (DealID) is won with the quote's total and
// currency, its checklist notwithstanding: the customer has said yes. A deal
// already won stays as it is; a lost one is won after all. Without a live
// deal, a deal is created for the quote's customer and owner and won at
// once. A quote whose customer is not on file (typed in) has no deal.
func (s *Service) WinFromQuote(ctx context.Context, tx *sql.Tx, q quote.Quote) error {
	if q.DealID != "" {
		d, err := loadDeal(ctx, tx, q.DealID)
		switch {
		case err == nil && d.Status == StatusWon:
			return nil
		case err == nil:
			return s.winTx(ctx, tx, d, "", q.Totals.Total, q.Currency, s.now(), q.ID)
		case !errors.Is(err, apperr.ErrNotFound):
			return err
		}
	}
	known, err := customerOnFile(ctx, tx, q.CustomerID)
	if err != nil || !known {
		return err
	}
	ss, err := loadStages(ctx, tx)
	if err != nil {
		return err
	}
	first, ok := ss.first(KindOpen)
	if !ok {
		return apperr.NotFound("salesStage")
	}
	in := dealFromQuote(q)
	if err := s.insertDealTx(ctx, tx, "", in, first, q.ID); err != nil {
		return err
	}
	d, err := loadDeal(ctx, tx, in.ID)
	if err != nil {
		return err
	}
	return s.winTx(ctx, tx, d, "", q.Totals.Total, q.Currency, s.now(), q.ID)
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

// dealFromQuote is the deal an accepted quote stands for.
func dealFromQuote(q quote.Quote) DealInput {
	title := "报价单 " + q.Number
	if q.Language == quote.LangEn {
		title = "Quote " + q.Number
	}
	in := DealInput{ID: store.NewID(), CustomerID: q.CustomerID, Title: title, AmountMinor: q.Totals.Total,
		Currency: q.Currency, OwnerID: q.OwnerID, Products: []ProductOfInterest{}}
	for _, l := range q.Lines {
		if len(in.Products) == maxProducts {
			break
		}
		in.Products = append(in.Products, ProductOfInterest{ProductID: l.ProductID, Name: l.Name})
	}
	return in
}

// The sales area is the quote area's DealWinner.
var _ quote.DealWinner = (*Service)(nil)
