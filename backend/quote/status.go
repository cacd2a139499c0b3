package quote

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"steady/backend/apperr"
	"steady/backend/audit"
	"steady/backend/auth"
	"steady/backend/validate"
)

// step is one status change: check refuses what q's status (or the actor)
// does not allow; set is the SQL assignment list with its arguments. With
// guard, the discount guard runs again first (limits may have changed since
// the quote was saved) and its findings are saved with the change.
type step struct {
	action string
	guard  bool
	wins   bool // the step wins q's deal: the actor must still have access to it
	check  func(q Quote, owner person) error
	set    func(q Quote) (string, []any)
}

// apply runs st on quote id at version inside one transaction, with an
// audit row, and returns the changed quote.
func (s *Service) apply(ctx context.Context, actor auth.Actor, id string, version int, st step) (Quote, error) {
	var after Quote
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		q, owner, err := seeQuote(ctx, tx, actor, id)
		if err != nil {
			return err
		}
		if q.Version != version {
			return conflict()
		}
		if st.guard {
			if _, q.ApprovalReasons, err = s.judge(ctx, tx, q, owner); err != nil {
				return err
			}
			q.NeedsApproval = len(q.ApprovalReasons) > 0
		}
		if err := st.check(q, owner); err != nil {
			return err
		}
		if st.wins {
			if err := s.dealStillReachable(ctx, tx, actor, q); err != nil {
				return err
			}
		}
		set, args := st.set(q)
		if st.guard {
			set = "needs_approval = ?, approval_reasons = ?, " + set
			args = append([]any{q.NeedsApproval, mustJSON(q.ApprovalReasons)}, args...)
		}
		args = append(args, s.stamp(), id, version)
		res, err := tx.ExecContext(ctx, `UPDATE quotes SET `+set+`, updated_at = ?, version = version + 1
			WHERE id = ? AND version = ? AND deleted_at IS NULL`, args...)
		if err := changedOne(res, err, "quote"); err != nil {
			return err
		}
		if after, err = quoteByID(ctx, tx, id); err != nil {
			return err
		}
		err = audit.Write(ctx, tx, audit.Entry{At: s.now(), ActorID: actor.ID, Entity: "quote", EntityID: id,
			Action: st.action, Before: statusNote(q), After: statusNote(after)})
		if err != nil || st.action != "accept" || s.winner == nil {
			return err
		}
		after, err = s.winDealTx(ctx, tx, actor.ID, after)
		return err
	})
	return forActor(actor, after), err
}

// dealStillReachable refuses to win q's deal for an actor who may no longer
// see it (the deal went to another rep or team since the quote named it):
// accepting would close someone else's deal at this quote's amount. A deal
// deleted since, or now another customer's, is not won; the winner makes a
// new one.
func (s *Service) dealStillReachable(ctx context.Context, tx *sql.Tx, actor auth.Actor, q Quote) error {
	if q.DealID == "" || s.deals == nil {
		return nil
	}
	_, err := s.deals.DealForQuote(ctx, tx, actor, q.DealID)
	switch {
	case errors.Is(err, apperr.ErrNotFound):
		return nil
	case errors.Is(err, apperr.ErrForbidden):
		return apperr.Forbidden("errors.forbidden.dealElsewhere")
	}
	return err
}

// winDealTx has the sales area win the accepted quote's deal and links the
// quote to the deal it won when that is another one (a deal created for it,
// or one in place of a deal deleted since), so the quote page leads there.
func (s *Service) winDealTx(ctx context.Context, tx *sql.Tx, actorID string, q Quote) (Quote, error) {
	dealID, err := s.winner.WinFromQuote(ctx, tx, q)
	if err != nil || dealID == "" || dealID == q.DealID {
		return q, err
	}
	// Part of the acceptance, so the version the acceptance gave stays.
	if _, err := tx.ExecContext(ctx, `UPDATE quotes SET deal_id = ?, updated_at = ? WHERE id = ?`,
		dealID, s.stamp(), q.ID); err != nil {
		return q, fmt.Errorf("quote: link deal: %w", err)
	}
	err = audit.Write(ctx, tx, audit.Entry{At: s.now(), ActorID: actorID, Entity: "quote", EntityID: q.ID,
		Action: "linkDeal", Before: map[string]string{"dealId": q.DealID}, After: map[string]string{"dealId": dealID}})
	if err != nil {
		return q, err
	}
	return quoteByID(ctx, tx, q.ID)
}

// statusNote is what the audit trail keeps of a status change.
func statusNote(q Quote) map[string]any {
	return map[string]any{"status": q.Status, "approvalDecision": q.ApprovalDecision, "approvalNote": q.ApprovalNote,
		"totalMinor": q.Totals.Total}
}

func inStatus(statuses ...string) func(q Quote, _ person) error {
	return func(q Quote, _ person) error {
		for _, st := range statuses {
			if q.Status == st {
				return nil
			}
		}
		return errStatus()
	}
}

// Submit finishes a draft: it is approved at once when the discount guard
// found nothing, and waits for a manager otherwise.
func (s *Service) Submit(ctx context.Context, actor auth.Actor, id string, version int) (Quote, error) {
	now := s.stamp()
	return s.apply(ctx, actor, id, version, step{action: "submit", guard: true, check: inStatus(StatusDraft),
		set: func(q Quote) (string, []any) {
			if q.NeedsApproval {
				return `status = 'pending_approval', submitted_at = ?`, []any{now}
			}
			return `status = 'approved', submitted_at = ?`, []any{now}
		}})
}

