package catalog

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"steady/backend/apperr"
	"steady/backend/audit"
	"steady/backend/auth"
	"steady/backend/store"
	"steady/backend/validate"
)

// PriceList gives a customer tier its own prices for some products; the
// others keep their list price. Levels are the rep levels that may quote
// from it on their own (none: every level); a quote on a list outside its
// owner's level needs a manager's approval.
type PriceList struct {
	ID        string          `json:"id"`
	Name      string          `json:"name"`
	Tier      string          `json:"tier"`
	Currency  string          `json:"currency"`
	Active    bool            `json:"active"`
	Levels    []string        `json:"levels"`
	Items     []PriceListItem `json:"items"`
	Version   int             `json:"version"`
	CreatedAt string          `json:"createdAt"`
	UpdatedAt string          `json:"updatedAt"`
}

// PriceListItem is one product's price on a list.
type PriceListItem struct {
	ProductID      string `json:"productId"`
	SKU            string `json:"sku"`
	NameZh         string `json:"nameZh"`
	ListPriceMinor int64  `json:"listPriceMinor"`
	PriceMinor     int64  `json:"priceMinor"`
}

// PriceListInput is what the price list form sends; Items replace the list's
// items. Only the company's owner may change Levels.
type PriceListInput struct {
	ID       string               `json:"id"`
	Name     string               `json:"name"`
	Tier     string               `json:"tier"`
	Currency string               `json:"currency"`
	Active   bool                 `json:"active"`
	Levels   []string             `json:"levels"`
	Items    []PriceListItemInput `json:"items"`
	Version  int                  `json:"version"`
}

// PriceListItemInput sets one product's price.
type PriceListItemInput struct {
	ProductID  string `json:"productId"`
	PriceMinor int64  `json:"priceMinor"`
}

const priceListColumns = `id, name, tier, currency, active, levels, version, created_at, updated_at`

func scanPriceList(s scanner) (PriceList, error) {
	var p PriceList
	var levels string
	err := s.Scan(&p.ID, &p.Name, &p.Tier, &p.Currency, &p.Active, &levels, &p.Version, &p.CreatedAt, &p.UpdatedAt)
	if err != nil {
		return p, err
	}
	if err := json.Unmarshal([]byte(levels), &p.Levels); err != nil {
		return p, fmt.Errorf("levels of %s: %w", p.ID, err)
	}
	if p.Levels == nil {
		p.Levels = []string{}
	}
	return p, nil
}

