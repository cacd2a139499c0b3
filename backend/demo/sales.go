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

// salesAccountCount is how many customers the sales demo plays deals with:
// one in twenty of the demo's customers, at least one per rep and at most
// 16 (about six deals each); none without customers.
func salesAccountCount(customers, reps int) int {
	if customers <= 0 {
		return 0
	}
	return min(max(customers/20, reps), 16)
}

// addSales plays a year of deals with the demo's customers, one customer's
// deals after another: every stage reached, deals won and lost with their
// reasons, and SOP tasks done on time, done late and missed. It returns the
// player, which later plays the deals the demo's quotes are written for.
func addSales(ctx context.Context, db *store.DB, set *services.Set, c *clock, t team, r *rand.Rand, now time.Time, size int) (*player, error) {
	c.t = now.AddDate(-1, 0, -10)
	accounts, err := salesAccounts(ctx, db, t, salesAccountCount(size, len(t.reps)))
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

// salesAccounts takes n of the reps' customers, the reps in turn and each
// rep's earliest first, so that every rep with a customer has a pipeline.
func salesAccounts(ctx context.Context, db *store.DB, t team, n int) ([]account, error) {
	rows, err := db.Read().QueryContext(ctx, `SELECT id, owner_id FROM customers WHERE deleted_at IS NULL
		AND owner_id IS NOT NULL ORDER BY created_at, id`)
	if err != nil {
		return nil, fmt.Errorf("demo: sales customers: %w", err)
	}
	defer rows.Close()
	byRep := map[string][]string{}
	for rows.Next() {
		var id, owner string
		if err := rows.Scan(&id, &owner); err != nil {
			return nil, fmt.Errorf("demo: sales customers: %w", err)
		}
		byRep[owner] = append(byRep[owner], id)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("demo: sales customers: %w", err)
	}
	var out []account
	for round := 0; len(out) < n; round++ {
		took := false
		for _, rep := range t.reps {
			if ids := byRep[rep.ID]; round < len(ids) && len(out) < n {
				out, took = append(out, account{customerID: ids[round], owner: rep}), true
			}
		}
		if !took {
			break
		}
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
	played    int // deals played so far: every usdEvery-th is in US dollars
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
