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
)

// AssignPlanInput gives a plan to reps. Due days count from each rep's hire
// date when FromHireDate is set (and the rep has one), else from today.
type AssignPlanInput struct {
	PlanID       string   `json:"planId"`
	UserIDs      []string `json:"userIds"`
	FromHireDate bool     `json:"fromHireDate"`
}

// AssignResult counts the required courses created, and those skipped
// because the rep was already required to take the course.
type AssignResult struct {
	Created int `json:"created"`
	Skipped int `json:"skipped"`
}

// AssignCourseInput requires one course of one rep by a given day.
type AssignCourseInput struct {
	UserID   string `json:"userId"`
	CourseID string `json:"courseId"`
	DueOn    string `json:"dueOn"`
}

// AssignPlan gives a plan to reps, all in one transaction.
func (s *Service) AssignPlan(ctx context.Context, actor auth.Actor, in AssignPlanInput) (AssignResult, error) {
	if err := requireCoach(actor); err != nil {
		return AssignResult{}, err
	}
	if len(in.UserIDs) == 0 {
		return AssignResult{}, apperr.Field("userIds", "validation.required", nil)
	}
	var sum AssignResult
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		plan, err := planByID(ctx, tx, in.PlanID)
		if err != nil {
			return err
		}
		for _, id := range in.UserIDs {
			p, err := recordUser(ctx, tx, actor, id)
			if err != nil {
				return err
			}
			res, err := s.givePlanTx(ctx, tx, actor.ID, plan, p, s.planStart(ctx, p, in.FromHireDate))
			if err != nil {
				return err
			}
			sum.Created, sum.Skipped = sum.Created+res.Created, sum.Skipped+res.Skipped
		}
		return nil
	})
	return sum, err
}

// AssignDefaultPlans gives a rep the automatic plans of their level, with due
// days counted from their hire date (or today when it is unknown). The app
// calls it after adding a rep or changing their level; courses the rep
// already has are skipped, so calling it twice changes nothing.
func (s *Service) AssignDefaultPlans(ctx context.Context, actor auth.Actor, userID string) (AssignResult, error) {
	if err := requireCoach(actor); err != nil {
		return AssignResult{}, err
	}
	var res AssignResult
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		if _, err := seeUser(ctx, tx, actor, userID); err != nil {
			return err
		}
		var err error
		res, err = s.AssignDefaultPlansTx(ctx, tx, actor.ID, userID)
		return err
	})
	return res, err
}

// AssignDefaultPlansTx is AssignDefaultPlans inside the caller's transaction
// (the one that adds the user), for a caller that has already checked who
// may act. Users who are not reps get nothing.
func (s *Service) AssignDefaultPlansTx(ctx context.Context, tx *sql.Tx, actorID, userID string) (AssignResult, error) {
	p, err := personByID(ctx, tx, userID)
	if err != nil || p.Role != auth.RoleRep {
		return AssignResult{}, err
	}
	rows, err := tx.QueryContext(ctx, `SELECT id FROM training_plans WHERE level = ? AND auto_assign = 1
		AND deleted_at IS NULL ORDER BY created_at, id`, p.Level)
	if err != nil {
		return AssignResult{}, fmt.Errorf("training: default plans: %w", err)
	}
	ids, err := collectIDs(rows)
	if err != nil {
		return AssignResult{}, fmt.Errorf("training: default plans: %w", err)
	}
	var sum AssignResult
	for _, id := range ids {
		plan, err := planByID(ctx, tx, id)
		if err != nil {
			return AssignResult{}, err
		}
		res, err := s.givePlanTx(ctx, tx, actorID, plan, p, s.planStart(ctx, p, true))
		if err != nil {
			return AssignResult{}, err
		}
		sum.Created, sum.Skipped = sum.Created+res.Created, sum.Skipped+res.Skipped
	}
	return sum, nil
}

// planStart is the day a plan's due offsets count from.
func (s *Service) planStart(ctx context.Context, p person, fromHireDate bool) string {
	if fromHireDate && p.HireDate != "" {
		return p.HireDate
	}
	return s.today(ctx)
}

func (s *Service) givePlanTx(ctx context.Context, tx *sql.Tx, actorID string, plan Plan, p person, start string) (AssignResult, error) {
	var res AssignResult
	for _, it := range plan.Items {
		created, err := s.requireTx(ctx, tx, actorID, p.ID, it.CourseID, plan.ID, addDays(start, it.DueDays))
		if err != nil {
			return AssignResult{}, err
		}
		if created {
			res.Created++
		} else {
			res.Skipped++
		}
	}
	return res, nil
}

