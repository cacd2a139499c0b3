package customer

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/pinyin"
	"steady/backend/store"
)

// UpdateCustomer changes a customer's own fields (not its owner, stage or
// contacts). in.Version must be the version the caller read, or nothing
// changes and a conflict is returned.
func (s *Service) UpdateCustomer(ctx context.Context, actor auth.Actor, in CustomerInput) (Customer, error) {
	var v apperr.Validation
	in = cleanCustomer(&v, in)
	if err := checkSource(ctx, s.db.Read(), &v, in.Source); err != nil {
		return Customer{}, err
	}
	if err := v.Err(); err != nil {
		return Customer{}, err
	}
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		before, _, err := visibleTx(ctx, tx, actor, in.ID)
		if err != nil {
			return err
		}
		if before.Version != in.Version {
			return apperr.Conflict("customer")
		}
		in.OwnerID = before.OwnerID
		if err := s.updateCustomerRow(ctx, tx, in); err != nil {
			return err
		}
		in.OwnerID, in.Stage, in.Contacts = before.OwnerID, before.Stage, nil
		if err := s.record(ctx, tx, s.now(), actor.ID, "customer", in.ID, "update", before, in); err != nil {
			return err
		}
		return reindexTx(ctx, tx, in.ID)
	})
	if err != nil {
		return Customer{}, err
	}
	return s.Customer(ctx, actor, in.ID)
}

func (s *Service) updateCustomerRow(ctx context.Context, tx *sql.Tx, in CustomerInput) error {
	tags, err := json.Marshal(in.Tags)
	if err != nil {
		return fmt.Errorf("customer: tags: %w", err)
	}
	syl := pinyin.Syllables(in.Name)
	res, err := tx.ExecContext(ctx, `UPDATE customers SET kind = ?, name = ?, name_pinyin = ?, name_initials = ?,
		source = ?, industry = ?, region = ?, city = ?, country = ?, address = ?, phone = ?, phone_norm = ?,
		email = ?, wechat = ?, website = ?, tags = ?, notes = ?, updated_at = ?, version = version + 1
		WHERE id = ? AND version = ? AND deleted_at IS NULL`,
		in.Kind, in.Name, pinyin.Join(syl), pinyin.Initials(syl), in.Source, in.Industry, in.Region, in.City,
		in.Country, in.Address, in.Phone, NormalizePhone(in.Phone), in.Email, in.WeChat, in.Website, string(tags), in.Notes,
		store.FormatTime(s.now()), in.ID, in.Version)
	if err != nil {
		return fmt.Errorf("customer: update: %w", err)
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return apperr.Conflict("customer")
	}
	return writeTags(ctx, tx, in.ID, in.OwnerID, in.Tags)
}

// DeleteCustomer removes a customer: a tombstone stays for sync, its open
// revisit is closed and it leaves the search index. Reps may not delete.
func (s *Service) DeleteCustomer(ctx context.Context, actor auth.Actor, id string, version int) error {
	if actor.Role == auth.RoleRep {
		return apperr.Forbidden("errors.forbidden.deleteCustomer")
	}
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		before, _, err := visibleTx(ctx, tx, actor, id)
		if err != nil {
			return err
		}
		now := s.now()
		res, err := tx.ExecContext(ctx, `UPDATE customers SET deleted_at = ?, updated_at = ?, version = version + 1
			WHERE id = ? AND version = ? AND deleted_at IS NULL`, store.FormatTime(now), store.FormatTime(now), id, version)
		if err != nil {
			return fmt.Errorf("customer: delete: %w", err)
		}
		if n, err := res.RowsAffected(); err != nil || n == 0 {
			return apperr.Conflict("customer")
		}
		if err := s.closeRevisitTx(ctx, tx, id, now); err != nil {
			return err
		}
		if err := writeTags(ctx, tx, id, "", nil); err != nil {
			return err
		}
		if err := unindexTx(ctx, tx, id); err != nil {
			return err
		}
		return s.record(ctx, tx, now, actor.ID, "customer", id, "delete", before, nil)
	})
}
