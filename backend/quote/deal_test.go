package quote_test

import (
	"context"
	"database/sql"
	"strings"
	"testing"

	"steady/backend/audit"
	"steady/backend/auth"
	"steady/backend/quote"
	"steady/backend/store"
)

// deals stands in for the sales area: every deal is open and belongs to the
// customer it names; WinFromQuote wins the deal returned by pick.
type deals struct {
	customer string
	pick     func(q quote.Quote) string
}

func (d deals) DealForQuote(context.Context, *sql.Tx, auth.Actor, string) (quote.DealFacts, error) {
	return quote.DealFacts{CustomerID: d.customer, Open: true}, nil
}

func (d deals) WinFromQuote(_ context.Context, _ *sql.Tx, q quote.Quote) (string, error) {
	return d.pick(q), nil
}

func TestWithoutTheSalesAreaAQuoteNamesNoDeal(t *testing.T) {
	w := newWorld(t)
	in := w.input()
	in.DealID = store.NewID()
	if _, err := w.svc.Create(ctx, w.rep, in); fieldCode(err, "dealId") != "validation.dealUnavailable" {
		t.Fatalf("a deal nobody can check: %v", err)
	}
}

func TestAcceptedQuoteNamesTheDealItWon(t *testing.T) {
	customerID, named, created := store.NewID(), store.NewID(), store.NewID()
	for _, c := range []struct {
		name     string
		dealID   string
		won      string
		wantDeal string
	}{
		{"its own deal won", named, named, named},
		{"a deal created for it", "", created, created},
		{"a deal created in place of its own", named, created, created},
		{"no deal (customer typed in)", "", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			w := newWorld(t)
			sales := deals{customer: customerID, pick: func(quote.Quote) string { return c.won }}
			w.svc.SetDealReader(sales)
			w.svc.SetDealWinner(sales)
			in := w.input()
			w.holders.held[customerID] = w.rep.ID
			in.CustomerID, in.DealID = customerID, c.dealID
			q := w.create(w.rep, in)
			q, err := w.svc.MarkSent(ctx, w.rep, q.ID, q.Version)
			if err != nil {
				t.Fatal(err)
			}
			accepted, err := w.svc.Accept(ctx, w.rep, q.ID, q.Version)
			if err != nil || accepted.DealID != c.wantDeal || accepted.Version != q.Version+1 {
				t.Fatalf("accepted: deal %q v%d, %v", accepted.DealID, accepted.Version, err)
			}
			if stored, _ := w.svc.Quote(ctx, w.rep, q.ID); stored.DealID != c.wantDeal {
				t.Fatalf("stored deal %q", stored.DealID)
			}
			history, _ := audit.History(ctx, w.db.Read(), "quote", q.ID)
			last := history[len(history)-1]
			relinked := c.wantDeal != c.dealID
			if (last.Action == "linkDeal") != relinked || relinked && (last.ActorID != w.rep.ID ||
				!strings.Contains(last.Before, `"`+c.dealID+`"`) || !strings.Contains(last.After, c.wantDeal)) {
				t.Fatalf("audit ends with %+v", last)
			}
		})
	}
}
