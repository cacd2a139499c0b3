package service

import (
	"io"
	"testing"

	"steady/backend/customer"
)

// The customer list filters by after-sales health through the service
// area: low satisfaction as the customer page says it (the rounded average
// at or under the mark), and complaints still open.
func TestCustomerListHealthFilters(t *testing.T) {
	w := newWorld(t)
	w.customers.SetHealthFilter(w.svc)
	mid := w.addCustomer(w.rep, "宁波港城物流有限公司")
	survey := func(owner Actor, customerID string, scores ...int) {
		for _, s := range scores {
			k := w.resolved(owner, customerID)
			if _, err := w.svc.RecordSurvey(ctx, w.manager, Answer{SurveyRef: SurveyRef{TicketID: k.ID}, Score: s}); err != nil {
				t.Fatal(err)
			}
		}
	}
	survey(Actor{w.rep}, w.custRep, 2, 2, 3) // 2.33: not low
	survey(Actor{w.rep}, mid, 1, 3)          // 2.00: low
	survey(Actor{w.rep2}, w.custRep2, 5)
	w.open(w.rep2, w.custRep2, KindComplaint, PriorityHigh)
	w.open(w.rep, w.custRep, KindRepair, PriorityHigh) // open, but no complaint
	done := w.open(w.rep, mid, KindComplaint, PriorityHigh)
	w.status(w.rep, done, StatusResolved)

	list := func(who Actor, health string) map[string]bool {
		page, err := w.customers.Customers(ctx, who.actor, customer.ListQuery{Health: health})
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]bool{}
		for _, r := range page.Items {
			out[r.ID] = true
		}
		if len(out) != page.Total {
			t.Errorf("%s: %d rows, total %d", health, len(out), page.Total)
		}
		return out
	}
	if got := list(Actor{w.owner}, FilterLowScore); len(got) != 1 || !got[mid] {
		t.Errorf("low satisfaction = %v", got)
	}
	for _, id := range []string{w.custRep, mid, w.custRep2} {
		h, _ := w.svc.Health(ctx, w.owner, id)
		if h.Low != list(Actor{w.owner}, FilterLowScore)[id] {
			t.Errorf("%s: the page says low=%v, the filter disagrees", id, h.Low)
		}
	}
	if got := list(Actor{w.owner}, FilterOpenComplaints); len(got) != 1 || !got[w.custRep2] {
		t.Errorf("open complaints = %v", got)
	}
	if got := list(Actor{w.rep}, FilterOpenComplaints); len(got) != 0 {
		t.Errorf("rep sees another's customer through the filter: %v", got)
	}
	// the export takes what the list shows
	sum, err := w.customers.ExportXLSX(ctx, w.owner, customer.ListQuery{Health: FilterLowScore}, "en", io.Discard, nil)
	if err != nil || sum.Rows != 1 {
		t.Errorf("export of the low ones: %+v, %v", sum, err)
	}
	if _, err := w.customers.Customers(ctx, w.owner, customer.ListQuery{Health: "angry"}); code(err, "health") != "validation.invalidChoice" {
		t.Errorf("unknown filter: %v", err)
	}
}
