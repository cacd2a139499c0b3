package service

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"time"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/store"
	"steady/backend/validate"
)

// Change is one step on a ticket: a reply to the customer (Note), a new
// status (with the resolution when resolving), or a new assignee. Version
// is the ticket's version the caller read.
type Change struct {
	TicketID   string `json:"ticketId"`
	Status     string `json:"status"`
	Resolution string `json:"resolution"`
	Note       string `json:"note"`
	AssigneeID string `json:"assigneeId"`
	Version    int    `json:"version"`
}

// next lists where each status may go. A closed ticket is final; a
// resolved one may be reopened.
var next = map[string][]string{
	StatusOpen:       {StatusInProgress, StatusWaiting, StatusResolved},
	StatusInProgress: {StatusWaiting, StatusResolved},
	StatusWaiting:    {StatusInProgress, StatusResolved},
	StatusResolved:   {StatusClosed, StatusInProgress},
}

// Reply logs a reply to the customer; the first reply by staff is the response.
func (s *Service) Reply(ctx context.Context, actor auth.Actor, c Change) (Ticket, error) {
	var v apperr.Validation
	c.Note = validate.Text(&v, "note", c.Note, true, 4000)
	if err := v.Err(); err != nil {
		return Ticket{}, err
	}
	return s.change(ctx, actor, c, func(tx *sql.Tx, k Ticket, at string) (string, error) {
		if k.Status == StatusClosed {
			return "", apperr.Field("note", "service.errors.ticketClosed", nil)
		}
		if err := respond(ctx, tx, k, at); err != nil {
			return "", err
		}
		return "reply", addHistory(ctx, tx, k.ID, at, actor.ID, "reply", k.Status, k.Status, c.Note)
	})
}

// SetStatus moves a ticket; the clock stops while it waits for the customer
// and the resolution is judged against the target when it is resolved.
func (s *Service) SetStatus(ctx context.Context, actor auth.Actor, c Change) (Ticket, error) {
	var v apperr.Validation
	c.Resolution = validate.Text(&v, "resolution", c.Resolution, c.Status == StatusResolved, 4000)
	c.Note = validate.Text(&v, "note", c.Note, false, 4000)
	if err := v.Err(); err != nil {
		return Ticket{}, err
	}
	hours, err := s.hours(ctx)
	if err != nil {
		return Ticket{}, err
	}
	return s.change(ctx, actor, c, func(tx *sql.Tx, k Ticket, at string) (string, error) {
		if !slices.Contains(next[k.Status], c.Status) {
			return "", apperr.Field("status", "service.errors.transition", map[string]any{"from": k.Status, "to": c.Status})
		}
		if err := respond(ctx, tx, k, at); err != nil {
			return "", err
		}
		if err := moveClock(ctx, tx, hours, k, c, s.now()); err != nil {
			return "", err
		}
		return "status", addHistory(ctx, tx, k.ID, at, actor.ID, "status", k.Status, c.Status, firstOf(c.Resolution, c.Note))
	})
}

