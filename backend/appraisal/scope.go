package appraisal

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"steady/backend/apperr"
	"steady/backend/auth"
)

// Who sees what: the owner every appraisal; a manager their team's (and
// their own from review on); a rep only their own, from review on. Targets
// and scores are set by the owner, and by a manager for their team.

// person is a user as the appraisal sees them.
type person struct {
	ID        string
	Name      string
	Login     string
	Role      string
	Level     string
	ManagerID string
	HireDate  string
	Active    bool
}

const personColumns = `id, name, login, role, level, coalesce(manager_id, ''), hire_date, active`

func scanPerson(row interface{ Scan(...any) error }) (person, error) {
	var p person
	err := row.Scan(&p.ID, &p.Name, &p.Login, &p.Role, &p.Level, &p.ManagerID, &p.HireDate, &p.Active)
	return p, err
}

func personByID(ctx context.Context, q querier, id string) (person, error) {
	p, err := scanPerson(q.QueryRowContext(ctx, `SELECT `+personColumns+` FROM users WHERE id = ? AND deleted_at IS NULL`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return person{}, apperr.NotFound("user")
	}
	if err != nil {
		return person{}, fmt.Errorf("appraisal: user %s: %w", id, err)
	}
	return p, nil
}

// manages says whether actor sets targets and scores for p.
func manages(actor auth.Actor, p person) bool {
	switch actor.Role {
	case auth.RoleOwner:
		return p.ID != actor.ID || p.Role != auth.RoleOwner
	case auth.RoleManager:
		return p.ManagerID == actor.ID
	}
	return false
}

// mayRead says whether actor may see p's appraisal in the given status.
func mayRead(actor auth.Actor, p person, status string) bool {
	if manages(actor, p) {
		return true
	}
	return p.ID == actor.ID && status != StatusDraft
}

// requireManager refuses reps: only managers and the owner run appraisals.
func requireManager(actor auth.Actor) error {
	if actor.Role == auth.RoleOwner || actor.Role == auth.RoleManager {
		return nil
	}
	return apperr.Forbidden("errors.forbidden.managerOnly")
}

// requireOwner refuses everyone but the owner.
func requireOwner(actor auth.Actor) error {
	if actor.IsOwner() {
		return nil
	}
	return apperr.Forbidden("errors.forbidden.ownerOnly")
}

// managedScope is an SQL condition on a user id column that keeps the users
// the actor manages.
func managedScope(actor auth.Actor, column string) (string, []any) {
	if actor.IsOwner() {
		return column + " <> ?", []any{actor.ID}
	}
	return column + " IN (SELECT id FROM users WHERE manager_id = ?)", []any{actor.ID}
}
