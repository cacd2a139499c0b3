package customer

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/pinyin"
	"steady/backend/store"
	"steady/backend/validate"
)

// CreateCustomer adds a customer with the contacts sent along.
func (s *Service) CreateCustomer(ctx context.Context, actor auth.Actor, in CustomerInput) (Customer, error) {
	var id string
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
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
	sc, err := scopeOf(ctx, tx, actor)
	if err != nil {
		return "", err
	}
	var v apperr.Validation
	in = cleanCustomer(&v, in)
	in.Stage = strings.TrimSpace(in.Stage)
	if in.Stage == "" {
		in.Stage = StageLead
	}
	validate.OneOf(&v, "stage", in.Stage, "validation.invalidStage", Stages()...)
	in.Contacts = cleanNewContacts(&v, in.Contacts)
	in.OwnerID = strings.TrimSpace(in.OwnerID)
	if in.OwnerID == "" {
		in.OwnerID = actor.ID
	}
	if err := checkOwner(ctx, tx, sc, &v, "ownerId", in.OwnerID); err != nil {
		return "", err
	}
	if err := v.Err(); err != nil {
		return "", err
	}
	in.ID = store.NewID()
	if err := s.insertCustomerRow(ctx, tx, actor, in); err != nil {
		return "", err
	}
	for _, p := range in.Contacts {
		if _, err := s.insertContactTx(ctx, tx, actor.ID, in.ID, p); err != nil {
			return "", err
		}
	}
	if err := s.startCustomerTx(ctx, tx, actor, in); err != nil {
		return "", err
	}
	return in.ID, reindexTx(ctx, tx, in.ID)
}

// checkOwner adds a field problem unless ownerID is an active user the actor
// may hand customers to (everyone may own what they create themselves).
func checkOwner(ctx context.Context, q Querier, sc scope, v *apperr.Validation, field, ownerID string) error {
	var active bool
	err := q.QueryRowContext(ctx, `SELECT active FROM users WHERE id = ? AND deleted_at IS NULL`, ownerID).Scan(&active)
	if errors.Is(err, sql.ErrNoRows) || (err == nil && !active) {
		v.Add(field, "validation.invalidOwner", nil)
		return nil
	}
	if err != nil {
		return fmt.Errorf("customer: check owner: %w", err)
	}
	if ownerID != sc.actor.ID && !sc.hands(ownerID) {
		v.Add(field, "validation.ownerOutsideTeam", nil)
	}
	return nil
}

func (s *Service) insertCustomerRow(ctx context.Context, tx *sql.Tx, actor auth.Actor, in CustomerInput) error {
	tags, err := json.Marshal(in.Tags)
	if err != nil {
		return fmt.Errorf("customer: tags: %w", err)
	}
	syl := pinyin.Syllables(in.Name)
	now := store.FormatTime(s.now())
	_, err = tx.ExecContext(ctx, `INSERT INTO customers(id, kind, name, name_pinyin, name_initials, owner_id,
		owned_since, stage, source, industry, region, city, country, address, phone, phone_norm, email, wechat,
		tags, notes, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		in.ID, in.Kind, in.Name, pinyin.Join(syl), pinyin.Initials(syl), in.OwnerID, now, in.Stage, in.Source,
		in.Industry, in.Region, in.City, in.Country, in.Address, in.Phone, NormalizePhone(in.Phone), in.Email,
		in.WeChat, string(tags), in.Notes, actor.ID, now, now)
	if err != nil {
		return fmt.Errorf("customer: insert: %w", err)
	}
	return writeTags(ctx, tx, in.ID, in.OwnerID, in.Tags)
}

// startCustomerTx writes what a new customer begins with: its first stage
// and owner in their histories, its first revisit task, and the audit row.
func (s *Service) startCustomerTx(ctx context.Context, tx *sql.Tx, actor auth.Actor, in CustomerInput) error {
	now := s.now()
	if err := insertStageHistory(ctx, tx, in.ID, "", in.Stage, stageChange{actorID: actor.ID, at: now}); err != nil {
		return err
	}
	if err := insertOwnerHistory(ctx, tx, in.ID, ownerMove{action: "create", actorID: actor.ID, to: in.OwnerID, at: now}); err != nil {
		return err
	}
	c, err := loadCustomer(ctx, tx, in.ID)
	if err != nil {
		return err
	}
	st, err := loadSettings(ctx, tx)
	if err != nil {
		return err
	}
	if err := s.openRevisitTx(ctx, tx, c, now, st); err != nil {
		return err
	}
	return s.record(ctx, tx, now, actor.ID, "customer", in.ID, "create", nil, in)
}

// writeTags replaces a customer's rows in the tag index; holder is the
// owner ("" for the pool).
func writeTags(ctx context.Context, tx *sql.Tx, customerID, holder string, tags []string) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM customer_tags WHERE customer_id = ?`, customerID); err != nil {
		return fmt.Errorf("customer: tags: %w", err)
	}
	for _, t := range tags {
		if _, err := tx.ExecContext(ctx, `INSERT INTO customer_tags(tag, customer_id, holder) VALUES (?, ?, ?)`, t, customerID, holder); err != nil {
			return fmt.Errorf("customer: tags: %w", err)
		}
	}
	return nil
}
