package services_test

import (
	"testing"

	"steady/backend/apperr"
	"steady/backend/auth"
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
