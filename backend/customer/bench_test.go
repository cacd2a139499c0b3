package customer

import (
	"context"
	"testing"
	"time"

	"steady/backend/auth"
)

// Budgets (issue 3): search under 30 ms for any query, a list page under
// 10 ms, a timeline page under 10 ms, on 100,000 customers and 1,000,000
// activities. Run: go test -tags sqlite_fts5 -run '^$' -bench . ./backend/customer/

func benchService(b *testing.B) (*Service, benchFixture) {
	db, f := openBenchDB(b)
	now := func() time.Time { return time.Date(2026, 11, 27, 1, 0, 0, 0, time.UTC) }
	return NewService(db, now, FixedZone(shanghai), WonDealTable{}), f
}

func BenchmarkSearch(b *testing.B) {
	svc, f := benchService(b)
	owner := auth.Actor{ID: f.ownerID, Role: auth.RoleOwner}
	rep := auth.Actor{ID: f.repID, Role: auth.RoleRep}
	cases := []struct {
		name  string
		actor auth.Actor
		query string
	}{
		{"chinese-1char", owner, "张"},
		{"chinese-2char", owner, "明远"},
		{"chinese-1char-rep", rep, "王"},
		{"initials-2", owner, "zs"},
		{"initials-1", owner, "z"},
		{"pinyin-full", owner, "zhangwei"},
		{"pinyin-rep", rep, "wangfang"},
		{"phone-4digits", owner, "8000"},
		{"phone-formatted", owner, "+86 138-0013"},
		{"email", owner, "example7.cn"},
		{"long-company", owner, "杭州明远智能科技有限公司"},
		{"long-pinyin", owner, "hangzhoumingyuanzhinengkeji"},
		{"no-match", owner, "不存在的名字"},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			ctx := context.Background()
			for b.Loop() {
				if _, err := svc.Search(ctx, c.actor, c.query, 20); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkList(b *testing.B) {
	svc, f := benchService(b)
	owner := auth.Actor{ID: f.ownerID, Role: auth.RoleOwner}
	manager := auth.Actor{ID: f.managerID, Role: auth.RoleManager}
	rep := auth.Actor{ID: f.repID, Role: auth.RoleRep}
	cases := []struct {
		name  string
		actor auth.Actor
		q     ListQuery
	}{
		{"owner-by-name", owner, ListQuery{Limit: 50}},
		{"owner-last-contact", owner, ListQuery{Sort: "lastContact", Desc: true, Limit: 50}},
		{"owner-segment", owner, ListQuery{Sort: "segment", Limit: 50}},
		{"owner-stage-desc", owner, ListQuery{Sort: "stage", Desc: true, Limit: 50}},
		{"owner-page-200", owner, ListQuery{Limit: 50, Offset: 10_000}},
		{"owner-page-1000", owner, ListQuery{Limit: 50, Offset: 50_000}},
		{"owner-city-stage", owner, ListQuery{City: "杭州", Stage: StageCustomer, Limit: 50}},
		{"owner-tag", owner, ListQuery{Tag: "VIP", Sort: "created", Desc: true, Limit: 50}},
		{"owner-contacted-before", owner, ListQuery{ContactedBefore: "2024-06-01", Limit: 50}},
		{"manager-team", manager, ListQuery{Limit: 50}},
		{"rep-own-and-pool", rep, ListQuery{Limit: 50}},
		{"rep-pool", rep, ListQuery{OwnerID: "pool", Sort: "created", Limit: 50}},
		{"rep-stage-by-contact", rep, ListQuery{Stage: StageProspect, Sort: "lastContact", Desc: true, Limit: 50}},
		{"manager-segment-sort", manager, ListQuery{Sort: "segment", Limit: 50}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			ctx := context.Background()
			for b.Loop() {
				if _, err := svc.Customers(ctx, c.actor, c.q); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkTimeline(b *testing.B) {
	svc, f := benchService(b)
	owner := auth.Actor{ID: f.ownerID, Role: auth.RoleOwner}
	for _, c := range []struct{ name, id string }{{"heavy-5000", f.heavyID}, {"typical", f.typicalID}} {
		b.Run(c.name, func(b *testing.B) {
			ctx := context.Background()
			for b.Loop() {
				if _, err := svc.Timeline(ctx, owner, c.id, 50, ""); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
