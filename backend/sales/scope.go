package sales

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"steady/backend/apperr"
	"steady/backend/auth"
)

// Filter narrows a board, list or report to one rep (OwnerID) or to one team
// (TeamID: a manager's user id, meaning the manager and the reps they
// manage). Both empty: everything the actor may see.
type Filter struct {
	OwnerID string `json:"ownerId"`
	TeamID  string `json:"teamId"`
}

// scope is whose deals an actor may see and change: the owner everyone's; a
// manager their own and their team's; a rep their own.
type scope struct {
	actor auth.Actor
	all   bool
	users []string // owners whose deals are in scope, when not all
}

// scopeOf looks up the actor's team.
func scopeOf(ctx context.Context, q querier, actor auth.Actor) (scope, error) {
	sc := scope{actor: actor, users: []string{actor.ID}}
	switch actor.Role {
	case auth.RoleOwner:
		sc.all = true
	case auth.RoleManager:
		team, err := teamOf(ctx, q, actor.ID)
		if err != nil {
			return sc, err
		}
		sc.users = append(sc.users, team...)
	case auth.RoleRep:
	default:
		return sc, apperr.Forbidden("errors.forbidden.role")
	}
	return sc, nil
}

// teamOf lists the users managerID manages.
func teamOf(ctx context.Context, q querier, managerID string) ([]string, error) {
	rows, err := q.QueryContext(ctx, `SELECT id FROM users WHERE manager_id = ? AND deleted_at IS NULL ORDER BY id`, managerID)
	if err != nil {
		return nil, fmt.Errorf("sales: team of %s: %w", managerID, err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("sales: team of %s: %w", managerID, err)
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// has says whether deals owned by userID are in scope.
func (sc scope) has(userID string) bool {
	return sc.all || slices.Contains(sc.users, userID)
}

// can returns a forbidden error unless deals owned by userID are in scope.
func (sc scope) can(userID string) error {
	if !sc.has(userID) {
		return apperr.Forbidden("errors.forbidden.notYourTeam")
	}
	return nil
}

// narrow applies f; asking for someone outside the scope is forbidden.
func (sc scope) narrow(ctx context.Context, q querier, f Filter) (scope, error) {
	switch {
	case f.OwnerID != "":
		if err := sc.can(f.OwnerID); err != nil {
			return sc, err
		}
		return scope{actor: sc.actor, users: []string{f.OwnerID}}, nil
	case f.TeamID != "":
		if err := sc.can(f.TeamID); err != nil {
			return sc, err
		}
		team, err := teamOf(ctx, q, f.TeamID)
		if err != nil {
			return sc, err
		}
		out := scope{actor: sc.actor, users: []string{f.TeamID}}
		for _, id := range team {
			if sc.has(id) {
				out.users = append(out.users, id)
			}
		}
		return out, nil
	}
	return sc, nil
}

// scopeFor is the actor's scope narrowed by f.
func scopeFor(ctx context.Context, q querier, actor auth.Actor, f Filter) (scope, error) {
	sc, err := scopeOf(ctx, q, actor)
	if err != nil {
		return sc, err
	}
	return sc.narrow(ctx, q, f)
}

// where returns an SQL condition on the owner column col and its arguments.
func (sc scope) where(col string) (string, []any) {
	if sc.all {
		return "1 = 1", nil
	}
	args := make([]any, len(sc.users))
	for i, u := range sc.users {
		args[i] = u
	}
	return col + " IN (" + marks(len(args)) + ")", args
}

// marks is n comma-separated placeholders.
func marks(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}
