package customer

import (
	"context"
	"strings"
	"testing"
	"time"

	"steady/backend/auth"
)

// listWorld: rep owns 甲乙丙丁, rep2 owns 戊, the loner 己, and 庚 is in the pool.
func listWorld(t *testing.T) *world {
	t.Helper()
	w := newWorld(t)
	ctx := context.Background()
	add := func(owner auth.Actor, name, city, source string, tags ...string) Customer {
		return w.create(owner, CustomerInput{Name: name, City: city, Source: source, Tags: tags})
	}
	w.at(11, 1, 9)
	a := add(w.rep, "甲 安徽贸易", "合肥", "referral", "重点")
	w.at(11, 2, 9)
	b := add(w.rep, "乙 北京科技", "北京", "website")
	w.at(11, 3, 9)
	c := add(w.rep, "丙 重庆火锅", "重庆", "referral", "重点", "餐饮")
	w.at(11, 4, 9)
	add(w.rep, "丁 大连海产", "大连", "exhibition")
	add(w.rep2, "戊 鄂尔多斯", "北京", "website", "重点")
	add(w.loner, "己 福州茶叶", "福州", "referral")
	g := add(w.manager, "庚 广州包装", "广州", "cold_call")
	if err := w.svc.Release(ctx, w.manager, g.ID, w.get(g.ID).Version, "无人负责"); err != nil {
		t.Fatal(err)
	}
	w.at(11, 10, 9)
	w.log(w.rep, a.ID, ActivityCall)
	w.at(11, 20, 9)
	w.log(w.rep, c.ID, ActivityVisit)
	w.win(b.ID, w.clock.T, 500_00)
	return w
}

func listNames(t *testing.T, w *world, actor auth.Actor, q ListQuery) (string, int) {
	t.Helper()
	page, err := w.svc.Customers(context.Background(), actor, q)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, r := range page.Items {
		out = append(out, strings.Fields(r.Name)[0])
	}
	return strings.Join(out, ""), page.Total
}

func TestListScopesFiltersSortsAndPages(t *testing.T) {
	t.Parallel()
	w := listWorld(t)
	all := ListQuery{Limit: 50}
	cases := []struct {
		name  string
		actor string
		q     ListQuery
		want  string
		total int
	}{
		{"rep sees own and pool, by pinyin", "rep", all, "丙丁庚甲乙", 5},
		{"manager sees the team and pool", "manager", all, "丙丁庚甲戊乙", 6},
		{"owner sees all", "owner", all, "丙丁庚甲己戊乙", 7},
		{"pool only", "owner", ListQuery{OwnerID: "pool", Limit: 50}, "庚", 1},
		{"one owner", "owner", ListQuery{OwnerID: w.rep2.ID, Limit: 50}, "戊", 1},
		{"tag", "owner", ListQuery{Tag: "重点", Limit: 50}, "丙甲戊", 3},
		{"tag in a rep's scope", "rep", ListQuery{Tag: "重点", Limit: 50}, "丙甲", 2},
		{"tag of the pool", "manager", ListQuery{Tag: "重点", OwnerID: "pool", Limit: 50}, "", 0},
		{"source", "rep", ListQuery{Source: "referral", Limit: 50}, "丙甲", 2},
		{"city", "owner", ListQuery{City: "北京", Limit: 50}, "戊乙", 2},
		{"stage", "owner", ListQuery{Stage: StageCustomer, Limit: 50}, "乙", 1},
		{"segment", "owner", ListQuery{Segment: SegmentPotential, Limit: 50}, "乙", 1},
		{"contacted after", "rep", ListQuery{ContactedAfter: "2026-11-15", Limit: 50}, "丙", 1},
		{"contacted before, or never", "rep", ListQuery{ContactedBefore: "2026-11-15", Limit: 50}, "丁庚甲乙", 4},
		{"last contact, newest first", "rep", ListQuery{Sort: "lastContact", Desc: true, Limit: 2}, "丙甲", 5},
		{"created, oldest first", "rep", ListQuery{Sort: "created", Limit: 3}, "甲乙丙", 5},
		{"stage order", "rep", ListQuery{Sort: "stage", Desc: true, Limit: 1}, "乙", 5},
		{"segment order", "rep", ListQuery{Sort: "segment", Limit: 1}, "乙", 5},
		{"second page", "rep", ListQuery{Limit: 2, Offset: 2}, "庚甲", 5},
	}
	actors := map[string]auth.Actor{"rep": w.rep, "manager": w.manager, "owner": w.owner}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, total := listNames(t, w, actors[c.actor], c.q)
			if got != c.want || total != c.total {
				t.Fatalf("list = %s (%d), want %s (%d)", got, total, c.want, c.total)
			}
		})
	}
	// the tag index follows the owner: a released customer counts for the pool
	a := w.get(firstNamed(t, w, "甲"))
	if err := w.svc.Release(context.Background(), w.rep, a.ID, w.get(a.ID).Version, "暂停合作"); err != nil {
		t.Fatal(err)
	}
	if got, total := listNames(t, w, w.loner, ListQuery{Tag: "重点", Limit: 50}); got != "甲" || total != 1 {
		t.Fatalf("loner's tag list after release = %s (%d)", got, total)
	}
	if _, err := w.svc.Customers(context.Background(), w.rep, ListQuery{ContactedAfter: "11/15"}); fieldCode(err, "contactedAfter") != "validation.invalidDate" {
		t.Fatalf("bad date = %v", err)
	}
}

