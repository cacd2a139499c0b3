package quote

import (
	"context"
	"database/sql"
	"errors"

	"steady/backend/apperr"
	"steady/backend/auth"
)

// CustomerFacts is what the quote area needs to know of a customer on file.
type CustomerFacts struct {
	OwnerID string // "" while the customer is in the pool
}

// CustomerReader is how the quote area learns about the customer a quote
// names, inside the quote's transaction. It returns a not-found error when no
// live customer has that id and a forbidden one when actor may not see it.
type CustomerReader interface {
	CustomerForQuote(ctx context.Context, tx *sql.Tx, actor auth.Actor, customerID string) (CustomerFacts, error)
}

// SetCustomerReader wires the customer area in. Without it no customer can
// be checked, so a quote naming one is refused.
func (s *Service) SetCustomerReader(r CustomerReader) { s.customers = r }

// customerRefusal is the i18n code saying why a quote owned by owner may not
// name customerID ("" when it may): the quote's owner must be able to see the
// customer, and a pool customer must be claimed before anyone but the
// company's owner quotes it, so a quote earns credit only on customers its
// owner holds.
func (s *Service) customerRefusal(ctx context.Context, tx *sql.Tx, customerID string, owner person) (string, error) {
	if customerID == "" {
		return "", nil
	}
	if s.customers == nil {
		return "validation.customerUnavailable", nil
	}
	c, err := s.customers.CustomerForQuote(ctx, tx, auth.Actor{ID: owner.ID, Role: owner.Role}, customerID)
	switch {
	case errors.Is(err, apperr.ErrNotFound) || errors.Is(err, apperr.ErrForbidden):
		return "validation.customerUnavailable", nil
	case err != nil:
		return "", err
	case c.OwnerID == "" && owner.Role != auth.RoleOwner:
		return "validation.customerInPool", nil
	}
	return "", nil
}

// checkCustomer adds a field error on customerId unless q's owner may quote
// q's customer.
func (s *Service) checkCustomer(ctx context.Context, tx *sql.Tx, v *apperr.Validation, q Quote, owner person) error {
	if v.Has("customerId") {
		return nil
	}
	code, err := s.customerRefusal(ctx, tx, q.CustomerID, owner)
	if code != "" {
		v.Add("customerId", code, nil)
	}
	return err
}

// customerAllowed is checkCustomer on its own, for copies and revisions.
func (s *Service) customerAllowed(ctx context.Context, tx *sql.Tx, q Quote, owner person) error {
	var v apperr.Validation
	if err := s.checkCustomer(ctx, tx, &v, q, owner); err != nil {
		return err
	}
	return v.Err()
}
