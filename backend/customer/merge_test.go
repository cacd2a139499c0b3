package customer

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"testing"

	"steady/backend/apperr"
	"steady/backend/audit"
	"steady/backend/store"
)

// mergePair is a customer and a duplicate of it, each with a story.
func mergePair(t *testing.T, w *world) (keep, drop Customer) {
	t.Helper()
	keep = w.create(w.rep, CustomerInput{Name: "杭州明远智能科技有限公司", City: "杭州", Phone: "0571-8765 4321",
		Tags: []string{"重点"}, Notes: "年底采购",
		Contacts: []ContactInput{{Name: "李娜", Title: "采购经理", Phone: "138 0013 8000", Primary: true}}})
	w.log(w.rep, keep.ID, ActivityCall)
	w.days(3)
	drop = w.create(w.rep2, CustomerInput{Name: "明远智能科技", City: "杭州", Email: "info@mingyuan.cn", WeChat: "mingyuan",
		Tags: []string{"展会", "重点"}, Notes: "展会上认识",
		Contacts: []ContactInput{{Name: "王伟", Title: "总经理", Phone: "139 0000 1111", Birthday: "03-08", Primary: true}}})
	w.log(w.rep2, drop.ID, ActivityVisit)
	w.win(drop.ID, w.clock.T, 1_880_000)
	w.days(2)
	w.win(drop.ID, w.clock.T, 600_000)
	w.log(w.rep2, drop.ID, ActivityWeChat)
	return w.get(keep.ID), w.get(drop.ID)
}

