package quote

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"steady/backend/apperr"
	"steady/backend/audit"
	"steady/backend/auth"
	"steady/backend/store"
	"steady/backend/validate"
)

// Term template kinds.
const (
	TermPayment  = "payment"
	TermDelivery = "delivery"
	TermWarranty = "warranty"
)

// TermTemplate is an editable starting text for one kind of term.
type TermTemplate struct {
	ID        string `json:"id"`
	Kind      string `json:"kind"`
	Language  string `json:"language"`
	Title     string `json:"title"`
	Body      string `json:"body"`
	IsDefault bool   `json:"isDefault"`
	Version   int    `json:"version"`
}

const termColumns = `id, kind, language, title, body, is_default, version`

func scanTerm(s scanner) (TermTemplate, error) {
	var t TermTemplate
	err := s.Scan(&t.ID, &t.Kind, &t.Language, &t.Title, &t.Body, &t.IsDefault, &t.Version)
	return t, err
}

// TermTemplates lists the templates of a language ("" for all), by kind.
func (s *Service) TermTemplates(ctx context.Context, actor auth.Actor, language string) ([]TermTemplate, error) {
	rows, err := s.db.Read().QueryContext(ctx, `SELECT `+termColumns+` FROM quote_term_templates
		WHERE deleted_at IS NULL AND (? = '' OR language = ?)
		ORDER BY CASE kind WHEN 'payment' THEN 0 WHEN 'delivery' THEN 1 ELSE 2 END, is_default DESC, title`, language, language)
	if err != nil {
		return nil, fmt.Errorf("quote: term templates: %w", err)
	}
	defer rows.Close()
	out := []TermTemplate{}
	for rows.Next() {
		t, err := scanTerm(rows)
		if err != nil {
			return nil, fmt.Errorf("quote: term templates: %w", err)
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// SaveTermTemplate creates (empty ID) or changes a template; managers and
// the owner may. A default template stops the others of its kind and
// language from being the default.
func (s *Service) SaveTermTemplate(ctx context.Context, actor auth.Actor, in TermTemplate) (TermTemplate, error) {
	if actor.Role != auth.RoleOwner && actor.Role != auth.RoleManager {
		return TermTemplate{}, apperr.Forbidden("errors.forbidden.managerOnly")
	}
	var v apperr.Validation
	validate.OneOf(&v, "kind", in.Kind, "validation.required", TermPayment, TermDelivery, TermWarranty)
	validate.OneOf(&v, "language", in.Language, "validation.invalidLanguage", LangZh, LangEn)
	in.Title = validate.Text(&v, "title", in.Title, true, 60)
	in.Body = validate.Text(&v, "body", in.Body, true, 2000)
	if err := v.Err(); err != nil {
		return TermTemplate{}, err
	}
	creating := in.ID == ""
	if creating {
		in.ID = store.NewID()
	}
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		return s.saveTermTx(ctx, tx, actor.ID, in, creating)
	})
	if err != nil {
		return TermTemplate{}, err
	}
	return scanTerm(s.db.Read().QueryRowContext(ctx, `SELECT `+termColumns+` FROM quote_term_templates WHERE id = ?`, in.ID))
}

func (s *Service) saveTermTx(ctx context.Context, tx *sql.Tx, actorID string, in TermTemplate, creating bool) error {
	now := s.stamp()
	if in.IsDefault {
		_, err := tx.ExecContext(ctx, `UPDATE quote_term_templates SET is_default = 0, updated_at = ?, version = version + 1
			WHERE kind = ? AND language = ? AND is_default = 1 AND id <> ? AND deleted_at IS NULL`, now, in.Kind, in.Language, in.ID)
		if err != nil {
			return fmt.Errorf("quote: save term template: %w", err)
		}
	}
	action := "create"
	if creating {
		_, err := tx.ExecContext(ctx, `INSERT INTO quote_term_templates(id, kind, language, title, body, is_default,
			created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			in.ID, in.Kind, in.Language, in.Title, in.Body, in.IsDefault, nullable(actorID), now, now)
		if err != nil {
			return fmt.Errorf("quote: insert term template: %w", err)
		}
	} else {
		action = "update"
		res, err := tx.ExecContext(ctx, `UPDATE quote_term_templates SET kind = ?, language = ?, title = ?, body = ?,
			is_default = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NULL`,
			in.Kind, in.Language, in.Title, in.Body, in.IsDefault, now, in.ID, in.Version)
		if err := changedOne(res, err, "termTemplate"); err != nil {
			return err
		}
	}
	return audit.Write(ctx, tx, audit.Entry{At: s.now(), ActorID: actorID, Entity: "termTemplate", EntityID: in.ID, Action: action, After: in})
}

// DeleteTermTemplate removes a template (a tombstone); quotes keep their text.
func (s *Service) DeleteTermTemplate(ctx context.Context, actor auth.Actor, id string, version int) error {
	if actor.Role != auth.RoleOwner && actor.Role != auth.RoleManager {
		return apperr.Forbidden("errors.forbidden.managerOnly")
	}
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		now := s.stamp()
		res, err := tx.ExecContext(ctx, `UPDATE quote_term_templates SET deleted_at = ?, updated_at = ?, version = version + 1
			WHERE id = ? AND version = ? AND deleted_at IS NULL`, now, now, id, version)
		if err := changedOne(res, err, "termTemplate"); err != nil {
			return err
		}
		return audit.Write(ctx, tx, audit.Entry{At: s.now(), ActorID: actor.ID, Entity: "termTemplate", EntityID: id, Action: "delete"})
	})
}

// withDefaultTerms fills q's empty terms from the default templates of its language.
func withDefaultTerms(ctx context.Context, tx *sql.Tx, q Quote) (Quote, error) {
	for kind, term := range map[string]*string{TermPayment: &q.PaymentTerms, TermDelivery: &q.DeliveryTerms, TermWarranty: &q.WarrantyTerms} {
		if *term != "" {
			continue
		}
		err := tx.QueryRowContext(ctx, `SELECT body FROM quote_term_templates WHERE kind = ? AND language = ?
			AND is_default = 1 AND deleted_at IS NULL LIMIT 1`, kind, q.Language).Scan(term)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return q, fmt.Errorf("quote: default terms: %w", err)
		}
	}
	return q, nil
}
