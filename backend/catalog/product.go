package catalog

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"

	"steady/backend/apperr"
	"steady/backend/audit"
	"steady/backend/auth"
	"steady/backend/store"
)

// Product is something the business sells: a good or a service. Prices are
// minor units of Currency; whether they include tax follows the company's
// setting. CostMinor is shown to managers and the owner only.
type Product struct {
	ID              string `json:"id"`
	SKU             string `json:"sku"`
	NameZh          string `json:"nameZh"`
	NameEn          string `json:"nameEn"`
	Spec            string `json:"spec"`
	Unit            string `json:"unit"`
	Category        string `json:"category"`
	Currency        string `json:"currency"`
	ListPriceMinor  int64  `json:"listPriceMinor"`
	CostMinor       int64  `json:"costMinor"`
	FloorPriceMinor int64  `json:"floorPriceMinor"`
	TaxRateBP       int64  `json:"taxRateBp"`
	Active          bool   `json:"active"`
	HasImage        bool   `json:"hasImage"`
	ImageDataURL    string `json:"imageDataUrl"` // only filled when one product is read
	Version         int    `json:"version"`
	CreatedAt       string `json:"createdAt"`
	UpdatedAt       string `json:"updatedAt"`
}

// ProductInput is what the product form (or an import row) sends. An empty
// ImageDataURL on update removes the image unless KeepImage is set.
type ProductInput struct {
	ID              string `json:"id"`
	SKU             string `json:"sku"`
	NameZh          string `json:"nameZh"`
	NameEn          string `json:"nameEn"`
	Spec            string `json:"spec"`
	Unit            string `json:"unit"`
	Category        string `json:"category"`
	Currency        string `json:"currency"`
	ListPriceMinor  int64  `json:"listPriceMinor"`
	CostMinor       int64  `json:"costMinor"`
	FloorPriceMinor int64  `json:"floorPriceMinor"`
	TaxRateBP       int64  `json:"taxRateBp"`
	Active          bool   `json:"active"`
	ImageDataURL    string `json:"imageDataUrl"`
	KeepImage       bool   `json:"keepImage"`
	Version         int    `json:"version"`
}

// ProductFilter narrows the product list. Query matches SKU or either name.
type ProductFilter struct {
	Query      string `json:"query"`
	Category   string `json:"category"`
	ActiveOnly bool   `json:"activeOnly"`
	Limit      int    `json:"limit"` // 0: all
}

const productColumns = `id, sku, name_zh, name_en, spec, unit, category, currency, list_price_minor, cost_minor,
	floor_price_minor, tax_rate_bp, active, image IS NOT NULL, version, created_at, updated_at`

func scanProduct(s scanner) (Product, error) {
	var p Product
	err := s.Scan(&p.ID, &p.SKU, &p.NameZh, &p.NameEn, &p.Spec, &p.Unit, &p.Category, &p.Currency,
		&p.ListPriceMinor, &p.CostMinor, &p.FloorPriceMinor, &p.TaxRateBP, &p.Active, &p.HasImage,
		&p.Version, &p.CreatedAt, &p.UpdatedAt)
	return p, err
}

// ProductTx returns one product read inside tx (or the read pool).
func ProductTx(ctx context.Context, q querier, id string) (Product, error) {
	p, err := scanProduct(q.QueryRowContext(ctx, `SELECT `+productColumns+` FROM products
		WHERE id = ? AND deleted_at IS NULL`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return Product{}, apperr.NotFound("product")
	}
	if err != nil {
		return Product{}, fmt.Errorf("catalog: product %s: %w", id, err)
	}
	return p, nil
}

// Product returns one product with its image.
func (s *Service) Product(ctx context.Context, actor auth.Actor, id string) (Product, error) {
	p, err := ProductTx(ctx, s.db.Read(), id)
	if err != nil {
		return Product{}, err
	}
	var img image
	err = s.db.Read().QueryRowContext(ctx, `SELECT image, image_mime FROM products WHERE id = ?`, id).Scan(&img.bytes, &img.mime)
	if err != nil {
		return Product{}, fmt.Errorf("catalog: product image %s: %w", id, err)
	}
	p.ImageDataURL = img.dataURL()
	return hideCost(actor, p), nil
}

// Products lists products by SKU. A query is matched as the quote guard
// matches a typed line (MatchKey), so "ｌｐ４２００" finds LP-4200; the best
// matches come first: the very SKU or name, then SKUs and then names that
// start with it, then the rest.
func (s *Service) Products(ctx context.Context, actor auth.Actor, f ProductFilter) ([]Product, error) {
	rows, err := s.db.Read().QueryContext(ctx, `SELECT `+productColumns+` FROM products
		WHERE deleted_at IS NULL AND (? = '' OR category = ?) AND (? = 0 OR active = 1)
		ORDER BY sku`, f.Category, f.Category, f.ActiveOnly)
	if err != nil {
		return nil, fmt.Errorf("catalog: products: %w", err)
	}
	defer rows.Close()
	query := MatchKey(f.Query)
	var found []ranked
	for rows.Next() {
		p, err := scanProduct(rows)
		if err != nil {
			return nil, fmt.Errorf("catalog: products: %w", err)
		}
		if rank, ok := queryRank(p, query); ok {
			found = append(found, ranked{hideCost(actor, p), rank})
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("catalog: products: %w", err)
	}
	slices.SortStableFunc(found, func(a, b ranked) int { return a.rank - b.rank })
	if f.Limit > 0 && len(found) > f.Limit {
		found = found[:f.Limit]
	}
	out := make([]Product, len(found))
	for i, r := range found {
		out[i] = r.product
	}
	return out, nil
}

// CreateProduct adds a product; managers and the owner may.
func (s *Service) CreateProduct(ctx context.Context, actor auth.Actor, in ProductInput) (Product, error) {
	if err := requireEditor(actor); err != nil {
		return Product{}, err
	}
	in.ID = store.NewID()
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		return s.insertProductTx(ctx, tx, actor.ID, in)
	})
	if err != nil {
		return Product{}, err
	}
	return s.Product(ctx, actor, in.ID)
}

