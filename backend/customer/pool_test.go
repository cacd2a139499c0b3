package customer

import (
	"context"
	"strings"
	"testing"
	"time"

	"steady/backend/auth"
)

func TestSweepReturnsNeglectedCustomersToThePool(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	neglected := w.create(w.rep, CustomerInput{Name: "无人跟进"})
	followed := w.create(w.rep, CustomerInput{Name: "有跟进"})
	valuable := w.create(w.rep, CustomerInput{Name: "大客户"})
	w.win(valuable.ID, w.clock.T, 200_000_00)
	w.win(valuable.ID, w.clock.T, 200_000_00)
	if got := w.get(valuable.ID).Segment; got != SegmentHighValue {
		t.Fatalf("two big wins give %s", got)
	}
	w.days(20)
	w.log(w.rep, followed.ID, ActivityCall)
	w.days(11) // 31 days since creation, 11 since the call
	res, err := w.svc.Sweep(ctx, w.clock.T)
	if err != nil || res.ToPool != 1 {
		t.Fatalf("sweep = %+v, %v", res, err)
	}
	got := w.get(neglected.ID)
	if got.OwnerID != "" || got.PoolSince == "" || w.get(followed.ID).OwnerID != w.rep.ID || w.get(valuable.ID).OwnerID != w.rep.ID {
		t.Fatalf("after sweep: neglected=%q followed=%q valuable=%q", got.OwnerID, w.get(followed.ID).OwnerID, w.get(valuable.ID).OwnerID)
	}
	page, _ := w.svc.Timeline(ctx, w.owner, neglected.ID, 1, "")
	if e := page.Entries[0]; e.Kind != "owner" || e.Owner.Action != "expire" || e.Owner.FromName != "李强" || e.ActorID != "" {
		t.Fatalf("newest entry = %+v %+v", e, e.Owner)
	}
}

func TestClaimRespectsTheDailyLimit(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	st, _ := w.svc.Settings(ctx)
	st.ClaimLimitPerDay = 2
	if _, err := w.svc.SaveSettings(ctx, w.owner, st); err != nil {
		t.Fatal(err)
	}
	var pool []string
	for _, name := range []string{"甲公司", "乙公司", "丙公司", "丁公司"} {
		c := w.create(w.manager, CustomerInput{Name: name})
		if err := w.svc.Release(ctx, w.manager, c.ID, w.get(c.ID).Version, "分配给团队"); err != nil {
			t.Fatal(err)
		}
		pool = append(pool, c.ID)
	}
	for _, id := range pool[:2] {
		got, err := w.svc.Claim(ctx, w.rep, id)
		if err != nil || got.OwnerID != w.rep.ID {
			t.Fatalf("claim = %+v, %v", got, err)
		}
	}
	if _, err := w.svc.Claim(ctx, w.rep, pool[2]); !isForbidden(err) {
		t.Fatalf("third claim = %v, want forbidden", err)
	}
	if _, err := w.svc.Claim(ctx, w.rep2, pool[0]); !isForbidden(err) {
		t.Fatalf("claiming an owned customer = %v", err)
	}
	w.advance(24 * time.Hour)
	if _, err := w.svc.Claim(ctx, w.rep, pool[2]); err != nil {
		t.Fatalf("claim the next day = %v", err)
	}
}

func TestAssignWithinTheTeam(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	a := w.create(w.rep, CustomerInput{Name: "客户甲"})
	b := w.create(w.rep, CustomerInput{Name: "客户乙"})
	cases := []struct {
		name string
		by   string
		to   string
		ok   bool
	}{
		{"rep may not assign", "rep", w.rep2.ID, false},
		{"manager outside the team", "manager", w.loner.ID, false},
		{"manager within the team", "manager", w.rep2.ID, true},
		{"owner to anyone", "owner", w.loner.ID, true},
	}
	actors := map[string]auth.Actor{"rep": w.rep, "manager": w.manager, "owner": w.owner}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := w.svc.Assign(ctx, actors[c.by], w.refs(a.ID, b.ID), c.to, "调整分工")
			if c.ok != (err == nil) {
				t.Fatalf("assign = %v", err)
			}
			if c.ok && (w.get(a.ID).OwnerID != c.to || w.get(b.ID).OwnerID != c.to) {
				t.Fatal("assign did not move both customers")
			}
		})
	}
	// the manager no longer sees b (it is the loner's now) and cannot take it back
	if err := w.svc.Assign(ctx, w.manager, w.refs(b.ID), w.rep.ID, ""); !isForbidden(err) {
		t.Fatalf("manager reassigning outside scope = %v", err)
	}
	var moves int
	if err := w.db.Read().QueryRow(`SELECT count(*) FROM customer_owner_history WHERE customer_id = ? AND action = 'assign'`, a.ID).Scan(&moves); err != nil || moves != 2 {
		t.Fatalf("assign history = %d, %v", moves, err)
	}
}

func TestHighValueCustomersGoBackToThePoolWhenNotExempt(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	st, _ := w.svc.Settings(ctx)
	st.PoolExemptHighValue = false
	if _, err := w.svc.SaveSettings(ctx, w.owner, st); err != nil {
		t.Fatal(err)
	}
	c := w.create(w.rep, CustomerInput{Name: "大客户"})
	w.win(c.ID, w.clock.T, 200_000_00)
	w.win(c.ID, w.clock.T, 200_000_00)
	w.days(31)
	if res, err := w.svc.Sweep(ctx, w.clock.T); err != nil || res.ToPool != 1 {
		t.Fatalf("sweep = %+v, %v", res, err)
	}
}

// Every change leaves its audit row, automatic ones without an actor.
func TestChangesAreAudited(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	c := w.create(w.rep, CustomerInput{Name: "审计客户"})
	if _, err := w.svc.ChangeStage(ctx, w.rep, c.ID, c.Version, StageProspect, "有意向"); err != nil {
		t.Fatal(err)
	}
	if err := w.svc.Release(ctx, w.rep, c.ID, w.get(c.ID).Version, "暂停"); err != nil {
		t.Fatal(err)
	}
	if _, err := w.svc.Claim(ctx, w.rep2, c.ID); err != nil {
		t.Fatal(err)
	}
	w.win(c.ID, w.clock.T, 100_00)
	rows, err := w.db.Read().Query(`SELECT action, coalesce(actor_id, '') FROM audit_log WHERE entity = 'customer' AND entity_id = ? ORDER BY at, rowid`, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var got []string
	for rows.Next() {
		var action, actor string
		if err := rows.Scan(&action, &actor); err != nil {
			t.Fatal(err)
		}
		who := map[string]string{w.rep.ID: "rep", w.rep2.ID: "rep2", "": "auto"}[actor]
		got = append(got, action+"/"+who)
	}
	want := "create/rep stage/rep release/rep claim/rep2 stage/auto wonDeal/auto segment/auto"
	if strings.Join(got, " ") != want {
		t.Fatalf("audit = %v\nwant    %s", got, want)
	}
}
