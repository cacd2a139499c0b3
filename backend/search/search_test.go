package search_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"golang.org/x/crypto/bcrypt"

	"steady/backend/auth"
	"steady/backend/catalog"
	"steady/backend/customer"
	"steady/backend/quote"
	"steady/backend/sales"
	"steady/backend/search"
	"steady/backend/services"
	"steady/backend/setup"
	"steady/backend/store/storetest"
)

var ctx = context.Background()

// company: the owner; 王芳 manages 李强 (team A), 陈静 manages 赵敏 (team B).
// Each rep holds a customer with a contact, a deal and a quote; one customer
// waits in the pool; the catalog has a desk with a cost and a floor.
type company struct {
	t                        *testing.T
	set                      *services.Set
	areas                    search.Areas
	owner, manager, rep      auth.Actor
	manager2, rep2           auth.Actor
	custA, custB, pool       string
	dealA, dealB             sales.Deal
	quoteA, quoteB           quote.Quote
	desk                     catalog.Product
	contactA, contactB       string
	contactNameA, contactNmB string
}

func newCompany(t *testing.T) *company {
	t.Helper()
	db := storetest.Open(t)
	set := services.New(db, storetest.NewClock().Now, services.HashCost(bcrypt.MinCost))
	res, err := setup.Run(ctx, db, set.Users, set.Company,
		setup.Input{CompanyName: "上海示例贸易有限公司", OwnerName: "周明远", Login: "owner", Password: "steady-pass"})
	if err != nil {
		t.Fatal(err)
	}
	c := &company{t: t, set: set, owner: auth.Actor{ID: res.OwnerID, Role: auth.RoleOwner},
		areas: search.Areas{Customers: set.Customers, Deals: set.Sales, Quotes: set.Quotes, Products: set.Catalog}}
	c.manager = c.user("王芳", "manager", auth.RoleManager, "")
	c.rep = c.user("李强", "rep", auth.RoleRep, c.manager.ID)
	c.manager2 = c.user("陈静", "manager2", auth.RoleManager, "")
	c.rep2 = c.user("赵敏", "rep2", auth.RoleRep, c.manager2.ID)
	c.custA, c.contactA = c.customer(c.rep, "杭州明远智能科技有限公司", "孙丽华")
	c.custB, c.contactB = c.customer(c.rep2, "苏州恒信工业设备有限公司", "钱志刚")
	c.pool, _ = c.customer(c.owner, "南京远大贸易有限公司", "吴敏")
	k, err := set.Customers.Customer(ctx, c.owner, c.pool)
	c.must(err)
	c.must(set.Customers.Release(ctx, c.owner, c.pool, k.Version, "公海"))
	c.desk, err = set.Catalog.CreateProduct(ctx, c.owner, catalog.ProductInput{SKU: "DK-120", NameZh: "电动升降办公桌",
		NameEn: "Electric standing desk", Unit: "张", Currency: "CNY", ListPriceMinor: 3_299_00, CostMinor: 1_777_77,
		FloorPriceMinor: 2_888_88, TaxRateBP: 1300, Active: true})
	c.must(err)
	c.dealA, c.quoteA = c.dealAndQuote(c.rep, c.custA, "明远 办公桌采购")
	c.dealB, c.quoteB = c.dealAndQuote(c.rep2, c.custB, "恒信 办公桌采购")
	return c
}

func (c *company) must(err error) {
	c.t.Helper()
	if err != nil {
		c.t.Fatal(err)
	}
}

func (c *company) user(name, login, role, managerID string) auth.Actor {
	c.t.Helper()
	u, err := c.set.Users.CreateUser(ctx, c.owner, auth.UserInput{Name: name, Login: login, Password: "steady-pass",
		Role: role, Level: auth.LevelSenior, ManagerID: managerID, Active: true, HireDate: "2026-11-20"})
	c.must(err)
	return u.Actor()
}

func (c *company) customer(owner auth.Actor, name, contact string) (string, string) {
	c.t.Helper()
	k, err := c.set.Customers.CreateCustomer(ctx, owner, customer.CustomerInput{Kind: customer.KindCompany, Name: name,
		Source: customer.Sources()[0], Contacts: []customer.ContactInput{{Name: contact, Primary: true}}})
	c.must(err)
	return k.ID, k.Contacts[0].ID
}

func (c *company) dealAndQuote(rep auth.Actor, customerID, title string) (sales.Deal, quote.Quote) {
	c.t.Helper()
	d, err := c.set.Sales.CreateDeal(ctx, rep, sales.DealInput{CustomerID: customerID, Title: title, AmountMinor: 6_598_00})
	c.must(err)
	q, err := c.set.Quotes.Create(ctx, rep, quote.Input{CustomerID: customerID, CustomerName: "客户", DealID: d.ID,
		TaxIncluded: true, Lines: []quote.LineInput{{ProductID: c.desk.ID, QtyMilli: 2000, UnitPriceMinor: 3_299_00, TaxRateBP: 1300}}})
	c.must(err)
	return d, q
}

// found runs the search as actor and returns the ids of the hits of kind.
func (c *company) found(actor auth.Actor, query, kind string) []string {
	c.t.Helper()
	res, err := search.Find(ctx, c.areas, actor, query)
	c.must(err)
	out := []string{}
	for _, h := range res.Hits {
		if h.Kind == kind {
			out = append(out, h.ID)
		}
	}
	return out
}

// who is each role that searches, and whether they may see team B's records.
func (c *company) searchers() []struct {
	name   string
	actor  auth.Actor
	teamB  bool
	teamA  bool
	isPool bool
} {
	return []struct {
		name   string
		actor  auth.Actor
		teamB  bool
		teamA  bool
		isPool bool
	}{
		{"owner", c.owner, true, true, true},
		{"team A's manager", c.manager, false, true, true},
		{"team A's rep", c.rep, false, true, true},
		{"team B's rep", c.rep2, true, false, true},
	}
}

