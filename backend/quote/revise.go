package quote

import (
	"context"
	"database/sql"
	"fmt"

	"steady/backend/audit"
	"steady/backend/auth"
	"steady/backend/store"
)

// Revise starts the next revision (V2, V3…) of a quote that has left the
// draft stage: a draft copy with the same base number, linked to it, dated
// today and valid as long as the original was. The revised quote, when
// still open, is superseded. Only the latest revision can be revised.
func (s *Service) Revise(ctx context.Context, actor auth.Actor, id string, version int) (Quote, error) {
	settings, err := s.settings(ctx)
	if err != nil {
		return Quote{}, err
	}
	day := today(s.now(), settings)
	next := store.NewID()
	err = s.db.Tx(ctx, func(tx *sql.Tx) error {
		q, owner, err := seeQuote(ctx, tx, actor, id)
		if err != nil {
			return err
		}
		if err := revisable(ctx, tx, q, version); err != nil {
			return err
		}
		if err := s.supersedeTx(ctx, tx, actor.ID, q); err != nil {
			return err
		}
		r := copyOf(q, next, day)
		r.Number, r.BaseNumber, r.Revision, r.RootID, r.PreviousID = revisionNumber(q.BaseNumber, q.Revision+1), q.BaseNumber, q.Revision+1, q.RootID, q.ID
		r.OwnerID = q.OwnerID
		if err := s.dealAllowed(ctx, tx, r, dealLink{actor: actor, linked: q.DealID}); err != nil {
			return err
		}
		if err := s.customerAllowed(ctx, tx, r, owner); err != nil {
			return err
		}
		return s.insertTx(ctx, tx, actor.ID, r, owner, "revise")
	})
	if err != nil {
		return Quote{}, err
	}
	return s.Quote(ctx, actor, next)
}

func revisable(ctx context.Context, tx *sql.Tx, q Quote, version int) error {
	if q.Version != version {
		return conflict()
	}
	switch q.Status {
	case StatusPendingApproval, StatusApproved, StatusSent, StatusRejected, StatusExpired:
	default:
		return errStatus()
	}
	var later int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM quotes WHERE previous_id = ? AND deleted_at IS NULL`, q.ID).Scan(&later); err != nil {
		return fmt.Errorf("quote: later revisions: %w", err)
	}
	if later > 0 {
		return errStatus()
	}
	return nil
}

// supersedeTx closes q when it is still open; a rejected or expired quote
// keeps its outcome.
func (s *Service) supersedeTx(ctx context.Context, tx *sql.Tx, actorID string, q Quote) error {
	if q.Status == StatusRejected || q.Status == StatusExpired {
		return nil
	}
	now := s.stamp()
	res, err := tx.ExecContext(ctx, `UPDATE quotes SET status = 'superseded', closed_at = ?, updated_at = ?,
		version = version + 1 WHERE id = ? AND version = ?`, now, now, q.ID, q.Version)
	if err := changedOne(res, err, "quote"); err != nil {
		return err
	}
	return audit.Write(ctx, tx, audit.Entry{At: s.now(), ActorID: actorID, Entity: "quote", EntityID: q.ID, Action: "supersede",
		Before: statusNote(q), After: map[string]any{"status": StatusSuperseded}})
}

// Duplicate starts a new quote (a new number, revision 1, owned by the
// actor) from any quote the actor may see and whose customer the actor may
// quote. The copy remembers its source: a copy of an accepted quote for the
// same customer needs approval, so one sale is not won twice.
func (s *Service) Duplicate(ctx context.Context, actor auth.Actor, id string) (Quote, error) {
	settings, err := s.settings(ctx)
	if err != nil {
		return Quote{}, err
	}
	day := today(s.now(), settings)
	next := store.NewID()
	err = s.db.Tx(ctx, func(tx *sql.Tx) error {
		q, _, err := seeQuote(ctx, tx, actor, id)
		if err != nil {
			return err
		}
		owner, err := personByID(ctx, tx, actor.ID)
		if err != nil {
			return err
		}
		d := copyOf(q, next, day)
		for i := range d.Lines {
			d.Lines[i].LineKey = ""
		}
		d.Revision, d.RootID, d.OwnerID, d.CopiedFrom = 1, next, owner.ID, q.ID
		if d.DealID, err = s.keptDeal(ctx, tx, actor, q); err != nil {
			return err
		}
		if err := s.customerAllowed(ctx, tx, d, owner); err != nil {
			return err
		}
		if d.BaseNumber, err = s.nextNumberTx(ctx, tx, settings.QuotePrefix, day); err != nil {
			return err
		}
		d.Number = d.BaseNumber
		return s.insertTx(ctx, tx, actor.ID, d, owner, "duplicate")
	})
	if err != nil {
		return Quote{}, err
	}
	return s.Quote(ctx, actor, next)
}

// copyOf is q's content as a new draft with id, issued on day and valid for
// as many days as q was.
func copyOf(q Quote, id, day string) Quote {
	c := q
	c.ID, c.Status, c.PreviousID = id, StatusDraft, ""
	c.ApprovalDecision, c.ApprovalBy, c.ApprovalByName, c.ApprovalAt, c.ApprovalNote = "", "", "", "", ""
	c.SubmittedAt, c.SentAt, c.ClosedAt = "", "", ""
	c.IssueDate, c.ValidUntil = day, addDays(day, daysBetween(q.IssueDate, q.ValidUntil))
	c.Lines = append([]Line(nil), q.Lines...)
	c.Charges = append([]Charge{}, q.Charges...)
	return withTotals(c)
}

// Revisions lists every revision of the quote's chain, oldest first.
func (s *Service) Revisions(ctx context.Context, actor auth.Actor, id string) ([]Summary, error) {
	q, err := s.Quote(ctx, actor, id)
	if err != nil {
		return nil, err
	}
	rows, err := s.db.Read().QueryContext(ctx, `SELECT q.id, q.number, q.revision, q.status, q.customer_id, q.customer_name,
		q.currency, q.total_minor, q.issue_date, q.valid_until, q.needs_approval, q.owner_id, coalesce(o.name, ''), q.updated_at
		FROM quotes q LEFT JOIN users o ON o.id = q.owner_id
		WHERE q.root_id = ? AND q.deleted_at IS NULL ORDER BY q.revision`, q.RootID)
	if err != nil {
		return nil, fmt.Errorf("quote: revisions: %w", err)
	}
	return scanSummaries(rows, "revisions")
}

// Delete removes a draft that is its quote's first revision (a tombstone;
// its number is not handed out again).
func (s *Service) Delete(ctx context.Context, actor auth.Actor, id string, version int) error {
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		q, _, err := seeQuote(ctx, tx, actor, id)
		if err != nil {
			return err
		}
		if q.Version != version {
			return conflict()
		}
		if q.Status != StatusDraft || q.Revision != 1 {
			return errStatus()
		}
		now := s.stamp()
		res, err := tx.ExecContext(ctx, `UPDATE quotes SET deleted_at = ?, updated_at = ?, version = version + 1
			WHERE id = ? AND version = ?`, now, now, id, version)
		if err := changedOne(res, err, "quote"); err != nil {
			return err
		}
		return audit.Write(ctx, tx, audit.Entry{At: s.now(), ActorID: actor.ID, Entity: "quote", EntityID: id, Action: "delete", Before: q})
	})
}
