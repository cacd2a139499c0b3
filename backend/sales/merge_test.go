package sales

import (
	"testing"

	"steady/backend/customer"
)

func TestMergedCustomersDealsFollowTheSurvivor(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	dup := w.addCustomer(w.rep, "明远智能科技")
	d := w.deal(w.rep, dup, "打印机更新", 2_000_000)
	keep, err := w.customers.Customer(ctx, w.manager, w.custRep)
	if err != nil {
		t.Fatal(err)
	}
	drop, err := w.customers.Customer(ctx, w.manager, dup)
	if err != nil {
		t.Fatal(err)
	}
	w.customers.OnMerge("deals", w.svc.MoveCustomer)
	if _, err := w.customers.Merge(ctx, w.manager, customer.MergeInput{KeepID: keep.ID, KeepVersion: keep.Version,
		DropID: drop.ID, DropVersion: drop.Version}); err != nil {
		t.Fatal(err)
	}
	got, err := w.svc.Deal(ctx, w.manager, d.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.CustomerID != keep.ID || got.Version != d.Version+1 {
		t.Fatalf("deal after the merge = customer %s version %d; want %s, %d", got.CustomerID, got.Version, keep.ID, d.Version+1)
	}
}
