package sales

import (
	"context"
	"testing"
	"time"

	"steady/backend/auth"
	"steady/backend/customer"
)

// Budgets (issue 4), on 100,000 customers and 300,000 deals: the funnel for
// a year under 100 ms, a dashboard's queries together under 50 ms, the
// kanban for one rep under 20 ms. The database is built once (a minute or
// two) and kept in the temporary folder.
// Run: go test -tags sqlite_fts5 -run '^$' -bench . ./backend/sales/

func benchService(b *testing.B) (*Service, benchFixture) {
	db, f := openBenchDB(b)
	now := func() time.Time { return benchNow }
	return NewService(db, now, customer.NewService(db, now, customer.FixedZone(shanghai), customer.WonDealTable{})), f
}

// benchActors are the owner, a manager of ten reps, and one of those reps.
func benchActors(f benchFixture) (owner, manager, rep auth.Actor) {
	return auth.Actor{ID: f.ownerID, Role: auth.RoleOwner}, auth.Actor{ID: f.managerID, Role: auth.RoleManager},
		auth.Actor{ID: f.repID, Role: auth.RoleRep}
}

func BenchmarkFunnel(b *testing.B) {
	svc, f := benchService(b)
	owner, manager, rep := benchActors(f)
	year := FunnelQuery{From: "2026-01-01", To: "2026-12-31"}
	cases := []struct {
		name  string
		actor auth.Actor
		q     FunnelQuery
	}{
		{"owner-year", owner, year},
		{"owner-last-365-days", owner, FunnelQuery{From: "2025-11-28", To: "2026-11-27"}},
		{"owner-three-years", owner, FunnelQuery{From: "2024-01-01", To: "2026-12-31"}},
		{"manager-team-year", manager, year},
		{"rep-year", rep, year},
		{"owner-one-rep-year", owner, FunnelQuery{Filter: Filter{OwnerID: f.repID}, From: year.From, To: year.To}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			ctx := context.Background()
			for b.Loop() {
				if _, err := svc.Funnel(ctx, c.actor, c.q); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkDashboard(b *testing.B) {
	svc, f := benchService(b)
	owner, manager, rep := benchActors(f)
	ctx := context.Background()
	since := benchNow.Add(-24 * time.Hour)
	b.Run("rep", func(b *testing.B) {
		for b.Loop() {
			if _, err := svc.RepDashboard(ctx, rep); err != nil {
				b.Fatal(err)
			}
			if _, err := svc.DueSince(ctx, rep, since); err != nil {
				b.Fatal(err)
			}
		}
	})
	for _, c := range []struct {
		name  string
		actor auth.Actor
	}{{"manager", manager}, {"owner", owner}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := svc.ManagerDashboard(ctx, c.actor, Filter{}); err != nil {
					b.Fatal(err)
				}
				if _, err := svc.RepDashboard(ctx, c.actor); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkBoard(b *testing.B) {
	svc, f := benchService(b)
	owner, manager, rep := benchActors(f)
	cases := []struct {
		name  string
		actor auth.Actor
		q     BoardQuery
	}{
		{"rep", rep, BoardQuery{}},
		{"manager-one-rep", manager, BoardQuery{Filter: Filter{OwnerID: f.repID}}},
		{"manager-team", manager, BoardQuery{}},
		{"owner-all", owner, BoardQuery{}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			ctx := context.Background()
			for b.Loop() {
				if _, err := svc.Board(ctx, c.actor, c.q); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkReports(b *testing.B) {
	svc, f := benchService(b)
	owner, manager, rep := benchActors(f)
	ctx := context.Background()
	cases := []struct {
		name string
		run  func() error
	}{
		{"deal-list-rep", func() error { _, err := svc.Deals(ctx, rep, DealQuery{}); return err }},
		{"deal-list-owner-search", func() error { _, err := svc.Deals(ctx, owner, DealQuery{Search: "客户00012"}); return err }},
		{"trend-owner-12-months", func() error { _, err := svc.Trend(ctx, owner, TrendQuery{}); return err }},
		{"pipeline-owner", func() error { _, err := svc.Pipeline(ctx, owner, Filter{}); return err }},
		{"compliance-rep-month", func() error { _, err := svc.Compliance(ctx, manager, f.repID, "2026-10"); return err }},
		{"team-compliance-owner", func() error { _, err := svc.TeamCompliance(ctx, owner, Filter{}, "2026-10"); return err }},
		{"monthly-numbers", func() error {
			start := time.Date(2026, 10, 1, 0, 0, 0, 0, shanghai)
			_, err := svc.MonthlyNumbers(ctx, f.repID, start, start.AddDate(0, 1, 0))
			return err
		}},
		{"sweep", func() error { _, err := svc.Sweep(ctx); return err }},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if err := c.run(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
