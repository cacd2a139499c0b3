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

// Generated says what a generate run did.
type Generated struct {
	Month      string   `json:"month"`
	Computed   int      `json:"computed"`   // appraisals created or recomputed
	Final      int      `json:"final"`      // finalised ones left as they were
	NoTemplate []string `json:"noTemplate"` // people with no template for their role and level
}

// Generate computes the month's appraisal of everyone the actor manages from
// the data: new ones start as drafts, those in draft or review are
// recomputed (keeping scores, comments and self-assessments), final ones are
// never touched. Running it again changes nothing the data did not change.
func (s *Service) Generate(ctx context.Context, actor auth.Actor, monthKey string) (Generated, error) {
	if err := requireManager(actor); err != nil {
		return Generated{}, err
	}
	m, err := s.Month(ctx, monthKey)
	if err != nil {
		return Generated{}, err
	}
	if m.Start.After(s.now()) {
		return Generated{}, apperr.Field("month", "validation.monthAhead", nil)
	}
	people, err := appraisable(ctx, s.db.Read(), actor, m)
	if err != nil {
		return Generated{}, err
	}
	plan, err := s.plan(ctx, m, people)
	if err != nil {
		return Generated{}, err
	}
	out := Generated{Month: m.Key, NoTemplate: plan.noTemplate}
	err = s.db.Tx(ctx, func(tx *sql.Tx) error {
		for _, p := range plan.people {
			final, err := s.store(ctx, tx, actor, m, p, plan)
			if err != nil {
				return err
			}
			if final {
				out.Final++
			} else {
				out.Computed++
			}
		}
		return nil
	})
	return out, err
}

// generation is what a run reads before it writes.
type generation struct {
	people     []person
	templates  map[string]Template // by person id
	figures    map[string]Figures
	targets    map[string]map[string]TargetCell
	noTemplate []string
}

func (s *Service) plan(ctx context.Context, m Month, people []person) (generation, error) {
	all, err := templates(ctx, s.db.Read(), "")
	if err != nil {
		return generation{}, err
	}
	g := generation{templates: map[string]Template{}}
	var ids []string
	for _, p := range people {
		t, ok := templateFor(all, p)
		if !ok {
			g.noTemplate = append(g.noTemplate, p.Name)
			continue
		}
		g.people = append(g.people, p)
		g.templates[p.ID] = t
		ids = append(ids, p.ID)
	}
	if g.figures, err = s.source(ctx, m, ids); err != nil {
		return generation{}, err
	}
	if g.targets, err = targetCells(ctx, s.db.Read(), m.Key); err != nil {
		return generation{}, err
	}
	return g, nil
}

// templateFor is the template of p's role and level, else of their role for any level.
func templateFor(all []Template, p person) (Template, bool) {
	var fallback *Template
	for i, t := range all {
		if t.Role != p.Role {
			continue
		}
		if t.Level == p.Level {
			return t, true
		}
		if t.Level == "" {
			fallback = &all[i]
		}
	}
	if fallback != nil {
		return *fallback, true
	}
	return Template{}, false
}

// store writes p's computed appraisal; it reports true when p's month is
// final and was left alone.
func (s *Service) store(ctx context.Context, tx *sql.Tx, actor auth.Actor, m Month, p person, g generation) (bool, error) {
	existing, err := appraisalRow(ctx, tx, p.ID, m.Key)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return false, err
	}
	found := err == nil
	if found && existing.Status == StatusFinal {
		return true, nil
	}
	in := inputs{template: g.templates[p.ID], figures: g.figures[p.ID], targets: values(g.targets[p.ID]),
		proration: proration(m, p.HireDate), manual: existing.ManualScores}
	results, total, grade := compute(in)
	t := in.template
	result, err := json.Marshal(stored{Results: results, Proration: in.proration, Grades: [3]int{t.GradeA, t.GradeB, t.GradeC}})
	if err != nil {
		return false, fmt.Errorf("appraisal: encode result: %w", err)
	}
	now := s.stamp()
	if found {
		_, err = tx.ExecContext(ctx, `UPDATE appraisals SET template_id = ?, result = ?, total = ?, grade = ?, computed_at = ?,
			updated_at = ?, version = version + 1 WHERE id = ?`, in.template.ID, string(result), total, grade, now, now, existing.ID)
		if err != nil {
			return false, fmt.Errorf("appraisal: recompute: %w", err)
		}
		return false, nil
	}
	id := store.NewID()
	_, err = tx.ExecContext(ctx, `INSERT INTO appraisals(id, user_id, month, template_id, status, result, total, grade,
		computed_at, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, 'draft', ?, ?, ?, ?, ?, ?, ?)`,
		id, p.ID, m.Key, in.template.ID, string(result), total, grade, now, actor.ID, now, now)
	if err != nil {
		return false, fmt.Errorf("appraisal: create: %w", err)
	}
	return false, audit.Write(ctx, tx, audit.Entry{At: s.now(), ActorID: actor.ID, Entity: "appraisal", EntityID: id,
		Action: "generate", After: map[string]any{"user": p.ID, "month": m.Key, "total": total, "grade": grade}})
}

func values(cells map[string]TargetCell) map[string]int64 {
	out := make(map[string]int64, len(cells))
	for code, c := range cells {
		out[code] = c.Value
	}
	return out
}
