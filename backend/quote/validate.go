package quote

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"steady/backend/apperr"
	"steady/backend/catalog"
	"steady/backend/company"
	"steady/backend/money"
	"steady/backend/validate"
)

// MaxLines keeps every sum of a quote far inside exact integer arithmetic.
const MaxLines = 1000

// defaultValidDays is how long a quote is valid when the builder says nothing.
const defaultValidDays = 30

// prepare checks in and resolves its catalog lines, returning the quote's
// editable content (no ids, number or status yet). Catalog prices are
// converted to the quote's tax terms when the company keeps them the other
// way. The quote's deal is checked as link says, its customer for owner.
func (s *Service) prepare(ctx context.Context, tx *sql.Tx, in Input, settings company.Settings, day string, link dealLink, owner person) (Quote, error) {
	q, v, err := s.draft(ctx, tx, in, settings, day, link, owner)
	if err != nil {
		return Quote{}, err
	}
	return q, v.Err()
}

// draft is prepare that hands back the problems it found instead of refusing.
func (s *Service) draft(ctx context.Context, tx *sql.Tx, in Input, settings company.Settings, day string, link dealLink, owner person) (Quote, *apperr.Validation, error) {
	var v apperr.Validation
	q := header(&v, in, settings, day)
	if err := checkPriceList(ctx, tx, &v, q); err != nil {
		return Quote{}, nil, err
	}
	if err := s.checkDeal(ctx, tx, &v, q, link); err != nil {
		return Quote{}, nil, err
	}
	if err := s.checkCustomer(ctx, tx, &v, q, owner); err != nil {
		return Quote{}, nil, err
	}
	switch {
	case len(in.Lines) == 0:
		v.Add("lines", "validation.required", nil)
	case len(in.Lines) > MaxLines:
		v.Add("lines", "validation.tooManyLines", map[string]any{"max": MaxLines})
	}
	for i, li := range in.Lines {
		l, err := line(ctx, tx, &v, fmt.Sprintf("lines.%d.", i), li, q, settings.PricesIncludeTax)
		if err != nil {
			return Quote{}, nil, err
		}
		l.Position = i + 1
		q.Lines = append(q.Lines, l)
	}
	if v.Err() != nil {
		return q, &v, nil // no totals: a line may not be arithmetic yet
	}
	return withTotals(q), &v, nil
}

// header checks everything but the lines.
func header(v *apperr.Validation, in Input, settings company.Settings, day string) Quote {
	q := Quote{Language: in.Language, TaxIncluded: in.TaxIncluded, DiscountBP: in.DiscountBP}
	if q.Language == "" {
		q.Language = LangZh
	}
	validate.OneOf(v, "language", q.Language, "validation.invalidLanguage", LangZh, LangEn)
	q.CustomerID = validate.Text(v, "customerId", in.CustomerID, false, 40)
	q.CustomerName = validate.Text(v, "customerName", in.CustomerName, true, 100)
	q.CustomerAddress = validate.Text(v, "customerAddress", in.CustomerAddress, false, 200)
	q.ContactName = validate.Text(v, "contactName", in.ContactName, false, 40)
	q.ContactPhone = validate.Phone(v, "contactPhone", in.ContactPhone)
	q.ContactEmail = validate.Email(v, "contactEmail", in.ContactEmail)
	q.DealID = validate.Text(v, "dealId", in.DealID, false, 40)
	q.PriceListID = validate.Text(v, "priceListId", in.PriceListID, false, 40)
	if in.Currency == "" {
		in.Currency = settings.Currency
	}
	q.Currency = catalog.Currency(v, "currency", in.Currency)
	catalog.Rate(v, "discountBp", q.DiscountBP)
	q.Charges = charges(v, in.Charges)
	q.IssueDate, q.ValidUntil = dates(v, in.IssueDate, in.ValidUntil, day)
	q.PaymentTerms = validate.Text(v, "paymentTerms", in.PaymentTerms, false, 2000)
	q.DeliveryTerms = validate.Text(v, "deliveryTerms", in.DeliveryTerms, false, 2000)
	q.WarrantyTerms = validate.Text(v, "warrantyTerms", in.WarrantyTerms, false, 2000)
	q.Notes = validate.Text(v, "notes", in.Notes, false, 2000)
	return q
}

func charges(v *apperr.Validation, in []Charge) []Charge {
	out := []Charge{}
	for i, c := range in {
		field := fmt.Sprintf("charges.%d.", i)
		c.Label = validate.Text(v, field+"label", c.Label, true, 40)
		catalog.Amount(v, field+"amountMinor", c.AmountMinor)
		out = append(out, c)
	}
	return out
}

