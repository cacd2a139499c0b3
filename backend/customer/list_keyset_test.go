package customer

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"steady/backend/auth"
)

// pagingWorld is listWorld's people with n customers in one transaction:
// few distinct names, stages, segments, contact days and creation times, so
// every sort has long runs of ties that only the id breaks; a quarter sit in
// the pool.
func pagingWorld(t *testing.T, n int) (*world, *rand.Rand) {
	t.Helper()
	w := newWorld(t)
	r := rand.New(rand.NewPCG(16, 1))
	w.insertMany(r, n)
	return w, r
}

var pagingNames = []string{"张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵敏", "黄磊", "周杰", "吴昊", "Acme", "acme", "北京科技"}

// insertMany adds n customers with tied sort keys, at the clock's time.
func (w *world) insertMany(r *rand.Rand, n int) []string {
	w.t.Helper()
	ctx := context.Background()
	owners := []string{w.rep.ID, w.rep2.ID, w.loner.ID, ""}
	stages := []string{StageLead, StageProspect, StageCustomer, StageRepeat, StageDormant, StageChurned}
	segments := []string{SegmentHighValue, SegmentPotential, SegmentOrdinary, SegmentAtRisk}
	contacts := []string{"", "", "2026-03-01T02:00:00.000Z", "2026-05-01T02:00:00.000Z", "2026-07-09T08:30:00.000Z"}
	ids := make([]string, 0, n)
	err := w.db.Tx(ctx, func(tx *sql.Tx) error {
		for range n {
			id, err := w.svc.InsertCustomerTx(ctx, tx, w.owner, CustomerInput{Kind: KindCompany,
				Name: pagingNames[r.IntN(len(pagingNames))], OwnerID: w.rep.ID})
			if err != nil {
				return err
			}
			_, err = tx.ExecContext(ctx, `UPDATE customers SET owner_id = ?, stage = ?, segment = ?, last_contact_at = ?
				WHERE id = ?`, nullable(owners[r.IntN(len(owners))]), stages[r.IntN(len(stages))],
				segments[r.IntN(len(segments))], contacts[r.IntN(len(contacts))], id)
			if err != nil {
				return err
			}
			ids = append(ids, id)
		}
		return nil
	})
	if err != nil {
		w.t.Fatal(err)
	}
	return ids
}

// fullOrder is every live customer's id in the sort, read in one statement
// without paging: what paging must reproduce.
func (w *world) fullOrder(sortName string, desc bool) map[string]int {
	w.t.Helper()
	order, _ := orderBy(ListQuery{Sort: sortName, Desc: desc}, "")
	rows, err := w.db.Read().Query(`SELECT id FROM customers c WHERE deleted_at IS NULL ORDER BY ` + order)
	if err != nil {
		w.t.Fatal(err)
	}
	defer rows.Close()
	pos := map[string]int{}
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			w.t.Fatal(err)
		}
		pos[id] = len(pos)
	}
	return pos
}

type pagingCase struct {
	name  string
	actor func(w *world) auth.Actor
	q     ListQuery
}

// Large lists walk their sort's index; small ones (a filter matching fewer
// than walkSortAbove) sort the filter's matches: both must page by key.
var pagingCases = []pagingCase{
	{"owner-all", func(w *world) auth.Actor { return w.owner }, ListQuery{}},
	{"manager-team", func(w *world) auth.Actor { return w.manager }, ListQuery{}},
	{"rep-pool", func(w *world) auth.Actor { return w.rep }, ListQuery{OwnerID: "pool"}},
	{"rep-own-dormant", func(w *world) auth.Actor { return w.rep }, ListQuery{OwnerID: "", Stage: StageDormant}},
}

// Paging forward and back through a few thousand customers, while new ones
// arrive between reads, shows every customer that existed throughout
// exactly once and every row in the list's order, under each sort.
func TestKeysetPagingVisitsEveryRowOnceInOrder(t *testing.T) {
	t.Parallel()
	w, r := pagingWorld(t, 1500)
	ctx := context.Background()
	for sortName := range listSorts {
		for _, desc := range []bool{false, true} {
			for _, c := range pagingCases {
				for _, back := range []bool{false, true} {
					label := fmt.Sprintf("%s/%s/desc=%v/back=%v", c.name, sortName, desc, back)
					actor := c.actor(w)
					q := c.q
					q.Sort, q.Desc, q.Limit = sortName, desc, 97
					before := w.visible(ctx, actor, q)
					seen := w.walk(ctx, label, actor, q, back, r)
					pos := w.fullOrder(sortName, desc)
					for i := 1; i < len(seen); i++ {
						if pos[seen[i-1]] >= pos[seen[i]] {
							t.Fatalf("%s: rows %d and %d out of order or repeated", label, i-1, i)
						}
					}
					for id := range before {
						if !slices.Contains(seen, id) {
							t.Fatalf("%s: %s was in the list throughout and never shown (%d seen of %d)", label, id, len(seen), len(before))
						}
					}
				}
			}
		}
	}
}

