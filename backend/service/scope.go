package service

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"steady/backend/apperr"
	"steady/backend/auth"
)

// scope is whose tickets an actor sees: the owner everyone's; a manager
// those of their team's customers and those assigned to their team; a rep
// those of their customers and those assigned to them.
type scope struct {
	actor auth.Actor
	all   bool
	users []string
}

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

func teamOf(ctx context.Context, q querier, managerID string) ([]string, error) {
	rows, err := q.QueryContext(ctx, `SELECT id FROM users WHERE manager_id = ? AND deleted_at IS NULL ORDER BY id`, managerID)
	if err != nil {
		return nil, fmt.Errorf("service: team of %s: %w", managerID, err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("service: team of %s: %w", managerID, err)
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// has says whether userID is in scope.
func (sc scope) has(userID string) bool {
	return sc.all || (userID != "" && slices.Contains(sc.users, userID))
}

// seesTicket says whether a ticket with this customer owner and assignee is visible.
func (sc scope) seesTicket(ownerID, assigneeID string) bool {
	return sc.has(ownerID) || sc.has(assigneeID)
}

// seesCustomer says whether the actor may open tickets and surveys for a
// customer with this owner ("" = the pool, which everyone sees).
func (sc scope) seesCustomer(ownerID string) bool {
	return ownerID == "" || sc.has(ownerID)
}

// placeholders is "?, ?, …" for n values.
func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

// ticketWhere is the SQL condition for visible tickets t (customers c).
func (sc scope) ticketWhere() (string, []any) {
	if sc.all {
		return "1 = 1", nil
	}
	c1, a1 := sc.usersWhere("t.assignee_id")
	c2, a2 := sc.usersWhere("c.owner_id")
	return "(" + c1 + " OR " + c2 + ")", append(a1, a2...)
}

// usersWhere is the SQL condition of col among the scope's users.
func (sc scope) usersWhere(col string) (string, []any) {
	if sc.all {
		return "1 = 1", nil
	}
	args := make([]any, len(sc.users))
	for i, u := range sc.users {
		args[i] = u
	}
	return col + " IN (" + placeholders(len(sc.users)) + ")", args
}