// insertProductTx validates and inserts in (with in.ID set).
func (s *Service) insertProductTx(ctx context.Context, tx *sql.Tx, actorID string, in ProductInput) error {
	in, img, err := cleanProduct(ctx, tx, in)
	if err != nil {
		return err
	}
	now := s.stamp()
	_, err = tx.ExecContext(ctx, `INSERT INTO products(id, sku, name_zh, name_en, spec, unit, category, currency,
		list_price_minor, cost_minor, floor_price_minor, tax_rate_bp, active, image, image_mime, created_by, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		in.ID, in.SKU, in.NameZh, in.NameEn, in.Spec, in.Unit, in.Category, in.Currency, in.ListPriceMinor,
		in.CostMinor, in.FloorPriceMinor, in.TaxRateBP, in.Active, img.bytes, img.mime, nullable(actorID), now, now)
	if err != nil {
		return fmt.Errorf("catalog: insert product: %w", err)
	}
	in.ImageDataURL = img.note()
	return audit.Write(ctx, tx, audit.Entry{At: s.now(), ActorID: actorID, Entity: "product", EntityID: in.ID, Action: "create", After: in})
}

// UpdateProduct changes a product. in.Version must be the version the caller
// read, or nothing changes and a conflict is returned.
func (s *Service) UpdateProduct(ctx context.Context, actor auth.Actor, in ProductInput) (Product, error) {
	if err := requireEditor(actor); err != nil {
		return Product{}, err
	}
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		return s.updateProductTx(ctx, tx, actor.ID, in)
	})
	if err != nil {
		return Product{}, err
	}
	return s.Product(ctx, actor, in.ID)
}

func (s *Service) updateProductTx(ctx context.Context, tx *sql.Tx, actorID string, in ProductInput) error {
	before, err := ProductTx(ctx, tx, in.ID)
	if err != nil {
		return err
	}
	in, img, err := cleanProduct(ctx, tx, in)
	if err != nil {
		return err
	}
	res, err := tx.ExecContext(ctx, `UPDATE products SET sku = ?, name_zh = ?, name_en = ?, spec = ?, unit = ?,
		category = ?, currency = ?, list_price_minor = ?, cost_minor = ?, floor_price_minor = ?, tax_rate_bp = ?,
		active = ?, image = CASE WHEN ? THEN image ELSE ? END, image_mime = CASE WHEN ? THEN image_mime ELSE ? END,
		updated_at = ?, version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NULL`,
		in.SKU, in.NameZh, in.NameEn, in.Spec, in.Unit, in.Category, in.Currency, in.ListPriceMinor, in.CostMinor,
		in.FloorPriceMinor, in.TaxRateBP, in.Active, in.KeepImage, img.bytes, in.KeepImage, img.mime,
		s.stamp(), in.ID, in.Version)
	if err := changedOne(res, err, "product"); err != nil {
		return err
	}
	in.ImageDataURL = img.note()
	return audit.Write(ctx, tx, audit.Entry{At: s.now(), ActorID: actorID, Entity: "product", EntityID: in.ID, Action: "update", Before: before, After: in})
}

// DeleteProduct removes a product (a tombstone); quotes keep their copies of it.
func (s *Service) DeleteProduct(ctx context.Context, actor auth.Actor, id string, version int) error {
	if err := requireEditor(actor); err != nil {
		return err
	}
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		before, err := ProductTx(ctx, tx, id)
		if err != nil {
			return err
		}
		now := s.stamp()
		res, err := tx.ExecContext(ctx, `UPDATE products SET deleted_at = ?, updated_at = ?, version = version + 1
			WHERE id = ? AND version = ? AND deleted_at IS NULL`, now, now, id, version)
		if err := changedOne(res, err, "product"); err != nil {
			return err
		}
		return audit.Write(ctx, tx, audit.Entry{At: s.now(), ActorID: actor.ID, Entity: "product", EntityID: id, Action: "delete", Before: before})
	})
}

// Categories lists the categories in use, for the filter and the form.
func (s *Service) Categories(ctx context.Context) ([]string, error) {
	rows, err := s.db.Read().QueryContext(ctx, `SELECT DISTINCT category FROM products
		WHERE deleted_at IS NULL AND category <> '' ORDER BY category`)
	if err != nil {
		return nil, fmt.Errorf("catalog: categories: %w", err)
	}
	defer rows.Close()
	out := []string{}
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			return nil, fmt.Errorf("catalog: categories: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// hideCost keeps a product's cost and floor price from reps: the floor is
// what a manager would approve at, and a rep who saw it would quote it.
func hideCost(actor auth.Actor, p Product) Product {
	if actor.Role != auth.RoleOwner && actor.Role != auth.RoleManager {
		p.CostMinor, p.FloorPriceMinor = 0, 0
	}
	return p
}
