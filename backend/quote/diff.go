package quote

import (
	"context"
	"strconv"
	"strings"

	"steady/backend/auth"
)

// Change is one difference between two revisions. Field names a quote field
// (customerName, discountBp, validUntil…) or, for a line, the line field
// ("qtyMilli", "unitPriceMinor"…) with LineKey and Name set; Kind is
// "changed", "added" or "removed" (whole lines only). Values are raw: minor
// units, thousandths and basis points as integers, so the UI formats them.
type Change struct {
	Kind    string `json:"kind"`
	Field   string `json:"field"`
	LineKey string `json:"lineKey"`
	Name    string `json:"name"`
	Before  string `json:"before"`
	After   string `json:"after"`
}

// Diff returns what changed from the quote's previous revision to it (none
// for a first revision).
func (s *Service) Diff(ctx context.Context, actor auth.Actor, id string) ([]Change, error) {
	q, err := s.Quote(ctx, actor, id)
	if err != nil || q.PreviousID == "" {
		return []Change{}, err
	}
	prev, err := quoteByID(ctx, s.db.Read(), q.PreviousID)
	if err != nil {
		return nil, err
	}
	return Compare(prev, q), nil
}

// Compare lists the differences from a to b: quote fields first, then lines
// in b's order (changed or added), then lines only a had.
func Compare(a, b Quote) []Change {
	out := []Change{}
	for _, f := range headerFields(a, b) {
		if f[1] != f[2] {
			out = append(out, Change{Kind: "changed", Field: f[0], Before: f[1], After: f[2]})
		}
	}
	old := map[string]Line{}
	for _, l := range a.Lines {
		old[l.LineKey] = l
	}
	seen := map[string]bool{}
	for _, l := range b.Lines {
		seen[l.LineKey] = true
		was, ok := old[l.LineKey]
		if !ok {
			out = append(out, Change{Kind: "added", Field: "line", LineKey: l.LineKey, Name: l.Name, After: lineText(l)})
			continue
		}
		for _, f := range lineFields(was, l) {
			if f[1] != f[2] {
				out = append(out, Change{Kind: "changed", Field: f[0], LineKey: l.LineKey, Name: l.Name, Before: f[1], After: f[2]})
			}
		}
	}
	for _, l := range a.Lines {
		if !seen[l.LineKey] {
			out = append(out, Change{Kind: "removed", Field: "line", LineKey: l.LineKey, Name: l.Name, Before: lineText(l)})
		}
	}
	return out
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func boolText(b bool) string { return strconv.FormatBool(b) }

func chargesText(cs []Charge) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = c.Label + " " + itoa(c.AmountMinor)
	}
	return strings.Join(parts, "; ")
}

func headerFields(a, b Quote) [][3]string {
	return [][3]string{
		{"customerName", a.CustomerName, b.CustomerName},
		{"customerAddress", a.CustomerAddress, b.CustomerAddress},
		{"contactName", a.ContactName, b.ContactName},
		{"contactPhone", a.ContactPhone, b.ContactPhone},
		{"contactEmail", a.ContactEmail, b.ContactEmail},
		{"currency", a.Currency, b.Currency},
		{"priceListId", a.PriceListID, b.PriceListID},
		{"taxIncluded", boolText(a.TaxIncluded), boolText(b.TaxIncluded)},
		{"discountBp", itoa(a.DiscountBP), itoa(b.DiscountBP)},
		{"charges", chargesText(a.Charges), chargesText(b.Charges)},
		{"validUntil", a.ValidUntil, b.ValidUntil},
		{"paymentTerms", a.PaymentTerms, b.PaymentTerms},
		{"deliveryTerms", a.DeliveryTerms, b.DeliveryTerms},
		{"warrantyTerms", a.WarrantyTerms, b.WarrantyTerms},
		{"notes", a.Notes, b.Notes},
		{"totalMinor", itoa(a.Totals.Total), itoa(b.Totals.Total)},
	}
}

func lineFields(a, b Line) [][3]string {
	return [][3]string{
		{"sku", a.SKU, b.SKU},
		{"name", a.Name, b.Name},
		{"spec", a.Spec, b.Spec},
		{"unit", a.Unit, b.Unit},
		{"qtyMilli", itoa(a.QtyMilli), itoa(b.QtyMilli)},
		{"unitPriceMinor", itoa(a.UnitPriceMinor), itoa(b.UnitPriceMinor)},
		{"discountBp", itoa(a.DiscountBP), itoa(b.DiscountBP)},
		{"taxRateBp", itoa(a.TaxRateBP), itoa(b.TaxRateBP)},
	}
}

// lineText sums up a whole added or removed line.
func lineText(l Line) string {
	return strings.Join([]string{l.SKU, l.Name, itoa(l.QtyMilli), itoa(l.UnitPriceMinor), itoa(l.DiscountBP)}, " | ")
}
