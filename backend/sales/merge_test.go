package sales

import (
	"slices"
	"testing"

	"steady/backend/audit"
	"steady/backend/customer"
	"steady/backend/quote"
)

// The customer area, wired as main wires it: a merge moves the duplicate's
// deals (here) and quotes (quote.Service) to the customer kept.
func TestMergedCustomersDealsAndQuotesFollowTheSurvivor(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	quotes := quote.NewService(w.db, w.clock.Now)
	w.customers.OnMerge("deals", w.svc.MoveCustomer)
	w.customers.OnMerge("quotes", quotes.MoveCustomer)

	dup := w.addCustomer(w.rep2, "明远智能科技")
	open := w.deal(w.rep2, dup, "打印机更新", 2_000_000)
	if _, err := w.wonThroughQuote(w.rep2, dup, "明远智能科技"); err != nil { // a won deal of 2,260.00
		t.Fatal(err)
	}
	if _, err := w.wonThroughQuote(w.rep, w.custRep, "杭州明远智能科技有限公司"); err != nil {
		t.Fatal(err)
	}
	before := dealIDs(t, w, w.custRep)
	dupDeals := dealIDs(t, w, dup)
	if len(before) != 1 || len(dupDeals) != 2 {
		t.Fatalf("deals before: kept %v, duplicate %v", before, dupDeals)
	}
	keep, _ := w.customers.Customer(ctx, w.manager, w.custRep)
	drop, _ := w.customers.Customer(ctx, w.manager, dup)
	if keep.RFM.F != 1 {
		t.Fatalf("kept RFM before = %+v", keep.RFM)
	}
	w.hours(1)
	if _, err := w.customers.Merge(ctx, w.manager, customer.MergeInput{KeepID: keep.ID, KeepVersion: keep.Version,
		DropID: drop.ID, DropVersion: drop.Version}); err != nil {
		t.Fatal(err)
	}

	after := dealIDs(t, w, keep.ID)
	if want := slices.Sorted(slices.Values(append(before, dupDeals...))); !slices.Equal(after, want) {
		t.Fatalf("kept deals after the merge = %v, want %v", after, want)
	}
	got, err := w.svc.Deal(ctx, w.manager, open.ID)
	if err != nil || got.CustomerID != keep.ID || got.CustomerName != keep.Name || got.Version != open.Version+1 {
		t.Fatalf("open deal after the merge = %+v, %v", got.Deal, err)
	}
	history, _ := audit.History(ctx, w.db.Read(), "deal", open.ID)
	if last := history[len(history)-1]; last.Action != "moveCustomer" || last.ActorID != w.manager.ID {
		t.Fatalf("deal audit = %+v", history)
	}
	list, err := quotes.List(ctx, w.manager, quote.Filter{CustomerID: keep.ID})
	if err != nil || len(list) != 2 {
		t.Fatalf("kept quotes = %+v, %v", list, err)
	}
	if left, _ := quotes.List(ctx, w.manager, quote.Filter{CustomerID: dup}); len(left) != 0 {
		t.Fatalf("quotes left on the duplicate = %+v", left)
	}
	// segmentation counts the duplicate's win with the kept customer's, now and at the daily recompute
	if _, err := w.customers.RecomputeSegments(ctx, w.clock.Now()); err != nil {
		t.Fatal(err)
	}
	kept, _ := w.customers.Customer(ctx, w.manager, keep.ID)
	if kept.RFM.F != 2 || kept.Stage != customer.StageRepeat {
		t.Fatalf("kept after the merge: RFM %+v, stage %s", kept.RFM, kept.Stage)
	}
	page, err := w.customers.Timeline(ctx, w.manager, keep.ID, 50, "")
	if err != nil {
		t.Fatal(err)
	}
	moved := map[string]int{}
	for _, e := range page.Entries {
		if e.Kind == "merge" {
			moved = e.Merge.Moved
		}
	}
	if moved["deals"] != 2 || moved["quotes"] != 1 || moved["wonDeals"] != 1 {
		t.Fatalf("merge on the timeline moved %v", moved)
	}
}

// dealIDs lists a customer's live deals, sorted.
func dealIDs(t *testing.T, w *world, customerID string) []string {
	t.Helper()
	page, err := w.svc.Deals(ctx, w.owner, DealQuery{CustomerID: customerID, Limit: 200})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, d := range page.Deals {
		ids = append(ids, d.ID)
	}
	slices.Sort(ids)
	return ids
}