func TestListRowsCarryTheListColumns(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	w.create(w.rep, CustomerInput{Name: "明远科技", City: "杭州", Phone: "0571-8765 4321", Tags: []string{"重点"},
		Contacts: []ContactInput{{Name: "王伟"}, {Name: "李娜", Primary: true}}})
	w.advance(time.Hour)
	page, err := w.svc.Customers(context.Background(), w.rep, ListQuery{Limit: 10})
	if err != nil || len(page.Items) != 1 {
		t.Fatalf("list = %+v, %v", page, err)
	}
	r := page.Items[0]
	if r.ContactName != "李娜" || r.OwnerName != "李强" || r.City != "杭州" || r.Tags[0] != "重点" || r.Stage != StageLead {
		t.Fatalf("row = %+v", r)
	}
}

// Large lists walk the index of their sort order (INDEXED BY): every sort
// must have one that holds it, in both directions, with every filter.
func TestEverySortWalksItsIndex(t *testing.T) {
	t.Parallel()
	w := listWorld(t)
	ctx := context.Background()
	sc, err := scopeOf(ctx, w.db.Read(), w.rep)
	if err != nil {
		t.Fatal(err)
	}
	for sortName := range listSorts {
		for _, desc := range []bool{false, true} {
			lq := ListQuery{Sort: sortName, Desc: desc, Limit: 10, Stage: StageLead, Tag: "重点", City: "合肥",
				Source: "referral", Segment: SegmentOrdinary, ContactedAfter: "2026-01-01", OwnerID: w.rep.ID}
			f, err := listFilter(sc, lq, shanghai)
			if err != nil {
				t.Fatal(err)
			}
			rows, _, _, err := listPage(ctx, w.db.Read(), lq, f, walkSortAbove+1)
			if err != nil || len(rows) != 1 || !strings.HasPrefix(rows[0].Name, "甲") {
				t.Fatalf("sort %s desc=%v: %+v, %v", sortName, desc, rows, err)
			}
		}
	}
}

// firstNamed returns the id of the customer whose name starts with prefix.
func firstNamed(t *testing.T, w *world, prefix string) string {
	t.Helper()
	hits, err := w.svc.Search(context.Background(), w.owner, prefix, 1)
	if err != nil || len(hits) == 0 {
		t.Fatalf("no customer %s: %v", prefix, err)
	}
	return hits[0].CustomerID
}