func priceListByID(ctx context.Context, q querier, id string) (PriceList, error) {
	p, err := scanPriceList(q.QueryRowContext(ctx, `SELECT `+priceListColumns+` FROM price_lists
		WHERE id = ? AND deleted_at IS NULL`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return PriceList{}, apperr.NotFound("priceList")
	}
	if err != nil {
		return PriceList{}, fmt.Errorf("catalog: price list %s: %w", id, err)
	}
	p.Items, err = priceListItems(ctx, q, id)
	return p, err
}

func priceListItems(ctx context.Context, q querier, listID string) ([]PriceListItem, error) {
	rows, err := q.QueryContext(ctx, `SELECT i.product_id, p.sku, p.name_zh, p.list_price_minor, i.price_minor
		FROM price_list_items i JOIN products p ON p.id = i.product_id
		WHERE i.price_list_id = ? AND i.deleted_at IS NULL AND p.deleted_at IS NULL ORDER BY p.sku`, listID)
	if err != nil {
		return nil, fmt.Errorf("catalog: price list items: %w", err)
	}
	defer rows.Close()
	items := []PriceListItem{}
	for rows.Next() {
		var it PriceListItem
		if err := rows.Scan(&it.ProductID, &it.SKU, &it.NameZh, &it.ListPriceMinor, &it.PriceMinor); err != nil {
			return nil, fmt.Errorf("catalog: price list items: %w", err)
		}
		items = append(items, it)
	}
	return items, rows.Err()
}

// PriceListTx returns one live price list with its items, read inside q.
func PriceListTx(ctx context.Context, q querier, id string) (PriceList, error) {
	return priceListByID(ctx, q, id)
}

// PriceList returns one price list with its items.
func (s *Service) PriceList(ctx context.Context, actor auth.Actor, id string) (PriceList, error) {
	return priceListByID(ctx, s.db.Read(), id)
}

// PriceLists lists every price list (without items), by name.
func (s *Service) PriceLists(ctx context.Context, actor auth.Actor) ([]PriceList, error) {
	rows, err := s.db.Read().QueryContext(ctx, `SELECT `+priceListColumns+` FROM price_lists
		WHERE deleted_at IS NULL ORDER BY name`)
	if err != nil {
		return nil, fmt.Errorf("catalog: price lists: %w", err)
	}
	defer rows.Close()
	out := []PriceList{}
	for rows.Next() {
		p, err := scanPriceList(rows)
		if err != nil {
			return nil, fmt.Errorf("catalog: price lists: %w", err)
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// SavePriceList creates (empty ID) or changes a price list with its items.
func (s *Service) SavePriceList(ctx context.Context, actor auth.Actor, in PriceListInput) (PriceList, error) {
	if err := requireEditor(actor); err != nil {
		return PriceList{}, err
	}
	creating := in.ID == ""
	if creating {
		in.ID = store.NewID()
	}
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		in, err := cleanPriceList(ctx, tx, in)
		if err != nil {
			return err
		}
		if err := levelsAllowed(ctx, tx, actor, in, creating); err != nil {
			return err
		}
		if creating {
			return s.insertPriceListTx(ctx, tx, actor.ID, in)
		}
		return s.updatePriceListTx(ctx, tx, actor.ID, in)
	})
	if err != nil {
		return PriceList{}, err
	}
	return s.PriceList(ctx, actor, in.ID)
}

func (s *Service) insertPriceListTx(ctx context.Context, tx *sql.Tx, actorID string, in PriceListInput) error {
	now := s.stamp()
	_, err := tx.ExecContext(ctx, `INSERT INTO price_lists(id, name, tier, currency, active, levels, created_by, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, in.ID, in.Name, in.Tier, in.Currency, in.Active, jsonList(in.Levels), nullable(actorID), now, now)
	if err != nil {
		return fmt.Errorf("catalog: insert price list: %w", err)
	}
	if err := s.replaceItemsTx(ctx, tx, in.ID, in.Items); err != nil {
		return err
	}
	return audit.Write(ctx, tx, audit.Entry{At: s.now(), ActorID: actorID, Entity: "priceList", EntityID: in.ID, Action: "create", After: in})
}

func (s *Service) updatePriceListTx(ctx context.Context, tx *sql.Tx, actorID string, in PriceListInput) error {
	before, err := priceListByID(ctx, tx, in.ID)
	if err != nil {
		return err
	}
	res, err := tx.ExecContext(ctx, `UPDATE price_lists SET name = ?, tier = ?, currency = ?, active = ?, levels = ?,
		updated_at = ?, version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NULL`,
		in.Name, in.Tier, in.Currency, in.Active, jsonList(in.Levels), s.stamp(), in.ID, in.Version)
	if err := changedOne(res, err, "priceList"); err != nil {
		return err
	}
	if err := s.replaceItemsTx(ctx, tx, in.ID, in.Items); err != nil {
		return err
	}
	return audit.Write(ctx, tx, audit.Entry{At: s.now(), ActorID: actorID, Entity: "priceList", EntityID: in.ID, Action: "update", Before: before, After: in})
}

// replaceItemsTx makes the list's live items exactly items: changed prices
// are updated, new products added, missing ones tombstoned.
func (s *Service) replaceItemsTx(ctx context.Context, tx *sql.Tx, listID string, items []PriceListItemInput) error {
	now := s.stamp()
	keep := make([]string, 0, len(items))
	for _, it := range items {
		keep = append(keep, it.ProductID)
		_, err := tx.ExecContext(ctx, `UPDATE price_list_items SET price_minor = ?, updated_at = ?, version = version + 1
			WHERE price_list_id = ? AND product_id = ? AND deleted_at IS NULL AND price_minor <> ?`,
			it.PriceMinor, now, listID, it.ProductID, it.PriceMinor)
		if err != nil {
			return fmt.Errorf("catalog: update price list item: %w", err)
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO price_list_items(id, price_list_id, product_id, price_minor, created_at, updated_at)
			SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM price_list_items
			WHERE price_list_id = ? AND product_id = ? AND deleted_at IS NULL)`,
			store.NewID(), listID, it.ProductID, it.PriceMinor, now, now, listID, it.ProductID)
		if err != nil {
			return fmt.Errorf("catalog: insert price list item: %w", err)
		}
	}
	_, err := tx.ExecContext(ctx, `UPDATE price_list_items SET deleted_at = ?, updated_at = ?, version = version + 1
		WHERE price_list_id = ? AND deleted_at IS NULL AND product_id NOT IN (SELECT value FROM json_each(?))`,
		now, now, listID, jsonList(keep))
	if err != nil {
		return fmt.Errorf("catalog: drop price list items: %w", err)
	}
	return nil
}

// DeletePriceList removes a price list (a tombstone); quotes that used it keep their prices.
func (s *Service) DeletePriceList(ctx context.Context, actor auth.Actor, id string, version int) error {
	if err := requireEditor(actor); err != nil {
		return err
	}
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		before, err := priceListByID(ctx, tx, id)
		if err != nil {
			return err
		}
		now := s.stamp()
		res, err := tx.ExecContext(ctx, `UPDATE price_lists SET deleted_at = ?, updated_at = ?, version = version + 1
			WHERE id = ? AND version = ? AND deleted_at IS NULL`, now, now, id, version)
		if err := changedOne(res, err, "priceList"); err != nil {
			return err
		}
		return audit.Write(ctx, tx, audit.Entry{At: s.now(), ActorID: actor.ID, Entity: "priceList", EntityID: id, Action: "delete", Before: before})
	})
}

