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
	"steady/backend/store"
)

func TestDemoQuotesCoverEveryStatus(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "demo.db")
	now := time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)
	if _, err := Create(ctx, path, Options{Seed: 3, HashCost: bcrypt.MinCost, Now: now}); err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	owner := auth.Actor{Role: auth.RoleOwner}
	products, err := catalog.NewService(db, time.Now).Products(ctx, owner, catalog.ProductFilter{})
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
	svc := quote.NewService(db, func() time.Time { return now })
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
}
