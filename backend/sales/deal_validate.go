package sales

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/catalog"
	"steady/backend/validate"
)

// DealInput is what the deal form sends. On create, an empty OwnerID makes
// the actor the owner and an empty StageID starts at the first open stage;
// an empty Currency is the company's. On update StageID is ignored (moving
// has its own call) and an empty OwnerID keeps the owner.
type DealInput struct {
	ID               string              `json:"id"`
	Version          int                 `json:"version"`
	CustomerID       string              `json:"customerId"`
	Title            string              `json:"title"`
	AmountMinor      int64               `json:"amountMinor"`
	Currency         string              `json:"currency"`
	ExpectedCloseOn  string              `json:"expectedCloseOn"`
	OwnerID          string              `json:"ownerId"`
	StageID          string              `json:"stageId"`
	Products         []ProductOfInterest `json:"products"`
	BudgetMinor      *int64              `json:"budgetMinor"`
	DecisionMaker    string              `json:"decisionMaker"`
	PurchaseTimeline string              `json:"purchaseTimeline"`
	Needs            string              `json:"needs"`
	Notes            string              `json:"notes"`
}

// maxProducts keeps a deal's list of products of interest readable.
const maxProducts = 20

// cleanDeal checks what needs no other record, filling defaults.
func cleanDeal(v *apperr.Validation, in DealInput, currency string) DealInput {
	in.CustomerID = strings.TrimSpace(in.CustomerID)
	if in.CustomerID == "" {
		v.Add("customerId", "validation.required", nil)
	}
	in.Title = validate.Text(v, "title", in.Title, true, 100)
	catalog.Amount(v, "amountMinor", in.AmountMinor)
	if strings.TrimSpace(in.Currency) == "" {
		in.Currency = currency
	}
	in.Currency = catalog.Currency(v, "currency", in.Currency)
	in.ExpectedCloseOn = validate.Date(v, "expectedCloseOn", in.ExpectedCloseOn)
	if in.BudgetMinor != nil {
		catalog.Amount(v, "budgetMinor", *in.BudgetMinor)
	}
	in.DecisionMaker = validate.Text(v, "decisionMaker", in.DecisionMaker, false, 100)
	in.PurchaseTimeline = validate.Text(v, "purchaseTimeline", in.PurchaseTimeline, false, 100)
	in.Needs = validate.Text(v, "needs", in.Needs, false, 1000)
	in.Notes = validate.Text(v, "notes", in.Notes, false, 2000)
	in.OwnerID = strings.TrimSpace(in.OwnerID)
	in.StageID = strings.TrimSpace(in.StageID)
	if len(in.Products) > maxProducts {
		v.Add("products", "validation.tooManyItems", map[string]any{"max": maxProducts})
	}
	if in.Products == nil {
		in.Products = []ProductOfInterest{}
	}
	return in
}

// checkProducts requires each product to be a live catalog product (whose
// Chinese name fills an empty name) or a named free-text entry.
func checkProducts(ctx context.Context, q querier, v *apperr.Validation, products []ProductOfInterest) error {
	for i := range products {
		field := fmt.Sprintf("products.%d.", i)
		p := &products[i]
		p.ProductID = strings.TrimSpace(p.ProductID)
		if p.ProductID == "" {
			p.Name = validate.Text(v, field+"name", p.Name, true, 100)
			continue
		}
		found, err := catalog.ProductTx(ctx, q, p.ProductID)
		if errors.Is(err, apperr.ErrNotFound) {
			v.Add(field+"productId", "validation.invalidProduct", nil)
			continue
		}
		if err != nil {
			return err
		}
		if p.Name = validate.Text(v, field+"name", p.Name, false, 100); p.Name == "" {
			p.Name = found.NameZh
		}
	}
	return nil
}

// checkCustomer requires a customer the actor may see and someone holds;
// one that does not exist is a field problem, one they may not see is
// forbidden, and one in the pool must be claimed first (a deal on it would
// earn credit on a customer nobody looks after).
func (s *Service) checkCustomer(ctx context.Context, actor auth.Actor, v *apperr.Validation, id string) error {
	if id == "" {
		return nil
	}
	k, err := s.customers.Customer(ctx, actor, id)
	if errors.Is(err, apperr.ErrNotFound) {
		v.Add("customerId", "validation.invalidChoice", nil)
		return nil
	}
	if err == nil && k.OwnerID == "" {
		v.Add("customerId", "validation.claimBeforeDeal", nil)
	}
	return err
}

// checkDealOwner adds a field problem unless ownerID is an active user whose
// deals the actor may manage.
func checkDealOwner(ctx context.Context, q querier, sc scope, v *apperr.Validation, ownerID string) error {
	var active bool
	err := q.QueryRowContext(ctx, `SELECT active FROM users WHERE id = ? AND deleted_at IS NULL`, ownerID).Scan(&active)
	if errors.Is(err, sql.ErrNoRows) || (err == nil && !active) {
		v.Add("ownerId", "validation.invalidOwner", nil)
		return nil
	}
	if err != nil {
		return fmt.Errorf("sales: check owner: %w", err)
	}
	if !sc.has(ownerID) {
		v.Add("ownerId", "validation.ownerOutsideTeam", nil)
	}
	return nil
}
