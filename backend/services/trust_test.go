package services_test

import (
	"testing"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/catalog"
	"steady/backend/customer"
	"steady/backend/quote"
	"steady/backend/sales"
)

// A merge moves the duplicate's deals and quotes, so it re-checks each one:
// a customer the other team's rep released to the pool still carries that
// rep's deal and quote, and a manager of another team who merges it into a
// customer of theirs would take them over. Only someone who may change every
// record that moves (here the owner) may merge.
func TestAMergeReChecksEveryDealAndQuoteItMoves(t *testing.T) {
	for _, carries := range []string{"deal", "quote"} {
		t.Run(carries, func(t *testing.T) {
			c := newCompany(t)
			manager2 := c.addUser("陈静", "manager2", auth.RoleManager, auth.LevelSenior, "")
			rep2 := c.addUser("赵敏", "rep2", auth.RoleRep, auth.LevelSenior, manager2.ID)
			dup := c.addCustomer(rep2, "杭州明远智能")
			var moved string
			if carries == "deal" {
				d, err := c.set.Sales.CreateDeal(ctx, rep2, sales.DealInput{CustomerID: dup, Title: "打印机采购", AmountMinor: 1_000_00})
				if err != nil {
					t.Fatal(err)
				}
				moved = d.ID
			} else {
				q, err := c.set.Quotes.Create(ctx, rep2, quote.Input{CustomerID: dup, CustomerName: "杭州明远智能", TaxIncluded: true,
					Lines: []quote.LineInput{{Name: "激光打印机", QtyMilli: 1000, UnitPriceMinor: 1_130_00, TaxRateBP: 1300}}})
				if err != nil {
					t.Fatal(err)
				}
				moved = q.ID
			}
			k, _ := c.set.Customers.Customer(ctx, rep2, dup)
			if err := c.set.Customers.Release(ctx, rep2, dup, k.Version, "不再跟进"); err != nil {
				t.Fatal(err)
			}
			merge := func(a auth.Actor) error {
				keep, _ := c.set.Customers.Customer(ctx, c.owner, c.customerID)
				drop, _ := c.set.Customers.Customer(ctx, c.owner, dup)
				_, err := c.set.Customers.Merge(ctx, a, customer.MergeInput{KeepID: keep.ID, KeepVersion: keep.Version,
					DropID: drop.ID, DropVersion: drop.Version})
				return err
			}
			if err := merge(c.manager); codeOf(err) != "errors.forbidden.mergeMovesOthers" {
				t.Fatalf("the first team's manager merges: %v", err)
			}
			if where := customerOf(t, c, carries, moved); where != dup {
				t.Fatalf("the refused merge moved the %s to %s", carries, where)
			}
			if err := merge(c.owner); err != nil {
				t.Fatalf("the owner merges: %v", err)
			}
			if where := customerOf(t, c, carries, moved); where != c.customerID {
				t.Fatalf("the owner's merge left the %s on %s", carries, where)
			}
		})
	}
}

func customerOf(t *testing.T, c *company, kind, id string) string {
	t.Helper()
	if kind == "deal" {
		d, err := c.set.Sales.Deal(ctx, c.owner, id)
		if err != nil {
			t.Fatal(err)
		}
		return d.CustomerID
	}
	q, err := c.set.Quotes.Quote(ctx, c.owner, id)
	if err != nil {
		t.Fatal(err)
	}
	return q.CustomerID
}

func codeOf(err error) string {
	if e, ok := apperr.As(err); ok {
		return e.Code
	}
	return ""
}

// A copy or a revision measures its lines against the catalog as it is now:
// after the owner raises a product's list price and floor, a copy of last
// month's quote carries the new prices, and the old unit price that was
// above the old floor now needs approval; the rep reads neither floor.
func TestACopyOrRevisionReadsTodaysCatalogPrices(t *testing.T) {
	c := newCompany(t)
	p, err := c.set.Catalog.CreateProduct(ctx, c.owner, catalog.ProductInput{SKU: "LP-4200", NameZh: "激光打印机", Unit: "台",
		Currency: "CNY", ListPriceMinor: 3_000_00, CostMinor: 1_800_00, FloorPriceMinor: 2_500_00, TaxRateBP: 1300, Active: true})
	if err != nil {
		t.Fatal(err)
	}
	d := c.deal(c.customerID)
	old, err := c.set.Quotes.Create(ctx, c.rep, quote.Input{CustomerID: c.customerID, CustomerName: "客户", DealID: d.ID, TaxIncluded: true,
		Lines: []quote.LineInput{{ProductID: p.ID, QtyMilli: 1000, UnitPriceMinor: 2_900_00, TaxRateBP: 1300}}})
	if err != nil || old.NeedsApproval {
		t.Fatalf("the old quote: %+v, %v", old.ApprovalReasons, err)
	}
	if old, err = c.set.Quotes.MarkSent(ctx, c.rep, old.ID, old.Version); err != nil {
		t.Fatal(err)
	}
	p.ListPriceMinor, p.FloorPriceMinor = 3_600_00, 3_000_00
	if _, err := c.set.Catalog.UpdateProduct(ctx, c.owner, catalog.ProductInput{ID: p.ID, SKU: p.SKU, NameZh: p.NameZh, Unit: p.Unit,
		Currency: p.Currency, ListPriceMinor: p.ListPriceMinor, CostMinor: p.CostMinor, FloorPriceMinor: p.FloorPriceMinor,
		TaxRateBP: p.TaxRateBP, Active: true, KeepImage: true, Version: p.Version}); err != nil {
		t.Fatal(err)
	}
	copied, err := c.set.Quotes.Duplicate(ctx, c.rep, old.ID)
	if err != nil {
		t.Fatal(err)
	}
	revised, err := c.set.Quotes.Revise(ctx, c.rep, old.ID, old.Version)
	if err != nil {
		t.Fatal(err)
	}
	for name, q := range map[string]quote.Quote{"copy": copied, "revision": revised} {
		if q.Lines[0].ListPriceMinor != 3_600_00 || q.Lines[0].FloorPriceMinor != 0 {
			t.Errorf("%s as the rep reads list %d, floor %d", name, q.Lines[0].ListPriceMinor, q.Lines[0].FloorPriceMinor)
		}
		if !q.NeedsApproval || q.ApprovalReasons[0].Kind != quote.ReasonBelowFloor || q.ApprovalReasons[0].LimitMinor != 0 {
			t.Errorf("%s: the old price under the new floor: %+v", name, q.ApprovalReasons)
		}
		m, err := c.set.Quotes.Quote(ctx, c.manager, q.ID)
		if err != nil || m.Lines[0].FloorPriceMinor != 3_000_00 {
			t.Errorf("%s as the manager: floor %d, %v", name, m.Lines[0].FloorPriceMinor, err)
		}
	}
}
