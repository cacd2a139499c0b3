package demo

import (
	"context"
	"fmt"
	"math/rand/v2"
	"time"

	"steady/backend/auth"
	"steady/backend/customer"
	"steady/backend/quote"
	"steady/backend/sales"
	"steady/backend/services"
	"steady/backend/store"
)

// salesAccountCount is how many customers the sales demo plays deals with: one
// in twenty of the demo's customers, at least 4 and at most 16 (about six
// deals each). It invents companies when the customers area has made none.
func salesAccountCount(customers int) int { return min(max(customers/20, 4), 16) }

// addSales plays a year of deals with the demo's customers, one customer's
// deals after another: every stage reached, deals won and lost with their
// reasons, and SOP tasks done on time, done late and missed. It returns the
// player, which later plays the deals the demo's quotes are written for.
func addSales(ctx context.Context, db *store.DB, set *services.Set, c *clock, t team, r *rand.Rand, now time.Time, size int) (*player, error) {
	c.t = now.AddDate(-1, 0, -10)
	accounts, err := salesAccounts(ctx, db, set.Customers, t, r, salesAccountCount(size))
	if err != nil {
		return nil, err
	}
	p, err := newPlayer(ctx, db, set, c, r, now)
	if err != nil {
		return nil, err
	}
	for _, a := range accounts {
		if err := p.account(ctx, a); err != nil {
			return nil, err
		}
	}
	c.t = now
	_, err = p.svc.Sweep(ctx)
	return p, err
}

// account is a customer the demo sells to, and the rep who owns it.
type account struct {
	customerID string
	owner      auth.Actor
}

// salesAccounts uses the reps' customers when the customers area made
// some, and invents companies otherwise.
func salesAccounts(ctx context.Context, db *store.DB, customers *customer.Service, t team, r *rand.Rand, n int) ([]account, error) {
	reps := map[string]auth.Actor{}
	for _, rep := range t.reps {
		reps[rep.ID] = rep
	}
	rows, err := db.Read().QueryContext(ctx, `SELECT id, owner_id FROM customers WHERE deleted_at IS NULL
		AND owner_id IS NOT NULL ORDER BY created_at, id`)
	if err != nil {
		return nil, fmt.Errorf("demo: sales customers: %w", err)
	}
	defer rows.Close()
	var out []account
	for rows.Next() && len(out) < n {
		var id, owner string
		if err := rows.Scan(&id, &owner); err != nil {
			return nil, fmt.Errorf("demo: sales customers: %w", err)
		}
		if rep, ok := reps[owner]; ok {
			out = append(out, account{customerID: id, owner: rep})
		}
	}
	if err := rows.Err(); err != nil || len(out) > 0 {
		return out, err
	}
	return inventAccounts(ctx, customers, t, r, n)
}

// Parts of the company names the sales demo invents.
var (
	salesCities = []string{"上海", "杭州", "苏州", "南京", "宁波", "合肥", "武汉", "成都", "重庆", "西安", "青岛", "厦门", "长沙", "无锡"}
	salesBrands = []string{"华信", "瑞丰", "恒达", "嘉禾", "宏远", "金石", "天成", "永泰", "博雅", "启明", "鼎新", "聚源"}
	salesTrades = []struct{ trade, industry string }{{"科技", "信息技术"}, {"贸易", "批发零售"}, {"机械", "制造业"},
		{"电子", "制造业"}, {"物流", "交通运输"}, {"建设工程", "建筑业"}, {"医疗器械", "医疗健康"}, {"教育咨询", "教育培训"}}
)

