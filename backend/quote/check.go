package quote

import (
	"context"
	"database/sql"
	"strings"

	"steady/backend/apperr"
	"steady/backend/auth"
)

// Check is what the guard would say of in were it saved now: the quote
// builder's "needs approval" signal while a person types. A saved quote (in.ID)
// is judged for its owner, a new one for the actor. Problems that do not
// change the verdict (a customer not yet named, a term too long) are left to
// saving; a line or discount that cannot be read yet is returned as the
// validation error saving would give. Nothing is written.
func (s *Service) Check(ctx context.Context, actor auth.Actor, in Input) ([]Reason, error) {
	settings, err := s.settings(ctx)
	if err != nil {
		return nil, err
	}
	var reasons []Reason
	// The writer's transaction, for a moment: the deal and customer checks
	// take one. Nothing is written.
	err = s.db.Tx(ctx, func(tx *sql.Tx) error {
		owner, link, err := s.checkedOwner(ctx, tx, actor, in.ID)
		if err != nil {
			return err
		}
		q, v, err := s.draft(ctx, tx, in, settings, today(s.now(), settings), link, owner)
		if err != nil {
			return err
		}
		if err := verdictProblems(v); err != nil {
			return err
		}
		if in.ID != "" {
			before, err := quoteByID(ctx, tx, in.ID)
			if err != nil {
				return err
			}
			q.CopiedFrom = before.CopiedFrom
		}
		_, reasons, err = s.judge(ctx, tx, q, owner)
		return err
	})
	if err != nil {
		return nil, err
	}
	return reasonsFor(actor, reasons), nil
}

// checkedOwner is whom a checked draft is judged for, and its deal link.
func (s *Service) checkedOwner(ctx context.Context, tx *sql.Tx, actor auth.Actor, id string) (person, dealLink, error) {
	if id == "" {
		owner, err := personByID(ctx, tx, actor.ID)
		return owner, dealLink{actor: actor}, err
	}
	q, owner, err := seeQuote(ctx, tx, actor, id)
	return owner, dealLink{actor: actor, linked: q.DealID}, err
}

// verdictProblems returns v's error when one of its problems is in a field
// the guard reads.
func verdictProblems(v *apperr.Validation) error {
	e, ok := apperr.As(v.Err())
	if !ok {
		return nil
	}
	for field := range e.Fields {
		if field == "lines" || field == "discountBp" || field == "currency" || field == "priceListId" ||
			strings.HasPrefix(field, "lines.") {
			return e
		}
	}
	return nil
}

// The floor is what a manager approves at; a rep who read it would quote
// exactly that. Reps learn that a line is below its floor, never the floor.

// seesFloors says whether actor may read floor prices.
func seesFloors(actor auth.Actor) bool {
	return actor.Role == auth.RoleOwner || actor.Role == auth.RoleManager
}

// forActor is q as actor may read it.
func forActor(actor auth.Actor, q Quote) Quote {
	if seesFloors(actor) {
		return q
	}
	q.Lines = append([]Line(nil), q.Lines...)
	for i := range q.Lines {
		q.Lines[i].FloorPriceMinor = 0
	}
	q.ApprovalReasons = reasonsFor(actor, q.ApprovalReasons)
	return q
}

// reasonsFor is reasons as actor may read them.
func reasonsFor(actor auth.Actor, reasons []Reason) []Reason {
	out := append([]Reason{}, reasons...)
	if seesFloors(actor) {
		return out
	}
	for i := range out {
		out[i].LimitMinor = 0
	}
	return out
}
