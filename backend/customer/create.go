package customer

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/pinyin"
	"steady/backend/store"
)

// CreateCustomer adds a customer with the contacts sent along, unless it is
// already on file (checkNotATwin).
func (s *Service) CreateCustomer(ctx context.Context, actor auth.Actor, in CustomerInput) (Customer, error) {
	var id string
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		if err := checkNotATwin(ctx, tx, actor, in, in.AllowDuplicate); err != nil {
			return err
		}
		var err error
		id, err = s.InsertCustomerTx(ctx, tx, actor, in)
		return err
	})
	if err != nil {
		return Customer{}, err
	}
	return s.Customer(ctx, actor, id)
}

// InsertCustomerTx validates and inserts a customer and its contacts inside
// tx (the form, imports and demo data) and returns the new id. The owner is
// the actor unless in.OwnerID names someone the actor may hand customers to.
func (s *Service) InsertCustomerTx(ctx context.Context, tx *sql.Tx, actor auth.Actor, in CustomerInput) (string, error) {
	ins, err := s.newInserter(ctx, tx, actor)
	if err != nil {
		return "", err
	}
	defer ins.close()
	return ins.insert(ctx, in)
}

// checkOwner adds a field problem unless ownerID is an active user the actor
// may hand customers to (everyone may own what they create themselves).
func checkOwner(ctx context.Context, q Querier, sc scope, v *apperr.Validation, field, ownerID string) error {
	active, err := userActive(ctx, q, ownerID)
	if err != nil {
		return err
	}
	addOwnerProblems(v, sc, field, ownerID, active)
	return nil
}

// userActive says whether id is a live, active user.
func userActive(ctx context.Context, q Querier, id string) (bool, error) {
	var active bool
	err := q.QueryRowContext(ctx, `SELECT active FROM users WHERE id = ? AND deleted_at IS NULL`, id).Scan(&active)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("customer: check owner: %w", err)
	}
	return active, nil
}

func addOwnerProblems(v *apperr.Validation, sc scope, field, ownerID string, active bool) {
	switch {
	case !active:
		v.Add(field, "validation.invalidOwner", nil)
	case ownerID != sc.actor.ID && !sc.hands(ownerID):
		v.Add(field, "validation.ownerOutsideTeam", nil)
	}
}

func (s *Service) insertCustomerRow(ctx context.Context, tx *sql.Tx, actor auth.Actor, in CustomerInput) error {
	tags, err := json.Marshal(in.Tags)
	if err != nil {
		return fmt.Errorf("customer: tags: %w", err)
	}
	syl := pinyin.Syllables(in.Name)
	now := store.FormatTime(s.now())
	_, err = tx.ExecContext(ctx, `INSERT INTO customers(id, kind, name, name_pinyin, name_initials, owner_id,
		owned_since, stage, stage_manual_at, source, industry, region, city, country, address, phone, phone_norm, email,
		wechat, website, tags, notes, created_by, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		in.ID, in.Kind, in.Name, pinyin.Join(syl), pinyin.Initials(syl), in.OwnerID, now, in.Stage, now, in.Source,
		in.Industry, in.Region, in.City, in.Country, in.Address, in.Phone, NormalizePhone(in.Phone), in.Email,
		in.WeChat, in.Website, string(tags), in.Notes, actor.ID, now, now)
	if err != nil {
		return fmt.Errorf("customer: insert: %w", err)
	}
	return insertTags(ctx, tx, in.ID, in.OwnerID, in.Tags) // a new customer has none to replace
}

// writeTags replaces a customer's rows in the tag index; holder is the
// owner ("" for the pool).
func writeTags(ctx context.Context, tx *sql.Tx, customerID, holder string, tags []string) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM customer_tags WHERE customer_id = ?`, customerID); err != nil {
		return fmt.Errorf("customer: tags: %w", err)
	}
	return insertTags(ctx, tx, customerID, holder, tags)
}

func insertTags(ctx context.Context, tx *sql.Tx, customerID, holder string, tags []string) error {
	for _, t := range tags {
		if _, err := tx.ExecContext(ctx, `INSERT INTO customer_tags(tag, customer_id, holder) VALUES (?, ?, ?)`, t, customerID, holder); err != nil {
			return fmt.Errorf("customer: tags: %w", err)
		}
	}
	return nil
}