func inventAccounts(ctx context.Context, customers *customer.Service, t team, r *rand.Rand, n int) ([]account, error) {
	seen := map[string]bool{}
	var out []account
	for len(out) < n {
		city, trade := salesCities[r.IntN(len(salesCities))], salesTrades[r.IntN(len(salesTrades))]
		name := city + salesBrands[r.IntN(len(salesBrands))] + trade.trade + "有限公司"
		if seen[name] {
			continue
		}
		seen[name] = true
		owner := t.reps[len(out)%len(t.reps)]
		c, err := customers.CreateCustomer(ctx, owner, customer.CustomerInput{Kind: customer.KindCompany, Name: name,
			City: city, Industry: trade.industry, Source: customer.Sources()[r.IntN(4)],
			Phone:    fmt.Sprintf("0%d-%04d %04d", 21+r.IntN(70), r.IntN(10000), r.IntN(10000)),
			Contacts: []customer.ContactInput{{Name: personName(r), Title: "采购经理", Primary: true}}})
		if err != nil {
			return nil, fmt.Errorf("demo: customer %s: %w", name, err)
		}
		out = append(out, account{customerID: c.ID, owner: owner})
	}
	return out, nil
}

// player plays deals, and the quotes written for them, through the sales
// and quote areas with the demo's clock.
type player struct {
	svc       *sales.Service
	customers *customer.Service
	quotes    *quote.Service
	c         *clock
	r         *rand.Rand
	now       time.Time
	open      []sales.Stage
	won       sales.Stage
	after     sales.Stage
	rules     map[string][]sales.Rule
	reasons   []sales.LostReason
	products  []sales.ProductOfInterest
}

func newPlayer(ctx context.Context, db *store.DB, set *services.Set, c *clock, r *rand.Rand, now time.Time) (*player, error) {
	svc := set.Sales
	p := &player{svc: svc, customers: set.Customers, quotes: set.Quotes, c: c, r: r, now: now, rules: map[string][]sales.Rule{}}
	stages, err := svc.Stages(ctx)
	if err != nil {
		return nil, err
	}
	for _, st := range stages {
		switch st.Kind {
		case sales.KindOpen:
			p.open = append(p.open, st)
		case sales.KindWon:
			p.won = st
		case sales.KindAfter:
			p.after = st
		}
	}
	rules, err := svc.Rules(ctx, "")
	if err != nil {
		return nil, err
	}
	for _, rule := range rules {
		p.rules[rule.StageID] = append(p.rules[rule.StageID], rule)
	}
	if p.reasons, err = svc.LostReasons(ctx, false); err != nil {
		return nil, err
	}
	p.products, err = demoProductsOnFile(ctx, db)
	return p, err
}

// demoProductsOnFile lists the catalog's products as products of interest.
func demoProductsOnFile(ctx context.Context, db *store.DB) ([]sales.ProductOfInterest, error) {
	rows, err := db.Read().QueryContext(ctx, `SELECT id, name_zh FROM products WHERE deleted_at IS NULL ORDER BY sku`)
	if err != nil {
		return nil, fmt.Errorf("demo: products: %w", err)
	}
	defer rows.Close()
	var out []sales.ProductOfInterest
	for rows.Next() {
		var p sales.ProductOfInterest
		if err := rows.Scan(&p.ProductID, &p.Name); err != nil {
			return nil, fmt.Errorf("demo: products: %w", err)
		}
		out = append(out, p)
	}
	if len(out) == 0 {
		out = []sales.ProductOfInterest{{Name: "办公设备"}, {Name: "年度维保服务"}}
	}
	return out, rows.Err()
}

// account plays one customer's deals, each starting some weeks after the
// one before ended, until the year is over (the last often still open).
func (p *player) account(ctx context.Context, a account) error {
	start := p.now.AddDate(0, 0, -365+p.r.IntN(120)).Add(time.Duration(p.r.IntN(10*60)) * time.Minute)
	for range 12 {
		if start.After(p.now.AddDate(0, 0, -1)) {
			return nil
		}
		end, err := p.deal(ctx, a, start)
		if err != nil {
			return err
		}
		start = end.AddDate(0, 0, 10+p.r.IntN(40))
	}
	return nil
}
