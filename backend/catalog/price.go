package catalog

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"steady/backend/auth"
)

// Price is what a quote line starts from: the product and its price for a
// price list (the list's price when it names the product, else the list price).
type Price struct {
	Product    Product `json:"product"`
	PriceMinor int64   `json:"priceMinor"`
	FromList   bool    `json:"fromList"` // PriceMinor comes from the price list
}

// PriceTx looks up productID's price on priceListID ("" for none) inside q.
func PriceTx(ctx context.Context, q querier, productID, priceListID string) (Price, error) {
	p, err := ProductTx(ctx, q, productID)
	if err != nil {
		return Price{}, err
	}
	out := Price{Product: p, PriceMinor: p.ListPriceMinor}
	if priceListID == "" {
		return out, nil
	}
	var listed int64
	err = q.QueryRowContext(ctx, `SELECT i.price_minor FROM price_list_items i JOIN price_lists l ON l.id = i.price_list_id
		WHERE i.price_list_id = ? AND i.product_id = ? AND i.deleted_at IS NULL AND l.deleted_at IS NULL AND l.active = 1`,
		priceListID, productID).Scan(&listed)
	if errors.Is(err, sql.ErrNoRows) {
		return out, nil
	}
	if err != nil {
		return Price{}, fmt.Errorf("catalog: price of %s: %w", productID, err)
	}
	out.PriceMinor, out.FromList = listed, true
	return out, nil
}

// Price returns a product's price on a price list, for the quote builder.
func (s *Service) Price(ctx context.Context, actor auth.Actor, productID, priceListID string) (Price, error) {
	p, err := PriceTx(ctx, s.db.Read(), productID, priceListID)
	p.Product = hideCost(actor, p.Product)
	return p, err
}

// jsonList encodes ids for `IN (SELECT value FROM json_each(?))`.
func jsonList(ids []string) string {
	b, _ := json.Marshal(ids) // a []string always encodes
	return string(b)
}
