package service

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/store"
	"steady/backend/validate"
)

// OpenTicket records a customer's request. Its targets are the company's
// for its priority at this moment, counted from when it was received.
func (s *Service) OpenTicket(ctx context.Context, actor auth.Actor, in TicketInput) (Ticket, error) {
	in, received, err := s.cleanTicket(ctx, actor, in)
	if err != nil {
		return Ticket{}, err
	}
	hours, err := s.hours(ctx)
	if err != nil {
		return Ticket{}, err
	}
	id := store.NewID()
	err = s.db.Tx(ctx, func(tx *sql.Tx) error {
		if err := checkLinks(ctx, tx, actor, &in); err != nil {
			return err
		}
		st, err := loadSettings(ctx, tx)
		if err != nil {
			return err
		}
		respond, resolve := st.RespondMin[in.Priority], st.ResolveMin[in.Priority]
		now, at := s.stamp(), store.FormatTime(received)
		_, err = tx.ExecContext(ctx, `INSERT INTO tickets(id, customer_id, contact_id, deal_id, kind, priority, channel, subject,
			description, assignee_id, status, received_at, respond_target_min, resolve_target_min, response_due_at,
			resolve_due_at, run_from, opened_by, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			id, in.CustomerID, nullable(in.ContactID), nullable(in.DealID), in.Kind, in.Priority, in.Channel, in.Subject,
			in.Description, in.AssigneeID, at, respond, resolve,
			store.FormatTime(hours.Add(received, minutes(respond))), store.FormatTime(hours.Add(received, minutes(resolve))),
			at, actor.ID, now, now)
		if err != nil {
			return fmt.Errorf("service: open ticket: %w", err)
		}
		if err := addHistory(ctx, tx, id, now, actor.ID, "open", "", StatusOpen, ""); err != nil {
			return err
		}
		return s.record(ctx, tx, actor.ID, "ticket", id, "create", nil, in)
	})
	if err != nil {
		return Ticket{}, err
	}
	return loadTicket(ctx, s.db.Read(), id, s.stamp())
}

func minutes(n int) time.Duration { return time.Duration(n) * time.Minute }

// cleanTicket checks the fields and when the ticket was received: not in the
// future, and within the company's backdating window (a ticket logged days
// later would start a clock that is already late, or hide a late one).
func (s *Service) cleanTicket(ctx context.Context, actor auth.Actor, in TicketInput) (TicketInput, time.Time, error) {
	var v apperr.Validation
	if in.CustomerID == "" {
		v.Add("customerId", "validation.required", nil)
	}
	in.Kind = validate.OneOf(&v, "kind", in.Kind, "validation.invalidChoice", kinds...)
	in.Priority = validate.OneOf(&v, "priority", in.Priority, "validation.invalidChoice", priorities...)
	in.Channel = validate.OneOf(&v, "channel", in.Channel, "validation.invalidChoice", channels...)
	in.Subject = validate.Text(&v, "subject", in.Subject, true, 120)
	in.Description = validate.Text(&v, "description", in.Description, false, 4000)
	if in.AssigneeID == "" {
		in.AssigneeID = actor.ID
	}
	received, err := s.receivedAt(ctx, &v, in.ReceivedAt)
	if err != nil {
		return in, received, err
	}
	return in, received, v.Err()
}

func (s *Service) receivedAt(ctx context.Context, v *apperr.Validation, text string) (time.Time, error) {
	now := s.now()
	if text == "" {
		return now, nil
	}
	t, err := time.Parse(time.RFC3339, text)
	if err != nil {
		v.Add("receivedAt", "validation.invalidTime", nil)
		return now, nil
	}
	if t.After(now) {
		v.Add("receivedAt", "validation.inFuture", nil)
		return now, nil
	}
	days, err := s.backdate(ctx)
	if err != nil {
		return now, err
	}
	hours, err := s.hours(ctx)
	if err != nil {
		return now, err
	}
	if t.Before(hours.dayOf(now).AddDate(0, 0, -days)) {
		v.Add("receivedAt", "validation.backdateLimit", map[string]any{"days": days})
	}
	return t, nil
}

// checkLinks requires a customer the actor may see, a contact and a
// deal of that customer, and an assignee the actor may hand work to (a rep
// themselves or the customer's owner; a manager their team; the owner anyone).
func checkLinks(ctx context.Context, q querier, actor auth.Actor, in *TicketInput) error {
	sc, err := scopeOf(ctx, q, actor)
	if err != nil {
		return err
	}
	owner, err := customerOwner(ctx, q, in.CustomerID)
	if err != nil {
		return err
	}
	if !sc.seesCustomer(owner) {
		return apperr.Forbidden("errors.forbidden.customer")
	}
	var v apperr.Validation
	if in.ContactID != "" && !exists(ctx, q, &err, `SELECT 1 FROM contacts WHERE id = ? AND customer_id = ? AND deleted_at IS NULL`, in.ContactID, in.CustomerID) {
		v.Add("contactId", "validation.invalidContact", nil)
	}
	if in.DealID != "" && !exists(ctx, q, &err, `SELECT 1 FROM deals WHERE id = ? AND customer_id = ? AND deleted_at IS NULL`, in.DealID, in.CustomerID) {
		v.Add("dealId", "validation.dealUnavailable", nil)
	}
	if err != nil {
		return err
	}
	if err := v.Err(); err != nil {
		return err
	}
	return checkAssignee(ctx, q, sc, owner, in.AssigneeID)
}

// checkAssignee requires an active user the actor may hand work to: one in
// their scope (a rep themselves, a manager their team, the owner anyone) or
// the customer's owner.
func checkAssignee(ctx context.Context, q querier, sc scope, customerOwner, assigneeID string) error {
	var err error
	if !exists(ctx, q, &err, `SELECT 1 FROM users WHERE id = ? AND deleted_at IS NULL AND active = 1`, assigneeID) ||
		!(sc.has(assigneeID) || assigneeID == customerOwner) {
		if err != nil {
			return err
		}
		return apperr.Field("assigneeId", "validation.invalidUser", nil)
	}
	return err
}

// customerOwner is a live customer's owner ("" in the pool).
func customerOwner(ctx context.Context, q querier, customerID string) (string, error) {
	var owner string
	err := q.QueryRowContext(ctx, `SELECT coalesce(owner_id, '') FROM customers WHERE id = ? AND deleted_at IS NULL`, customerID).Scan(&owner)
	if errors.Is(err, sql.ErrNoRows) {
		return "", apperr.Field("customerId", "validation.customerUnavailable", nil)
	}
	if err != nil {
		return "", fmt.Errorf("service: customer %s: %w", customerID, err)
	}
	return owner, nil
}

// exists runs a one-row query; a failure is kept in *errp (the first one).
func exists(ctx context.Context, q querier, errp *error, query string, args ...any) bool {
	var one int
	err := q.QueryRowContext(ctx, query, args...).Scan(&one)
	if err != nil && !errors.Is(err, sql.ErrNoRows) && *errp == nil {
		*errp = fmt.Errorf("service: check: %w", err)
	}
	return err == nil
}

func addHistory(ctx context.Context, tx *sql.Tx, ticketID, at, actorID, action, from, to, note string) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO ticket_history(id, ticket_id, at, actor_id, action, from_status, to_status, note, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, store.NewID(), ticketID, at, nullable(actorID), action, from, to, note, at)
	if err != nil {
		return fmt.Errorf("service: ticket history: %w", err)
	}
	return nil
}
