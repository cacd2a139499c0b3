package services_test

import (
	"context"
	"testing"

	"golang.org/x/crypto/bcrypt"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/customer"
	"steady/backend/quote"
	"steady/backend/sales"
	"steady/backend/services"
	"steady/backend/setup"
	"steady/backend/store/storetest"
	"steady/backend/training"
)

var ctx = context.Background()

// company is a set on a fresh database with an owner, a manager and a rep
// in the manager's team, each rep with a customer.
type company struct {
	t                   *testing.T
	set                 *services.Set
	owner, manager, rep auth.Actor
	customerID          string
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
	c := &company{t: t, set: set, owner: auth.Actor{ID: res.OwnerID, Role: auth.RoleOwner}}
	c.manager = c.addUser("王芳", "manager", auth.RoleManager, auth.LevelSenior, "")
	c.rep = c.addUser("李强", "rep", auth.RoleRep, auth.LevelSenior, c.manager.ID)
	c.customerID = c.addCustomer(c.rep, "杭州明远智能科技有限公司")
	return c
}

func (c *company) addUser(name, login, role, level, managerID string) auth.Actor {
	c.t.Helper()
	u, err := c.set.Users.CreateUser(ctx, c.owner, auth.UserInput{Name: name, Login: login, Password: "steady-pass",
		Role: role, Level: level, ManagerID: managerID, Active: true, HireDate: "2026-11-20"})
	if err != nil {
		c.t.Fatalf("add %s: %v", login, err)
	}
	return u.Actor()
}

func (c *company) addCustomer(owner auth.Actor, name string) string {
	c.t.Helper()
	k, err := c.set.Customers.CreateCustomer(ctx, owner, customer.CustomerInput{Kind: customer.KindCompany, Name: name,
		Source: customer.Sources()[0], Contacts: []customer.ContactInput{{Name: "张伟", Primary: true}}})
	if err != nil {
		c.t.Fatalf("customer %s: %v", name, err)
	}
	return k.ID
}

// sentQuote writes and sends a quote of one line for customerID, naming dealID.
func (c *company) sentQuote(customerID, dealID string) quote.Quote {
	c.t.Helper()
	q, err := c.set.Quotes.Create(ctx, c.rep, quote.Input{CustomerID: customerID, CustomerName: "客户", DealID: dealID,
		TaxIncluded: true, Lines: []quote.LineInput{{Name: "激光打印机", QtyMilli: 2000, UnitPriceMinor: 1_130_00, TaxRateBP: 1300}}})
	if err != nil {
		c.t.Fatalf("quote: %v", err)
	}
	if q, err = c.set.Quotes.MarkSent(ctx, c.rep, q.ID, q.Version); err != nil {
		c.t.Fatalf("send: %v", err)
	}
	return q
}

func (c *company) deal(customerID string) sales.Deal {
	c.t.Helper()
	d, err := c.set.Sales.CreateDeal(ctx, c.rep, sales.DealInput{CustomerID: customerID, Title: "打印机采购", AmountMinor: 1_000_00})
	if err != nil {
		c.t.Fatalf("deal: %v", err)
	}
	return d
}

func TestAcceptedQuoteWinsItsDealAndTheCustomerBuys(t *testing.T) {
	c := newCompany(t)
	d := c.deal(c.customerID)
	q := c.sentQuote(c.customerID, d.ID)
	if _, err := c.set.Quotes.Accept(ctx, c.rep, q.ID, q.Version); err == nil {
		t.Fatal("a quote won a deal whose checklists are unfinished")
	}
	fillDeal(t, c.set, c.rep, d)
	q, err := c.set.Quotes.Accept(ctx, c.rep, q.ID, q.Version)
	if err != nil || q.DealID != d.ID {
		t.Fatalf("accept: deal %q, %v", q.DealID, err)
	}
	won, err := c.set.Sales.Deal(ctx, c.rep, d.ID)
	if err != nil || won.Status != sales.StatusWon || won.AmountMinor != q.Totals.Total || won.QuoteID != q.ID {
		t.Fatalf("deal after acceptance = %+v, %v", won.Deal, err)
	}
	k, err := c.set.Customers.Customer(ctx, c.rep, c.customerID)
	if err != nil || k.Stage != customer.StageCustomer {
		t.Fatalf("customer stage = %q (成交 expected), %v", k.Stage, err)
	}
	// Without a deal named, a customer on file's quote is refused: a deal
	// made on the spot would skip every checklist.
	q = c.sentQuote(c.customerID, "")
	if _, err = c.set.Quotes.Accept(ctx, c.rep, q.ID, q.Version); err == nil {
		t.Fatal("a quote without a deal was accepted for a customer on file")
	}
}

