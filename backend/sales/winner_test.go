package sales

import (
	"context"
	"database/sql"
	"strings"
	"testing"

	"steady/backend/auth"
	"steady/backend/customer"
	"steady/backend/quote"
	"steady/backend/store"
)

// quotes is a quote service wired to the sales area as main wires it.
func (w *world) quotes() *quote.Service {
	svc := quote.NewService(w.db, w.clock.Now)
	svc.SetDealWinner(w.svc)
	svc.SetDealReader(w.svc)
	svc.SetCustomerReader(quoteCustomers{w.customers})
	return svc
}

// quoteCustomers tells the quote area who holds a customer, as main wires it
// (backend/services).
type quoteCustomers struct{ customers *customer.Service }

func (c quoteCustomers) CustomerForQuote(ctx context.Context, _ *sql.Tx, actor auth.Actor, id string) (quote.CustomerFacts, error) {
	k, err := c.customers.Customer(ctx, actor, id)
	return quote.CustomerFacts{OwnerID: k.OwnerID}, err
}

// quoteInput is a quote of one free-text line (2 × 1,130.00 tax included).
func quoteInput(customerID, customerName, dealID string) quote.Input {
	return quote.Input{CustomerID: customerID, CustomerName: customerName, DealID: dealID, TaxIncluded: true,
		Lines: []quote.LineInput{{Name: "激光打印机", QtyMilli: 2000, UnitPriceMinor: 1_130_00, TaxRateBP: 1300}}}
}

// sentQuote writes and sends a quote as actor and fails the test on error.
func (w *world) sentQuote(actor auth.Actor, in quote.Input) quote.Quote {
	w.t.Helper()
	svc := w.quotes()
	q, err := svc.Create(ctx, actor, in)
	if err != nil {
		w.t.Fatalf("quote: %v", err)
	}
	if q, err = svc.MarkSent(ctx, actor, q.ID, q.Version); err != nil {
		w.t.Fatalf("send: %v", err)
	}
	return q
}

// wonThroughQuote opens a deal for customerID, completes its checklists and
// wins it by accepting a quote (2,260.00) naming it.
func (w *world) wonThroughQuote(actor auth.Actor, customerID, customerName string) (quote.Quote, error) {
	w.t.Helper()
	d := w.ready(actor, w.deal(actor, customerID, "报价成交", 1_000_00))
	return w.acceptQuote(actor, customerID, customerName, d.ID)
}

// acceptQuote writes, sends and accepts a quote as actor.
func (w *world) acceptQuote(actor auth.Actor, customerID, customerName, dealID string) (quote.Quote, error) {
	w.t.Helper()
	q := w.sentQuote(actor, quoteInput(customerID, customerName, dealID))
	return w.quotes().Accept(ctx, actor, q.ID, q.Version)
}