func countOf(t *testing.T, w *world, query string, args ...any) int {
	t.Helper()
	var n int
	if err := w.db.Read().QueryRow(query, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}

func TestMergeKeepsEverythingOfBoth(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	keep, drop := mergePair(t, w)
	if drop.Stage != StageRepeat {
		t.Fatalf("the duplicate should have bought twice: %+v", drop)
	}
	w.days(1)
	var hooked []string
	w.svc.OnMerge("quotes", func(ctx context.Context, tx *sql.Tx, actorID, keepID, dropID string) (int, error) {
		hooked = append(hooked, actorID, keepID, dropID)
		return 3, nil
	})
	got, err := w.svc.Merge(ctx, w.manager, MergeInput{KeepID: keep.ID, KeepVersion: keep.Version,
		DropID: drop.ID, DropVersion: drop.Version})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(hooked, ",") != w.manager.ID+","+keep.ID+","+drop.ID {
		t.Fatalf("hook = %v", hooked)
	}
	if got.Name != keep.Name || got.Email != "info@mingyuan.cn" || got.WeChat != "mingyuan" || got.Phone != keep.Phone ||
		strings.Join(got.Tags, ",") != "重点,展会" || got.Notes != "年底采购\n展会上认识" || got.OwnerID != w.rep.ID {
		t.Fatalf("kept = %+v", got)
	}
	if got.Stage != StageRepeat || got.LastPurchaseAt == "" || got.LastContactAt != drop.LastContactAt {
		t.Fatalf("kept stage %s, last purchase %q, last contact %q (drop's %q)", got.Stage, got.LastPurchaseAt, got.LastContactAt, drop.LastContactAt)
	}
	if len(got.Contacts) != 2 || !got.Contacts[0].Primary || got.Contacts[0].Name != "李娜" || got.Contacts[1].Primary {
		t.Fatalf("contacts = %+v", got.Contacts)
	}
	if _, err := w.svc.Customer(ctx, w.owner, drop.ID); !errors.Is(err, apperr.ErrNotFound) {
		t.Fatalf("the duplicate should be gone: %v", err)
	}
	for what, n := range map[string]int{
		`SELECT count(*) FROM activities WHERE customer_id = ?`:                                   3,
		`SELECT count(*) FROM won_deals WHERE customer_id = ?`:                                    2,
		`SELECT count(*) FROM revisit_tasks WHERE customer_id = ? AND status = 'open'`:            1,
		`SELECT count(*) FROM customer_owner_history WHERE customer_id = ? AND action = 'create'`: 1,
		`SELECT count(*) FROM customer_stage_history WHERE customer_id = ?`:                       4, // its own start, two moved, one after the merge
		`SELECT count(*) FROM customer_merges WHERE kept_id = ?`:                                  1,
		`SELECT count(*) FROM customer_tags WHERE customer_id = ?`:                                2,
	} {
		if got := countOf(t, w, what, keep.ID); got != n {
			t.Errorf("%s = %d, want %d", what, got, n)
		}
	}
	if n := countOf(t, w, `SELECT count(*) FROM customers WHERE id = ? AND deleted_at IS NOT NULL`, drop.ID); n != 1 {
		t.Fatal("the duplicate should stay as a tombstone")
	}
	// search: the duplicate's contact now leads to the kept customer, the duplicate to nothing
	hits, err := w.svc.Search(ctx, w.manager, "王伟", 10)
	if err != nil || len(hits) != 1 || hits[0].CustomerID != keep.ID {
		t.Fatalf("search 王伟 = %+v, %v", hits, err)
	}
	if hits, _ := w.svc.Search(ctx, w.manager, "mingyuan", 10); len(hits) != 1 || hits[0].CustomerID != keep.ID {
		t.Fatalf("search mingyuan = %+v", hits)
	}
	// the timeline holds both stories, with the merge woven in newest first
	page, err := w.svc.Timeline(ctx, w.manager, keep.ID, 50, "")
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int{}
	for _, e := range page.Entries {
		kinds[e.Kind]++
	}
	if kinds["activity"] != 3 || kinds["merge"] != 1 || kinds["stage"] != 4 || kinds["owner"] != 1 {
		t.Fatalf("timeline kinds = %v", kinds)
	}
	m := page.Entries[0]
	if m.Kind != "merge" || m.ActorID != w.manager.ID || m.ActorName != "王芳" || m.At != store.FormatTime(w.clock.T) ||
		m.Merge.DroppedID != drop.ID || m.Merge.DroppedName != "明远智能科技" || m.Merge.Moved["contacts"] != 1 ||
		m.Merge.Moved["activities"] != 2 || m.Merge.Moved["wonDeals"] != 2 || m.Merge.Moved["quotes"] != 3 {
		t.Fatalf("newest entry = %+v (%+v)", m, m.Merge)
	}
	keptHistory, _ := audit.History(ctx, w.db.Read(), "customer", keep.ID)
	dropHistory, _ := audit.History(ctx, w.db.Read(), "customer", drop.ID)
	merged := false
	for _, h := range keptHistory {
		merged = merged || (h.Action == "merge" && h.ActorID == w.manager.ID && strings.Contains(h.After, drop.ID))
	}
	if !merged || dropHistory[len(dropHistory)-1].Action != "mergedInto" {
		t.Fatalf("audit: kept %+v, dropped %+v", keptHistory, dropHistory)
	}
}

func TestMergeRefusesAndChangesNothing(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	keep, drop := mergePair(t, w)
	other := w.create(w.loner, CustomerInput{Name: "明远科技"})
	in := MergeInput{KeepID: keep.ID, KeepVersion: keep.Version, DropID: drop.ID, DropVersion: drop.Version}
	failing := NewService(w.db, w.clock.Now, FixedZone(shanghai), WonDealTable{})
	failing.OnMerge("quotes", func(context.Context, *sql.Tx, string, string, string) (int, error) {
		return 0, errors.New("quotes: boom")
	})
	cases := []struct {
		name  string
		run   func() error
		check func(error) bool
	}{
		{"a rep", func() error { _, err := w.svc.Merge(ctx, w.rep, in); return err }, isForbidden},
		{"itself", func() error {
			_, err := w.svc.Merge(ctx, w.manager, MergeInput{KeepID: keep.ID, DropID: keep.ID, KeepVersion: 1, DropVersion: 1})
			return err
		}, func(err error) bool { return fieldCode(err, "dropId") == "validation.sameCustomer" }},
		{"a stale duplicate", func() error {
			stale := in
			stale.DropVersion--
			_, err := w.svc.Merge(ctx, w.manager, stale)
			return err
		}, func(err error) bool { return errors.Is(err, apperr.ErrConflict) }},
		{"outside the team", func() error {
			_, err := w.svc.Merge(ctx, w.manager, MergeInput{KeepID: keep.ID, KeepVersion: keep.Version, DropID: other.ID, DropVersion: other.Version})
			return err
		}, isForbidden},
		{"a failing hook", func() error { _, err := failing.Merge(ctx, w.manager, in); return err },
			func(err error) bool { return err != nil && strings.Contains(err.Error(), "boom") }},
	}
	for _, c := range cases {
		if err := c.run(); !c.check(err) {
			t.Errorf("%s: err = %v", c.name, err)
		}
	}
	if got := w.get(drop.ID); got.Version != drop.Version || len(got.Contacts) != 1 {
		t.Fatalf("the duplicate changed: %+v", got)
	}
	if n := countOf(t, w, `SELECT count(*) FROM activities WHERE customer_id = ?`, keep.ID); n != 1 {
		t.Fatalf("kept activities = %d", n)
	}
	if n := countOf(t, w, `SELECT count(*) FROM customer_merges`); n != 0 {
		t.Fatalf("merges = %d", n)
	}
}