func TestCustomersComeBackOnlyInScopeAndFromThePool(t *testing.T) {
	c := newCompany(t)
	for _, s := range c.searchers() {
		if got := c.found(s.actor, "恒信", search.KindCustomer); slices.Contains(got, c.custB) != s.teamB {
			t.Errorf("%s searching 恒信: %v", s.name, got)
		}
		if got := c.found(s.actor, "hzmy", search.KindCustomer); slices.Contains(got, c.custA) != s.teamA {
			t.Errorf("%s searching hzmy (initials): %v", s.name, got)
		}
		if got := c.found(s.actor, "远大", search.KindCustomer); !slices.Contains(got, c.pool) {
			t.Errorf("%s searching the pool's 远大: %v", s.name, got)
		}
	}
}

func TestContactsComeBackOnlyWithTheirCustomer(t *testing.T) {
	c := newCompany(t)
	for _, s := range c.searchers() {
		if got := c.found(s.actor, "钱志刚", search.KindContact); slices.Contains(got, c.contactB) != s.teamB {
			t.Errorf("%s searching 钱志刚: %v", s.name, got)
		}
		if got := c.found(s.actor, "slh", search.KindContact); slices.Contains(got, c.contactA) != s.teamA {
			t.Errorf("%s searching slh: %v", s.name, got)
		}
	}
	res, err := search.Find(ctx, c.areas, c.rep, "孙丽华")
	c.must(err)
	if len(res.Hits) == 0 || res.Hits[0].Kind != search.KindContact || res.Hits[0].CustomerID != c.custA {
		t.Errorf("a contact opens their customer's page: %+v", res.Hits)
	}
}

func TestARepDoesNotFindAnotherRepsDeal(t *testing.T) {
	c := newCompany(t)
	for _, s := range c.searchers() {
		got := c.found(s.actor, "办公桌采购", search.KindDeal)
		if slices.Contains(got, c.dealB.ID) != s.teamB || slices.Contains(got, c.dealA.ID) != s.teamA {
			t.Errorf("%s searching 办公桌采购: %v (A %s, B %s)", s.name, got, c.dealA.ID, c.dealB.ID)
		}
		if got := c.found(s.actor, "苏州恒信", search.KindDeal); slices.Contains(got, c.dealB.ID) != s.teamB {
			t.Errorf("%s searching the deal by its customer: %v", s.name, got)
		}
	}
}

func TestARepDoesNotFindAnotherRepsQuoteEvenByItsNumber(t *testing.T) {
	c := newCompany(t)
	for _, s := range c.searchers() {
		if got := c.found(s.actor, c.quoteB.Number, search.KindQuote); slices.Contains(got, c.quoteB.ID) != s.teamB {
			t.Errorf("%s searching %s: %v", s.name, c.quoteB.Number, got)
		}
	}
	// The very number comes first, however it is typed: no hyphens, lower case, full width.
	typed := strings.ToLower(strings.ReplaceAll(c.quoteA.Number, "-", ""))
	for _, q := range []string{c.quoteA.Number, typed, " " + c.quoteA.Number + " ", fullWidth(c.quoteA.Number)} {
		got := c.found(c.rep, q, search.KindQuote)
		if len(got) == 0 || got[0] != c.quoteA.ID {
			t.Errorf("%q found %v, want %s first", q, got, c.quoteA.ID)
		}
	}
	// A fragment of the customer's name finds the quote too.
	if got := c.found(c.rep, "客户", search.KindQuote); !slices.Contains(got, c.quoteA.ID) || slices.Contains(got, c.quoteB.ID) {
		t.Errorf("by customer name: %v", got)
	}
}

func fullWidth(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r > ' ' && r < 0x7f {
			r += 0xFEE0
		}
		b.WriteRune(r)
	}
	return b.String()
}

func TestEveryRoleFindsProductsByPinyinWithoutTheirCost(t *testing.T) {
	c := newCompany(t)
	for _, s := range c.searchers() {
		res, err := search.Find(ctx, c.areas, s.actor, "sjz")
		c.must(err)
		var hit *search.Hit
		for i := range res.Hits {
			if res.Hits[i].Kind == search.KindProduct {
				hit = &res.Hits[i]
			}
		}
		if hit == nil || hit.ID != c.desk.ID || hit.AmountMinor != c.desk.ListPriceMinor || hit.Detail != "DK-120" {
			t.Errorf("%s searching sjz: %+v", s.name, res.Hits)
		}
	}
}

func TestHitsComeGroupedByKind(t *testing.T) {
	c := newCompany(t)
	// "明远" is team A's customer, its deal's title, and (through the customer) its deal.
	res, err := search.Find(ctx, c.areas, c.rep, "明远")
	c.must(err)
	order := map[string]int{search.KindCustomer: 0, search.KindContact: 1, search.KindDeal: 2, search.KindQuote: 3, search.KindProduct: 4}
	kinds := []string{}
	for i, h := range res.Hits {
		if i > 0 && order[h.Kind] < order[res.Hits[i-1].Kind] {
			t.Fatalf("kinds out of order: %+v", res.Hits)
		}
		if !slices.Contains(kinds, h.Kind) {
			kinds = append(kinds, h.Kind)
		}
	}
	if !slices.Equal(kinds, []string{search.KindCustomer, search.KindDeal}) {
		t.Errorf("kinds %v in %+v", kinds, res.Hits)
	}
	if empty, err := search.Find(ctx, c.areas, c.rep, "  "); err != nil || len(empty.Hits) != 0 {
		t.Errorf("a blank query: %+v, %v", empty, err)
	}
}