// Assign hands a ticket to someone the actor may hand work to.
func (s *Service) Assign(ctx context.Context, actor auth.Actor, c Change) (Ticket, error) {
	return s.change(ctx, actor, c, func(tx *sql.Tx, k Ticket, at string) (string, error) {
		if !active(k.Status) {
			return "", apperr.Field("assigneeId", "service.errors.ticketClosed", nil)
		}
		// the ticket is in reach (change checked it), its customer need not
		// be: a rep handed a ticket of a teammate's customer may hand it back
		sc, err := scopeOf(ctx, tx, actor)
		if err != nil {
			return "", err
		}
		if err := checkAssignee(ctx, tx, sc, k.CustomerOwnerID, c.AssigneeID); err != nil {
			return "", err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE tickets SET assignee_id = ? WHERE id = ?`, c.AssigneeID, k.ID); err != nil {
			return "", fmt.Errorf("service: assign ticket: %w", err)
		}
		return "assign", addHistory(ctx, tx, k.ID, at, actor.ID, "assign", k.Status, k.Status, c.AssigneeID)
	})
}

// change runs one step on a visible ticket at the version read, bumps the
// version and writes the audit row.
func (s *Service) change(ctx context.Context, actor auth.Actor, c Change, step func(*sql.Tx, Ticket, string) (string, error)) (Ticket, error) {
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		k, err := s.visibleTicket(ctx, tx, actor, c.TicketID)
		if err != nil {
			return err
		}
		if k.Version != c.Version {
			return apperr.Conflict("ticket")
		}
		at := s.stamp()
		action, err := step(tx, k, at)
		if err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `UPDATE tickets SET updated_at = ?, version = version + 1 WHERE id = ? AND version = ?`, at, k.ID, c.Version)
		if err != nil {
			return fmt.Errorf("service: ticket %s: %w", k.ID, err)
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return apperr.Conflict("ticket")
		}
		return s.record(ctx, tx, actor.ID, "ticket", k.ID, action, k, c)
	})
	if err != nil {
		return Ticket{}, err
	}
	return loadTicket(ctx, s.db.Read(), c.TicketID, s.stamp())
}

// respond marks the first response by staff and whether it was on time.
func respond(ctx context.Context, tx *sql.Tx, k Ticket, at string) error {
	if k.RespondedAt != "" {
		return nil
	}
	_, err := tx.ExecContext(ctx, `UPDATE tickets SET responded_at = ?, responded_on_time = ? WHERE id = ?`,
		at, at <= k.ResponseDueAt, k.ID)
	if err != nil {
		return fmt.Errorf("service: respond to %s: %w", k.ID, err)
	}
	return nil
}

// moveClock updates the resolution clock for a change of status: waiting
// banks the working time run so far and pauses; going back to work resumes
// with what is left of the target; resolving judges the total against it.
func moveClock(ctx context.Context, tx *sql.Tx, h Hours, k Ticket, c Change, now time.Time) error {
	used, err := usedSoFar(ctx, tx, h, k, now)
	if err != nil {
		return err
	}
	stamp := store.FormatTime(now)
	var q string
	var args []any
	switch c.Status {
	case StatusWaiting:
		q, args = `UPDATE tickets SET status = ?, used_min = ?, run_from = NULL, resolve_due_at = NULL`, []any{c.Status, used}
	case StatusInProgress:
		due := store.FormatTime(h.Add(now, minutes(k.ResolveTargetMin-used)))
		q, args = `UPDATE tickets SET status = ?, used_min = ?, run_from = ?, resolve_due_at = ?, resolved_at = NULL,
			resolved_on_time = NULL, resolution = ''`, []any{c.Status, used, stamp, due}
		if k.Status == StatusOpen || k.Status == StatusInProgress {
			q, args = `UPDATE tickets SET status = ?`, []any{c.Status} // the clock runs on
		}
	case StatusResolved:
		q, args = `UPDATE tickets SET status = ?, used_min = ?, run_from = NULL, resolved_at = ?, resolved_on_time = ?,
			resolution = ?`, []any{c.Status, used, stamp, used <= k.ResolveTargetMin, c.Resolution}
	case StatusClosed:
		q, args = `UPDATE tickets SET status = ?, closed_at = ?`, []any{c.Status, stamp}
	}
	if _, err := tx.ExecContext(ctx, q+` WHERE id = ?`, append(args, k.ID)...); err != nil {
		return fmt.Errorf("service: ticket %s status: %w", k.ID, err)
	}
	return nil
}

// usedSoFar is the working minutes the resolution clock has run: those
// banked before a pause plus the current stretch, if it runs.
func usedSoFar(ctx context.Context, tx *sql.Tx, h Hours, k Ticket, now time.Time) (int, error) {
	var runFrom sql.NullString
	if err := tx.QueryRowContext(ctx, `SELECT run_from FROM tickets WHERE id = ?`, k.ID).Scan(&runFrom); err != nil {
		return 0, fmt.Errorf("service: ticket %s clock: %w", k.ID, err)
	}
	if !runFrom.Valid {
		return k.UsedMin, nil
	}
	from, err := store.ParseTime(runFrom.String)
	if err != nil {
		return 0, err
	}
	return k.UsedMin + int(h.Work(from, now)/time.Minute), nil
}

func firstOf(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
