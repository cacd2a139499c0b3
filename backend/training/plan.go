package training

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

// Plan is an ordered set of courses for a level, each due some days after
// the plan starts for a rep. AutoAssign plans are given to every new rep of
// the plan's level.
type Plan struct {
	ID          string     `json:"id"`
	Name        string     `json:"name"`
	Level       string     `json:"level"`
	AutoAssign  bool       `json:"autoAssign"`
	Description string     `json:"description"`
	Items       []PlanItem `json:"items"`
	Version     int        `json:"version"`
	CreatedAt   string     `json:"createdAt"`
	UpdatedAt   string     `json:"updatedAt"`
}

// PlanItem is one course of a plan.
type PlanItem struct {
	CourseID    string `json:"courseId"`
	CourseTitle string `json:"courseTitle"`
	CourseKind  string `json:"courseKind"`
	Minutes     int    `json:"minutes"`
	DueDays     int    `json:"dueDays"`
}

// PlanInput is what the plan form sends; Items are in the plan's order.
type PlanInput struct {
	ID          string          `json:"id"`
	Name        string          `json:"name"`
	Level       string          `json:"level"`
	AutoAssign  bool            `json:"autoAssign"`
	Description string          `json:"description"`
	Items       []PlanItemInput `json:"items"`
	Version     int             `json:"version"`
}

// PlanItemInput is one course of a plan and its due offset in days.
type PlanItemInput struct {
	CourseID string `json:"courseId"`
	DueDays  int    `json:"dueDays"`
}

const planColumns = `id, name, level, auto_assign, description, version, created_at, updated_at`

func scanPlan(s scanner) (Plan, error) {
	var p Plan
	err := s.Scan(&p.ID, &p.Name, &p.Level, &p.AutoAssign, &p.Description, &p.Version, &p.CreatedAt, &p.UpdatedAt)
	return p, err
}

