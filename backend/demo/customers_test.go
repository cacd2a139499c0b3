package demo

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"steady/backend/auth"
	"steady/backend/customer"
	"steady/backend/services"
)

func TestDemoCustomersLiveAYearOrTwo(t *testing.T) {
	db := salesDemo(t, 21, 200)
	cases := []struct {
		what, query string
		min, max    int
	}{
		{"customers", `SELECT count(*) FROM customers WHERE deleted_at IS NULL`, 200, 200},
		{"people among them", `SELECT count(*) FROM customers WHERE kind = 'person'`, 10, 60},
		{"cities", `SELECT count(DISTINCT city) FROM customers`, 15, 30},
		{"industries", `SELECT count(DISTINCT industry) FROM customers WHERE industry <> ''`, 8, 30},
		{"sources", `SELECT count(DISTINCT source) FROM customers`, 6, 9},
		{"contacts", `SELECT count(*) FROM contacts`, 200, 600},
		{"contacts with birthdays", `SELECT count(*) FROM contacts WHERE birthday_md <> ''`, 100, 600},
		{"birthdays without a year", `SELECT count(*) FROM contacts WHERE length(birthday) = 5`, 20, 300},
		{"activities", `SELECT count(*) FROM activities`, 600, 5000},
		{"activity kinds", `SELECT count(DISTINCT kind) FROM activities`, 6, 6},
		{"activities with a contact", `SELECT count(*) FROM activities WHERE contact_id IS NOT NULL`, 300, 5000},
		{"months with activities", `SELECT count(DISTINCT substr(at, 1, 7)) FROM activities`, 12, 25},
		{"manual stage moves with a reason", `SELECT count(*) FROM customer_stage_history WHERE automatic = 0 AND reason <> ''`, 60, 300},
		{"stages in use", `SELECT count(DISTINCT stage) FROM customers`, 5, 6},
		{"segments in use", `SELECT count(DISTINCT segment) FROM customers`, 3, 4},
		{"releases to the pool", `SELECT count(*) FROM customer_owner_history WHERE action = 'release' AND reason <> ''`, 5, 60},
		{"claims or assignments", `SELECT count(*) FROM customer_owner_history WHERE action IN ('claim', 'assign')`, 5, 80},
		{"expired by the pool rule", `SELECT count(*) FROM customer_owner_history WHERE action = 'expire'`, 1, 80},
		{"in the pool now", `SELECT count(*) FROM customers WHERE owner_id IS NULL`, 5, 80},
		{"followed up in the last 30 days", `SELECT count(*) FROM customers WHERE last_contact_at >= '2026-10-28'`, 100, 200},
		{"open revisits", `SELECT count(*) FROM revisit_tasks WHERE status = 'open'`, 100, 200},
		{"anything after now", `SELECT count(*) FROM activities WHERE at > '2026-11-27T09:00:00.000Z'`, 0, 0},
		{"indexed for search", `SELECT count(*) FROM search_docs`, 400, 800},
	}
	for _, c := range cases {
		if n := count(t, db, c.query); n < c.min || n > c.max {
			t.Errorf("%s = %d, want %d…%d", c.what, n, c.min, c.max)
		}
	}
	now := func() time.Time { return time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC) }
	svc := services.New(db, now).Customers
	owner := auth.Actor{Role: auth.RoleOwner}
	pairs, err := svc.Duplicates(context.Background(), owner, 0)
	if err != nil || len(pairs) == 0 || !slices.Contains(pairs[0].Reasons, customer.ReasonSamePhone) {
		t.Fatalf("the demo should hold a duplicate entered twice: %+v, %v", pairs, err)
	}
	if _, err := svc.Search(context.Background(), owner, "mingyuan", 5); err != nil {
		t.Fatal(err)
	}
}

// customerFacts is what two demos with one seed must share.
func customerFacts(t *testing.T, seed uint64) []string {
	db := salesDemo(t, seed, 60)
	rows, err := db.Read().Query(`SELECT c.name, c.phone, c.stage, c.segment, coalesce(u.login, ''), c.created_at,
		(SELECT count(*) FROM activities a WHERE a.customer_id = c.id),
		(SELECT group_concat(p.name || p.phone || p.birthday) FROM contacts p WHERE p.customer_id = c.id)
		FROM customers c LEFT JOIN users u ON u.id = c.owner_id ORDER BY c.created_at, c.name`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var name, phone, stage, segment, owner, created, contacts string
		var activities int
		var contactsNull *string
		if err := rows.Scan(&name, &phone, &stage, &segment, &owner, &created, &activities, &contactsNull); err != nil {
			t.Fatal(err)
		}
		if contactsNull != nil {
			contacts = *contactsNull
		}
		out = append(out, fmt.Sprint(name, phone, stage, segment, owner, created, activities, contacts))
	}
	return out
}

func TestDemoCustomersSameSeedSameData(t *testing.T) {
	a, b := customerFacts(t, 8), customerFacts(t, 8)
	if len(a) != 60 || !slices.Equal(a, b) {
		t.Fatalf("seed 8 gave different customers (%d, %d)", len(a), len(b))
	}
	if c := customerFacts(t, 9); slices.Equal(a, c) {
		t.Fatal("seeds 8 and 9 gave the same customers")
	}
}
