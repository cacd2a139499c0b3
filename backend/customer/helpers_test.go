package customer

import (
	"context"
	"database/sql"
	"errors"
	"testing"
	"time"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/store"
	"steady/backend/store/storetest"
)

var shanghai = mustZone("Asia/Shanghai")

func mustZone(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}

// world is a company with an owner, a manager with two reps, and a rep in
// no one's team, on a fresh database with a settable clock.
type world struct {
	t                         testing.TB
	db                        *store.DB
	svc                       *Service
	clock                     *storetest.Clock
	owner, manager, rep, rep2 auth.Actor
	loner                     auth.Actor // a rep outside the manager's team
}

func newWorld(t testing.TB) *world {
	t.Helper()
	db := storetest.Open(t)
	clock := storetest.NewClock()
	w := &world{t: t, db: db, clock: clock, svc: NewService(db, clock.Now, FixedZone(shanghai), WonDealTable{})}
	w.owner = w.addUser("周明远", auth.RoleOwner, "")
	w.manager = w.addUser("王芳", auth.RoleManager, "")
	w.rep = w.addUser("李强", auth.RoleRep, w.manager.ID)
	w.rep2 = w.addUser("陈静", auth.RoleRep, w.manager.ID)
	w.loner = w.addUser("赵敏", auth.RoleRep, "")
	return w
}

func (w *world) addUser(name, role, managerID string) auth.Actor {
	w.t.Helper()
	id := store.NewID()
	err := w.db.Tx(context.Background(), func(tx *sql.Tx) error {
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

// create adds a customer as actor, as an import or a sync would (a twin of
// one on file is let in: the duplicates screen and merges need them; the
// form's refusal is tested on CreateCustomer), and fails the test on error.
func (w *world) create(actor auth.Actor, in CustomerInput) Customer {
	w.t.Helper()
	if in.Kind == "" {
		in.Kind = KindCompany
	}
	ctx := context.Background()
	var id string
	err := w.db.Tx(ctx, func(tx *sql.Tx) error {
		var err error
		id, err = w.svc.InsertCustomerTx(ctx, tx, actor, in)
		return err
	})
	var c Customer
	if err == nil {
		c, err = w.svc.Customer(ctx, actor, id)
	}
	if err != nil {
		w.t.Fatalf("create %s: %v", in.Name, err)
	}
	return c
}

// log records an activity as actor at the clock's time (or in.At).
func (w *world) log(actor auth.Actor, customerID, kind string) Activity {
	w.t.Helper()
	a, err := w.svc.LogActivity(context.Background(), actor, ActivityInput{CustomerID: customerID, Kind: kind, Summary: "电话沟通需求"})
	if err != nil {
		w.t.Fatalf("log %s: %v", kind, err)
	}
	return a
}

// win records a won deal through the same path the sales area will use.
func (w *world) win(customerID string, at time.Time, amountMinor int64) {
	w.t.Helper()
	err := w.db.Tx(context.Background(), func(tx *sql.Tx) error {
		return w.svc.RecordWonDeal(context.Background(), tx, customerID, at, amountMinor, "CNY")
	})
	if err != nil {
		w.t.Fatalf("win %s: %v", customerID, err)
	}
}

func (w *world) advance(d time.Duration) { w.clock.T = w.clock.T.Add(d) }

func (w *world) days(n int) { w.advance(time.Duration(n) * 24 * time.Hour) }

func (w *world) get(id string) Customer {
	w.t.Helper()
	c, err := w.svc.Customer(context.Background(), w.owner, id)
	if err != nil {
		w.t.Fatalf("get %s: %v", id, err)
	}
	return c
}

// fieldCode returns the i18n code of a validation error on field, or "".
func fieldCode(err error, field string) string {
	e, ok := apperr.As(err)
	if !ok || e.Kind != apperr.KindValidation {
		return ""
	}
	return e.Fields[field].Code
}

func isForbidden(err error) bool { return errors.Is(err, apperr.ErrForbidden) }

// refs names customers with the versions they have now.
func (w *world) refs(ids ...string) []CustomerRef {
	w.t.Helper()
	out := make([]CustomerRef, len(ids))
	for i, id := range ids {
		out[i] = CustomerRef{ID: id, Version: w.get(id).Version}
	}
	return out
}
