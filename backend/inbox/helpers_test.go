package inbox_test

import (
	"context"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"steady/backend/auth"
	"steady/backend/catalog"
	"steady/backend/inbox"
	"steady/backend/quote"
	"steady/backend/services"
	"steady/backend/setup"
	"steady/backend/store/storetest"
)

var ctx = context.Background()

// world is a company on a real database file: the owner; 王芳 manages 李强
// and 刘洋; 陈静 manages 赵敏; 孙磊 is a rep whose manager left (inactive).
// The printer lists at 3,299.00 with tax, costs 1,650.00 and may not go
// below 2,888.88 unapproved.
type world struct {
	t       *testing.T
	clock   *storetest.Clock
	set     *services.Set
	owner   auth.Actor
	manager auth.Actor
	other   auth.Actor // 陈静, the other team's manager
	rep     auth.Actor // 李强
	peer    auth.Actor // 刘洋, same team as 李强
	rep2    auth.Actor // 赵敏, 陈静's team
	orphan  auth.Actor // 孙磊, whose manager is inactive
	printer catalog.Product
}

func newWorld(t *testing.T) *world {
	t.Helper()
	db := storetest.Open(t)
	clock := storetest.NewClock()
	set := services.New(db, clock.Now, services.HashCost(bcrypt.MinCost))
	res, err := setup.Run(ctx, db, set.Users, set.Company, setup.Input{CompanyName: "上海示例贸易有限公司",
		OwnerName: "周明远", Login: "owner", Password: "steady-pass"})
	if err != nil {
		t.Fatal(err)
	}
	w := &world{t: t, clock: clock, set: set, owner: auth.Actor{ID: res.OwnerID, Role: auth.RoleOwner}}
	w.manager = w.user("王芳", "manager", auth.RoleManager, "", true)
	w.other = w.user("陈静", "manager2", auth.RoleManager, "", true)
	w.rep = w.user("李强", "rep", auth.RoleRep, w.manager.ID, true)
	w.peer = w.user("刘洋", "peer", auth.RoleRep, w.manager.ID, true)
	w.rep2 = w.user("赵敏", "rep2", auth.RoleRep, w.other.ID, true)
	gone := w.user("吴刚", "gone", auth.RoleManager, "", true)
	w.orphan = w.user("孙磊", "orphan", auth.RoleRep, gone.ID, true)
	w.leave(gone.ID)
	w.printer, err = set.Catalog.CreateProduct(ctx, w.owner, catalog.ProductInput{SKU: "LP-4200", NameZh: "激光打印机",
		NameEn: "Laser printer", Unit: "台", Currency: "CNY", ListPriceMinor: 3_299_00, CostMinor: 1_650_00,
		FloorPriceMinor: 2_888_88, TaxRateBP: 1300, Active: true})
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func (w *world) user(name, login, role, managerID string, active bool) auth.Actor {
	w.t.Helper()
	u, err := w.set.Users.CreateUser(ctx, w.owner, auth.UserInput{Name: name, Login: login, Password: "steady-pass",
		Role: role, Level: auth.LevelJunior, ManagerID: managerID, Active: active, HireDate: "2026-01-05"})
	if err != nil {
		w.t.Fatalf("user %s: %v", login, err)
	}
	return u.Actor()
}

// leave marks the user inactive: they left the company.
func (w *world) leave(id string) {
	w.t.Helper()
	u, err := w.set.Users.User(ctx, id)
	if err == nil {
		_, err = w.set.Users.UpdateUser(ctx, w.owner, auth.UserInput{ID: u.ID, Name: u.Name, Login: u.Login, Role: u.Role,
			Level: u.Level, HireDate: u.HireDate, Active: false, Version: u.Version})
	}
	if err != nil {
		w.t.Fatalf("leave: %v", err)
	}
}

// held is a quote of owner's for two printers at 2,500.00 (below the
// floor), submitted, so it waits for approval.
func (w *world) held(owner auth.Actor) quote.Quote {
	w.t.Helper()
	q, err := w.set.Quotes.Create(ctx, owner, quote.Input{CustomerName: "杭州明远智能科技有限公司", TaxIncluded: true,
		Lines: []quote.LineInput{{ProductID: w.printer.ID, QtyMilli: 2000, UnitPriceMinor: 2_500_00, TaxRateBP: 1300}}})
	if err != nil {
		w.t.Fatal(err)
	}
	w.clock.T = w.clock.T.Add(time.Minute)
	q, err = w.set.Quotes.Submit(ctx, owner, q.ID, q.Version)
	if err != nil || q.Status != quote.StatusPendingApproval {
		w.t.Fatalf("submit: %s, %v", q.Status, err)
	}
	return q
}

func (w *world) inbox(a auth.Actor) inbox.Inbox {
	w.t.Helper()
	w.clock.T = w.clock.T.Add(time.Second)
	box, err := w.set.Inbox.List(ctx, a)
	if err != nil {
		w.t.Fatal(err)
	}
	return box
}

func titles(box inbox.Inbox) []string {
	out := []string{}
	for _, it := range box.Items {
		out = append(out, it.Kind+" "+it.Title+" "+it.State)
	}
	return out
}
