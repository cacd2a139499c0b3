package customer

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"steady/backend/apperr"
	"steady/backend/auth"
)

// scope is what one acting user may see and change: the owner everything; a
// manager the customers of their team (the users they manage) and their
// own; a rep their own. Everyone sees the pool.
type scope struct {
	actor auth.Actor
	all   bool
	users []string // owners whose customers are in scope, when not all
}

// scopeOf looks up the actor's team.
func scopeOf(ctx context.Context, q Querier, actor auth.Actor) (scope, error) {
	sc := scope{actor: actor, users: []string{actor.ID}}
	switch actor.Role {
	case auth.RoleOwner:
		sc.all = true
	case auth.RoleManager:
		rows, err := q.QueryContext(ctx, `SELECT id FROM users WHERE manager_id = ? AND deleted_at IS NULL`, actor.ID)
		if err != nil {
			return sc, fmt.Errorf("customer: team of %s: %w", actor.ID, err)
		}
		defer rows.Close()
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				return sc, fmt.Errorf("customer: team of %s: %w", actor.ID, err)
			}
			sc.users = append(sc.users, id)
		}
		if err := rows.Err(); err != nil {
			return sc, fmt.Errorf("customer: team of %s: %w", actor.ID, err)
		}
	case auth.RoleRep:
	default:
		return sc, apperr.Forbidden("errors.forbidden.role")
	}
	return sc, nil
}

// sees says whether a customer with this owner ("" = pool) is visible.
func (sc scope) sees(ownerID string) bool {
	return sc.all || ownerID == "" || slices.Contains(sc.users, ownerID)
}

// edits says whether the actor may change a customer with this owner: reps
// only their own (a pool customer must be claimed first), managers also
// the pool's.
func (sc scope) edits(ownerID string) bool {
	if ownerID == "" {
		return sc.all || sc.actor.Role == auth.RoleManager
	}
	return sc.all || slices.Contains(sc.users, ownerID)
}

// hands says whether the actor may give customers to this user.
func (sc scope) hands(toUserID string) bool {
	if sc.actor.Role == auth.RoleRep {
		return false
	}
	return sc.all || slices.Contains(sc.users, toUserID)
}

// where returns an SQL condition on a holder expression (the owner, or ”
// for the pool) and its arguments.
func (sc scope) where(holder string) (string, []any) {
	if sc.all {
		return "1", nil
	}
	args := []any{""}
	for _, u := range sc.users {
		args = append(args, u)
	}
	return holder + " IN (" + strings.TrimSuffix(strings.Repeat("?, ", len(args)), ", ") + ")", args
}

// canSee returns a forbidden error unless the customer is visible.
func (sc scope) canSee(ownerID string) error {
	if !sc.sees(ownerID) {
		return apperr.Forbidden("errors.forbidden.customer")
	}
	return nil
}

// canEdit returns a forbidden error unless the customer may be changed.
func (sc scope) canEdit(ownerID string) error {
	if !sc.edits(ownerID) {
		if ownerID == "" {
			return apperr.Forbidden("errors.forbidden.claimFirst")
		}
		return apperr.Forbidden("errors.forbidden.customer")
	}
	return nil
}
