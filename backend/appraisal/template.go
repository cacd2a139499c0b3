package appraisal

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"steady/backend/apperr"
	"steady/backend/audit"
	"steady/backend/auth"
	"steady/backend/store"
)

// Templates lists every template with its metrics; managers and the owner read them.
func (s *Service) Templates(ctx context.Context, actor auth.Actor) ([]Template, error) {
	if err := requireManager(actor); err != nil {
		return nil, err
	}
	return templates(ctx, s.db.Read(), "")
}

// templates reads the templates (one when id is not ""), metrics in order.
func templates(ctx context.Context, q querier, id string) ([]Template, error) {
	rows, err := q.QueryContext(ctx, `SELECT id, name, role, level, grade_a, grade_b, grade_c, version
		FROM kpi_templates WHERE deleted_at IS NULL AND (?1 = '' OR id = ?1) ORDER BY role DESC, level, name`, id)
	if err != nil {
		return nil, fmt.Errorf("appraisal: templates: %w", err)
	}
	out := []Template{}
	for rows.Next() {
		var t Template
		if err := rows.Scan(&t.ID, &t.Name, &t.Role, &t.Level, &t.GradeA, &t.GradeB, &t.GradeC, &t.Version); err != nil {
			rows.Close()
			return nil, fmt.Errorf("appraisal: templates: %w", err)
		}
		out = append(out, t)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("appraisal: templates: %w", err)
	}
	for i := range out {
		if out[i].Metrics, err = metricsOf(ctx, q, out[i].ID); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func metricsOf(ctx context.Context, q querier, templateID string) ([]Metric, error) {
	rows, err := q.QueryContext(ctx, `SELECT id, code, name, weight, rule, cap_bp, target_bp, detail
		FROM kpi_metrics WHERE template_id = ? AND deleted_at IS NULL ORDER BY position`, templateID)
	if err != nil {
		return nil, fmt.Errorf("appraisal: metrics: %w", err)
	}
	defer rows.Close()
	out := []Metric{}
	for rows.Next() {
		var m Metric
		var detail string
		if err := rows.Scan(&m.ID, &m.Code, &m.Name, &m.Weight, &m.Rule, &m.CapBP, &m.TargetBP, &detail); err != nil {
			return nil, fmt.Errorf("appraisal: metrics: %w", err)
		}
		if err := decodeDetail(&m, detail); err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

func decodeDetail(m *Metric, detail string) error {
	var err error
	switch m.Rule {
	case RuleSteps:
		err = json.Unmarshal([]byte(detail), &m.Steps)
	case RuleRubric:
		err = json.Unmarshal([]byte(detail), &m.Rubric)
	}
	if err != nil {
		return fmt.Errorf("appraisal: metric %s detail: %w", m.ID, err)
	}
	return nil
}

func encodeDetail(m Metric) string {
	var v any = []any{}
	switch m.Rule {
	case RuleSteps:
		v = m.Steps
	case RuleRubric:
		v = m.Rubric
	}
	b, _ := json.Marshal(v) // slices of plain values
	return string(b)
}

// SaveTemplate creates a template (ID "") or replaces one's name, grades and
// metrics (Version names the version read). Only the owner edits templates.
func (s *Service) SaveTemplate(ctx context.Context, actor auth.Actor, in Template) (Template, error) {
	if err := requireOwner(actor); err != nil {
		return Template{}, err
	}
	in = cleanTemplate(in)
	if err := validateTemplate(in); err != nil {
		return Template{}, err
	}
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		if err := uniqueRoleLevel(ctx, tx, in); err != nil {
			return err
		}
		before, err := s.writeTemplate(ctx, tx, actor, &in)
		if err != nil {
			return err
		}
		return audit.Write(ctx, tx, audit.Entry{At: s.now(), ActorID: actor.ID, Entity: "kpi_template",
			EntityID: in.ID, Action: action(before), Before: before, After: in})
	})
	if err != nil {
		return Template{}, err
	}
	saved, err := templates(ctx, s.db.Read(), in.ID)
	if err != nil || len(saved) == 0 {
		return Template{}, errors.Join(err, apperr.NotFound("template"))
	}
	return saved[0], nil
}

func action(before *Template) string {
	if before == nil {
		return "create"
	}
	return "update"
}

// writeTemplate inserts or updates the template row and replaces its
// metrics; it returns the template as it was (nil for a new one).
func (s *Service) writeTemplate(ctx context.Context, tx *sql.Tx, actor auth.Actor, in *Template) (*Template, error) {
	now := s.stamp()
	var before *Template
	if in.ID == "" {
		in.ID = store.NewID()
		_, err := tx.ExecContext(ctx, `INSERT INTO kpi_templates(id, name, role, level, grade_a, grade_b, grade_c,
			created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			in.ID, in.Name, in.Role, in.Level, in.GradeA, in.GradeB, in.GradeC, actor.ID, now, now)
		if err != nil {
			return nil, fmt.Errorf("appraisal: create template: %w", err)
		}
	} else {
		old, err := templates(ctx, tx, in.ID)
		if err != nil {
			return nil, err
		}
		if len(old) == 0 {
			return nil, apperr.NotFound("template")
		}
		before = &old[0]
		res, err := tx.ExecContext(ctx, `UPDATE kpi_templates SET name = ?, role = ?, level = ?, grade_a = ?, grade_b = ?,
			grade_c = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NULL`,
			in.Name, in.Role, in.Level, in.GradeA, in.GradeB, in.GradeC, now, in.ID, in.Version)
		if err := oneRow(res, err, "template"); err != nil {
			return nil, err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE kpi_metrics SET deleted_at = ?, updated_at = ?, version = version + 1
			WHERE template_id = ? AND deleted_at IS NULL`, now, now, in.ID); err != nil {
			return nil, fmt.Errorf("appraisal: replace metrics: %w", err)
		}
	}
	return before, insertMetrics(ctx, tx, in, now)
}

func insertMetrics(ctx context.Context, tx *sql.Tx, in *Template, now string) error {
	for i := range in.Metrics {
		m := &in.Metrics[i]
		m.ID = store.NewID()
		_, err := tx.ExecContext(ctx, `INSERT INTO kpi_metrics(id, template_id, position, code, name, weight, rule, cap_bp,
			target_bp, detail, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			m.ID, in.ID, i, m.Code, m.Name, m.Weight, m.Rule, m.CapBP, m.TargetBP, encodeDetail(*m), now, now)
		if err != nil {
			return fmt.Errorf("appraisal: insert metric: %w", err)
		}
	}
	return nil
}

// oneRow turns an update that touched no row into a conflict.
func oneRow(res sql.Result, err error, entity string) error {
	if err != nil {
		return fmt.Errorf("appraisal: update %s: %w", entity, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("appraisal: update %s: %w", entity, err)
	}
	if n == 0 {
		return apperr.Conflict(entity)
	}
	return nil
}

func uniqueRoleLevel(ctx context.Context, tx *sql.Tx, in Template) error {
	var n int
	err := tx.QueryRowContext(ctx, `SELECT count(*) FROM kpi_templates WHERE role = ? AND level = ? AND id <> ?
		AND deleted_at IS NULL`, in.Role, in.Level, in.ID).Scan(&n)
	if err != nil {
		return fmt.Errorf("appraisal: template key: %w", err)
	}
	if n > 0 {
		return apperr.Field("level", "validation.templateExists", nil)
	}
	return nil
}

// DeleteTemplate removes a template; appraisals made with it keep what they computed.
func (s *Service) DeleteTemplate(ctx context.Context, actor auth.Actor, id string, version int) error {
	if err := requireOwner(actor); err != nil {
		return err
	}
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		now := s.stamp()
		res, err := tx.ExecContext(ctx, `UPDATE kpi_templates SET deleted_at = ?, updated_at = ?, version = version + 1
			WHERE id = ? AND version = ? AND deleted_at IS NULL`, now, now, id, version)
		if err := oneRow(res, err, "template"); err != nil {
			return err
		}
		return audit.Write(ctx, tx, audit.Entry{At: s.now(), ActorID: actor.ID, Entity: "kpi_template",
			EntityID: id, Action: "delete"})
	})
}
