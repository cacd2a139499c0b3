package quote_test

import (
	"context"
	"database/sql"
	"errors"
	"testing"

	"golang.org/x/crypto/bcrypt"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/catalog"
	"steady/backend/company"
	"steady/backend/quote"
	"steady/backend/store"
	"steady/backend/store/storetest"
)

var ctx = context.Background()

// world is a small company: an owner, two managers, a new-hire rep and a
// senior rep in the first manager's team and a rep in the second's, with a
// few products whose prices include 13 % tax.
type world struct {
	t        *testing.T
	db       *store.DB
	clock    *storetest.Clock
	svc      *quote.Service
	catalog  *catalog.Service
	owner    auth.Actor
	manager  auth.Actor // 王芳, manages rep and senior
	manager2 auth.Actor // 陈静, manages other
	rep      auth.Actor // 李强, new hire: 5 % limit
	senior   auth.Actor // 刘洋, senior: 15 % limit
	other    auth.Actor // 赵敏, the other team
	printer  catalog.Product
	desk     catalog.Product
	service  catalog.Product
	holders  customers
}

// customers stands in for the customer area: who holds each customer (""
// for the pool) and who manages whom, so a customer is visible as the
// customer area would show it.
type customers struct{ held, managers map[string]string }

func (c customers) CustomerForQuote(_ context.Context, _ *sql.Tx, actor auth.Actor, id string) (quote.CustomerFacts, error) {
	holder, ok := c.held[id]
	switch {
	case !ok:
		return quote.CustomerFacts{}, apperr.NotFound("customer")
	case holder != "" && holder != actor.ID && actor.Role != auth.RoleOwner && c.managers[holder] != actor.ID:
		return quote.CustomerFacts{}, apperr.Forbidden("errors.forbidden.customer")
	}
	return quote.CustomerFacts{OwnerID: holder}, nil
}

// customer files a new customer held by holder (nil: in the pool) and returns its id.
func (w *world) customer(holder *auth.Actor) string {
	id := store.NewID()
	w.holders.held[id] = ""
	if holder != nil {
		w.holders.held[id] = holder.ID
	}
	return id
}

func newWorld(t *testing.T) *world {
	t.Helper()
	db := storetest.Open(t)
	clock := storetest.NewClock() // 2026-11-27 09:00 in Shanghai
	w := &world{t: t, db: db, clock: clock, svc: quote.NewService(db, clock.Now), catalog: catalog.NewService(db, clock.Now),
		holders: customers{held: map[string]string{}, managers: map[string]string{}}}
	w.svc.SetCustomerReader(w.holders)
	users := auth.NewService(db, clock.Now, bcrypt.MinCost)
	add := func(managerID, name, login, role, level string) auth.Actor {
		id := store.NewID()
		err := db.Tx(ctx, func(tx *sql.Tx) error {
			return users.InsertUserTx(ctx, tx, "", auth.UserInput{ID: id, Name: name, Login: login, Password: "steady-pass1",
				Role: role, Level: level, ManagerID: managerID, Active: true})
		})
		if err != nil {
			t.Fatalf("add %s: %v", login, err)
		}
		w.holders.managers[id] = managerID
		return auth.Actor{ID: id, Role: role}
	}
	w.owner = add("", "周明远", "owner", auth.RoleOwner, auth.LevelSenior)
	w.manager = add("", "王芳", "manager", auth.RoleManager, auth.LevelSenior)
	w.manager2 = add("", "陈静", "manager2", auth.RoleManager, auth.LevelSenior)
	w.rep = add(w.manager.ID, "李强", "rep", auth.RoleRep, auth.LevelNewHire)
	w.senior = add(w.manager.ID, "刘洋", "senior", auth.RoleRep, auth.LevelSenior)
	w.other = add(w.manager2.ID, "赵敏", "other", auth.RoleRep, auth.LevelJunior)
	err := db.Tx(ctx, func(tx *sql.Tx) error {
		_, err := company.NewService(db, clock.Now).InsertTx(ctx, tx, w.owner.ID, company.Defaults("上海示例贸易有限公司"))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	w.printer = w.product("LP-4200", "激光打印机", "Laser printer", "A4 黑白 42页/分钟", "台", 329900, 280000, 1300)
	w.desk = w.product("DK-1600", "升降办公桌", "Standing desk", "1600×800 mm", "张", 258000, 0, 1300)
	w.service = w.product("SV-INST", "上门安装调试", "On-site installation", "", "次", 50000, 40000, 600)
	return w
}

func (w *world) product(sku, zh, en, spec, unit string, list, floor, rate int64) catalog.Product {
	w.t.Helper()
	p, err := w.catalog.CreateProduct(ctx, w.owner, catalog.ProductInput{SKU: sku, NameZh: zh, NameEn: en, Spec: spec,
		Unit: unit, Currency: "CNY", ListPriceMinor: list, CostMinor: list / 2, FloorPriceMinor: floor, TaxRateBP: rate, Active: true})
	if err != nil {
		w.t.Fatalf("product %s: %v", sku, err)
	}
	return p
}

// input is a quote for 杭州明远 with two printers at list price and one
// installation, prices including tax.
func (w *world) input() quote.Input {
	return quote.Input{
		CustomerName: "杭州明远智能科技有限公司", CustomerAddress: "浙江省杭州市西湖区文三路 478 号",
		ContactName: "李娜", ContactPhone: "0571-8765 4321", TaxIncluded: true,
		Lines: []quote.LineInput{
			{ProductID: w.printer.ID, QtyMilli: 2000, CatalogPrice: true},
			{ProductID: w.service.ID, QtyMilli: 1000, CatalogPrice: true},
		},
	}
}

func (w *world) create(actor auth.Actor, in quote.Input) quote.Quote {
	w.t.Helper()
	q, err := w.svc.Create(ctx, actor, in)
	if err != nil {
		w.t.Fatalf("create: %v", err)
	}
	return q
}

// fieldCode returns the i18n code err carries for field.
func fieldCode(err error, field string) string {
	e, ok := apperr.As(err)
	if !ok {
		return ""
	}
	return e.Fields[field].Code
}

func codeOf(err error) string {
	if e, ok := apperr.As(err); ok {
		return e.Code
	}
	return ""
}

func mustKind(t *testing.T, err, kind error) {
	t.Helper()
	if !errors.Is(err, kind) {
		t.Fatalf("err = %v, want %v", err, kind)
	}
}

// actorOf unwraps an auth.Actor held as any.
func actorOf(a any) auth.Actor { return a.(auth.Actor) }
