package appraisal

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/store"
)

const appraisalColumns = `a.id, a.user_id, u.name, u.login, u.level, u.hire_date, coalesce(u.manager_id, ''), a.month, a.template_id,
	coalesce(t.name, ''), a.status, a.result, a.total, a.grade, a.computed_at, a.manual_scores, a.self_assessment,
	a.manager_comment, coalesce(r.name, ''), coalesce(f.name, ''), a.finalised_at, a.version`

const appraisalFrom = ` FROM appraisals a JOIN users u ON u.id = a.user_id
	LEFT JOIN kpi_templates t ON t.id = a.template_id
	LEFT JOIN users r ON r.id = a.reviewer_id LEFT JOIN users f ON f.id = a.finalised_by
	WHERE a.deleted_at IS NULL`

func scanAppraisal(row interface{ Scan(...any) error }) (Appraisal, error) {
	var a Appraisal
	var result, manual, computed string
	var finalised sql.NullString
	var total sql.NullInt64
	err := row.Scan(&a.ID, &a.UserID, &a.UserName, &a.Login, &a.Level, &a.HireDate, &a.ManagerID, &a.Month, &a.TemplateID,
		&a.TemplateName, &a.Status, &result, &total, &a.Grade, &computed, &manual, &a.SelfAssessment,
		&a.ManagerComment, &a.ReviewerName, &a.FinalisedBy, &finalised, &a.Version)
	if err != nil {
		return a, err
	}
	if total.Valid {
		v := int(total.Int64)
		a.Total = &v
	}
	var st stored
	if err := json.Unmarshal([]byte(result), &st); err != nil {
		return a, fmt.Errorf("appraisal: %s result: %w", a.ID, err)
	}
	a.Results, a.Proration, a.grades = st.Results, st.Proration, st.Grades
	if err := json.Unmarshal([]byte(manual), &a.ManualScores); err != nil {
		return a, fmt.Errorf("appraisal: %s scores: %w", a.ID, err)
	}
	if a.ComputedAt, err = store.ParseTime(computed); err != nil {
		return a, fmt.Errorf("appraisal: %s computed at: %w", a.ID, err)
	}
	if finalised.Valid {
		t, err := store.ParseTime(finalised.String)
		if err != nil {
			return a, fmt.Errorf("appraisal: %s finalised at: %w", a.ID, err)
		}
		a.FinalisedAt = &t
	}
	return a, nil
}

// appraisalRow reads the appraisal of userID in month; sql.ErrNoRows when there is none.
func appraisalRow(ctx context.Context, q querier, userID, month string) (Appraisal, error) {
	return scanAppraisal(q.QueryRowContext(ctx, `SELECT `+appraisalColumns+appraisalFrom+
		` AND a.user_id = ? AND a.month = ?`, userID, month))
}

// appraisalByID reads one appraisal; not found as a typed error.
func appraisalByID(ctx context.Context, q querier, id string) (Appraisal, error) {
	a, err := scanAppraisal(q.QueryRowContext(ctx, `SELECT `+appraisalColumns+appraisalFrom+` AND a.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return a, apperr.NotFound("appraisal")
	}
	if err != nil {
		return a, fmt.Errorf("appraisal: read %s: %w", id, err)
	}
	return a, nil
}

// Appraisals lists month's appraisals the actor may see, by name.
func (s *Service) Appraisals(ctx context.Context, actor auth.Actor, monthKey string) ([]Appraisal, error) {
	m, err := s.Month(ctx, monthKey)
	if err != nil {
		return nil, err
	}
	cond, args := visibleScope(actor)
	rows, err := s.db.Read().QueryContext(ctx, `SELECT `+appraisalColumns+appraisalFrom+` AND a.month = ? AND `+cond+
		` ORDER BY u.name, u.id`, append([]any{m.Key}, args...)...)
	if err != nil {
		return nil, fmt.Errorf("appraisal: list: %w", err)
	}
	defer rows.Close()
	out := []Appraisal{}
	for rows.Next() {
		a, err := scanAppraisal(rows)
		if err != nil {
			return nil, fmt.Errorf("appraisal: list: %w", err)
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// visibleScope keeps the appraisals the actor may read: those of people they
// manage, and their own once it is out of draft.
func visibleScope(actor auth.Actor) (string, []any) {
	own := "(a.user_id = ? AND a.status <> 'draft')"
	if actor.IsOwner() {
		return "1 = 1", nil
	}
	if actor.Role == auth.RoleManager {
		return "(u.manager_id = ? OR " + own + ")", []any{actor.ID, actor.ID}
	}
	return own, []any{actor.ID}
}

// Appraisal returns one appraisal the actor may see; a final one carries
// what the data would give today where it differs.
func (s *Service) Appraisal(ctx context.Context, actor auth.Actor, id string) (Appraisal, error) {
	a, err := s.visible(ctx, s.db.Read(), actor, id)
	if err != nil {
		return a, err
	}
	if a.Status == StatusFinal {
		if a.Drift, err = s.drift(ctx, a); err != nil {
			return a, err
		}
	}
	return a, nil
}

// visible reads an appraisal and refuses it to those who may not see it.
func (s *Service) visible(ctx context.Context, q querier, actor auth.Actor, id string) (Appraisal, error) {
	a, err := appraisalByID(ctx, q, id)
	if err != nil {
		return a, err
	}
	p, err := personByID(ctx, q, a.UserID)
	if err != nil {
		return a, err
	}
	if !mayRead(actor, p, a.Status) {
		return Appraisal{}, apperr.Forbidden("errors.forbidden.notYourTeam")
	}
	return a, nil
}
