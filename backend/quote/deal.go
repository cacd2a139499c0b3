package quote

import (
	"context"
	"database/sql"
	"errors"

	"steady/backend/apperr"
	"steady/backend/auth"
)

// DealFacts is what the quote area needs to know of a deal it links to.
type DealFacts struct {
	CustomerID string
	Open       bool // neither won nor lost
}

// DealReader is how the quote area learns about the deal a quote names,
// inside the quote's transaction. It returns a not-found error when no live
// deal has that id and a forbidden one when the actor may not see it.
type DealReader interface {
	DealForQuote(ctx context.Context, tx *sql.Tx, actor auth.Actor, dealID string) (DealFacts, error)
}

// SetDealReader wires the sales area in. Without it no deal can be checked,
// so a quote naming one is refused.
func (s *Service) SetDealReader(r DealReader) { s.deals = r }

// dealLink says who links the quote to its deal and which deal the quote
// named already: a closed deal may stay linked but is never newly linked.
type dealLink struct {
	actor  auth.Actor
	linked string
}

// checkDeal adds a field error on dealId unless q may name its deal: one the
// actor may see, of the quote's own customer, and open when newly linked.
func (s *Service) checkDeal(ctx context.Context, tx *sql.Tx, v *apperr.Validation, q Quote, link dealLink) error {
	if q.DealID == "" || v.Has("dealId") {
		return nil
	}
	code, err := s.dealRefusal(ctx, tx, q, link)
	if code != "" {
		v.Add("dealId", code, nil)
	}
	return err
}

// dealAllowed is checkDeal on its own: a validation error when q may not
// name its deal.
func (s *Service) dealAllowed(ctx context.Context, tx *sql.Tx, q Quote, link dealLink) error {
	var v apperr.Validation
	if err := s.checkDeal(ctx, tx, &v, q, link); err != nil {
		return err
	}
	return v.Err()
}

// dealRefusal is the i18n code saying why q may not name its deal ("" when
// it may), or an error when the deal could not be read.
func (s *Service) dealRefusal(ctx context.Context, tx *sql.Tx, q Quote, link dealLink) (string, error) {
	if s.deals == nil {
		return "validation.dealUnavailable", nil
	}
	d, err := s.deals.DealForQuote(ctx, tx, link.actor, q.DealID)
	switch {
	case errors.Is(err, apperr.ErrNotFound) || errors.Is(err, apperr.ErrForbidden):
		return "validation.dealUnavailable", nil
	case err != nil:
		return "", err
	case d.CustomerID != q.CustomerID:
		return "validation.dealOfOtherCustomer", nil
	case !d.Open && q.DealID != link.linked:
		return "validation.dealClosed", nil
	}
	return "", nil
}

// keptDeal is the deal a duplicate of q may keep: q's own when the actor
// could link it anew, none otherwise (the builder can pick one).
func (s *Service) keptDeal(ctx context.Context, tx *sql.Tx, actor auth.Actor, q Quote) (string, error) {
	if q.DealID == "" {
		return "", nil
	}
	code, err := s.dealRefusal(ctx, tx, q, dealLink{actor: actor})
	if err != nil || code != "" {
		return "", err
	}
	return q.DealID, nil
}
