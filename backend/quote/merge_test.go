package quote_test

import (
	"database/sql"
	"testing"
)

func TestMovedCustomerKeepsTheQuoteAsSent(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	in := w.input()
	w.holders.held["dropped-customer"] = w.rep.ID
	in.CustomerID = "dropped-customer"
	q := w.create(w.rep, in)
	other := w.create(w.rep, w.input())
	err := w.db.Tx(ctx, func(tx *sql.Tx) error {
		n, err := w.svc.MoveCustomer(ctx, tx, w.manager.ID, "kept-customer", "dropped-customer")
		if err == nil && n != 1 {
			t.Errorf("moved %d quotes, want 1", n)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	got, err := w.svc.Quote(ctx, w.rep, q.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.CustomerID != "kept-customer" || got.CustomerName != q.CustomerName || got.Version != q.Version+1 {
		t.Fatalf("moved quote = %s %q v%d", got.CustomerID, got.CustomerName, got.Version)
	}
	if o, err := w.svc.Quote(ctx, w.rep, other.ID); err != nil || o.Version != other.Version {
		t.Fatalf("another customer's quote changed: %+v, %v", o, err)
	}
}
