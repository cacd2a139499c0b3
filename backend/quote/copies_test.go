package quote_test

import (
	"errors"
	"slices"
	"testing"
	"time"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/quote"
)

// sendAndClose sends q (approving it first when held) and closes it with close.
func (w *world) sendAndClose(q quote.Quote, close func(q quote.Quote) (quote.Quote, error)) quote.Quote {
	w.t.Helper()
	var err error
	if q.NeedsApproval {
		if q, err = w.svc.Submit(ctx, w.actorOf(q.OwnerID), q.ID, q.Version); err == nil {
			q, err = w.svc.Approve(ctx, w.owner, q.ID, q.Version, "")
		}
	}
	if err == nil {
		q, err = w.svc.MarkSent(ctx, w.actorOf(q.OwnerID), q.ID, q.Version)
	}
	if err == nil && close != nil {
		q, err = close(q)
	}
	if err != nil {
		w.t.Fatalf("send and close %s: %v", q.Number, err)
	}
	return q
}

func (w *world) actorOf(id string) auth.Actor {
	for _, a := range []auth.Actor{w.owner, w.manager, w.manager2, w.rep, w.senior, w.other} {
		if a.ID == id {
			return a
		}
	}
	w.t.Fatalf("no user %s", id)
	return auth.Actor{}
}

func (w *world) accept(q quote.Quote) (quote.Quote, error) {
	return w.svc.Accept(ctx, w.actorOf(q.OwnerID), q.ID, q.Version)
}

func (w *world) decline(q quote.Quote) (quote.Quote, error) {
	return w.svc.Decline(ctx, w.actorOf(q.OwnerID), q.ID, q.Version)
}

func (w *world) month(userID string) quote.Monthly {
	w.t.Helper()
	all, err := w.svc.MonthlyNumbers(ctx, "2026-11")
	if err != nil {
		w.t.Fatal(err)
	}
	for _, m := range all {
		if m.UserID == userID {
			return m
		}
	}
	return quote.Monthly{UserID: userID}
}

// One sale is won once: a copy of an accepted quote for the same customer,
// however many copies and revisions away, needs a manager to confirm that the
// customer buys again.
func TestACopyOfAnAcceptedQuoteNeedsApproval(t *testing.T) {
	w := newWorld(t)
	in := w.input()
	in.CustomerID = w.customer(&w.rep)
	won := w.sendAndClose(w.create(w.rep, in), w.accept)
	copied, err := w.svc.Duplicate(ctx, w.rep, won.ID)
	if err != nil || !slices.Equal(kinds(copied), []string{quote.ReasonCopyOfAccepted}) || copied.ApprovalReasons[0].Name != won.Number {
		t.Fatalf("a copy of %s: %+v, %v", won.Number, copied.ApprovalReasons, err)
	}
	if _, err := w.svc.MarkSent(ctx, w.rep, copied.ID, copied.Version); codeOf(err) != "errors.conflict.quoteStatus" {
		t.Fatalf("sending the copy unapproved: %v", err)
	}
	twice, err := w.svc.Duplicate(ctx, w.rep, copied.ID)
	if err != nil || !slices.Contains(kinds(twice), quote.ReasonCopyOfAccepted) {
		t.Fatalf("a copy of the copy: %v, %v", kinds(twice), err)
	}
	sent := w.sendAndClose(twice, nil) // a manager confirmed this one
	if v2, err := w.svc.Revise(ctx, w.rep, sent.ID, sent.Version); err != nil || !slices.Contains(kinds(v2), quote.ReasonCopyOfAccepted) {
		t.Fatalf("a revision of the copy: %v, %v", kinds(v2), err)
	}
	other := w.input()
	other.ID, other.Version, other.CustomerID = copied.ID, copied.Version, w.customer(&w.rep)
	if q, err := w.svc.Update(ctx, w.rep, other); err != nil || q.NeedsApproval {
		t.Fatalf("the copy for another customer: %v, %v", kinds(q), err)
	}
}

