package customer

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"steady/backend/apperr"
	"steady/backend/auth"
)

const customerColumns = `c.id, c.kind, c.name, coalesce(c.owner_id, ''), coalesce(u.name, ''), c.stage, c.segment,
	c.rfm_r, c.rfm_f, c.rfm_m, c.source, c.industry, c.region, c.city, c.country, c.address, c.phone, c.email,
	c.wechat, c.website, c.tags, c.notes, c.last_contact_at, coalesce(c.last_purchase_at, ''),
	coalesce(c.owned_since, ''), coalesce(c.pool_since, ''), coalesce(c.created_by, ''), c.created_at,
	c.updated_at, c.version`

const customerFrom = ` FROM customers c LEFT JOIN users u ON u.id = c.owner_id WHERE c.deleted_at IS NULL`

type scanner interface{ Scan(dest ...any) error }

func scanCustomer(row scanner) (Customer, error) {
	var c Customer
	var tags string
	err := row.Scan(&c.ID, &c.Kind, &c.Name, &c.OwnerID, &c.OwnerName, &c.Stage, &c.Segment,
		&c.RFM.R, &c.RFM.F, &c.RFM.M, &c.Source, &c.Industry, &c.Region, &c.City, &c.Country, &c.Address,
		&c.Phone, &c.Email, &c.WeChat, &c.Website, &tags, &c.Notes, &c.LastContactAt, &c.LastPurchaseAt,
		&c.OwnedSince, &c.PoolSince, &c.CreatedBy, &c.CreatedAt, &c.UpdatedAt, &c.Version)
	if err != nil {
		return c, err
	}
	c.RFM.Segment = c.Segment
	if err := json.Unmarshal([]byte(tags), &c.Tags); err != nil {
		return c, fmt.Errorf("customer: tags of %s: %w", c.ID, err)
	}
	return c, nil
}

// loadCustomer reads one live customer without its contacts and without
// asking who may see it.
func loadCustomer(ctx context.Context, q Querier, id string) (Customer, error) {
	c, err := scanCustomer(q.QueryRowContext(ctx, `SELECT `+customerColumns+customerFrom+` AND c.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return Customer{}, apperr.NotFound("customer")
	}
	if err != nil {
		return Customer{}, fmt.Errorf("customer: read %s: %w", id, err)
	}
	return c, nil
}

// Customer returns one customer with its contacts, when the actor may see it.
func (s *Service) Customer(ctx context.Context, actor auth.Actor, id string) (Customer, error) {
	q := s.db.Read()
	c, err := loadCustomer(ctx, q, id)
	if err != nil {
		return Customer{}, err
	}
	sc, err := scopeOf(ctx, q, actor)
	if err != nil {
		return Customer{}, err
	}
	if err := sc.canSee(c.OwnerID); err != nil {
		return Customer{}, err
	}
	c.Contacts, err = contactsOf(ctx, q, id)
	return c, err
}

// visibleTx loads a customer inside tx and checks that the actor may change it.
func visibleTx(ctx context.Context, tx *sql.Tx, actor auth.Actor, id string) (Customer, scope, error) {
	c, err := loadCustomer(ctx, tx, id)
	if err != nil {
		return c, scope{}, err
	}
	sc, err := scopeOf(ctx, tx, actor)
	if err != nil {
		return c, sc, err
	}
	return c, sc, sc.canEdit(c.OwnerID)
}
