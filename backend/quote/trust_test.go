package quote_test

import (
	"context"
	"database/sql"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"testing"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/quote"
	"steady/backend/store"
)

// A rep reads only the discount limits that apply to them: another rep's
// personal limit says how far that colleague may go unapproved. A manager
// reads every level's and their team's; the owner all.
func TestEachRoleReadsOnlyTheLimitsItMay(t *testing.T) {
	w := newWorld(t)
	set := func(scope, subject string, bp int64) {
		t.Helper()
		in := quote.DiscountLimit{Scope: scope, Subject: subject, MaxDiscountBP: bp}
		all, _ := w.svc.DiscountLimits(ctx, w.owner)
		for _, d := range all {
			if d.Scope == scope && d.Subject == subject {
				in.Version = d.Version
			}
		}
		if _, err := w.svc.SetDiscountLimit(ctx, w.owner, in); err != nil {
			t.Fatal(err)
		}
	}
	set("level", auth.LevelNewHire, 500) // junior keeps the company's default, 10 %
	set("level", auth.LevelSenior, 1500)
	set("user", w.rep.ID, 700)
	set("user", w.senior.ID, 1800)
	set("user", w.other.ID, 2500)
	seen := func(a auth.Actor) []string {
		t.Helper()
		list, err := w.svc.DiscountLimits(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, d := range list {
			out = append(out, d.Subject+"="+strconv.FormatInt(d.MaxDiscountBP, 10))
		}
		slices.Sort(out)
		return out
	}
	cases := []struct {
		who  string
		as   auth.Actor
		want []string
	}{
		{"the new-hire rep", w.rep, []string{"new_hire=500", w.rep.ID + "=700"}},
		{"the senior rep", w.senior, []string{"senior=1500", w.senior.ID + "=1800"}},
		{"the other team's junior rep", w.other, []string{"junior=1000", w.other.ID + "=2500"}},
		{"their manager", w.manager, []string{"new_hire=500", "junior=1000", "senior=1500", w.rep.ID + "=700", w.senior.ID + "=1800"}},
		{"the owner", w.owner, []string{"new_hire=500", "junior=1000", "senior=1500", w.rep.ID + "=700", w.senior.ID + "=1800", w.other.ID + "=2500"}},
	}
	for _, c := range cases {
		want := slices.Sorted(slices.Values(c.want))
		if got := seen(c.as); !slices.Equal(got, want) {
			t.Errorf("%s reads %v, want %v", c.who, got, want)
		}
	}
	// The rep's own quote says their limit (which they may know), nothing else.
	in := w.input()
	in.DiscountBP = 2000
	q := w.create(w.rep, in)
	raw, _ := json.Marshal(q)
	for _, leak := range []string{`"limitBp":2500`, `"limitBp":1800`, `"limitBp":1500`} {
		if strings.Contains(string(raw), leak) {
			t.Errorf("the rep's quote carries %s", leak)
		}
	}
}

// reassignedDeal stands in for the sales area after a deal changed hands:
// only the actors in sees may see it; wins counts what was won.
type reassignedDeal struct {
	customer string
	sees     map[string]bool
	gone     bool
	wins     *int
}

func (d *reassignedDeal) DealForQuote(_ context.Context, _ *sql.Tx, actor auth.Actor, id string) (quote.DealFacts, error) {
	switch {
	case d.gone:
		return quote.DealFacts{}, apperr.NotFound("deal")
	case !d.sees[actor.ID]:
		return quote.DealFacts{}, apperr.Forbidden("errors.forbidden.notYourTeam")
	}
	return quote.DealFacts{CustomerID: d.customer, Open: true}, nil
}

func (d *reassignedDeal) WinFromQuote(_ context.Context, _ *sql.Tx, q quote.Quote) (string, error) {
	*d.wins++
	return q.DealID, nil
}

// Accepting a quote wins its deal, so it re-checks the deal: a rep whose
// deal went to another team since the quote was sent cannot close it at
// their quote's amount; someone who may see the deal can.
func TestAcceptingAQuoteReChecksItsDeal(t *testing.T) {
	w := newWorld(t)
	customerID, dealID := w.customer(&w.rep), store.NewID()
	wins := 0
	d := &reassignedDeal{customer: customerID, sees: map[string]bool{w.rep.ID: true, w.owner.ID: true}, wins: &wins}
	w.svc.SetDealReader(d)
	w.svc.SetDealWinner(d)
	in := w.input()
	in.CustomerID, in.DealID = customerID, dealID
	q := w.create(w.rep, in)
	q, err := w.svc.MarkSent(ctx, w.rep, q.ID, q.Version)
	if err != nil {
		t.Fatal(err)
	}
	delete(d.sees, w.rep.ID) // the deal went to the other team
	d.sees[w.manager2.ID] = true
	if _, err := w.svc.Accept(ctx, w.rep, q.ID, q.Version); codeOf(err) != "errors.forbidden.dealElsewhere" {
		t.Fatalf("the rep accepts: %v", err)
	}
	if still, _ := w.svc.Quote(ctx, w.owner, q.ID); still.Status != quote.StatusSent || still.Version != q.Version || wins != 0 {
		t.Fatalf("after the refusal: %s v%d, %d wins", still.Status, still.Version, wins)
	}
	if _, err := w.svc.Accept(ctx, w.owner, q.ID, q.Version); err != nil || wins != 1 {
		t.Fatalf("the owner accepts: %v, %d wins", err, wins)
	}
	// A deal deleted since is no one's: the winner makes a new one.
	d.sees[w.rep.ID] = true
	q = w.create(w.rep, in)
	if q, err = w.svc.MarkSent(ctx, w.rep, q.ID, q.Version); err != nil {
		t.Fatal(err)
	}
	d.gone = true
	if _, err := w.svc.Accept(ctx, w.rep, q.ID, q.Version); err != nil || wins != 2 {
		t.Fatalf("accepting with the deal gone: %v, %d wins", err, wins)
	}
}
