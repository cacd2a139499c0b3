package service

import (
	"context"
	"fmt"

	"steady/backend/auth"
)

// Person is someone a ticket may be handed to.
type Person struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// Assignees lists who the actor may hand a visible ticket to, the people
// Assign accepts: a rep themselves and the customer's owner; a manager
// their team and the customer's owner; the company's owner every active user.
func (s *Service) Assignees(ctx context.Context, actor auth.Actor, ticketID string) ([]Person, error) {
	q := s.db.Read()
	k, err := s.visibleTicket(ctx, q, actor, ticketID)
	if err != nil {
		return nil, err
	}
	sc, err := scopeOf(ctx, q, actor)
	if err != nil {
		return nil, err
	}
	cond, args := sc.usersWhere("id")
	rows, err := q.QueryContext(ctx, `SELECT id, name FROM users WHERE deleted_at IS NULL AND active = 1
		AND (`+cond+` OR id = ?) ORDER BY name, id`, append(args, k.CustomerOwnerID)...)
	if err != nil {
		return nil, fmt.Errorf("service: assignees of %s: %w", ticketID, err)
	}
	defer rows.Close()
	out := []Person{}
	for rows.Next() {
		var p Person
		if err := rows.Scan(&p.ID, &p.Name); err != nil {
			return nil, fmt.Errorf("service: assignees of %s: %w", ticketID, err)
		}
		out = append(out, p)
	}
	return out, rows.Err()
}