// AssignCourse requires one course of one rep.
func (s *Service) AssignCourse(ctx context.Context, actor auth.Actor, in AssignCourseInput) (Requirement, error) {
	var v apperr.Validation
	in.UserID = requiredID(&v, "userId", in.UserID)
	in.CourseID = requiredID(&v, "courseId", in.CourseID)
	in.DueOn = requiredDate(&v, "dueOn", in.DueOn)
	if err := v.Err(); err != nil {
		return Requirement{}, err
	}
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		if _, err := recordUser(ctx, tx, actor, in.UserID); err != nil {
			return err
		}
		if _, err := courseByID(ctx, tx, in.CourseID); err != nil {
			return err
		}
		created, err := s.requireTx(ctx, tx, actor.ID, in.UserID, in.CourseID, "", in.DueOn)
		if err == nil && !created {
			return apperr.Field("courseId", codeDup, nil)
		}
		return err
	})
	if err != nil {
		return Requirement{}, err
	}
	list, err := s.requirements(ctx, s.db.Read(), "a.user_id = ? AND a.course_id = ?", []any{in.UserID, in.CourseID}, s.today(ctx))
	if err != nil {
		return Requirement{}, err
	}
	if len(list) == 0 {
		return Requirement{}, apperr.NotFound("trainingAssignment")
	}
	return list[0], nil
}

// requireTx makes courseID required of userID unless it already is; it says
// whether it created the requirement.
func (s *Service) requireTx(ctx context.Context, tx *sql.Tx, actorID, userID, courseID, planID, dueOn string) (bool, error) {
	var n int
	err := tx.QueryRowContext(ctx, `SELECT count(*) FROM training_assignments
		WHERE user_id = ? AND course_id = ? AND deleted_at IS NULL`, userID, courseID).Scan(&n)
	if err != nil || n > 0 {
		return false, err
	}
	id, now := store.NewID(), s.stamp()
	_, err = tx.ExecContext(ctx, `INSERT INTO training_assignments(id, user_id, course_id, plan_id, due_on,
		created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
		id, userID, courseID, nullable(planID), dueOn, actorID, now, now)
	if err != nil {
		return false, fmt.Errorf("training: insert assignment: %w", err)
	}
	after := map[string]string{"userId": userID, "courseId": courseID, "planId": planID, "dueOn": dueOn}
	if err := audit.Write(ctx, tx, audit.Entry{At: s.now(), ActorID: actorID, Entity: "trainingAssignment", EntityID: id, Action: "create", After: after}); err != nil {
		return false, err
	}
	return true, s.refreshCompletion(ctx, tx, actorID, userID, courseID)
}

// RemoveRequirement takes a required course off a rep's list.
func (s *Service) RemoveRequirement(ctx context.Context, actor auth.Actor, id string, version int) error {
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		list, err := s.requirements(ctx, tx, "a.id = ?", []any{id}, s.today(ctx))
		if err != nil {
			return err
		}
		if len(list) == 0 {
			return apperr.NotFound("trainingAssignment")
		}
		if _, err := recordUser(ctx, tx, actor, list[0].UserID); err != nil {
			return err
		}
		return s.softDelete(ctx, tx, actor, "training_assignments", "trainingAssignment", id, version, list[0])
	})
}

// refreshCompletion records when userID completed courseID: the first day of
// a session they attended (present or late) and, when the course requires
// an assessment, passed. A later correction (absent after all, a failing
// score) clears or moves it.
func (s *Service) refreshCompletion(ctx context.Context, tx *sql.Tx, actorID, userID, courseID string) error {
	var first, current sql.NullString
	var id string
	err := tx.QueryRowContext(ctx, `SELECT a.id, a.completed_on, (
			SELECT min(ss.held_on) FROM training_attendance t
			JOIN training_sessions ss ON ss.id = t.session_id AND ss.deleted_at IS NULL
			JOIN training_courses c ON c.id = ss.course_id
			WHERE t.user_id = a.user_id AND ss.course_id = a.course_id AND t.deleted_at IS NULL
			AND t.status IN ('present', 'late') AND (c.assessment_required = 0 OR t.passed = 1))
		FROM training_assignments a WHERE a.user_id = ? AND a.course_id = ? AND a.deleted_at IS NULL`,
		userID, courseID).Scan(&id, &current, &first)
	if errors.Is(err, sql.ErrNoRows) || (err == nil && current == first) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("training: completion: %w", err)
	}
	var at any
	if first.Valid {
		at = s.stamp()
	}
	_, err = tx.ExecContext(ctx, `UPDATE training_assignments SET completed_on = ?, completed_at = ?,
		updated_at = ?, version = version + 1 WHERE id = ?`, first, at, s.stamp(), id)
	if err != nil {
		return fmt.Errorf("training: completion: %w", err)
	}
	action := "complete"
	if !first.Valid {
		action = "reopen"
	}
	return audit.Write(ctx, tx, audit.Entry{At: s.now(), ActorID: actorID, Entity: "trainingAssignment", EntityID: id,
		Action: action, Before: map[string]any{"completedOn": current.String}, After: map[string]any{"completedOn": first.String}})
}
