package customer

import (
	"context"
	"database/sql"
	"errors"
	"testing"

	"steady/backend/apperr"
)

func (w *world) setLevel(userID, level string) {
	w.t.Helper()
	err := w.db.Tx(context.Background(), func(tx *sql.Tx) error {
		_, err := tx.Exec(`UPDATE users SET level = ? WHERE id = ?`, level, userID)
		return err
	})
	if err != nil {
		w.t.Fatal(err)
	}
}

func (w *world) holdLimits(junior, senior int) {
	w.t.Helper()
	ctx := context.Background()
	st, _ := w.svc.Settings(ctx)
	st.HoldLimitJunior, st.HoldLimitSenior = junior, senior
	if _, err := w.svc.SaveSettings(ctx, w.owner, st); err != nil {
		w.t.Fatal(err)
	}
}

// pooled creates customers as the manager and releases them to the pool.
func (w *world) pooled(names ...string) []string {
	w.t.Helper()
	var ids []string
	for _, name := range names {
		c := w.create(w.manager, CustomerInput{Name: name})
		if err := w.svc.Release(context.Background(), w.manager, c.ID, c.Version, "放入公海"); err != nil {
			w.t.Fatal(err)
		}
		ids = append(ids, c.ID)
	}
	return ids
}

func TestRepsHoldNoMoreThanTheirLevelAllows(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	w.holdLimits(2, 3)
	w.create(w.rep, CustomerInput{Name: "自建客户"}) // creating is never capped: new customers are the job
	w.create(w.rep2, CustomerInput{Name: "同事的客户"})
	pool := w.pooled("甲", "乙", "丙", "丁")
	if _, err := w.svc.Claim(ctx, w.rep, pool[0]); err != nil {
		t.Fatalf("claim up to the limit = %v", err)
	}
	if _, err := w.svc.Claim(ctx, w.rep, pool[1]); !isForbidden(err) {
		t.Fatalf("claim past the junior limit = %v", err)
	}
	if err := w.svc.Assign(ctx, w.manager, w.refs(pool[1]), w.rep.ID, "分配"); fieldCode(err, "toUserId") != "validation.holdLimit" {
		t.Fatalf("assign past the limit = %v", err)
	}
	// two at once to a rep with room for one: neither lands
	if err := w.svc.Assign(ctx, w.manager, w.refs(pool[1], pool[2]), w.rep2.ID, "分配"); fieldCode(err, "toUserId") != "validation.holdLimit" {
		t.Fatalf("assign two to a rep with room for one = %v", err)
	}
	if w.get(pool[1]).OwnerID != "" {
		t.Fatalf("a refused assignment moved a customer")
	}
	w.setLevel(w.rep.ID, "senior")
	if _, err := w.svc.Claim(ctx, w.rep, pool[1]); err != nil {
		t.Fatalf("a senior rep claims a third = %v", err)
	}
	if err := w.svc.Assign(ctx, w.owner, w.refs(pool[2], pool[3]), w.manager.ID, ""); err != nil {
		t.Fatalf("managers hold what they are given = %v", err)
	}
}

func TestAssignAndReleaseTakeTheVersionRead(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	a := w.create(w.rep, CustomerInput{Name: "甲"})
	b := w.create(w.rep, CustomerInput{Name: "乙"})
	stale := []CustomerRef{{ID: a.ID, Version: a.Version}, {ID: b.ID, Version: b.Version}}
	if _, err := w.svc.UpdateCustomer(ctx, w.rep, CustomerInput{ID: b.ID, Kind: KindCompany, Name: "乙公司", Version: b.Version}); err != nil {
		t.Fatal(err)
	}
	if err := w.svc.Assign(ctx, w.manager, stale, w.rep2.ID, "调整"); !errors.Is(err, apperr.ErrConflict) {
		t.Fatalf("assign with a stale version = %v", err)
	}
	if w.get(a.ID).OwnerID != w.rep.ID || w.get(b.ID).OwnerID != w.rep.ID {
		t.Fatalf("a refused assignment moved a customer")
	}
	if err := w.svc.Release(ctx, w.rep, b.ID, b.Version, "暂停"); !errors.Is(err, apperr.ErrConflict) {
		t.Fatalf("release with a stale version = %v", err)
	}
	if w.get(b.ID).OwnerID != w.rep.ID {
		t.Fatalf("a stale release moved the customer")
	}
}

func TestReleasingAndReclaimingWipesNoRevisit(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	weeklyRevisits(t, w)
	w.at(3, 2, 9)
	c := w.create(w.rep, CustomerInput{Name: "甲"})
	w.at(3, 8, 10) // due tomorrow
	if err := w.svc.Release(ctx, w.rep, c.ID, w.get(c.ID).Version, "暂不跟进"); err != nil {
		t.Fatal(err)
	}
	if _, err := w.svc.Claim(ctx, w.rep, c.ID); err != nil {
		t.Fatal(err)
	}
	w.at(3, 9, 10)
	if due := dueNames(t, w, w.rep); !dueToday(due, "甲") {
		t.Fatalf("a release and re-claim moved the revisit due 3-9: %v", due)
	}
	// away to a colleague and back: still due
	if err := w.svc.Assign(ctx, w.manager, w.refs(c.ID), w.rep2.ID, "代管"); err != nil {
		t.Fatal(err)
	}
	if err := w.svc.Assign(ctx, w.manager, w.refs(c.ID), w.rep.ID, "归还"); err != nil {
		t.Fatal(err)
	}
	if due := dueNames(t, w, w.rep); !dueToday(due, "甲") {
		t.Fatalf("assigned away and back: %v", due)
	}
	if n := w.monthOf(w.rep2.ID, 3); n.RevisitsDue != 0 {
		t.Fatalf("the colleague who held it for a moment owes %+v", n)
	}
}

func TestReclaimingDoesNotRestartThePoolCount(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	c := w.create(w.rep, CustomerInput{Name: "无人跟进"})
	w.days(25)
	if err := w.svc.Release(ctx, w.rep, c.ID, w.get(c.ID).Version, "先放一放"); err != nil {
		t.Fatal(err)
	}
	if _, err := w.svc.Claim(ctx, w.rep, c.ID); err != nil {
		t.Fatal(err)
	}
	w.days(6) // 31 days without a follow-up
	if res, err := w.svc.Sweep(ctx, w.clock.T); err != nil || res.ToPool != 1 {
		t.Fatalf("sweep = %+v, %v", res, err)
	}
}
