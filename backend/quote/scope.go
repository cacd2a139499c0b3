package quote

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"steady/backend/apperr"
	"steady/backend/auth"
)

// Who sees and changes which quotes: the owner all of them; a manager their
// own and their team's (reps whose manager they are); a rep their own. Only
// managers and the owner approve, a manager for their team only, and nobody
// but the owner approves their own quote.

// person is a user as quotes see them.
type person struct {
	ID        string
	Name      string
	Role      string
	Level     string
	ManagerID string
}

func personByID(ctx context.Context, q querier, id string) (person, error) {
	var p person
	err := q.QueryRowContext(ctx, `SELECT id, name, role, level, coalesce(manager_id, '') FROM users
		WHERE id = ? AND deleted_at IS NULL`, id).Scan(&p.ID, &p.Name, &p.Role, &p.Level, &p.ManagerID)
	if errors.Is(err, sql.ErrNoRows) {
		return person{}, apperr.NotFound("user")
	}
	if err != nil {
		return person{}, fmt.Errorf("quote: user %s: %w", id, err)
	}
	return p, nil
}

// canSee says whether actor may see (and work on) a quote owned by owner.
func canSee(actor auth.Actor, owner person) bool {
	switch actor.Role {
	case auth.RoleOwner:
		return true
	case auth.RoleManager:
		return owner.ID == actor.ID || owner.ManagerID == actor.ID
	default:
		return owner.ID == actor.ID
	}
}

// canApprove refuses reps, managers outside the quote owner's team, and
// managers approving their own quote.
func canApprove(actor auth.Actor, owner person) error {
	switch {
	case actor.Role == auth.RoleOwner:
		return nil
	case actor.Role != auth.RoleManager:
		return apperr.Forbidden("errors.forbidden.managerOnly")
	case owner.ID == actor.ID:
		return apperr.Forbidden("errors.forbidden.approveOwnQuote")
	case owner.ManagerID != actor.ID:
		return apperr.Forbidden("errors.forbidden.notYourTeam")
	}
	return nil
}

// scope returns an SQL condition keeping the quotes whose owner_id the actor
// may see, with its arguments.
func scope(actor auth.Actor) (string, []any) {
	switch actor.Role {
	case auth.RoleOwner:
		return "1 = 1", nil
	case auth.RoleManager:
		return "(q.owner_id = ? OR q.owner_id IN (SELECT id FROM users WHERE manager_id = ?))", []any{actor.ID, actor.ID}
	default:
		return "q.owner_id = ?", []any{actor.ID}
	}
}

// seeQuote loads a quote the actor may see, inside q.
func seeQuote(ctx context.Context, q querier, actor auth.Actor, id string) (Quote, person, error) {
	qt, err := quoteByID(ctx, q, id)
	if err != nil {
		return Quote{}, person{}, err
	}
	owner, err := personByID(ctx, q, qt.OwnerID)
	if err != nil {
		return Quote{}, person{}, err
	}
	if !canSee(actor, owner) {
		return Quote{}, person{}, apperr.Forbidden("errors.forbidden.notYourTeam")
	}
	return qt, owner, nil
}
