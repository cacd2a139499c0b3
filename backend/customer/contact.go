package customer

import (
	"context"
	"database/sql"
	"fmt"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/pinyin"
	"steady/backend/store"
)

// AddContact adds a contact to a customer the actor may change. A new
// primary contact takes the flag from the previous one.
func (s *Service) AddContact(ctx context.Context, actor auth.Actor, customerID string, in ContactInput) (Contact, error) {
	var v apperr.Validation
	in = cleanContact(&v, "", in)
	if err := v.Err(); err != nil {
		return Contact{}, err
	}
	var id string
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		if _, _, err := visibleTx(ctx, tx, actor, customerID); err != nil {
			return err
		}
		var err error
		if id, err = s.insertContactTx(ctx, tx, actor.ID, customerID, in); err != nil {
			return err
		}
		return reindexTx(ctx, tx, customerID)
	})
	if err != nil {
		return Contact{}, err
	}
	return loadContact(ctx, s.db.Read(), id)
}

// insertContactTx inserts a checked contact and audits it.
func (s *Service) insertContactTx(ctx context.Context, tx *sql.Tx, actorID, customerID string, in ContactInput) (string, error) {
	if in.Primary {
		if err := s.demotePrimaryTx(ctx, tx, actorID, customerID, ""); err != nil {
			return "", err
		}
	}
	return s.insertContactRow(ctx, tx, actorID, customerID, in)
}

// insertContactRow inserts a checked contact and audits it, leaving the
// other contacts' primary flags as they are.
func (s *Service) insertContactRow(ctx context.Context, tx *sql.Tx, actorID, customerID string, in ContactInput) (string, error) {
	in.ID, in.CustomerID = store.NewID(), customerID
	md, _ := birthdayMonthDay(in.Birthday) // checked by cleanContact
	syl := pinyin.Syllables(in.Name)
	now := store.FormatTime(s.now())
	_, err := tx.ExecContext(ctx, `INSERT INTO contacts(id, customer_id, name, name_pinyin, name_initials, title,
		phone, phone_norm, email, wechat, birthday, birthday_md, is_primary, created_by, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, in.ID, customerID, in.Name, pinyin.Join(syl),
		pinyin.Initials(syl), in.Title, in.Phone, NormalizePhone(in.Phone), in.Email, in.WeChat, in.Birthday, md,
		in.Primary, actorID, now, now)
	if err != nil {
		return "", fmt.Errorf("customer: insert contact: %w", err)
	}
	return in.ID, s.record(ctx, tx, s.now(), actorID, "contact", in.ID, "create", nil, in)
}

// demotePrimaryTx clears the primary flag of the customer's contacts other
// than keepID, so at most one is primary.
func (s *Service) demotePrimaryTx(ctx context.Context, tx *sql.Tx, actorID, customerID, keepID string) error {
	ids, err := idsWhere(ctx, tx, `SELECT id FROM contacts WHERE customer_id = ? AND is_primary = 1
		AND deleted_at IS NULL AND id <> ?`, customerID, keepID)
	if err != nil {
		return err
	}
	for _, id := range ids {
		_, err := tx.ExecContext(ctx, `UPDATE contacts SET is_primary = 0, updated_at = ?, version = version + 1
			WHERE id = ?`, store.FormatTime(s.now()), id)
		if err != nil {
			return fmt.Errorf("customer: demote primary contact: %w", err)
		}
		after := map[string]bool{"primary": false}
		if err := s.record(ctx, tx, s.now(), actorID, "contact", id, "update", map[string]bool{"primary": true}, after); err != nil {
			return err
		}
	}
	return nil
}

// UpdateContact changes a contact; in.Version must be the version read.
func (s *Service) UpdateContact(ctx context.Context, actor auth.Actor, in ContactInput) (Contact, error) {
	var v apperr.Validation
	in = cleanContact(&v, "", in)
	if err := v.Err(); err != nil {
		return Contact{}, err
	}
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		before, err := editableContactTx(ctx, tx, actor, in.ID)
		if err != nil {
			return err
		}
		if in.Primary {
			if err := s.demotePrimaryTx(ctx, tx, actor.ID, before.CustomerID, in.ID); err != nil {
				return err
			}
		}
		if err := s.updateContactRow(ctx, tx, in); err != nil {
			return err
		}
		in.CustomerID = before.CustomerID
		if err := s.record(ctx, tx, s.now(), actor.ID, "contact", in.ID, "update", before, in); err != nil {
			return err
		}
		return reindexTx(ctx, tx, before.CustomerID)
	})
	if err != nil {
		return Contact{}, err
	}
	return loadContact(ctx, s.db.Read(), in.ID)
}

func (s *Service) updateContactRow(ctx context.Context, tx *sql.Tx, in ContactInput) error {
	md, _ := birthdayMonthDay(in.Birthday)
	syl := pinyin.Syllables(in.Name)
	res, err := tx.ExecContext(ctx, `UPDATE contacts SET name = ?, name_pinyin = ?, name_initials = ?, title = ?,
		phone = ?, phone_norm = ?, email = ?, wechat = ?, birthday = ?, birthday_md = ?, is_primary = ?,
		updated_at = ?, version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NULL`,
		in.Name, pinyin.Join(syl), pinyin.Initials(syl), in.Title, in.Phone, NormalizePhone(in.Phone), in.Email,
		in.WeChat, in.Birthday, md, in.Primary, store.FormatTime(s.now()), in.ID, in.Version)
	if err != nil {
		return fmt.Errorf("customer: update contact: %w", err)
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return apperr.Conflict("contact")
	}
	return nil
}

// DeleteContact removes a contact (a tombstone stays for sync).
func (s *Service) DeleteContact(ctx context.Context, actor auth.Actor, id string, version int) error {
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		before, err := editableContactTx(ctx, tx, actor, id)
		if err != nil {
			return err
		}
		now := store.FormatTime(s.now())
		res, err := tx.ExecContext(ctx, `UPDATE contacts SET deleted_at = ?, is_primary = 0, updated_at = ?,
			version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NULL`, now, now, id, version)
		if err != nil {
			return fmt.Errorf("customer: delete contact: %w", err)
		}
		if n, err := res.RowsAffected(); err != nil || n == 0 {
			return apperr.Conflict("contact")
		}
		if err := s.record(ctx, tx, s.now(), actor.ID, "contact", id, "delete", before, nil); err != nil {
			return err
		}
		return reindexTx(ctx, tx, before.CustomerID)
	})
}

// editableContactTx loads a contact whose customer the actor may change.
func editableContactTx(ctx context.Context, tx *sql.Tx, actor auth.Actor, id string) (Contact, error) {
	p, err := loadContact(ctx, tx, id)
	if err != nil {
		return p, err
	}
	_, _, err = visibleTx(ctx, tx, actor, p.CustomerID)
	return p, err
}