func cleanPriceList(ctx context.Context, q querier, in PriceListInput) (PriceListInput, error) {
	var v apperr.Validation
	in.Name = validate.Text(&v, "name", in.Name, true, 60)
	in.Tier = validate.Text(&v, "tier", in.Tier, false, 40)
	in.Currency = Currency(&v, "currency", in.Currency)
	in.Levels = cleanLevels(&v, in.Levels)
	seen := map[string]bool{}
	for i, it := range in.Items {
		field := fmt.Sprintf("items.%d", i)
		Amount(&v, field+".priceMinor", it.PriceMinor)
		p, err := ProductTx(ctx, q, it.ProductID)
		switch {
		case errors.Is(err, apperr.ErrNotFound) || seen[it.ProductID]:
			v.Add(field+".productId", "validation.invalidProduct", nil)
		case err != nil:
			return in, err
		case p.Currency != in.Currency && !v.Has("currency"):
			v.Add(field+".productId", "validation.currencyMismatch", nil)
		}
		seen[it.ProductID] = true
	}
	if !v.Has("name") {
		var n int
		err := q.QueryRowContext(ctx, `SELECT count(*) FROM price_lists WHERE name = ? AND id <> ? AND deleted_at IS NULL`,
			in.Name, in.ID).Scan(&n)
		if err != nil {
			return in, fmt.Errorf("catalog: check price list name: %w", err)
		}
		if n > 0 {
			v.Add("name", "validation.nameTaken", nil)
		}
	}
	return in, v.Err()
}

// repLevels are the levels a price list can be kept for, junior to senior.
var repLevels = []string{auth.LevelNewHire, auth.LevelJunior, auth.LevelSenior}

// cleanLevels keeps each rep level once, in the levels' own order.
func cleanLevels(v *apperr.Validation, levels []string) []string {
	out := []string{}
	for _, l := range levels {
		if !slices.Contains(repLevels, l) {
			v.Add("levels", "validation.invalidLevel", nil)
		}
	}
	for _, l := range repLevels {
		if slices.Contains(levels, l) {
			out = append(out, l)
		}
	}
	return out
}

// levelsAllowed refuses a change to who may use a price list unless the
// actor is the company's owner: a manager keeps the catalog's prices, but
// which reps quote from a cheaper list is the owner's call.
func levelsAllowed(ctx context.Context, q querier, actor auth.Actor, in PriceListInput, creating bool) error {
	if actor.IsOwner() {
		return nil
	}
	before := []string{}
	if !creating {
		was, err := priceListByID(ctx, q, in.ID)
		if err != nil {
			return err
		}
		before = was.Levels
	}
	if !slices.Equal(before, in.Levels) {
		return apperr.Forbidden("errors.forbidden.ownerOnly")
	}
	return nil
}
