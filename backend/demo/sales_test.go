package demo

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"steady/backend/store"
)

// salesDemo creates a demo company and returns its database.
func salesDemo(t *testing.T, seed uint64, customers int) *store.DB {
	t.Helper()
	path := filepath.Join(t.TempDir(), "demo.db")
	ctx := context.Background()
	now := time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)
	if _, err := Create(ctx, path, Options{Seed: seed, Customers: customers, HashCost: bcrypt.MinCost, Now: now}); err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func count(t *testing.T, db *store.DB, query string) int {
	t.Helper()
	var n int
	if err := db.Read().QueryRow(query).Scan(&n); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}

func TestSalesDemoPlaysAYearOfDeals(t *testing.T) {
	db := salesDemo(t, 11, 300)
	cases := []struct {
		what, query string
		min, max    int
	}{
		{"deals", `SELECT count(*) FROM deals`, 60, 200},
		{"stages ever entered", `SELECT count(DISTINCT to_stage_id) FROM deal_stage_history`, 9, 9},
		{"deals still open", `SELECT count(*) FROM deals WHERE status = 'open'`, 3, 60},
		{"open deals in different stages", `SELECT count(DISTINCT stage_id) FROM deals WHERE status = 'open'`, 3, 6},
		{"won deals", `SELECT count(*) FROM deals WHERE status = 'won' AND won_at IS NOT NULL`, 10, 200},
		{"won deals in after-sales", `SELECT count(*) FROM deals d JOIN sales_stages s ON s.id = d.stage_id WHERE s.kind = 'after'`, 1, 200},
		{"lost reasons used", `SELECT count(DISTINCT lost_reason_id) FROM deals WHERE status = 'lost'`, 4, 7},
		{"months with new deals", `SELECT count(DISTINCT substr(created_at, 1, 7)) FROM deals`, 11, 13},
		{"tasks done on time", `SELECT count(*) FROM sop_tasks WHERE status = 'done' AND done_at <= due_at`, 50, 10000},
		{"tasks done late", `SELECT count(*) FROM sop_tasks WHERE status = 'done' AND done_at > due_at`, 10, 10000},
		{"tasks missed", `SELECT count(*) FROM sop_tasks WHERE (status = 'open' AND due_at < '2026-11-27T09:00:00.000Z')
			OR (status = 'closed' AND closed_at >= due_at)`, 10, 10000},
		{"thank-you clocks started by a call", `SELECT count(*) FROM sop_tasks WHERE anchor = 'first_call' AND anchor_at IS NOT NULL`, 10, 10000},
		{"customers who bought", `SELECT count(*) FROM customers WHERE stage IN ('customer', 'repeat')`, 5, 100},
		{"wins the customer area recorded", `SELECT count(*) FROM deals d WHERE d.status = 'won' AND NOT EXISTS
			(SELECT 1 FROM won_deals w WHERE w.customer_id = d.customer_id AND w.won_at = d.won_at)`, 0, 0},
		{"anything after now", `SELECT count(*) FROM deal_stage_history WHERE at > '2026-11-27T09:00:00.000Z'`, 0, 0},
	}
	for _, c := range cases {
		if n := count(t, db, c.query); n < c.min || n > c.max {
			t.Errorf("%s = %d, want %d…%d", c.what, n, c.min, c.max)
		}
	}
}

func salesFacts(t *testing.T, seed uint64) []string {
	db := salesDemo(t, seed, 20)
	rows, err := db.Read().Query(`SELECT d.title, d.status, d.amount_minor, s.code, d.expected_close_on,
		(SELECT count(*) FROM sop_tasks t WHERE t.deal_id = d.id AND t.status = 'done'),
		(SELECT group_concat(h.at, ' ') FROM (SELECT at FROM deal_stage_history WHERE deal_id = d.id ORDER BY at) h)
		FROM deals d JOIN sales_stages s ON s.id = d.stage_id ORDER BY d.created_at, d.title`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var title, status, stage, closeOn, moves string
		var amount, done int64
		if err := rows.Scan(&title, &status, &amount, &stage, &closeOn, &done, &moves); err != nil {
			t.Fatal(err)
		}
		out = append(out, fmt.Sprint(title, status, amount, stage, closeOn, done, moves))
	}
	return out
}

func TestSalesDemoSameSeedSameDeals(t *testing.T) {
	a, b := salesFacts(t, 5), salesFacts(t, 5)
	if len(a) < 20 || !slices.Equal(a, b) {
		t.Fatalf("seed 5 gave different deals:\n%v\n%v", a, b)
	}
	if c := salesFacts(t, 6); slices.Equal(a, c) {
		t.Fatal("seeds 5 and 6 gave the same deals")
	}
}

// Some of the year's deals are in US dollars, and every month of it has the
// company's dollar rate, so the funnel and the dashboards show them converted.
func TestSalesDemoSellsInDollarsWithRates(t *testing.T) {
	db := salesDemo(t, 11, 300)
	if n := count(t, db, `SELECT count(*) FROM deals WHERE currency = 'USD' AND status = 'won'`); n < 2 {
		t.Errorf("%d dollar deals won; the demo should show conversion", n)
	}
	if n := count(t, db, `SELECT count(DISTINCT month) FROM exchange_rates WHERE currency = 'USD' AND deleted_at IS NULL`); n < 13 {
		t.Errorf("dollar rates for %d months", n)
	}
	if n := count(t, db, `SELECT count(*) FROM exchange_rates WHERE month = '2026-11'`); n != 1 {
		t.Errorf("the current month has %d dollar rates", n)
	}
}
