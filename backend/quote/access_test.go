package quote_test

import (
	"testing"

	"steady/backend/auth"
	"steady/backend/quote"
)

// A quote earns credit only on a customer its owner holds: not on another
// team's customer, nor on one waiting unclaimed in the pool.
func TestAQuoteNamesOnlyACustomerItsOwnerHolds(t *testing.T) {
	w := newWorld(t)
	mine, teammates, othersTeam, pool := w.customer(&w.rep), w.customer(&w.senior), w.customer(&w.other), w.customer(nil)
	cases := []struct {
		name     string
		who      auth.Actor
		customer string
		code     string
	}{
		{"the rep's own customer", w.rep, mine, ""},
		{"a teammate's customer", w.rep, teammates, "validation.customerUnavailable"},
		{"another team's customer", w.rep, othersTeam, "validation.customerUnavailable"},
		{"a pool customer", w.rep, pool, "validation.customerInPool"},
		{"a customer not on file", w.rep, "no-such-customer", "validation.customerUnavailable"},
		{"the manager, for a rep of the team", w.manager, mine, ""},
		{"the manager, for another team", w.manager, othersTeam, "validation.customerUnavailable"},
		{"the manager, for the pool", w.manager, pool, "validation.customerInPool"},
		{"the company's owner, for the pool", w.owner, pool, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := w.input()
			in.CustomerID = c.customer
			_, err := w.svc.Create(ctx, c.who, in)
			if got := fieldCode(err, "customerId"); got != c.code || (c.code == "" && err != nil) {
				t.Fatalf("customerId = %q (%v), want %q", got, err, c.code)
			}
		})
	}
	in := w.input()
	in.CustomerID = mine
	q := w.create(w.rep, in)
	in.ID, in.Version, in.CustomerID = q.ID, q.Version, othersTeam
	if _, err := w.svc.Update(ctx, w.rep, in); fieldCode(err, "customerId") != "validation.customerUnavailable" {
		t.Fatalf("switching the draft to another team's customer: %v", err)
	}
	q = w.sendAndClose(q, nil)
	w.holders.held[mine] = "" // released to the pool since
	if _, err := w.svc.Revise(ctx, w.rep, q.ID, q.Version); fieldCode(err, "customerId") != "validation.customerInPool" {
		t.Fatalf("revising a quote on a released customer: %v", err)
	}
	if _, err := w.svc.Duplicate(ctx, w.rep, q.ID); fieldCode(err, "customerId") != "validation.customerInPool" {
		t.Fatalf("copying it: %v", err)
	}
	if _, err := w.svc.Accept(ctx, w.rep, q.ID, q.Version); err != nil {
		t.Fatalf("the customer's yes to what was sent still counts: %v", err)
	}
}

func TestWithoutTheCustomerAreaAQuoteNamesNoCustomer(t *testing.T) {
	w := newWorld(t)
	w.svc.SetCustomerReader(nil)
	in := w.input()
	in.CustomerID = w.customer(&w.rep)
	if _, err := w.svc.Create(ctx, w.rep, in); fieldCode(err, "customerId") != "validation.customerUnavailable" {
		t.Fatalf("a customer nobody can check: %v", err)
	}
	in.CustomerID = "" // typed in: a prospect not on file
	if _, err := w.svc.Create(ctx, w.rep, in); err != nil {
		t.Fatal(err)
	}
}

var _ quote.CustomerReader = customers{}
