package quote_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

// A quote's page tells who submitted, approved and sent it, with the note the
// approver left, to whoever may see the quote; the steps carry no cost price,
// though the stored audit documents do.
func TestAQuotesHistoryNamesEachStepAndLeaksNoCost(t *testing.T) {
	w := newWorld(t)
	in := w.input()
	in.Lines[0].DiscountBP = 2000 // below the floor: needs the manager
	q := w.create(w.rep, in)
	q, err := w.svc.Submit(ctx, w.rep, q.ID, q.Version)
	if err != nil {
		t.Fatal(err)
	}
	w.clock.T = w.clock.T.Add(time.Hour)
	if q, err = w.svc.Approve(ctx, w.manager, q.ID, q.Version, "老客户,同意让利"); err != nil {
		t.Fatal(err)
	}
	if q, err = w.svc.MarkSent(ctx, w.rep, q.ID, q.Version); err != nil {
		t.Fatal(err)
	}

	events, err := w.svc.History(ctx, w.rep, q.ID)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range events {
		got = append(got, e.Action+":"+e.ActorName+":"+e.Status)
	}
	want := []string{"create:李强:draft", "submit:李强:pending_approval", "approve:王芳:approved", "send:李强:sent"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Fatalf("history %v, want %v", got, want)
	}
	if events[2].Note != "老客户,同意让利" || events[2].At != "2026-11-27T02:00:00.000Z" {
		t.Fatalf("the approval step: %+v", events[2])
	}
	if !events[3].HasTotal || events[3].TotalMinor != q.Totals.Total {
		t.Fatalf("the send step's total %d (%v), the quote's %d", events[3].TotalMinor, events[3].HasTotal, q.Totals.Total)
	}
	raw, _ := json.Marshal(events)
	if strings.Contains(strings.ToLower(string(raw)), "cost") || strings.Contains(string(raw), "floor") {
		t.Fatalf("the history a rep reads names cost or floor prices: %s", raw)
	}
	if _, err := w.svc.History(ctx, w.other, q.ID); codeOf(err) != "errors.forbidden.notYourTeam" {
		t.Fatalf("another team's rep reading the history: %v", err)
	}
}