// visible is the set of ids the list holds now, read as one page of all.
func (w *world) visible(ctx context.Context, actor auth.Actor, q ListQuery) map[string]bool {
	w.t.Helper()
	out := map[string]bool{}
	q.Cursor, q.Back, q.Limit = "", false, maxPage
	for {
		p, err := w.svc.Customers(ctx, actor, q)
		if err != nil {
			w.t.Fatal(err)
		}
		for _, r := range p.Items {
			out[r.ID] = true
		}
		if p.Next == "" {
			return out
		}
		q.Cursor = p.Next
	}
}

// walk reads the whole list page by page (from the last page backwards when
// back) and returns the ids in list order; between two reads a few
// customers are added, some of them sorting before and some after.
func (w *world) walk(ctx context.Context, label string, actor auth.Actor, q ListQuery, back bool, r *rand.Rand) []string {
	w.t.Helper()
	q.Back = back
	var pages [][]string
	for n := 0; ; n++ {
		p, err := w.svc.Customers(ctx, actor, q)
		if err != nil {
			w.t.Fatalf("%s: page %d: %v", label, n, err)
		}
		if len(p.Items) == 0 || len(p.Items) > q.Limit {
			w.t.Fatalf("%s: page %d has %d rows", label, n, len(p.Items))
		}
		ids := make([]string, len(p.Items))
		for i, row := range p.Items {
			ids[i] = row.ID
		}
		pages = append(pages, ids)
		edge := p.Next
		if back {
			edge = p.Prev
		}
		if (n == 0) != (back && p.Next == "" || !back && p.Prev == "") {
			w.t.Fatalf("%s: page %d: the first page read has no way back, others do (next %q prev %q)", label, n, p.Next, p.Prev)
		}
		if edge == "" {
			break
		}
		q.Cursor = edge
		w.insertMany(r, 2)
	}
	if back {
		slices.Reverse(pages)
	}
	return slices.Concat(pages...)
}

// Going forward three pages and back one shows the second page again.
func TestKeysetPrevReturnsThePageBefore(t *testing.T) {
	t.Parallel()
	w, _ := pagingWorld(t, 400)
	ctx := context.Background()
	q := ListQuery{Sort: "lastContact", Desc: true, Limit: 30}
	var pages []CustomerPage
	for range 3 {
		p, err := w.svc.Customers(ctx, w.owner, q)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, p)
		q.Cursor = p.Next
	}
	q.Cursor, q.Back = pages[2].Prev, true
	p, err := w.svc.Customers(ctx, w.owner, q)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(ids(p.Items), ids(pages[1].Items)) || p.Next != pages[1].Next || p.Prev != pages[1].Prev {
		t.Fatalf("back from page 3 is not page 2")
	}
}

func ids(rows []CustomerRow) []string {
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = r.ID
	}
	return out
}

// A cursor belongs to its sort and direction: another order refuses it as
// a field error rather than showing some other page.
func TestKeysetRefusesACursorOfAnotherSort(t *testing.T) {
	t.Parallel()
	w, _ := pagingWorld(t, 60)
	ctx := context.Background()
	p, err := w.svc.Customers(ctx, w.owner, ListQuery{Sort: "name", Limit: 10})
	if err != nil || p.Next == "" {
		t.Fatalf("first page: %v", err)
	}
	for _, q := range []ListQuery{
		{Sort: "created", Limit: 10, Cursor: p.Next},
		{Sort: "name", Desc: true, Limit: 10, Cursor: p.Next},
		{Sort: "name", Limit: 10, Cursor: "not a cursor"},
		{Sort: "name", Limit: 10, Cursor: cursor{Sort: "name", Keys: []any{"a", "b", "c"}}.encode()}, // three keys for two
		{Sort: "name", Limit: 10, Cursor: cursor{Sort: "name", Keys: []any{"a", []string{"b"}}}.encode()},
	} {
		if _, err := w.svc.Customers(ctx, w.owner, q); fieldCode(err, "cursor") != "validation.invalidChoice" {
			t.Fatalf("%+v: %v", q, err)
		}
	}
}

