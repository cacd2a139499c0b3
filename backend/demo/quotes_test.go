package demo

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"steady/backend/auth"
	"steady/backend/catalog"
	"steady/backend/quote"
	"steady/backend/services"
	"steady/backend/store"
)

func TestDemoQuotesCoverEveryStatus(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "demo.db")
	now := time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)
	if _, err := Create(ctx, path, Options{Seed: 3, Customers: 60, HashCost: bcrypt.MinCost, Now: now}); err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	owner := auth.Actor{Role: auth.RoleOwner}
	set := services.New(db, func() time.Time { return now })
	products, err := set.Catalog.Products(ctx, owner, catalog.ProductFilter{})
	if err != nil || len(products) < 20 {
		t.Fatalf("catalog: %d products, %v", len(products), err)
	}
	units := map[string]bool{}
	for _, p := range products {
		units[p.Unit] = true
	}
	for _, u := range []string{"台", "套", "个", "箱", "米"} {
		if !units[u] {
			t.Errorf("no product sold by %s", u)
		}
	}
	svc := set.Quotes
	list, err := svc.List(ctx, owner, quote.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	byStatus, revisions := map[string]int{}, 0
	for _, q := range list {
		byStatus[q.Status]++
		if q.Revision > 1 {
			revisions++
		}
		if q.UpdatedAt > store.FormatTime(now) {
			t.Errorf("%s changed in the future: %s", q.Number, q.UpdatedAt)
		}
	}
	for _, s := range quote.Statuses() {
		if byStatus[s] == 0 {
			t.Errorf("no demo quote is %s (%v)", s, byStatus)
		}
	}
	if revisions < 3 {
		t.Errorf("only %d revisions", revisions)
	}
	if n, _ := svc.ExpireDue(ctx); n != 0 {
		t.Errorf("the demo left %d quotes to expire", n)
	}
	checkQuoteDeals(t, db)
}

// checkQuoteDeals: every demo quote names a deal of its own customer and
// rep, and the customer's answer decided the deal as the app decides it.
func checkQuoteDeals(t *testing.T, db *store.DB) {
	t.Helper()
	cases := []struct {
		what, query string
		want        int
	}{
		{"quotes without a deal of their customer and rep", `SELECT count(*) FROM quotes q LEFT JOIN deals d
			ON d.id = q.deal_id AND d.customer_id = q.customer_id AND d.owner_id = q.owner_id WHERE d.id IS NULL`, 0},
		{"accepted quotes whose deal they did not win", `SELECT count(*) FROM quotes q JOIN deals d ON d.id = q.deal_id
			WHERE q.status = 'accepted' AND NOT (d.status = 'won' AND d.quote_id = q.id AND d.amount_minor = q.total_minor)`, 0},
		{"accepted quotes whose customer has not bought", `SELECT count(*) FROM quotes q JOIN customers k ON k.id = q.customer_id
			WHERE q.status = 'accepted' AND k.stage NOT IN ('customer', 'repeat')`, 0},
		{"rejected or expired quotes whose deal is not lost", `SELECT count(*) FROM quotes q JOIN deals d ON d.id = q.deal_id
			WHERE q.status IN ('rejected', 'expired') AND d.status <> 'lost'`, 0},
		{"deals won by a quote", `SELECT count(DISTINCT d.id) FROM deals d JOIN quotes q ON q.id = d.quote_id`, 4},
	}
	for _, c := range cases {
		if n := count(t, db, c.query); n != c.want {
			t.Errorf("%s = %d, want %d", c.what, n, c.want)
		}
	}
}