func TestQuoteNamesOnlyADealOfItsCustomer(t *testing.T) {
	c := newCompany(t)
	other := c.addCustomer(c.rep, "苏州恒信工业设备有限公司")
	d := c.deal(other)
	_, err := c.set.Quotes.Create(ctx, c.rep, quote.Input{CustomerID: c.customerID, CustomerName: "客户", DealID: d.ID,
		TaxIncluded: true, Lines: []quote.LineInput{{Name: "激光打印机", QtyMilli: 1000, UnitPriceMinor: 1_130_00, TaxRateBP: 1300}}})
	if e, ok := apperr.As(err); !ok || e.Kind != apperr.KindValidation || e.Fields["dealId"].Code == "" {
		t.Fatalf("a quote naming another customer's deal = %v", err)
	}
}

func TestADealWithQuotesStaysWithTheirCustomer(t *testing.T) {
	c := newCompany(t)
	other := c.addCustomer(c.rep, "苏州恒信工业设备有限公司")
	d := c.deal(c.customerID)
	move := sales.DealInput{ID: d.ID, Version: d.Version, CustomerID: other, Title: d.Title, AmountMinor: d.AmountMinor}
	c.sentQuote(c.customerID, d.ID)
	_, err := c.set.Sales.UpdateDeal(ctx, c.rep, move)
	if e, ok := apperr.As(err); !ok || e.Fields["customerId"].Code != "validation.dealHasQuotes" {
		t.Fatalf("moving a quoted deal to another customer = %v", err)
	}
	quiet := c.deal(c.customerID)
	move = sales.DealInput{ID: quiet.ID, Version: quiet.Version, CustomerID: other, Title: quiet.Title, AmountMinor: quiet.AmountMinor}
	if moved, err := c.set.Sales.UpdateDeal(ctx, c.rep, move); err != nil || moved.CustomerID != other {
		t.Fatalf("a deal with no quotes moves: %+v, %v", moved, err)
	}
}

func TestMergedCustomerTakesItsDealsAndQuotes(t *testing.T) {
	c := newCompany(t)
	// The manager lets the twin in (the form refuses a rep's), for the rep.
	k, err := c.set.Customers.CreateCustomer(ctx, c.manager, customer.CustomerInput{Kind: customer.KindCompany,
		Name: "杭州明远智能科技", OwnerID: c.rep.ID, Source: customer.Sources()[0], AllowDuplicate: true})
	if err != nil {
		t.Fatal(err)
	}
	dup := k.ID
	d := c.deal(dup)
	q := c.sentQuote(dup, d.ID)
	keep, _ := c.set.Customers.Customer(ctx, c.manager, c.customerID)
	drop, _ := c.set.Customers.Customer(ctx, c.manager, dup)
	if _, err := c.set.Customers.Merge(ctx, c.manager, customer.MergeInput{KeepID: keep.ID, KeepVersion: keep.Version,
		DropID: drop.ID, DropVersion: drop.Version}); err != nil {
		t.Fatal(err)
	}
	moved, err := c.set.Sales.Deal(ctx, c.rep, d.ID)
	if err != nil || moved.CustomerID != c.customerID {
		t.Fatalf("deal after the merge = %+v, %v", moved.Deal, err)
	}
	mq, err := c.set.Quotes.Quote(ctx, c.rep, q.ID)
	if err != nil || mq.CustomerID != c.customerID {
		t.Fatalf("quote after the merge: customer %q, %v", mq.CustomerID, err)
	}
}

func TestNewRepGetsTheDefaultPlanOfTheirLevel(t *testing.T) {
	c := newCompany(t)
	course, err := c.set.Training.CreateCourse(ctx, c.manager, training.CourseInput{Title: "客户需求挖掘",
		Kind: training.KindSalesSkills, Level: auth.LevelJunior, Minutes: 90})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.set.Training.CreatePlan(ctx, c.manager, training.PlanInput{Name: "初级成长计划", Level: auth.LevelJunior,
		AutoAssign: true, Items: []training.PlanItemInput{{CourseID: course.ID, DueDays: 30}}}); err != nil {
		t.Fatal(err)
	}
	junior := c.addUser("陈静", "junior", auth.RoleRep, auth.LevelJunior, c.manager.ID)
	p, err := c.set.Training.Profile(ctx, c.manager, junior.ID)
	if err != nil || len(p.Required) != 1 || p.Required[0].CourseID != course.ID {
		t.Fatalf("the new junior's required courses = %+v, %v", p.Required, err)
	}
}

// The company's zone decides the days the areas count: a rep's
// training "today" follows a zone changed in the company settings.
func TestAreasCountDaysInTheCompanyZone(t *testing.T) {
	c := newCompany(t)
	s, err := c.set.Company.Settings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	s.Timezone = "America/Los_Angeles"
	if _, err := c.set.Company.Save(ctx, c.owner, s); err != nil {
		t.Fatal(err)
	}
	p, err := c.set.Training.Profile(ctx, c.manager, c.rep.ID)
	if err != nil || p.Today != "2026-11-26" { // 09:00 in Shanghai is still the 26th in Los Angeles
		t.Fatalf("today = %q, %v", p.Today, err)
	}
}
