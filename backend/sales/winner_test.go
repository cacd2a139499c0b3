package sales

import (
	"strings"
	"testing"

	"steady/backend/auth"
	"steady/backend/customer"
	"steady/backend/quote"
)

// acceptQuote writes, sends and accepts a quote of one free-text line
// (2 × 1,130.00 tax included) as actor, with the sales area wired in.
func (w *world) acceptQuote(actor auth.Actor, customerID, customerName, dealID string) (quote.Quote, error) {
	w.t.Helper()
	svc := quote.NewService(w.db, w.clock.Now)
	svc.SetDealWinner(w.svc)
	q, err := svc.Create(ctx, actor, quote.Input{CustomerID: customerID, CustomerName: customerName, DealID: dealID,
		TaxIncluded: true, Lines: []quote.LineInput{{Name: "激光打印机", QtyMilli: 2000, UnitPriceMinor: 1_130_00, TaxRateBP: 1300}}})
	if err != nil {
		w.t.Fatalf("quote: %v", err)
	}
	if q, err = svc.MarkSent(ctx, actor, q.ID, q.Version); err != nil {
		w.t.Fatalf("send: %v", err)
	}
	return svc.Accept(ctx, actor, q.ID, q.Version)
}

func TestAcceptedQuoteWinsItsDeal(t *testing.T) {
	w := newWorld(t)
	d := w.deal(w.rep, w.custRep, "打印机采购", 1_000_00)
	q, err := w.acceptQuote(w.rep, w.custRep, "杭州明远智能科技有限公司", d.ID)
	if err != nil || q.Status != quote.StatusAccepted {
		t.Fatalf("accept = %s, %v", q.Status, err)
	}
	won, _ := w.svc.Deal(ctx, w.rep, d.ID)
	if won.Status != StatusWon || won.AmountMinor != 2_260_00 || won.QuoteID != q.ID || won.StageID != stWon {
		t.Fatalf("deal after the quote = %+v", won.Deal)
	}
	if last := won.History[len(won.History)-1]; last.Action != "win" || last.ActorID != "" {
		t.Fatalf("history = %+v", won.History)
	}
	c, _ := w.customers.Customer(ctx, w.rep, w.custRep)
	if c.Stage != customer.StageCustomer {
		t.Fatalf("customer stage = %s", c.Stage)
	}
	// A second accepted quote for the won deal leaves it alone.
	if _, err := w.acceptQuote(w.rep, w.custRep, "杭州明远智能科技有限公司", d.ID); err != nil {
		t.Fatal(err)
	}
	if again, _ := w.svc.Deal(ctx, w.rep, d.ID); again.AmountMinor != 2_260_00 || again.Version != won.Version {
		t.Fatalf("won deal changed: %+v", again.Deal)
	}
}

func TestAcceptedQuoteWithoutADealCreatesOne(t *testing.T) {
	w := newWorld(t)
	q, err := w.acceptQuote(w.rep, w.custRep, "杭州明远智能科技有限公司", "")
	if err != nil {
		t.Fatal(err)
	}
	page, _ := w.svc.Deals(ctx, w.rep, DealQuery{})
	if page.Total != 1 {
		t.Fatalf("deals = %+v", page)
	}
	d, _ := w.svc.Deal(ctx, w.rep, page.Deals[0].ID)
	if d.Title != "报价单 "+q.Number || d.OwnerID != w.rep.ID || d.Status != StatusWon || d.AmountMinor != 2_260_00 ||
		len(d.Products) != 1 || d.Products[0].Name != "激光打印机" || d.QuoteID != q.ID || d.CreatedBy != "" {
		t.Fatalf("created deal = %+v", d.Deal)
	}
	if _, err := w.acceptQuote(w.rep, "", "路过的散客", ""); err != nil {
		t.Fatal(err)
	}
	if page, _ := w.svc.Deals(ctx, w.owner, DealQuery{}); page.Total != 1 {
		t.Fatalf("a typed-in customer made a deal: %+v", page)
	}
}

func TestAcceptanceAndWinLandTogether(t *testing.T) {
	w := newWorld(t)
	d := w.deal(w.rep, w.custRep, "打印机采购", 1_000_00)
	c, _ := w.customers.Customer(ctx, w.rep, w.custRep)
	if err := w.customers.DeleteCustomer(ctx, w.manager, c.ID, c.Version); err != nil {
		t.Fatal(err)
	}
	_, err := w.acceptQuote(w.rep, w.custRep, c.Name, d.ID)
	if err == nil || !strings.Contains(err.Error(), "customer") {
		t.Fatalf("accepting for a deleted customer: %v", err)
	}
	list, _ := quote.NewService(w.db, w.clock.Now).List(ctx, w.rep, quote.Filter{})
	if len(list) != 1 || list[0].Status != quote.StatusSent {
		t.Fatalf("the quote should still be sent: %+v", list)
	}
	if still, _ := loadDeal(ctx, w.db.Read(), d.ID); still.Status != StatusOpen {
		t.Fatalf("deal = %+v", still)
	}
}