// Totals are exact up to the cap; past it the page says "more than" and
// stops counting, on every page.
func TestListTotalIsExactUpToTheCap(t *testing.T) {
	t.Parallel()
	w, _ := pagingWorld(t, 200)
	ctx := context.Background()
	want := len(w.visible(ctx, w.rep, ListQuery{OwnerID: "pool"}))
	p, err := w.svc.Customers(ctx, w.rep, ListQuery{OwnerID: "pool", Limit: 10})
	if err != nil || p.Total != want || p.TotalMore {
		t.Fatalf("pool total %d more=%v, want %d exact (%v)", p.Total, p.TotalMore, want, err)
	}
	w.svc.countCap = want
	if p, _ = w.svc.Customers(ctx, w.rep, ListQuery{OwnerID: "pool", Limit: 10}); p.Total != want || p.TotalMore {
		t.Fatalf("exactly the cap: %d more=%v", p.Total, p.TotalMore)
	}
	w.svc.countCap = want - 1
	for range 3 { // deeper pages say the same
		p, err = w.svc.Customers(ctx, w.rep, ListQuery{OwnerID: "pool", Limit: 10, Cursor: p.Next})
		if err != nil || p.Total != want-1 || !p.TotalMore || len(p.Items) != 10 {
			t.Fatalf("over the cap: %d more=%v rows %d (%v)", p.Total, p.TotalMore, len(p.Items), err)
		}
	}
	if p, _ = w.svc.Customers(ctx, w.rep, ListQuery{OwnerID: "pool", Tag: "none", Limit: 10}); p.Total != 0 || p.TotalMore {
		t.Fatalf("no match: %d more=%v", p.Total, p.TotalMore)
	}
}

// The last page (Back without a cursor) ends the list, and a page number
// jump (offset) still lands where it did, now with cursors beside it.
func TestLastPageAndOffsetJump(t *testing.T) {
	t.Parallel()
	w, _ := pagingWorld(t, 250)
	ctx := context.Background()
	q := ListQuery{Sort: "created", Limit: 40}
	all := w.fullOrder("created", false)
	order := make([]string, len(all))
	for id, i := range all {
		order[i] = id
	}
	last, err := w.svc.Customers(ctx, w.owner, ListQuery{Sort: "created", Limit: 40, Back: true})
	if err != nil || !slices.Equal(ids(last.Items), order[len(order)-40:]) || last.Next != "" || last.Prev == "" {
		t.Fatalf("last page: %v", err)
	}
	q.Offset = 80
	mid, err := w.svc.Customers(ctx, w.owner, q)
	if err != nil || !slices.Equal(ids(mid.Items), order[80:120]) || mid.Prev == "" || mid.Next == "" {
		t.Fatalf("page 3 by offset: %v", err)
	}
	q.Offset, q.Cursor, q.Back = 0, mid.Prev, true
	if p, _ := w.svc.Customers(ctx, w.owner, q); !slices.Equal(ids(p.Items), order[40:80]) {
		t.Fatalf("back from page 3")
	}
}

// A deep page of a large list starts inside its sort's index at the cursor
// (a SEARCH on the row value), in both directions and for each sort: a
// change that turns it back into a walk from the start fails here.
func TestKeysetPageSearchesItsIndexFromTheCursor(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	sc, err := scopeOf(ctx, w.db.Read(), w.rep)
	if err != nil {
		t.Fatal(err)
	}
	for name, sort := range listSorts {
		for _, dir := range [][2]bool{{false, false}, {false, true}, {true, false}, {true, true}} {
			lq := ListQuery{Sort: name, Desc: dir[0], Back: dir[1], Cursor: "x"}
			f, err := listFilter(sc, lq, shanghai)
			if err != nil {
				t.Fatal(err)
			}
			after := make([]any, len(sort.keys))
			for i := range after {
				after[i] = "k"
			}
			if strings.HasPrefix(sort.keys[0], "(") {
				after[0] = 1 // a rank
			}
			stmt, args := pageQuery(lq, sort, f, walkSortAbove+1, 51, after)
			plan := w.plan(stmt, args...)
			_, rest, _ := strings.Cut(plan, sort.index+" (<expr>=? AND (")
			_, next, _ := strings.Cut(rest, "\n")
			if strings.Contains(plan, "SCAN c") || !strings.Contains(plan, "SEARCH c USING INDEX "+sort.index+" (") ||
				strings.HasPrefix(next, "USE TEMP B-TREE") { // a rank's rest read whole and sorted, not walked
				t.Fatalf("%s desc=%v back=%v: plan\n%s", name, dir[0], dir[1], plan)
			}
		}
	}
}

// plan is the EXPLAIN QUERY PLAN of a statement, one step a line.
func (w *world) plan(stmt string, args ...any) string {
	w.t.Helper()
	rows, err := w.db.Read().Query("EXPLAIN QUERY PLAN "+stmt, args...)
	if err != nil {
		w.t.Fatal(err)
	}
	defer rows.Close()
	var b strings.Builder
	for rows.Next() {
		var id, parent, notused int
		var detail string
		if err := rows.Scan(&id, &parent, &notused, &detail); err != nil {
			w.t.Fatal(err)
		}
		b.WriteString(detail + "\n")
	}
	return b.String()
}
