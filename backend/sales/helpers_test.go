package sales

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

// Seeded stage ids (migration 0005).
const (
	stLead        = "0190b000-0000-7000-8000-000000000001"
	stFirst       = "0190b000-0000-7000-8000-000000000002"
	stNeeds       = "0190b000-0000-7000-8000-000000000003"
	stProposal    = "0190b000-0000-7000-8000-000000000004"
	stQuotation   = "0190b000-0000-7000-8000-000000000005"
	stNegotiation = "0190b000-0000-7000-8000-000000000006"
	stWon         = "0190b000-0000-7000-8000-000000000007"
	stAfter       = "0190b000-0000-7000-8000-000000000008"
	stLost        = "0190b000-0000-7000-8000-000000000009"
	reasonPrice   = "0190b000-0000-7000-8000-000000000201"
	reasonRival   = "0190b000-0000-7000-8000-000000000202"
)

// world is a company in Shanghai with an owner, a manager with two reps, and
// a rep in no one's team, each with a customer, on a fresh database with a
// settable clock (2026-11-27 09:00 local).
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
	w := &world{t: t, db: db, clock: clock, customers: customers, svc: NewService(db, clock.Now, customers)}
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

// deal creates a deal as actor for customerID and fails the test on error.
func (w *world) deal(actor auth.Actor, customerID, title string, amount int64) Deal {
	w.t.Helper()
	d, err := w.svc.CreateDeal(ctx, actor, DealInput{CustomerID: customerID, Title: title, AmountMinor: amount})
	if err != nil {
		w.t.Fatalf("create deal %s: %v", title, err)
	}
	return d
}

// ready fills and ticks everything the seeded checklists ask for.
func (w *world) ready(actor auth.Actor, d Deal) Deal {
	w.t.Helper()
	budget := int64(5_000_000)
	in := DealInput{ID: d.ID, Version: d.Version, CustomerID: d.CustomerID, Title: d.Title, AmountMinor: max(d.AmountMinor, 100),
		Currency: d.Currency, ExpectedCloseOn: "2026-12-31", Products: []ProductOfInterest{{Name: "激光打印机"}},
		BudgetMinor: &budget, DecisionMaker: "采购部 王经理", PurchaseTimeline: "年底前", Needs: "20 台打印机"}
	d, err := w.svc.UpdateDeal(ctx, actor, in)
	if err != nil {
		w.t.Fatalf("fill deal: %v", err)
	}
	for _, key := range []string{"lead.fit", "first_contact.talked", "proposal.sent", "quotation.sent", "negotiation.signed", "won.handover"} {
		if d, err = w.svc.TickChecklist(ctx, actor, d.ID, d.Version, key, true); err != nil {
			w.t.Fatalf("tick %s: %v", key, err)
		}
	}
	return d
}

// finishTasks completes every open task of a deal.
func (w *world) finishTasks(actor auth.Actor, dealID string) {
	w.t.Helper()
	tasks, err := w.svc.Tasks(ctx, w.owner, TaskQuery{DealID: dealID, Status: "all"})
	if err != nil {
		w.t.Fatal(err)
	}
	for _, t := range tasks {
		if t.Status != TaskOpen && t.Status != TaskWaiting {
			continue
		}
		if _, err := w.svc.CompleteTask(ctx, actor, t.ID, t.Version, ""); err != nil {
			w.t.Fatalf("complete %s: %v", t.TitleZh, err)
		}
	}
}

// move moves a deal and fails the test on error.
func (w *world) move(actor auth.Actor, d Deal, stageID string) Deal {
	w.t.Helper()
	d, err := w.svc.MoveDeal(ctx, actor, d.ID, d.Version, stageID)
	if err != nil {
		w.t.Fatalf("move to %s: %v", stageID, err)
	}
	return d
}

func (w *world) advance(d time.Duration) { w.clock.T = w.clock.T.Add(d) }

func (w *world) hours(n int) { w.advance(time.Duration(n) * time.Hour) }

// fields returns the field codes of a validation error (nil otherwise).
func fields(err error) map[string]apperr.FieldError {
	e, ok := apperr.As(err)
	if !ok || e.Kind != apperr.KindValidation {
		return nil
	}
	return e.Fields
}

func fieldCode(err error, field string) string { return fields(err)[field].Code }

// stageField is the field error of one stage's missing item (name as
// "checklist.<key>", a deal field, or "sopTasks"), or the stage's own head
// when name is "".
func stageField(err error, stageID, name string) apperr.FieldError {
	key := "stages." + stageID
	if name != "" {
		key += "." + name
	}
	return fields(err)[key]
}

func isForbidden(err error) bool { return errors.Is(err, apperr.ErrForbidden) }

func isConflict(err error, code string) bool {
	e, ok := apperr.As(err)
	return ok && e.Kind == apperr.KindConflict && e.Code == code
}
