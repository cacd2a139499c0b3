package onboarding_test

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"golang.org/x/crypto/bcrypt"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/catalog"
	"steady/backend/customer"
	"steady/backend/onboarding"
	"steady/backend/services"
	"steady/backend/setup"
	"steady/backend/store/storetest"
)

var ctx = context.Background()

// fresh is a company just past the set-up wizard, with the checklist's
// service beside every area's.
func fresh(t *testing.T) (*services.Set, *onboarding.Service, auth.Actor) {
	t.Helper()
	db := storetest.Open(t)
	clock := storetest.NewClock()
	set := services.New(db, clock.Now, services.HashCost(bcrypt.MinCost))
	res, err := setup.Run(ctx, db, set.Users, set.Company,
		setup.Input{CompanyName: "杭州明远智能科技有限公司", OwnerName: "周明远", Login: "owner", Password: "steady-pass"})
	if err != nil {
		t.Fatal(err)
	}
	return set, onboarding.NewService(db, clock.Now), auth.Actor{ID: res.OwnerID, Role: auth.RoleOwner}
}

// ticks is the checklist as a person reads it: each item's key and tick.
func ticks(t *testing.T, svc *onboarding.Service, owner auth.Actor) string {
	t.Helper()
	c, err := svc.Checklist(ctx, owner)
	if err != nil {
		t.Fatal(err)
	}
	s := ""
	for _, it := range c.Items {
		mark := "·"
		if it.Done {
			mark = "✓"
		}
		s += fmt.Sprintf("%s%s ", mark, it.Key)
	}
	return s + fmt.Sprintf("%d/%d", c.Done, len(c.Items))
}

func TestEachItemTicksItselfFromWhatTheDatabaseHolds(t *testing.T) {
	t.Parallel()
	set, svc, owner := fresh(t)
	if got := ticks(t, svc, owner); got != "·company ·people ·customers ·products ·discounts 0/5" {
		t.Fatalf("a fresh company: %s", got)
	}
	c, err := svc.Checklist(ctx, owner)
	if err != nil || c.Items[2].Route != "/customers/import" || c.Items[4].Route != "/quotes/limits" || c.Dismissed {
		t.Fatalf("checklist = %+v, %v", c, err)
	}

	// the company's phone alone is not its details: the address prints on quotes too
	s, err := set.Company.Settings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	s.Phone = "0571-8765 4321"
	if s, err = set.Company.Save(ctx, owner, s); err != nil {
		t.Fatal(err)
	}
	if got := ticks(t, svc, owner); got != "·company ·people ·customers ·products ·discounts 0/5" {
		t.Fatalf("phone only: %s", got)
	}
	s.Address = "浙江省杭州市西湖区文三路 478 号"
	if _, err = set.Company.Save(ctx, owner, s); err != nil {
		t.Fatal(err)
	}

	rep, err := set.Users.CreateUser(ctx, owner, auth.UserInput{Name: "李强", Login: "rep", Password: "steady-pass",
		Role: auth.RoleRep, Level: auth.LevelJunior, Active: true, HireDate: "2026-11-20"})
	if err != nil {
		t.Fatal(err)
	}
	if got := ticks(t, svc, owner); got != "✓company ✓people ·customers ·products ·discounts 2/5" {
		t.Fatalf("details and a rep: %s", got)
	}

	if _, err := set.Customers.CreateCustomer(ctx, rep.Actor(), customer.CustomerInput{Kind: customer.KindCompany,
		Name: "宁波海曙恒达五金有限公司"}); err != nil {
		t.Fatal(err)
	}
	// a product without a price cannot be quoted yet
	p, err := set.Catalog.CreateProduct(ctx, owner, catalog.ProductInput{SKU: "DESK-1", NameZh: "电动升降办公桌", Unit: "张",
		Currency: "CNY", TaxRateBP: 1300, Active: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := ticks(t, svc, owner); got != "✓company ✓people ✓customers ·products ·discounts 3/5" {
		t.Fatalf("a customer and a product without a price: %s", got)
	}
	in := catalog.ProductInput{ID: p.ID, SKU: p.SKU, NameZh: p.NameZh, Unit: p.Unit, Currency: p.Currency,
		ListPriceMinor: 299900, TaxRateBP: p.TaxRateBP, Active: true, KeepImage: true, Version: p.Version}
	if _, err := set.Catalog.UpdateProduct(ctx, owner, in); err != nil {
		t.Fatal(err)
	}

	// the limits every database starts with are defaults: saving one, even unchanged, is the owner's choice
	limits, err := set.Quotes.DiscountLimits(ctx, owner)
	if err != nil || len(limits) == 0 {
		t.Fatalf("limits = %v, %v", limits, err)
	}
	if _, err := set.Quotes.SetDiscountLimit(ctx, owner, limits[0]); err != nil {
		t.Fatal(err)
	}
	if got := ticks(t, svc, owner); got != "✓company ✓people ✓customers ✓products ✓discounts 5/5" {
		t.Fatalf("everything done: %s", got)
	}
}

func TestOnlyTheOwnerSeesOrDismissesTheChecklistAndDismissingLasts(t *testing.T) {
	t.Parallel()
	set, svc, owner := fresh(t)
	manager, err := set.Users.CreateUser(ctx, owner, auth.UserInput{Name: "王芳", Login: "manager", Password: "steady-pass",
		Role: auth.RoleManager, Level: auth.LevelSenior, Active: true, HireDate: "2026-11-20"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Checklist(ctx, manager.Actor()); !errors.Is(err, apperr.ErrForbidden) {
		t.Fatalf("a manager reads the checklist: %v", err)
	}
	if err := svc.Dismiss(ctx, manager.Actor()); !errors.Is(err, apperr.ErrForbidden) {
		t.Fatalf("a manager dismisses the checklist: %v", err)
	}
	if c, _ := svc.Checklist(ctx, owner); c.Dismissed {
		t.Fatal("the manager's refused dismissal put the checklist away")
	}
	// the company form is open on another screen while the card is put away
	s, err := set.Company.Settings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.Dismiss(ctx, owner); err != nil {
		t.Fatal(err)
	}
	if err := svc.Dismiss(ctx, owner); err != nil {
		t.Fatalf("dismissing twice: %v", err)
	}
	c, err := svc.Checklist(ctx, owner)
	if err != nil || !c.Dismissed || len(c.Items) != 5 {
		t.Fatalf("after dismissing: %+v, %v", c, err)
	}
	// and the profile read before the dismissal still saves: no field of it changed
	s.Phone = "0571-8765 4321"
	if _, err := set.Company.Save(ctx, owner, s); err != nil {
		t.Fatalf("saving the profile read before the dismissal: %v", err)
	}
}