func planByID(ctx context.Context, q querier, id string) (Plan, error) {
	p, err := scanPlan(q.QueryRowContext(ctx, `SELECT `+planColumns+` FROM training_plans
		WHERE id = ? AND deleted_at IS NULL`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return Plan{}, apperr.NotFound("trainingPlan")
	}
	if err != nil {
		return Plan{}, fmt.Errorf("training: plan %s: %w", id, err)
	}
	p.Items, err = planItems(ctx, q, id)
	return p, err
}

// planItems lists a plan's live courses in order.
func planItems(ctx context.Context, q querier, planID string) ([]PlanItem, error) {
	rows, err := q.QueryContext(ctx, `SELECT i.course_id, c.title, c.kind, c.minutes, i.due_days
		FROM training_plan_items i JOIN training_courses c ON c.id = i.course_id AND c.deleted_at IS NULL
		WHERE i.plan_id = ? AND i.deleted_at IS NULL ORDER BY i.position`, planID)
	if err != nil {
		return nil, fmt.Errorf("training: plan items: %w", err)
	}
	defer rows.Close()
	items := []PlanItem{}
	for rows.Next() {
		var it PlanItem
		if err := rows.Scan(&it.CourseID, &it.CourseTitle, &it.CourseKind, &it.Minutes, &it.DueDays); err != nil {
			return nil, fmt.Errorf("training: plan items: %w", err)
		}
		items = append(items, it)
	}
	return items, rows.Err()
}

// Plan returns one plan with its courses.
func (s *Service) Plan(ctx context.Context, actor auth.Actor, id string) (Plan, error) {
	return planByID(ctx, s.db.Read(), id)
}

// Plans lists the plans, optionally of one level.
func (s *Service) Plans(ctx context.Context, actor auth.Actor, level string) ([]Plan, error) {
	rows, err := s.db.Read().QueryContext(ctx, `SELECT id FROM training_plans WHERE deleted_at IS NULL
		AND (? = '' OR level = ?)
		ORDER BY CASE level WHEN 'new_hire' THEN 0 WHEN 'junior' THEN 1 ELSE 2 END, name, id`, level, level)
	if err != nil {
		return nil, fmt.Errorf("training: plans: %w", err)
	}
	ids, err := collectIDs(rows)
	if err != nil {
		return nil, fmt.Errorf("training: plans: %w", err)
	}
	plans := make([]Plan, 0, len(ids))
	for _, id := range ids {
		p, err := planByID(ctx, s.db.Read(), id)
		if err != nil {
			return nil, err
		}
		plans = append(plans, p)
	}
	return plans, nil
}

// CreatePlan adds a plan; managers and the owner may.
func (s *Service) CreatePlan(ctx context.Context, actor auth.Actor, in PlanInput) (Plan, error) {
	if err := requireCoach(actor); err != nil {
		return Plan{}, err
	}
	in, err := cleanPlan(in)
	if err != nil {
		return Plan{}, err
	}
	in.ID = store.NewID()
	err = s.db.Tx(ctx, func(tx *sql.Tx) error {
		now := s.stamp()
		_, err := tx.ExecContext(ctx, `INSERT INTO training_plans(id, name, level, auto_assign, description,
			created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
			in.ID, in.Name, in.Level, in.AutoAssign, in.Description, actor.ID, now, now)
		if err != nil {
			return fmt.Errorf("training: insert plan: %w", err)
		}
		if err := s.insertPlanItems(ctx, tx, actor.ID, in); err != nil {
			return err
		}
		return audit.Write(ctx, tx, audit.Entry{At: s.now(), ActorID: actor.ID, Entity: "trainingPlan", EntityID: in.ID, Action: "create", After: in})
	})
	if err != nil {
		return Plan{}, err
	}
	return s.Plan(ctx, actor, in.ID)
}

// UpdatePlan changes a plan and replaces its courses. in.Version must be the
// version the caller read, or nothing changes and a conflict is returned.
// Reps already given the plan keep their required courses.
func (s *Service) UpdatePlan(ctx context.Context, actor auth.Actor, in PlanInput) (Plan, error) {
	if err := requireCoach(actor); err != nil {
		return Plan{}, err
	}
	in, err := cleanPlan(in)
	if err != nil {
		return Plan{}, err
	}
	err = s.db.Tx(ctx, func(tx *sql.Tx) error {
		before, err := planByID(ctx, tx, in.ID)
		if err != nil {
			return err
		}
		now := s.stamp()
		res, err := tx.ExecContext(ctx, `UPDATE training_plans SET name = ?, level = ?, auto_assign = ?, description = ?,
			updated_at = ?, version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NULL`,
			in.Name, in.Level, in.AutoAssign, in.Description, now, in.ID, in.Version)
		if err := changedOne(res, err, "trainingPlan"); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE training_plan_items SET deleted_at = ?, updated_at = ?,
			version = version + 1 WHERE plan_id = ? AND deleted_at IS NULL`, now, now, in.ID); err != nil {
			return fmt.Errorf("training: replace plan items: %w", err)
		}
		if err := s.insertPlanItems(ctx, tx, actor.ID, in); err != nil {
			return err
		}
		return audit.Write(ctx, tx, audit.Entry{At: s.now(), ActorID: actor.ID, Entity: "trainingPlan", EntityID: in.ID, Action: "update", Before: before, After: in})
	})
	if err != nil {
		return Plan{}, err
	}
	return s.Plan(ctx, actor, in.ID)
}

// DeletePlan removes a plan; reps keep the courses it gave them.
func (s *Service) DeletePlan(ctx context.Context, actor auth.Actor, id string, version int) error {
	if err := requireCoach(actor); err != nil {
		return err
	}
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		before, err := planByID(ctx, tx, id)
		if err != nil {
			return err
		}
		return s.softDelete(ctx, tx, actor, "training_plans", "trainingPlan", id, version, before)
	})
}

func (s *Service) insertPlanItems(ctx context.Context, tx *sql.Tx, actorID string, in PlanInput) error {
	now := s.stamp()
	for i, it := range in.Items {
		if _, err := courseByID(ctx, tx, it.CourseID); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO training_plan_items(id, plan_id, course_id, position, due_days,
			created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
			store.NewID(), in.ID, it.CourseID, i, it.DueDays, actorID, now, now)
		if err != nil {
			return fmt.Errorf("training: insert plan item: %w", err)
		}
	}
	return nil
}

func cleanPlan(in PlanInput) (PlanInput, error) {
	var v apperr.Validation
	in.Name = validate.Text(&v, "name", in.Name, true, maxTitle)
	in.Level = level(&v, "level", in.Level)
	in.Description = validate.Text(&v, "description", in.Description, false, maxText)
	if len(in.Items) > maxPlanCourses {
		v.Add("items", codeRange, map[string]any{"min": 0, "max": maxPlanCourses})
	}
	seen := map[string]bool{}
	for i := range in.Items {
		it := &in.Items[i]
		field := fmt.Sprintf("items.%d.", i)
		it.CourseID = requiredID(&v, field+"courseId", it.CourseID)
		if it.CourseID != "" && seen[it.CourseID] {
			v.Add(field+"courseId", codeDup, nil)
		}
		seen[it.CourseID] = true
		inRange(&v, field+"dueDays", it.DueDays, 0, maxDueDays)
	}
	return in, v.Err()
}

// collectIDs reads a one-column result of ids and closes rows.
func collectIDs(rows *sql.Rows) ([]string, error) {
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}
