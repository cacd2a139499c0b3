package quote

import (
	"context"
	"fmt"

	"steady/backend/catalog"
)

// A line is measured against the catalog product it is, however it got onto
// the quote: picked from the catalog, or typed with a product's SKU or name
// in any spelling catalog.MatchKey folds together. Typing a printer as free
// text at 1.00 is still selling the printer, so it keeps the printer's list
// price and floor. A line that names several products (its own and another
// by name) is held to the strictest of them.

// lineRef is what the guard measured a line against.
type lineRef struct {
	catalog       bool // a catalog product's list price and floor, not the line's own price
	otherCurrency bool // the product is priced in another currency: no floor can be compared
}

// references knows the catalog as one quote sees it.
type references struct {
	matcher     *catalog.Matcher
	listPrices  map[string]int64 // product → price on the quote's (active) price list
	catalogIncl bool             // catalog prices include tax
}

func loadReferences(ctx context.Context, q querier, priceListID string, catalogIncl bool) (*references, error) {
	m, err := catalog.NewMatcherTx(ctx, q)
	if err != nil {
		return nil, err
	}
	r := &references{matcher: m, listPrices: map[string]int64{}, catalogIncl: catalogIncl}
	if priceListID == "" {
		return r, nil
	}
	rows, err := q.QueryContext(ctx, `SELECT i.product_id, i.price_minor FROM price_list_items i
		JOIN price_lists l ON l.id = i.price_list_id
		WHERE i.price_list_id = ? AND i.deleted_at IS NULL AND l.deleted_at IS NULL AND l.active = 1`, priceListID)
	if err != nil {
		return nil, fmt.Errorf("quote: price list prices: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var price int64
		if err := rows.Scan(&id, &price); err != nil {
			return nil, fmt.Errorf("quote: price list prices: %w", err)
		}
		r.listPrices[id] = price
	}
	return r, rows.Err()
}

// products are the catalog products l stands for.
func (r *references) products(l Line) []catalog.Product {
	var out []catalog.Product
	if p, ok := r.matcher.Product(l.ProductID); ok {
		out = append(out, p)
	}
	for _, p := range r.matcher.Match(l.SKU, l.Name) {
		if p.ID != l.ProductID {
			out = append(out, p)
		}
	}
	return out
}

// apply sets l's list price and floor in the quote's currency and tax terms.
// A catalog line whose product has since been deleted keeps what it had.
func (r *references) apply(l *Line, q Quote) {
	ps := r.products(*l)
	if len(ps) == 0 {
		if l.ProductID == "" {
			l.ListPriceMinor, l.FloorPriceMinor, l.ref = l.UnitPriceMinor, 0, lineRef{}
		} else {
			l.ref = lineRef{catalog: true}
		}
		return
	}
	l.ref = lineRef{catalog: true}
	var list, floor int64
	for _, p := range ps {
		if p.Currency != q.Currency {
			l.ref.otherCurrency = true
			continue
		}
		price, ok := r.listPrices[p.ID]
		if !ok {
			price = p.ListPriceMinor
		}
		convert := func(minor int64) int64 { return taxTerms(minor, p.TaxRateBP, r.catalogIncl, q.TaxIncluded) }
		list, floor = max(list, convert(price)), max(floor, convert(p.FloorPriceMinor))
	}
	l.ListPriceMinor, l.FloorPriceMinor = list, floor
}
