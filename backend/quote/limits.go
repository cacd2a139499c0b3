package quote

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"steady/backend/apperr"
	"steady/backend/audit"
	"steady/backend/auth"
	"steady/backend/catalog"
	"steady/backend/store"
	"steady/backend/validate"
)

// DiscountLimit is the largest total discount a rep may give without
// approval: for a level (Subject is the level) or for one user (Subject is
// their id), the user's own limit winning.
type DiscountLimit struct {
	ID            string `json:"id"`
	Scope         string `json:"scope"` // "level" or "user"
	Subject       string `json:"subject"`
	SubjectName   string `json:"subjectName"` // the user's name for a user limit
	MaxDiscountBP int64  `json:"maxDiscountBp"`
	Version       int    `json:"version"`
}

// DiscountLimits lists the limits the actor may read, levels first: the
// owner all of them; a manager every level's and the own and team's personal
// limits; a rep only the limits that apply to them (their own and their
// level's). Another rep's limit is how far that rep may go unapproved: a
// rep who read it would know what to ask a colleague to quote.
func (s *Service) DiscountLimits(ctx context.Context, actor auth.Actor) ([]DiscountLimit, error) {
	cond, args, err := limitScope(ctx, s.db.Read(), actor)
	if err != nil {
		return nil, err
	}
	rows, err := s.db.Read().QueryContext(ctx, `SELECT d.id, d.scope, d.subject, coalesce(u.name, ''), d.max_discount_bp, d.version
		FROM discount_limits d LEFT JOIN users u ON d.scope = 'user' AND u.id = d.subject
		WHERE d.deleted_at IS NULL AND `+cond+`
		ORDER BY d.scope, CASE d.subject WHEN 'new_hire' THEN 0 WHEN 'junior' THEN 1 WHEN 'senior' THEN 2 ELSE 3 END, u.name`, args...)
	if err != nil {
		return nil, fmt.Errorf("quote: discount limits: %w", err)
	}
	defer rows.Close()
	out := []DiscountLimit{}
	for rows.Next() {
		var d DiscountLimit
		if err := rows.Scan(&d.ID, &d.Scope, &d.Subject, &d.SubjectName, &d.MaxDiscountBP, &d.Version); err != nil {
			return nil, fmt.Errorf("quote: discount limits: %w", err)
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// SetDiscountLimit creates or changes the limit of in.Scope and in.Subject;
// only the owner may. Changing an existing limit needs its version.
func (s *Service) SetDiscountLimit(ctx context.Context, actor auth.Actor, in DiscountLimit) (DiscountLimit, error) {
	if !actor.IsOwner() {
		return DiscountLimit{}, apperr.Forbidden("errors.forbidden.ownerOnly")
	}
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		if err := checkLimit(ctx, tx, in); err != nil {
			return err
		}
		return s.saveLimitTx(ctx, tx, actor.ID, in)
	})
	if err != nil {
		return DiscountLimit{}, err
	}
	all, err := s.DiscountLimits(ctx, actor)
	for _, d := range all {
		if d.Scope == in.Scope && d.Subject == in.Subject {
			return d, err
		}
	}
	return DiscountLimit{}, err
}

// limitScope is the SQL condition on discount_limits d keeping the limits
// actor may read, with its arguments.
func limitScope(ctx context.Context, q querier, actor auth.Actor) (string, []any, error) {
	switch actor.Role {
	case auth.RoleOwner:
		return "1 = 1", nil, nil
	case auth.RoleManager:
		return `(d.scope = 'level' OR d.subject = ? OR d.subject IN (SELECT id FROM users WHERE manager_id = ?))`,
			[]any{actor.ID, actor.ID}, nil
	}
	me, err := personByID(ctx, q, actor.ID)
	if err != nil {
		return "", nil, err
	}
	return `((d.scope = 'level' AND d.subject = ?) OR (d.scope = 'user' AND d.subject = ?))`, []any{me.Level, me.ID}, nil
}

func checkLimit(ctx context.Context, tx *sql.Tx, in DiscountLimit) error {
	var v apperr.Validation
	validate.OneOf(&v, "scope", in.Scope, "validation.required", "level", "user")
	catalog.Rate(&v, "maxDiscountBp", in.MaxDiscountBP)
	switch in.Scope {
	case "level":
		validate.OneOf(&v, "subject", in.Subject, "validation.invalidLevel", auth.LevelNewHire, auth.LevelJunior, auth.LevelSenior)
	case "user":
		if _, err := personByID(ctx, tx, in.Subject); errors.Is(err, apperr.ErrNotFound) {
			v.Add("subject", "validation.invalidUser", nil)
		} else if err != nil {
			return err
		}
	}
	return v.Err()
}

func (s *Service) saveLimitTx(ctx context.Context, tx *sql.Tx, actorID string, in DiscountLimit) error {
	var before DiscountLimit
	err := tx.QueryRowContext(ctx, `SELECT id, max_discount_bp, version FROM discount_limits
		WHERE scope = ? AND subject = ? AND deleted_at IS NULL`, in.Scope, in.Subject).Scan(&before.ID, &before.MaxDiscountBP, &before.Version)
	now := s.stamp()
	switch {
	case errors.Is(err, sql.ErrNoRows):
		in.ID = store.NewID()
		_, err = tx.ExecContext(ctx, `INSERT INTO discount_limits(id, scope, subject, max_discount_bp, created_by, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, in.ID, in.Scope, in.Subject, in.MaxDiscountBP, nullable(actorID), now, now)
		if err != nil {
			return fmt.Errorf("quote: insert discount limit: %w", err)
		}
	case err != nil:
		return fmt.Errorf("quote: discount limit: %w", err)
	default:
		in.ID = before.ID
		res, err := tx.ExecContext(ctx, `UPDATE discount_limits SET max_discount_bp = ?, updated_at = ?, version = version + 1
			WHERE id = ? AND version = ?`, in.MaxDiscountBP, now, before.ID, in.Version)
		if err := changedOne(res, err, "discountLimit"); err != nil {
			return err
		}
	}
	return audit.Write(ctx, tx, audit.Entry{At: s.now(), ActorID: actorID, Entity: "discountLimit", EntityID: in.ID, Action: "save", Before: before, After: in})
}

// DeleteDiscountLimit removes a limit; only the owner may. A user without
// their own limit falls back to their level's.
func (s *Service) DeleteDiscountLimit(ctx context.Context, actor auth.Actor, id string, version int) error {
	if !actor.IsOwner() {
		return apperr.Forbidden("errors.forbidden.ownerOnly")
	}
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		now := s.stamp()
		res, err := tx.ExecContext(ctx, `UPDATE discount_limits SET deleted_at = ?, updated_at = ?, version = version + 1
			WHERE id = ? AND version = ? AND deleted_at IS NULL`, now, now, id, version)
		if err := changedOne(res, err, "discountLimit"); err != nil {
			return err
		}
		return audit.Write(ctx, tx, audit.Entry{At: s.now(), ActorID: actor.ID, Entity: "discountLimit", EntityID: id, Action: "delete"})
	})
}