// dates defaults the issue date to day and validity to 30 days later.
func dates(v *apperr.Validation, issue, until, day string) (string, string) {
	if issue == "" {
		issue = day
	}
	issue = validate.Date(v, "issueDate", issue)
	if until == "" && !v.Has("issueDate") {
		until = addDays(issue, defaultValidDays)
	}
	until = validate.Date(v, "validUntil", until)
	if until == "" {
		v.Add("validUntil", "validation.required", nil)
	}
	if !v.Has("issueDate") && !v.Has("validUntil") && until < issue {
		v.Add("validUntil", "validation.validBeforeIssue", nil)
	}
	return issue, until
}

func checkPriceList(ctx context.Context, tx *sql.Tx, v *apperr.Validation, q Quote) error {
	if q.PriceListID == "" || v.Has("priceListId") {
		return nil
	}
	var currency string
	err := tx.QueryRowContext(ctx, `SELECT currency FROM price_lists WHERE id = ? AND deleted_at IS NULL`, q.PriceListID).Scan(&currency)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		v.Add("priceListId", "validation.invalidPriceList", nil)
	case err != nil:
		return fmt.Errorf("quote: price list: %w", err)
	case currency != q.Currency && !v.Has("currency"):
		v.Add("priceListId", "validation.currencyMismatch", nil)
	}
	return nil
}

// line checks one line, filling a catalog line from its product.
func line(ctx context.Context, tx *sql.Tx, v *apperr.Validation, field string, in LineInput, q Quote, catalogIncl bool) (Line, error) {
	l := Line{ID: in.ID, ProductID: in.ProductID, SKU: in.SKU, Name: in.Name, Spec: in.Spec, Unit: in.Unit,
		QtyMilli: in.QtyMilli, UnitPriceMinor: in.UnitPriceMinor, DiscountBP: in.DiscountBP, TaxRateBP: in.TaxRateBP}
	if l.ProductID != "" {
		if err := fromCatalog(ctx, tx, v, field, &l, in.CatalogPrice, q, catalogIncl); err != nil {
			return Line{}, err
		}
	} else {
		l.ListPriceMinor = l.UnitPriceMinor
	}
	l.SKU = validate.Text(v, field+"sku", l.SKU, false, 40)
	l.Name = validate.Text(v, field+"name", l.Name, true, 200)
	l.Spec = validate.Text(v, field+"spec", l.Spec, false, 200)
	l.Unit = validate.Text(v, field+"unit", l.Unit, false, 10)
	if l.QtyMilli <= 0 || !money.LineGrossFits(l.QtyMilli, 1) {
		v.Add(field+"qtyMilli", "validation.invalidQuantity", nil)
	} else if !money.LineGrossFits(l.QtyMilli, l.UnitPriceMinor) {
		v.Add(field+"unitPriceMinor", "validation.invalidAmount", nil)
	}
	catalog.Amount(v, field+"unitPriceMinor", l.UnitPriceMinor)
	catalog.Rate(v, field+"discountBp", l.DiscountBP)
	catalog.Rate(v, field+"taxRateBp", l.TaxRateBP)
	return l, nil
}

func fromCatalog(ctx context.Context, tx *sql.Tx, v *apperr.Validation, field string, l *Line, usePrice bool, q Quote, catalogIncl bool) error {
	price, err := catalog.PriceTx(ctx, tx, l.ProductID, q.PriceListID)
	if errors.Is(err, apperr.ErrNotFound) {
		v.Add(field+"productId", "validation.invalidProduct", nil)
		return nil
	}
	if err != nil {
		return err
	}
	p := price.Product
	if p.Currency != q.Currency && !v.Has("currency") {
		v.Add(field+"productId", "validation.currencyMismatch", nil)
	}
	l.SKU, l.Spec, l.Unit = orDefault(l.SKU, p.SKU), orDefault(l.Spec, p.Spec), orDefault(l.Unit, p.Unit)
	name := p.NameZh
	if q.Language == LangEn && p.NameEn != "" {
		name = p.NameEn
	}
	l.Name = orDefault(l.Name, name)
	if usePrice {
		l.TaxRateBP = p.TaxRateBP
	}
	convert := func(minor int64) int64 { return taxTerms(minor, l.TaxRateBP, catalogIncl, q.TaxIncluded) }
	l.ListPriceMinor, l.FloorPriceMinor = convert(price.PriceMinor), convert(p.FloorPriceMinor)
	if usePrice {
		l.UnitPriceMinor = l.ListPriceMinor
	}
	return nil
}

// taxTerms converts a unit price between "tax included" and "tax added".
func taxTerms(minor, rateBP int64, fromIncluded, toIncluded bool) int64 {
	switch {
	case fromIncluded == toIncluded || rateBP < 0 || rateBP > 10000:
		return minor
	case fromIncluded:
		return money.DivRound(minor*10000, 10000+rateBP)
	default:
		return money.DivRound(minor*(10000+rateBP), 10000)
	}
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
