package sales

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/store"
	"steady/backend/validate"
)

// LostReason is one entry of the list a lost deal's reason is chosen from.
type LostReason struct {
	ID       string `json:"id"`
	Code     string `json:"code"` // the seeded reasons' stable key; "" for added ones
	NameZh   string `json:"nameZh"`
	NameEn   string `json:"nameEn"`
	Position int    `json:"position"`
	Active   bool   `json:"active"`
	Version  int    `json:"version"`
}

// LostReasonInput is what the reasons editor sends; a reason is retired by
// making it inactive (deals keep it).
type LostReasonInput struct {
	ID       string `json:"id"`
	Version  int    `json:"version"`
	NameZh   string `json:"nameZh"`
	NameEn   string `json:"nameEn"`
	Position int    `json:"position"`
	Active   bool   `json:"active"`
}

const reasonColumns = `id, code, name_zh, name_en, position, active, version`

func scanReason(row scanner) (LostReason, error) {
	var r LostReason
	err := row.Scan(&r.ID, &r.Code, &r.NameZh, &r.NameEn, &r.Position, &r.Active, &r.Version)
	return r, err
}

// LostReasons lists the reasons, active ones only unless all.
func (s *Service) LostReasons(ctx context.Context, all bool) ([]LostReason, error) {
	rows, err := s.db.Read().QueryContext(ctx, `SELECT `+reasonColumns+` FROM sales_lost_reasons
		WHERE deleted_at IS NULL AND (? OR active = 1) ORDER BY position, name_zh`, all)
	if err != nil {
		return nil, fmt.Errorf("sales: lost reasons: %w", err)
	}
	defer rows.Close()
	out := []LostReason{}
	for rows.Next() {
		r, err := scanReason(rows)
		if err != nil {
			return nil, fmt.Errorf("sales: lost reasons: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// checkReason requires an active reason.
func checkReason(ctx context.Context, q querier, id string) error {
	var active bool
	err := q.QueryRowContext(ctx, `SELECT active FROM sales_lost_reasons WHERE id = ? AND deleted_at IS NULL`, id).Scan(&active)
	if errors.Is(err, sql.ErrNoRows) || (err == nil && !active) {
		return apperr.Field("reasonId", "validation.invalidChoice", nil)
	}
	if err != nil {
		return fmt.Errorf("sales: lost reason: %w", err)
	}
	return nil
}

// SaveLostReason creates (empty ID) or changes a reason; only the owner may.
func (s *Service) SaveLostReason(ctx context.Context, actor auth.Actor, in LostReasonInput) (LostReason, error) {
	if !actor.IsOwner() {
		return LostReason{}, apperr.Forbidden("errors.forbidden.ownerOnly")
	}
	var v apperr.Validation
	in.NameZh = validate.Text(&v, "nameZh", in.NameZh, true, 40)
	in.NameEn = validate.Text(&v, "nameEn", in.NameEn, false, 40)
	if err := v.Err(); err != nil {
		return LostReason{}, err
	}
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		now := s.stamp()
		if in.ID == "" {
			in.ID = store.NewID()
			_, err := tx.ExecContext(ctx, `INSERT INTO sales_lost_reasons(id, name_zh, name_en, position, active,
				created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
				in.ID, in.NameZh, in.NameEn, in.Position, in.Active, actor.ID, now, now)
			if err != nil {
				return fmt.Errorf("sales: insert lost reason: %w", err)
			}
			return s.record(ctx, tx, actor.ID, "lostReason", in.ID, "create", nil, in)
		}
		res, err := tx.ExecContext(ctx, `UPDATE sales_lost_reasons SET name_zh = ?, name_en = ?, position = ?, active = ?,
			updated_at = ?, version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NULL`,
			in.NameZh, in.NameEn, in.Position, in.Active, now, in.ID, in.Version)
		if err := changedOne(res, err, "lostReason"); err != nil {
			return err
		}
		return s.record(ctx, tx, actor.ID, "lostReason", in.ID, "update", nil, in)
	})
	if err != nil {
		return LostReason{}, err
	}
	r, err := scanReason(s.db.Read().QueryRowContext(ctx, `SELECT `+reasonColumns+` FROM sales_lost_reasons WHERE id = ?`, in.ID))
	if err != nil {
		return LostReason{}, fmt.Errorf("sales: lost reason %s: %w", in.ID, err)
	}
	return r, nil
}

// allReasons lists every lost reason ever offered, retired ones too.
func allReasons(ctx context.Context, q querier) ([]LostReason, error) {
	rows, err := q.QueryContext(ctx, `SELECT `+reasonColumns+` FROM sales_lost_reasons ORDER BY position, id`)
	if err != nil {
		return nil, fmt.Errorf("sales: lost reasons: %w", err)
	}
	defer rows.Close()
	var out []LostReason
	for rows.Next() {
		r, err := scanReason(rows)
		if err != nil {
			return nil, fmt.Errorf("sales: lost reasons: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}
