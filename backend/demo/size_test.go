package demo

import (
	"fmt"
	"testing"
)

func TestSmallDemosGiveEveryRepAPipeline(t *testing.T) {
	for _, c := range []struct {
		seed      uint64
		customers int
	}{{1, 5}, {2, 20}, {3, 20}, {4, 40}} {
		t.Run(fmt.Sprint(c.customers, "-customers-seed-", c.seed), func(t *testing.T) {
			db := salesDemo(t, c.seed, c.customers)
			for what, query := range map[string]string{
				"reps without a customer": `SELECT count(*) FROM users u WHERE u.role = 'rep'
					AND NOT EXISTS (SELECT 1 FROM customers k WHERE k.owner_id = u.id)`,
				"reps without a deal": `SELECT count(*) FROM users u WHERE u.role = 'rep'
					AND NOT EXISTS (SELECT 1 FROM deals d WHERE d.owner_id = u.id)`,
				"reps without an open deal or a quote": `SELECT count(*) FROM users u WHERE u.role = 'rep'
					AND NOT EXISTS (SELECT 1 FROM deals d WHERE d.owner_id = u.id AND d.status = 'open')
					AND NOT EXISTS (SELECT 1 FROM quotes q WHERE q.owner_id = u.id)`,
				"reps without a quote": `SELECT count(*) FROM users u WHERE u.role = 'rep'
					AND NOT EXISTS (SELECT 1 FROM quotes q WHERE q.owner_id = u.id)`,
			} {
				if n := count(t, db, query); n != 0 {
					t.Errorf("%s: %d", what, n)
				}
			}
			if n := count(t, db, `SELECT count(*) FROM customers`); n != c.customers {
				t.Errorf("customers = %d, want %d", n, c.customers)
			}
		})
	}
}

func TestDemoWithoutCustomersIsACleanCompany(t *testing.T) {
	db := salesDemo(t, 9, 0)
	cases := []struct {
		what, query string
		min, max    int
	}{
		{"users", `SELECT count(*) FROM users`, 7, 7},
		{"courses", `SELECT count(*) FROM training_courses`, len(demoCourses), len(demoCourses)},
		{"plans", `SELECT count(*) FROM training_plans`, len(demoPlans), len(demoPlans)},
		{"sessions", `SELECT count(*) FROM training_sessions`, 5, 100},
		{"role-plays", `SELECT count(*) FROM roleplays`, 5, 10},
		{"products", `SELECT count(*) FROM products`, len(demoProducts), len(demoProducts)},
		{"price lists", `SELECT count(*) FROM price_lists`, 2, 2},
		{"sales stages", `SELECT count(*) FROM sales_stages`, 9, 9},
		{"SOP rules", `SELECT count(*) FROM sop_rules`, 9, 9},
		{"customers", `SELECT count(*) FROM customers`, 0, 0},
		{"activities", `SELECT count(*) FROM activities`, 0, 0},
		{"deals", `SELECT count(*) FROM deals`, 0, 0},
		{"SOP tasks", `SELECT count(*) FROM sop_tasks`, 0, 0},
		{"quotes", `SELECT count(*) FROM quotes`, 0, 0},
	}
	for _, c := range cases {
		if n := count(t, db, c.query); n < c.min || n > c.max {
			t.Errorf("%s = %d, want %d…%d", c.what, n, c.min, c.max)
		}
	}
}
