package audit

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"steady/backend/apperr"
	"steady/backend/store"
	"steady/backend/store/storetest"
)

type role string

func (r role) IsOwner() bool { return r == "owner" }

var t0 = time.Date(2026, 11, 2, 1, 0, 0, 0, time.UTC)

// trail is a database with an owner and a rep and some audit rows.
func trail(t *testing.T) (*store.DB, string, string) {
	t.Helper()
	db := storetest.Open(t)
	owner, rep := store.NewID(), store.NewID()
	err := db.Tx(context.Background(), func(tx *sql.Tx) error {
		for _, u := range []struct{ id, name, role string }{{owner, "周明远", "owner"}, {rep, "李强", "rep"}} {
			if _, err := tx.Exec(`INSERT INTO users(id, name, login, password_hash, role, created_at, updated_at)
				VALUES (?, ?, ?, 'x', ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`, u.id, u.name, u.id, u.role); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return db, owner, rep
}

func write(t *testing.T, db *store.DB, e Entry) {
	t.Helper()
	if err := db.Tx(context.Background(), func(tx *sql.Tx) error { return Write(context.Background(), tx, e) }); err != nil {
		t.Fatal(err)
	}
}

func TestOnlyTheOwnerReadsTheTrail(t *testing.T) {
	db, _, _ := trail(t)
	_, err := List(context.Background(), db.Read(), role("manager"), Query{})
	if !errors.Is(err, apperr.ErrForbidden) {
		t.Fatalf("a manager read the trail: %v", err)
	}
}

func TestListFiltersByPersonRecordAndTime(t *testing.T) {
	db, owner, rep := trail(t)
	write(t, db, Entry{At: t0, ActorID: rep, Entity: "customer", EntityID: "k1", Action: "create",
		After: map[string]any{"name": "杭州明远智能", "phone": "0571-1"}})
	write(t, db, Entry{At: t0.Add(time.Hour), ActorID: owner, Entity: "customer", EntityID: "k1", Action: "update",
		Before: map[string]any{"name": "杭州明远智能", "phone": "0571-1"}, After: map[string]any{"name": "杭州明远智能", "phone": "0571-2"}})
	write(t, db, Entry{At: t0.Add(2 * time.Hour), ActorID: rep, Entity: "deal", EntityID: "d1", Action: "create",
		After: map[string]any{"title": "办公设备"}})
	ctx := context.Background()
	cases := []struct {
		name string
		q    Query
		want []string // actions with labels, newest first
	}{
		{"all", Query{}, []string{"create 办公设备", "update 杭州明远智能", "create 杭州明远智能"}},
		{"by person", Query{ActorID: rep}, []string{"create 办公设备", "create 杭州明远智能"}},
		{"by kind", Query{Entity: "deal"}, []string{"create 办公设备"}},
		{"by record", Query{Entity: "customer", EntityID: "k1"}, []string{"update 杭州明远智能", "create 杭州明远智能"}},
		{"since", Query{Since: t0.Add(time.Hour).Format(time.RFC3339)}, []string{"create 办公设备", "update 杭州明远智能"}},
		{"until", Query{Until: t0.Add(time.Hour).Format(time.RFC3339)}, []string{"create 杭州明远智能"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, err := List(ctx, db.Read(), role("owner"), c.q)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, it := range p.Items {
				got = append(got, it.Action+" "+it.Label)
			}
			if strings.Join(got, ",") != strings.Join(c.want, ",") {
				t.Fatalf("got %v, want %v", got, c.want)
			}
		})
	}
	p, err := List(ctx, db.Read(), role("owner"), Query{Entity: "customer", EntityID: "k1", Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	got := p.Items[0]
	if got.ActorName != "周明远" || len(got.Changes) != 1 || got.Changes[0] != (Change{"phone", "0571-1", "0571-2"}) {
		t.Fatalf("the update reads %+v; want 周明远 changing only the phone 0571-1 → 0571-2", got)
	}
}

// TestPagesWalkTheWholeTrailOnce writes rows sharing time stamps (a merge
// writes many in one instant) and walks them three at a time.
func TestPagesWalkTheWholeTrailOnce(t *testing.T) {
	db, owner, _ := trail(t)
	for i := range 10 {
		write(t, db, Entry{At: t0.Add(time.Duration(i/4) * time.Minute), ActorID: owner, Entity: "contact",
			EntityID: fmt.Sprint("p", i), Action: "moveCustomer"})
	}
	seen := map[string]bool{}
	q := Query{Limit: 3}
	for pages := 0; ; pages++ {
		if pages > 4 {
			t.Fatal("the pages never end")
		}
		p, err := List(context.Background(), db.Read(), role("owner"), q)
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range p.Items {
			if seen[it.EntityID] {
				t.Fatalf("%s on two pages", it.EntityID)
			}
			seen[it.EntityID] = true
		}
		if p.Next == "" {
			break
		}
		q.After = p.Next
	}
	if len(seen) != 10 {
		t.Fatalf("the pages showed %d of 10 rows", len(seen))
	}
}

func TestABadTimeIsRefusedNotAnEmptyPage(t *testing.T) {
	db, _, _ := trail(t)
	_, err := List(context.Background(), db.Read(), role("owner"), Query{Since: "2026-13-01"})
	if e, ok := apperr.As(err); !ok || e.Fields["since"].Code != "validation.invalidDate" {
		t.Fatalf("a bad date gave %v", err)
	}
}

// TestTheTrailCannotBeEditedOrDeleted: not by the app, and not by anything
// else that opens the file through SQLite.
func TestTheTrailCannotBeEditedOrDeleted(t *testing.T) {
	db, owner, _ := trail(t)
	write(t, db, Entry{At: t0, ActorID: owner, Entity: "customer", EntityID: "k1", Action: "delete"})
	for _, stmt := range []string{
		`UPDATE audit_log SET actor_id = NULL`,
		`UPDATE audit_log SET action = 'update' WHERE entity_id = 'k1'`,
		`DELETE FROM audit_log`,
		`DELETE FROM audit_log WHERE entity_id = 'k1'`,
	} {
		err := db.Tx(context.Background(), func(tx *sql.Tx) error { _, err := tx.Exec(stmt); return err })
		if err == nil || !strings.Contains(err.Error(), "append-only") {
			t.Errorf("%s: %v", stmt, err)
		}
	}
	p, err := List(context.Background(), db.Read(), role("owner"), Query{})
	if err != nil || len(p.Items) != 1 || p.Items[0].Action != "delete" || p.Items[0].ActorID != owner {
		t.Fatalf("the trail after the attempts: %+v, %v", p.Items, err)
	}
}

func TestDiffAndLabel(t *testing.T) {
	ch := Diff(`{"a":1,"b":"x","c":null,"tags":["a"]}`, `{"a":1,"b":"y","d":true,"tags":["a","b"]}`)
	want := []Change{{"b", "x", "y"}, {"d", "", "true"}, {"tags", `["a"]`, `["a","b"]`}}
	if fmt.Sprint(ch) != fmt.Sprint(want) {
		t.Fatalf("Diff = %v, want %v", ch, want)
	}
	if ch := Diff("", `{"name":"温州瓯江","address":"","tags":[],"contacts":null}`); len(ch) != 1 || ch[0].Field != "name" {
		t.Fatalf("a creation shows its empty fields: %v", ch)
	}
	if l := Label(`{"customer":{"name":"老客户"}}`, ""); l != "老客户" {
		t.Fatalf("Label of a deletion = %q", l)
	}
	if l := Label(`{"name":"旧名"}`, `{"customer":{"name":"新名"},"moved":{}}`); l != "新名" {
		t.Fatalf("Label of a merge = %q", l)
	}
}
