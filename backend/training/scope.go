package training

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"steady/backend/apperr"
	"steady/backend/auth"
)

// Who sees what: the owner everyone; a manager their team (users whose
// manager they are) and themselves; a rep only themselves. Recording
// sessions, scores and role-plays is for managers and the owner; a rep may
// only tick off their own follow-up tasks.

const forbiddenManagerOnly = "errors.forbidden.managerOnly"

// person is a user as training sees them.
type person struct {
	ID        string
	Name      string
	Role      string
	Level     string
	ManagerID string
	HireDate  string
	Active    bool
}

func personByID(ctx context.Context, q querier, id string) (person, error) {
	var p person
	err := q.QueryRowContext(ctx, `SELECT id, name, role, level, coalesce(manager_id, ''), hire_date, active
		FROM users WHERE id = ? AND deleted_at IS NULL`, id).
		Scan(&p.ID, &p.Name, &p.Role, &p.Level, &p.ManagerID, &p.HireDate, &p.Active)
	if errors.Is(err, sql.ErrNoRows) {
		return person{}, apperr.NotFound("user")
	}
	if err != nil {
		return person{}, fmt.Errorf("training: user %s: %w", id, err)
	}
	return p, nil
}

// canSee says whether actor may see p's training.
func canSee(actor auth.Actor, p person) bool {
	switch actor.Role {
	case auth.RoleOwner:
		return true
	case auth.RoleManager:
		return p.ID == actor.ID || p.ManagerID == actor.ID
	default:
		return p.ID == actor.ID
	}
}

// seeUser loads a user the actor may see.
func seeUser(ctx context.Context, q querier, actor auth.Actor, id string) (person, error) {
	p, err := personByID(ctx, q, id)
	if err != nil {
		return person{}, err
	}
	if !canSee(actor, p) {
		return person{}, apperr.Forbidden("errors.forbidden.notYourTeam")
	}
	return p, nil
}

// coachUser loads a user whose training the actor may record.
func coachUser(ctx context.Context, q querier, actor auth.Actor, id string) (person, error) {
	if err := requireCoach(actor); err != nil {
		return person{}, err
	}
	return seeUser(ctx, q, actor, id)
}

// recordUser loads a user whose training record (attendance, scores,
// role-plays, requirements) the actor may change: a coach's team, never a
// manager's own record, which their manager or the owner keeps.
func recordUser(ctx context.Context, q querier, actor auth.Actor, id string) (person, error) {
	p, err := coachUser(ctx, q, actor, id)
	if err != nil {
		return person{}, err
	}
	if actor.Role == auth.RoleManager && p.ID == actor.ID {
		return person{}, apperr.Forbidden("errors.forbidden.ownTraining")
	}
	return p, nil
}

// requireCoach refuses reps: only managers and the owner keep training records.
func requireCoach(actor auth.Actor) error {
	if actor.Role == auth.RoleOwner || actor.Role == auth.RoleManager {
		return nil
	}
	return apperr.Forbidden(forbiddenManagerOnly)
}

// scope returns an SQL condition that keeps the rows whose user column holds
// someone the actor may see, with its arguments.
func scope(actor auth.Actor, column string) (string, []any) {
	switch actor.Role {
	case auth.RoleOwner:
		return "1 = 1", nil
	case auth.RoleManager:
		return "(" + column + " = ? OR " + column + " IN (SELECT id FROM users WHERE manager_id = ?))",
			[]any{actor.ID, actor.ID}
	default:
		return column + " = ?", []any{actor.ID}
	}
}
