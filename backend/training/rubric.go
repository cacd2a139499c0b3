package training

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"steady/backend/apperr"
	"steady/backend/audit"
	"steady/backend/auth"
	"steady/backend/store"
	"steady/backend/validate"
)

const maxCriterionName = 40

func isStandardCriterion(key string) bool {
	for _, c := range DefaultCriteria() {
		if c.Key == key {
			return true
		}
	}
	return false
}

func cleanRoleplay(in RoleplayInput) (RoleplayInput, error) {
	var v apperr.Validation
	in.RepID = requiredID(&v, "repId", in.RepID)
	in.EvaluatorID = requiredID(&v, "evaluatorId", in.EvaluatorID)
	in.HeldOn = requiredDate(&v, "heldOn", in.HeldOn)
	in.Scenario = validate.Text(&v, "scenario", in.Scenario, true, maxTitle*2)
	in.Feedback = validate.Text(&v, "feedback", in.Feedback, false, maxText)
	switch {
	case len(in.Criteria) == 0:
		v.Add("criteria", "validation.required", nil)
	case len(in.Criteria) > maxCriteria:
		v.Add("criteria", codeRange, map[string]any{"min": 1, "max": maxCriteria})
	}
	for i := range in.Criteria {
		cleanCriterion(&v, fmt.Sprintf("criteria.%d.", i), &in.Criteria[i])
	}
	for i := range in.Actions {
		a := &in.Actions[i]
		field := fmt.Sprintf("actions.%d.", i)
		a.ID = strings.TrimSpace(a.ID)
		a.Title = validate.Text(&v, field+"title", a.Title, true, maxTitle*2)
		a.DueOn = requiredDate(&v, field+"dueOn", a.DueOn)
	}
	return in, v.Err()
}

func cleanCriterion(v *apperr.Validation, field string, c *Criterion) {
	c.Key = strings.TrimSpace(c.Key)
	if c.Key != "" && !isStandardCriterion(c.Key) {
		v.Add(field+"key", codeChoice, nil)
	}
	c.Name = validate.Text(v, field+"name", c.Name, c.Key == "", maxCriterionName)
	inRange(v, field+"maxScore", c.MaxScore, 1, maxCriterion)
	if c.MaxScore >= 1 {
		inRange(v, field+"score", c.Score, 0, c.MaxScore)
	}
}

// saveRubricAndActions replaces a role-play's rubric and brings its tasks in
// line with the actions sent.
func (s *Service) saveRubricAndActions(ctx context.Context, tx *sql.Tx, actor auth.Actor, in RoleplayInput) error {
	now := s.stamp()
	if _, err := tx.ExecContext(ctx, `UPDATE roleplay_criteria SET deleted_at = ?, updated_at = ?, version = version + 1
		WHERE roleplay_id = ? AND deleted_at IS NULL`, now, now, in.ID); err != nil {
		return fmt.Errorf("training: replace rubric: %w", err)
	}
	for i, c := range in.Criteria {
		_, err := tx.ExecContext(ctx, `INSERT INTO roleplay_criteria(id, roleplay_id, position, key, name, score,
			max_score, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			store.NewID(), in.ID, i, c.Key, c.Name, c.Score, c.MaxScore, actor.ID, now, now)
		if err != nil {
			return fmt.Errorf("training: insert criterion: %w", err)
		}
	}
	return s.saveActions(ctx, tx, actor, in)
}

func (s *Service) saveActions(ctx context.Context, tx *sql.Tx, actor auth.Actor, in RoleplayInput) error {
	existing, err := s.tasks(ctx, tx, "k.roleplay_id = ?", []any{in.ID})
	if err != nil {
		return err
	}
	byID := map[string]Task{}
	for _, t := range existing {
		byID[t.ID] = t
	}
	kept := map[string]bool{}
	for _, a := range in.Actions {
		if a.ID == "" {
			if err := s.insertTask(ctx, tx, actor.ID, in.RepID, in.ID, a); err != nil {
				return err
			}
			continue
		}
		t, ok := byID[a.ID]
		if !ok {
			return apperr.NotFound("trainingTask")
		}
		kept[a.ID] = true
		if err := s.changeTask(ctx, tx, actor.ID, t, in.RepID, a); err != nil {
			return err
		}
	}
	for _, t := range existing {
		if kept[t.ID] {
			continue
		}
		if err := s.softDelete(ctx, tx, actor, "training_tasks", "trainingTask", t.ID, t.Version, t); err != nil {
			return err
		}
	}
	return nil
}

func (s *Service) insertTask(ctx context.Context, tx *sql.Tx, actorID, userID, roleplayID string, a ActionInput) error {
	id, now := store.NewID(), s.stamp()
	_, err := tx.ExecContext(ctx, `INSERT INTO training_tasks(id, user_id, roleplay_id, title, due_on, created_by,
		created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, id, userID, nullable(roleplayID), a.Title, a.DueOn, actorID, now, now)
	if err != nil {
		return fmt.Errorf("training: insert task: %w", err)
	}
	after := map[string]string{"userId": userID, "roleplayId": roleplayID, "title": a.Title, "dueOn": a.DueOn}
	return audit.Write(ctx, tx, audit.Entry{At: s.now(), ActorID: actorID, Entity: "trainingTask", EntityID: id, Action: "create", After: after})
}

// changeTask updates a kept action's task when its text, day or rep changed.
func (s *Service) changeTask(ctx context.Context, tx *sql.Tx, actorID string, t Task, userID string, a ActionInput) error {
	if t.Title == a.Title && t.DueOn == a.DueOn && t.UserID == userID {
		return nil
	}
	res, err := tx.ExecContext(ctx, `UPDATE training_tasks SET user_id = ?, title = ?, due_on = ?, updated_at = ?,
		version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NULL`, userID, a.Title, a.DueOn, s.stamp(), t.ID, t.Version)
	if err := changedOne(res, err, "trainingTask"); err != nil {
		return err
	}
	after := map[string]string{"userId": userID, "title": a.Title, "dueOn": a.DueOn}
	return audit.Write(ctx, tx, audit.Entry{At: s.now(), ActorID: actorID, Entity: "trainingTask", EntityID: t.ID, Action: "update", Before: t, After: after})
}