func TestAcceptedQuoteWinsItsDeal(t *testing.T) {
	w := newWorld(t)
	d := w.deal(w.rep, w.custRep, "打印机采购", 1_000_00)
	second := w.sentQuote(w.rep, quoteInput(w.custRep, "杭州明远智能科技有限公司", d.ID))
	w.ready(w.rep, d)
	q, err := w.acceptQuote(w.rep, w.custRep, "杭州明远智能科技有限公司", d.ID)
	if err != nil || q.Status != quote.StatusAccepted || q.DealID != d.ID {
		t.Fatalf("accept = %s (deal %q), %v", q.Status, q.DealID, err)
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
	// A second quote, sent while the deal was open and accepted after it was
	// won, leaves it alone.
	if second, err = w.quotes().Accept(ctx, w.rep, second.ID, second.Version); err != nil || second.DealID != d.ID {
		t.Fatalf("second acceptance: deal %q, %v", second.DealID, err)
	}
	if again, _ := w.svc.Deal(ctx, w.rep, d.ID); again.AmountMinor != 2_260_00 || again.Version != won.Version {
		t.Fatalf("won deal changed: %+v", again.Deal)
	}
}

// A rep cannot jump a deal from lead to won through a quote the rep marks
// accepted: the acceptance asks for every checklist the win dialog would,
// itemised, and nothing changes until they are done.
func TestAcceptingAQuoteSkipsNoChecklist(t *testing.T) {
	w := newWorld(t)
	d := w.deal(w.rep, w.custRep, "打印机采购", 1_000_00)
	q := w.sentQuote(w.rep, quoteInput(w.custRep, "杭州明远智能科技有限公司", d.ID))
	_, err := w.quotes().Accept(ctx, w.rep, q.ID, q.Version)
	if code := fieldCode(err, "stageId"); code != "validation.checklistIncomplete" {
		t.Fatalf("accepting from the lead stage: %v", err)
	}
	if code := fieldCode(err, "stages."+stNegotiation+".checklist.negotiation.signed"); code != "validation.checklistItemOpen" {
		t.Fatalf("the unsigned contract is not named: %v", err)
	}
	if still, _ := loadDeal(ctx, w.db.Read(), d.ID); still.Status != StatusOpen || still.StageID != stLead {
		t.Fatalf("deal = %+v", still)
	}
	if sent, _ := w.quotes().Quote(ctx, w.rep, q.ID); sent.Status != quote.StatusSent {
		t.Fatalf("the quote should still be sent: %s", sent.Status)
	}
	// A lost deal won after all is checked from the stage it was lost in.
	w.lose(w.rep, d, reasonRival)
	if _, err := w.quotes().Accept(ctx, w.rep, q.ID, q.Version); fieldCode(err, "stageId") != "validation.checklistIncomplete" {
		t.Fatalf("accepting for a lost deal: %v", err)
	}
}

// A quote of a customer on file is accepted only through one of that
// customer's deals; a deal made on the spot would pass no checklist. A
// typed-in customer has no deal to win.
func TestAcceptingAQuoteOfACustomerOnFileNeedsItsDeal(t *testing.T) {
	w := newWorld(t)
	_, err := w.acceptQuote(w.rep, w.custRep, "杭州明远智能科技有限公司", "")
	if code := fieldCode(err, "dealId"); code != "validation.acceptNeedsDeal" {
		t.Fatalf("accepting without a deal: %v", err)
	}
	if page, _ := w.svc.Deals(ctx, w.owner, DealQuery{}); page.Total != 0 {
		t.Fatalf("a deal was made: %+v", page)
	}
	if _, err := w.acceptQuote(w.rep, "", "路过的散客", ""); err != nil {
		t.Fatal(err)
	}
	if page, _ := w.svc.Deals(ctx, w.owner, DealQuery{}); page.Total != 0 {
		t.Fatalf("a typed-in customer made a deal: %+v", page)
	}
}

func TestAcceptanceAndWinLandTogether(t *testing.T) {
	w := newWorld(t)
	d := w.ready(w.rep, w.deal(w.rep, w.custRep, "打印机采购", 1_000_00))
	c, _ := w.customers.Customer(ctx, w.rep, w.custRep)
	q := w.sentQuote(w.rep, quoteInput(w.custRep, c.Name, d.ID)) // sent while the customer was on file
	if err := w.customers.DeleteCustomer(ctx, w.manager, c.ID, c.Version); err != nil {
		t.Fatal(err)
	}
	_, err := w.quotes().Accept(ctx, w.rep, q.ID, q.Version)
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

func TestAcceptedQuoteWhoseDealChangedCustomerIsRefused(t *testing.T) {
	w := newWorld(t)
	d := w.deal(w.rep, w.custRep, "打印机采购", 1_000_00)
	q := w.sentQuote(w.rep, quoteInput(w.custRep, "杭州明远智能科技有限公司", d.ID))
	other := w.addCustomer(w.rep, "宁波海纳贸易有限公司")
	if _, err := w.svc.UpdateDeal(ctx, w.rep, DealInput{ID: d.ID, Version: d.Version, CustomerID: other, Title: d.Title,
		AmountMinor: d.AmountMinor, Currency: d.Currency}); err != nil {
		t.Fatal(err)
	}
	if _, err := w.quotes().Accept(ctx, w.rep, q.ID, q.Version); fieldCode(err, "dealId") != "validation.acceptNeedsDeal" {
		t.Fatalf("accept: %v", err)
	}
	if moved, _ := loadDeal(ctx, w.db.Read(), d.ID); moved.Status != StatusOpen {
		t.Fatalf("the other customer's deal was closed: %+v", moved)
	}
}

// The sales area reads deals for the quote area: a quote names only a live
// deal of its own customer that its writer may see, and never newly links a
// closed one.
func TestNewQuoteNamesOnlyAnOpenDealOfItsCustomer(t *testing.T) {
	w := newWorld(t)
	own := w.deal(w.rep, w.custRep, "打印机采购", 1_000_00)
	otherCustomer := w.addCustomer(w.rep, "宁波海纳贸易有限公司")
	ofOther := w.deal(w.rep, otherCustomer, "复印机租赁", 2_000_00)
	notMine := w.deal(w.rep2, w.custRep2, "生产线改造", 9_000_00)
	lost := w.deal(w.rep, w.custRep, "旧打印机回收", 500_00)
	w.lose(w.rep, lost, reasonPrice)
	for _, c := range []struct {
		name     string
		actor    auth.Actor
		customer string
		deal     string
		code     string
	}{
		{"own open deal", w.rep, w.custRep, own.ID, ""},
		{"the manager, a deal of the team", w.manager, w.custRep, own.ID, ""},
		{"another customer's deal", w.rep, w.custRep, ofOther.ID, "validation.dealOfOtherCustomer"},
		{"a typed-in customer", w.rep, "", own.ID, "validation.dealOfOtherCustomer"},
		{"a teammate's deal", w.rep, w.custRep2, notMine.ID, "validation.dealUnavailable"},
		{"a rep outside the team", w.loner, w.custRep, own.ID, "validation.dealUnavailable"},
		{"no such deal", w.rep, w.custRep, store.NewID(), "validation.dealUnavailable"},
		{"a lost deal", w.rep, w.custRep, lost.ID, "validation.dealClosed"},
	} {
		t.Run(c.name, func(t *testing.T) {
			q, err := w.quotes().Create(ctx, c.actor, quoteInput(c.customer, "杭州明远智能科技有限公司", c.deal))
			if got := fieldCode(err, "dealId"); got != c.code || (c.code == "" && (err != nil || q.DealID != c.deal)) {
				t.Fatalf("dealId code = %q, want %q (%v)", got, c.code, err)
			}
		})
	}
}

func TestEditedQuoteKeepsItsClosedDealButLinksNoOtherOne(t *testing.T) {
	w := newWorld(t)
	first := w.deal(w.rep, w.custRep, "打印机采购", 1_000_00)
	second := w.deal(w.rep, w.custRep, "耗材年框", 3_000_00)
	lost := w.deal(w.rep, w.custRep, "旧打印机回收", 500_00)
	svc := w.quotes()
	q, err := svc.Create(ctx, w.rep, quoteInput(w.custRep, "杭州明远智能科技有限公司", first.ID))
	if err != nil {
		t.Fatal(err)
	}
	w.lose(w.rep, first, reasonRival)
	w.lose(w.rep, lost, reasonPrice)
	// Each step edits the quote as the previous one left it.
	for _, c := range []struct {
		name     string
		customer string
		deal     string
		code     string
	}{
		{"keeps its deal, lost since", w.custRep, first.ID, ""},
		{"takes another lost deal", w.custRep, lost.ID, "validation.dealClosed"},
		{"changes customer, keeps the deal", w.custRep2, first.ID, "validation.dealOfOtherCustomer"},
		{"takes an open deal", w.custRep, second.ID, ""},
		{"goes back to the lost deal", w.custRep, first.ID, "validation.dealClosed"},
		{"drops the deal", w.custRep, "", ""},
	} {
		in := quoteInput(c.customer, "杭州明远智能科技有限公司", c.deal)
		in.ID, in.Version = q.ID, q.Version
		next, err := svc.Update(ctx, w.rep, in)
		if got := fieldCode(err, "dealId"); got != c.code {
			t.Fatalf("%s: dealId code = %q, want %q (%v)", c.name, got, c.code, err)
		}
		if c.code == "" {
			if err != nil || next.DealID != c.deal {
				t.Fatalf("%s: deal %q, %v", c.name, next.DealID, err)
			}
			q = next
		}
	}
}

func TestRevisionKeepsAClosedDealButNotAnotherCustomersOne(t *testing.T) {
	w := newWorld(t)
	d := w.deal(w.rep, w.custRep, "打印机采购", 1_000_00)
	q := w.sentQuote(w.rep, quoteInput(w.custRep, "杭州明远智能科技有限公司", d.ID))
	svc := w.quotes()
	moved, err := w.svc.UpdateDeal(ctx, w.rep, DealInput{ID: d.ID, Version: d.Version,
		CustomerID: w.addCustomer(w.rep, "宁波海纳贸易有限公司"), Title: d.Title, AmountMinor: d.AmountMinor, Currency: d.Currency})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Revise(ctx, w.rep, q.ID, q.Version); fieldCode(err, "dealId") != "validation.dealOfOtherCustomer" {
		t.Fatalf("revising with another customer's deal: %v", err)
	}
	if still, _ := svc.Quote(ctx, w.rep, q.ID); still.Status != quote.StatusSent || still.Version != q.Version {
		t.Fatalf("a refused revision changed the quote: %s v%d", still.Status, still.Version)
	}
	back := DealInput{ID: d.ID, Version: moved.Version, CustomerID: w.custRep, Title: d.Title, AmountMinor: d.AmountMinor, Currency: d.Currency}
	if _, err := w.svc.UpdateDeal(ctx, w.rep, back); err != nil {
		t.Fatal(err)
	}
	w.lose(w.rep, d, reasonPrice)
	v2, err := svc.Revise(ctx, w.rep, q.ID, q.Version)
	if err != nil || v2.DealID != d.ID {
		t.Fatalf("revising with its own lost deal: deal %q, %v", v2.DealID, err)
	}
	// A duplicate is a new quote: it keeps only a deal it could link anew.
	if dup, err := svc.Duplicate(ctx, w.rep, v2.ID); err != nil || dup.DealID != "" {
		t.Fatalf("duplicate of a quote with a lost deal: deal %q, %v", dup.DealID, err)
	}
	open := w.deal(w.rep, w.custRep, "耗材年框", 3_000_00)
	withOpen, err := svc.Create(ctx, w.rep, quoteInput(w.custRep, "杭州明远智能科技有限公司", open.ID))
	if err != nil {
		t.Fatal(err)
	}
	if dup, err := svc.Duplicate(ctx, w.rep, withOpen.ID); err != nil || dup.DealID != open.ID {
		t.Fatalf("duplicate of a quote with an open deal: deal %q, %v", dup.DealID, err)
	}
}