// A quote revised after it was turned down counts once, with the outcome of
// its latest revision; sending each revision does not count more sends.
func TestARevisedQuoteCountsOnceWithItsLatestOutcome(t *testing.T) {
	w := newWorld(t)
	v1 := w.sendAndClose(w.create(w.rep, w.input()), w.decline)
	v2, err := w.svc.Revise(ctx, w.rep, v1.ID, v1.Version)
	if err != nil {
		t.Fatal(err)
	}
	w.sendAndClose(v2, w.accept)
	if m := w.month(w.rep.ID); m.Created != 1 || m.Sent != 1 || m.Accepted != 1 || m.Rejected != 0 || m.AcceptedMinor != v2.Totals.Total {
		t.Fatalf("declined, revised and accepted: %+v", m)
	}
	// Turned down twice: one quote lost, not two.
	lost := w.sendAndClose(w.create(w.senior, w.input()), w.decline)
	lost2, err := w.svc.Revise(ctx, w.senior, lost.ID, lost.Version)
	if err != nil {
		t.Fatal(err)
	}
	w.sendAndClose(lost2, w.decline)
	if m := w.month(w.senior.ID); m.Sent != 1 || m.Rejected != 1 {
		t.Fatalf("declined twice: %+v", m)
	}
}

// Revising a quote the customer is about to turn down, and never sending the
// revision, does not take the quote out of the win rate: the unsent revision
// expires when its validity runs out.
func TestAnUnsentRevisionStillExpires(t *testing.T) {
	w := newWorld(t)
	v1 := w.sendAndClose(w.create(w.rep, w.input()), nil)
	v2, err := w.svc.Revise(ctx, w.rep, v1.ID, v1.Version)
	if err != nil {
		t.Fatal(err)
	}
	never := w.create(w.rep, w.input()) // a first draft never sent is no quote to anyone
	w.clock.T = w.clock.T.Add(31 * 24 * time.Hour)
	if n, err := w.svc.ExpireDue(ctx); err != nil || n != 1 {
		t.Fatalf("expired %d, %v", n, err)
	}
	if q, _ := w.svc.Quote(ctx, w.rep, v2.ID); q.Status != quote.StatusExpired {
		t.Fatalf("the unsent revision is %s", q.Status)
	}
	if q, _ := w.svc.Quote(ctx, w.rep, never.ID); q.Status != quote.StatusDraft {
		t.Fatalf("the never-sent draft is %s", q.Status)
	}
	dec, err := w.svc.MonthlyNumbers(ctx, "2026-12")
	if err != nil || len(dec) != 1 || dec[0].Expired != 1 {
		t.Fatalf("December: %+v, %v", dec, err)
	}
}

// A quote with nothing to pay is never a win.
func TestAZeroTotalWinsNothing(t *testing.T) {
	w := newWorld(t)
	in := w.input()
	in.Lines = []quote.LineInput{free("", "上门检测", 0)}
	q := w.sendAndClose(w.create(w.rep, in), nil)
	if _, err := w.svc.Accept(ctx, w.rep, q.ID, q.Version); codeOf(err) != "errors.forbidden.zeroTotalWin" {
		t.Fatalf("accepting a zero quote: %v", err)
	}
	// Nor does a full discount, even approved.
	in = w.input()
	in.DiscountBP = 10000
	q = w.sendAndClose(w.create(w.rep, in), nil)
	if _, err := w.svc.Accept(ctx, w.rep, q.ID, q.Version); !errorIs(err, apperr.ErrForbidden) {
		t.Fatalf("accepting a fully discounted quote: %v", err)
	}
	// One accepted before the rule counts nothing.
	w.exec(`UPDATE quotes SET status = 'accepted', closed_at = '2026-11-27T01:00:00.000Z' WHERE id = ?`, q.ID)
	if m := w.month(w.rep.ID); m.Accepted != 0 || m.AcceptedMinor != 0 {
		t.Fatalf("a zero win counted: %+v", m)
	}
}

func errorIs(err, kind error) bool { return errors.Is(err, kind) }