// Approve lets a quote that waits for approval go out; a manager of the
// quote owner's team or the owner may, and who and when is kept.
func (s *Service) Approve(ctx context.Context, actor auth.Actor, id string, version int, note string) (Quote, error) {
	return s.decide(ctx, actor, id, version, note, "approve", `status = 'approved', approval_decision = 'approved'`)
}

// RejectApproval sends a quote that waits for approval back to its owner as a draft.
func (s *Service) RejectApproval(ctx context.Context, actor auth.Actor, id string, version int, note string) (Quote, error) {
	return s.decide(ctx, actor, id, version, note, "rejectApproval", `status = 'draft', approval_decision = 'rejected'`)
}

func (s *Service) decide(ctx context.Context, actor auth.Actor, id string, version int, note, action, set string) (Quote, error) {
	var v apperr.Validation
	note = validate.Text(&v, "note", note, false, 500)
	if err := v.Err(); err != nil {
		return Quote{}, err
	}
	now := s.stamp()
	return s.apply(ctx, actor, id, version, step{action: action,
		check: func(q Quote, owner person) error {
			if err := canApprove(actor, owner); err != nil {
				return err
			}
			return inStatus(StatusPendingApproval)(q, owner)
		},
		set: func(Quote) (string, []any) {
			return set + `, approval_by = ?, approval_at = ?, approval_note = ?`, []any{actor.ID, now, note}
		}})
}

// MarkSent records that the quote went to the customer; from then on it is
// frozen (change it by revising). A draft the guard has no objection to may
// be sent directly.
func (s *Service) MarkSent(ctx context.Context, actor auth.Actor, id string, version int) (Quote, error) {
	now := s.stamp()
	return s.apply(ctx, actor, id, version, step{action: "send", guard: true,
		check: func(q Quote, owner person) error {
			if q.Status == StatusDraft && !q.NeedsApproval {
				return nil
			}
			return inStatus(StatusApproved)(q, owner)
		},
		set: func(Quote) (string, []any) {
			return `status = 'sent', sent_at = ?, submitted_at = coalesce(submitted_at, ?)`, []any{now, now}
		}})
}

// Accept records the customer's yes; the sales area's DealWinner, when
// wired, wins the quote's deal in the same transaction. A quote with nothing
// to pay wins nothing: it cannot be accepted (decline it or let it expire).
func (s *Service) Accept(ctx context.Context, actor auth.Actor, id string, version int) (Quote, error) {
	now := s.stamp()
	return s.apply(ctx, actor, id, version, step{action: "accept", wins: true,
		check: func(q Quote, owner person) error {
			if err := inStatus(StatusSent)(q, owner); err != nil {
				return err
			}
			if q.Totals.Total <= 0 {
				return apperr.Forbidden("errors.forbidden.zeroTotalWin")
			}
			return nil
		},
		set: func(Quote) (string, []any) { return `status = ?, closed_at = ?`, []any{StatusAccepted, now} }})
}

// Decline records the customer's no.
func (s *Service) Decline(ctx context.Context, actor auth.Actor, id string, version int) (Quote, error) {
	return s.close(ctx, actor, id, version, "decline", StatusRejected)
}

func (s *Service) close(ctx context.Context, actor auth.Actor, id string, version int, action, status string) (Quote, error) {
	now := s.stamp()
	return s.apply(ctx, actor, id, version, step{action: action, check: inStatus(StatusSent),
		set: func(Quote) (string, []any) { return `status = ?, closed_at = ?`, []any{status, now} }})
}

// ExpireDue marks approved and sent quotes whose validity date has passed
// (in the company's time zone) as expired, and returns how many it marked.
// A later revision of a quote the customer was sent expires likewise while
// still a draft or waiting for approval: revising a quote about to be
// turned down and never sending the revision must not drop it from the win
// rate. It runs without a user: at start-up and from a scheduled job.
func (s *Service) ExpireDue(ctx context.Context) (int, error) {
	settings, err := s.settings(ctx)
	if err != nil {
		return 0, err
	}
	day, now := today(s.now(), settings), s.stamp()
	n := 0
	err = s.db.Tx(ctx, func(tx *sql.Tx) error {
		ids, err := dueIDs(ctx, tx, day)
		if err != nil {
			return err
		}
		for _, id := range ids {
			_, err := tx.ExecContext(ctx, `UPDATE quotes SET status = 'expired', closed_at = ?, updated_at = ?,
				version = version + 1 WHERE id = ?`, now, now, id)
			if err != nil {
				return fmt.Errorf("quote: expire %s: %w", id, err)
			}
			err = audit.Write(ctx, tx, audit.Entry{At: s.now(), Entity: "quote", EntityID: id, Action: "expire",
				After: map[string]any{"status": StatusExpired, "day": day}})
			if err != nil {
				return err
			}
		}
		n = len(ids)
		return nil
	})
	return n, err
}

func dueIDs(ctx context.Context, tx *sql.Tx, day string) ([]string, error) {
	rows, err := tx.QueryContext(ctx, `SELECT q.id FROM quotes q WHERE q.deleted_at IS NULL AND q.valid_until < ?
		AND (q.status IN ('approved', 'sent') OR (q.status IN ('draft', 'pending_approval') AND q.revision > 1
			AND EXISTS (SELECT 1 FROM quotes e WHERE e.root_id = q.root_id AND e.revision < q.revision
				AND e.sent_at IS NOT NULL AND e.deleted_at IS NULL)))`, day)
	if err != nil {
		return nil, fmt.Errorf("quote: due to expire: %w", err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("quote: due to expire: %w", err)
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}
