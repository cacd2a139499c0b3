package services_test

import (
	"testing"

	"steady/backend/auth"
	"steady/backend/customer"
	"steady/backend/sales"
	"steady/backend/services"
)

// readyDeal opens a deal for a new customer of rep in currency ("" for the
// company's) and fills and ticks everything the seeded checklists ask, so
// that it can be won from its first stage without skipping a checklist.
func readyDeal(t *testing.T, set *services.Set, rep auth.Actor, customerName, currency string, amount int64) sales.Deal {
	t.Helper()
	k, err := set.Customers.CreateCustomer(ctx, rep, customer.CustomerInput{Kind: customer.KindCompany, Name: customerName,
		Source: customer.Sources()[0], Contacts: []customer.ContactInput{{Name: "张伟", Primary: true}}})
	if err != nil {
		t.Fatalf("customer %s: %v", customerName, err)
	}
	d, err := set.Sales.CreateDeal(ctx, rep, sales.DealInput{CustomerID: k.ID, Title: customerName + " 设备采购",
		AmountMinor: amount, Currency: currency})
	if err != nil {
		t.Fatalf("deal for %s: %v", customerName, err)
	}
	return fillDeal(t, set, rep, d)
}

// fillDeal fills the fields and ticks the items of every seeded checklist.
func fillDeal(t *testing.T, set *services.Set, rep auth.Actor, d sales.Deal) sales.Deal {
	t.Helper()
	budget := d.AmountMinor * 2
	d, err := set.Sales.UpdateDeal(ctx, rep, sales.DealInput{ID: d.ID, Version: d.Version, CustomerID: d.CustomerID, Title: d.Title,
		AmountMinor: d.AmountMinor, Currency: d.Currency, ExpectedCloseOn: "2027-01-31",
		Products: []sales.ProductOfInterest{{Name: "激光打印机"}}, BudgetMinor: &budget, DecisionMaker: "采购部 王经理",
		PurchaseTimeline: "年底前", Needs: "20 台打印机"})
	if err != nil {
		t.Fatalf("fill deal: %v", err)
	}
	return tickAll(t, set, rep, d)
}

func tickAll(t *testing.T, set *services.Set, rep auth.Actor, d sales.Deal) sales.Deal {
	t.Helper()
	for _, key := range []string{"lead.fit", "first_contact.talked", "proposal.sent", "quotation.sent", "negotiation.signed", "won.handover"} {
		var err error
		if d, err = set.Sales.TickChecklist(ctx, rep, d.ID, d.Version, key, true); err != nil {
			t.Fatalf("tick %s: %v", key, err)
		}
	}
	return d
}

// win closes a ready deal as won today for amount (in its currency).
func win(t *testing.T, set *services.Set, rep auth.Actor, d sales.Deal, amount int64) sales.Deal {
	t.Helper()
	d, err := set.Sales.Win(ctx, rep, d.ID, sales.WinInput{Version: d.Version, AmountMinor: amount})
	if err != nil {
		t.Fatalf("win %s: %v", d.Title, err)
	}
	return d
}
