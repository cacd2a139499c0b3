package customer

import (
	"context"
	"database/sql"
	"errors"
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

type listCase struct {
	name  string
	actor auth.Actor
	q     ListQuery
}

// listCases are the list pages the budgets hold: first pages of each sort
// and scope, deep pages reached by key (the cursor after row 10,000 and
// 50,000) and by an offset jump (what every deep page cost before).
func listCases(b *testing.B, svc *Service, f benchFixture) []listCase {
	owner := auth.Actor{ID: f.ownerID, Role: auth.RoleOwner}
	manager := auth.Actor{ID: f.managerID, Role: auth.RoleManager}
	rep := auth.Actor{ID: f.repID, Role: auth.RoleRep}
	after := func(actor auth.Actor, q ListQuery, rows int) ListQuery {
		q.Offset = rows - q.Limit
		p, err := svc.Customers(context.Background(), actor, q)
		if err != nil || p.Next == "" {
			b.Fatalf("no page after row %d: %v", rows, err)
		}
		q.Offset, q.Cursor = 0, p.Next
		return q
	}
	return []listCase{
		{"owner-by-name", owner, ListQuery{Limit: 50}},
		{"owner-last-contact", owner, ListQuery{Sort: "lastContact", Desc: true, Limit: 50}},
		{"owner-segment", owner, ListQuery{Sort: "segment", Limit: 50}},
		{"owner-stage-desc", owner, ListQuery{Sort: "stage", Desc: true, Limit: 50}},
		{"owner-page-200", owner, after(owner, ListQuery{Limit: 50}, 10_000)},
		{"owner-page-1000", owner, after(owner, ListQuery{Limit: 50}, 50_000)},
		{"owner-page-1000-back", owner, func() ListQuery {
			q := after(owner, ListQuery{Limit: 50}, 50_050)
			q.Back = true
			return q
		}()},
		{"owner-last-page", owner, ListQuery{Limit: 50, Back: true}},
		{"owner-segment-page-1000", owner, after(owner, ListQuery{Sort: "segment", Limit: 50}, 50_000)},
		{"owner-jump-offset-50000", owner, ListQuery{Limit: 50, Offset: 50_000}},
		{"owner-city-stage", owner, ListQuery{City: "杭州", Stage: StageCustomer, Limit: 50}},
		{"owner-tag", owner, ListQuery{Tag: "VIP", Sort: "created", Desc: true, Limit: 50}},
		{"owner-contacted-before", owner, ListQuery{ContactedBefore: "2024-06-01", Limit: 50}},
		{"manager-team", manager, ListQuery{Limit: 50}},
		{"rep-own-and-pool", rep, ListQuery{Limit: 50}},
		{"rep-pool", rep, ListQuery{OwnerID: "pool", Sort: "created", Limit: 50}},
		{"rep-pool-page-100", rep, after(rep, ListQuery{OwnerID: "pool", Sort: "created", Limit: 50}, 5_000)},
		{"rep-stage-by-contact", rep, ListQuery{Stage: StageProspect, Sort: "lastContact", Desc: true, Limit: 50}},
		{"manager-segment-sort", manager, ListQuery{Sort: "segment", Limit: 50}},
	}
}

func BenchmarkList(b *testing.B) {
	svc, f := benchService(b)
	for _, c := range listCases(b, svc, f) {
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

// BenchmarkListBare is BenchmarkList's twin: the same two statements (the
// capped count and the page) through database/sql, built once, every column
// read as raw bytes and nothing done with them. BenchmarkList ÷ this is
// what the app adds.
func BenchmarkListBare(b *testing.B) {
	svc, f := benchService(b)
	for _, c := range listCases(b, svc, f) {
		count, page := listStatements(b, svc, c.actor, c.q)
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				for _, st := range []bareStatement{count, page} {
					bareQuery(b, svc.db.Read(), st)
				}
			}
		})
	}
}

type bareStatement struct {
	sql  string
	args []any
}

// listStatements are the statements Customers runs for q.
func listStatements(b *testing.B, svc *Service, actor auth.Actor, lq ListQuery) (bareStatement, bareStatement) {
	ctx := context.Background()
	sc, err := scopeOf(ctx, svc.db.Read(), actor)
	if err != nil {
		b.Fatal(err)
	}
	f, err := listFilter(sc, lq, shanghai)
	if err != nil {
		b.Fatal(err)
	}
	var count bareStatement
	count.sql, count.args = countStatement(sc, lq, f, countCap)
	total, _, err := countList(ctx, svc.db.Read(), sc, lq, f, countCap)
	if err != nil {
		b.Fatal(err)
	}
	name, sort := sortOf(lq)
	var after []any
	if lq.Cursor != "" {
		if after, err = decodeCursor(lq.Cursor, name, sort, lq.Desc); err != nil {
			b.Fatal(err)
		}
	}
	var page bareStatement
	page.sql, page.args = pageQuery(lq, sort, f, total, pageSize(lq.Limit, 50, maxPage)+1, after)
	return count, page
}

func bareQuery(b *testing.B, db *sql.DB, st bareStatement) {
	rows, err := db.Query(st.sql, st.args...)
	if err != nil {
		b.Fatal(err)
	}
	cols, _ := rows.Columns()
	raw := make([]sql.RawBytes, len(cols))
	dest := make([]any, len(cols))
	for i := range raw {
		dest[i] = &raw[i]
	}
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			b.Fatal(err)
		}
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		b.Fatal(err)
	}
}
