package service

import (
	"context"
	"database/sql"
	"errors"
	"testing"
	"time"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/company"
	"steady/backend/customer"
	"steady/backend/store"
	"steady/backend/store/storetest"
)

var ctx = context.Background()

var shanghai = mustZone("Asia/Shanghai")

func mustZone(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}

// officeHours is Monday to Friday, 09:00–18:00 in Shanghai.
var officeHours = NewHours([]int{1, 2, 3, 4, 5}, 9*60, 18*60, shanghai)

// local is a Shanghai wall-clock time in November 2026 (the 27th is a Friday).
func local(day, hour, minute int) time.Time {
	return time.Date(2026, 11, day, hour, minute, 0, 0, shanghai)
}

// world is a company in Shanghai with an owner, a manager with two reps, a
// rep in no one's team, and a customer for each rep, on a fresh database
// with a settable clock (Friday 2026-11-27 09:00 local).
type world struct {
	t                         testing.TB
	db                        *store.DB
	clock                     *storetest.Clock
	svc                       *Service
	customers                 *customer.Service
	owner, manager, rep, rep2 auth.Actor
	loner                     auth.Actor
	custRep, custRep2, custLo string
}

func newWorld(t testing.TB) *world {
	t.Helper()
	db := storetest.Open(t)
	clock := storetest.NewClock()
	customers := customer.NewService(db, clock.Now, customer.FixedZone(shanghai), customer.WonDealTable{})
	hours := func(context.Context) (Hours, error) { return officeHours, nil }
	w := &world{t: t, db: db, clock: clock, customers: customers,
		svc: NewService(db, clock.Now, hours, customers.BackdateDays)}
	w.owner = w.addUser("周明远", auth.RoleOwner, "")
	w.manager = w.addUser("王芳", auth.RoleManager, "")
	w.rep = w.addUser("李强", auth.RoleRep, w.manager.ID)
	w.rep2 = w.addUser("陈静", auth.RoleRep, w.manager.ID)
	w.loner = w.addUser("赵敏", auth.RoleRep, "")
	err := db.Tx(ctx, func(tx *sql.Tx) error {
		_, err := company.NewService(db, clock.Now).InsertTx(ctx, tx, w.owner.ID, company.Defaults("上海示例贸易有限公司"))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	w.custRep = w.addCustomer(w.rep, "杭州明远智能科技有限公司")
	w.custRep2 = w.addCustomer(w.rep2, "苏州恒信工业设备有限公司")
	w.custLo = w.addCustomer(w.loner, "成都蓉锦办公用品有限公司")
	return w
}

func (w *world) addUser(name, role, managerID string) auth.Actor {
	w.t.Helper()
	id := store.NewID()
	err := w.db.Tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.Exec(`INSERT INTO users(id, name, login, password_hash, role, manager_id, created_at, updated_at)
			VALUES (?, ?, ?, 'x', ?, ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
			id, name, id, role, nullable(managerID))
		return err
	})
	if err != nil {
		w.t.Fatal(err)
	}
	return auth.Actor{ID: id, Role: role}
}

func (w *world) addCustomer(owner auth.Actor, name string) string {
	w.t.Helper()
	c, err := w.customers.CreateCustomer(ctx, owner, customer.CustomerInput{Kind: customer.KindCompany, Name: name})
	if err != nil {
		w.t.Fatalf("customer %s: %v", name, err)
	}
	return c.ID
}

// at sets the clock to a Shanghai wall-clock time.
func (w *world) at(t time.Time) { w.clock.T = t.UTC() }

// open opens a ticket as actor and fails the test on error.
func (w *world) open(actor auth.Actor, customerID, kind, priority string) Ticket {
	w.t.Helper()
	k, err := w.svc.OpenTicket(ctx, actor, TicketInput{CustomerID: customerID, Kind: kind, Priority: priority,
		Channel: "phone", Subject: "打印机卡纸"})
	if err != nil {
		w.t.Fatalf("open ticket: %v", err)
	}
	return k
}

// status moves a ticket as actor and fails the test on error.
func (w *world) status(actor auth.Actor, k Ticket, to string) Ticket {
	w.t.Helper()
	k, err := w.svc.SetStatus(ctx, actor, Change{TicketID: k.ID, Status: to, Resolution: "更换了搓纸轮", Version: k.Version})
	if err != nil {
		w.t.Fatalf("ticket to %s: %v", to, err)
	}
	return k
}

// code is the i18n code of an apperr (a field's code for a field error).
func code(err error, field string) string {
	var e *apperr.Error
	if !errors.As(err, &e) {
		return ""
	}
	if field != "" {
		return e.Fields[field].Code
	}
	return e.Code
}

// Actor wraps an actor for table cases.
type Actor struct{ actor auth.Actor }

func (w *world) reload(k Ticket) Ticket {
	w.t.Helper()
	d, err := w.svc.Ticket(ctx, w.owner, k.ID)
	if err != nil {
		w.t.Fatal(err)
	}
	return d.Ticket
}

func stampOf(t time.Time) string { return store.FormatTime(t) }
