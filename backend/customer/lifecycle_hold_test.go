package customer

import (
	"context"
	"database/sql"
	"testing"
	"time"

	"steady/backend/store"
)

// sweepAt runs the daily sweep at the clock's time.
func (w *world) sweep() {
	w.t.Helper()
	if _, err := w.svc.Sweep(context.Background(), w.clock.T); err != nil {
		w.t.Fatal(err)
	}
}

// dormantThenBack makes customers dormant by the sweep, then moves them
// back to customer by hand, as the rep who owns them.
func dormantThenBack(t *testing.T, w *world, names ...string) []Customer {
	t.Helper()
	var out []Customer
	for _, name := range names {
		c := w.create(w.rep, CustomerInput{Name: name})
		w.win(c.ID, w.clock.T, 500_00)
		out = append(out, c)
	}
	st, _ := w.svc.Settings(context.Background())
	w.days(st.DormantAfterDays + 1)
	for _, c := range out {
		w.log(w.rep, c.ID, ActivityCall) // keeps it out of the pool, not out of dormancy
	}
	w.sweep()
	for i, c := range out {
		got := w.get(c.ID)
		if got.Stage != StageDormant {
			t.Fatalf("%s after %d days = %s", got.Name, st.DormantAfterDays+1, got.Stage)
		}
		back, err := w.svc.ChangeStage(context.Background(), w.rep, c.ID, got.Version, StageCustomer, "客户确认下月续约")
		if err != nil {
			t.Fatal(err)
		}
		out[i] = back
	}
	return out
}

func TestAStageSetByHandHoldsAgainstTheSweep(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	st, _ := w.svc.Settings(context.Background())
	c := dormantThenBack(t, w, "续约客户")[0]
	w.days(1)
	w.sweep()
	if got := w.get(c.ID).Stage; got != StageCustomer {
		t.Fatalf("the day after a manual move back: %s", got)
	}
	w.days(st.DormantAfterDays - 2)
	w.sweep()
	if got := w.get(c.ID).Stage; got != StageCustomer {
		t.Fatalf("just inside the dormancy period from the change: %s", got)
	}
	w.days(2)
	w.sweep()
	if got := w.get(c.ID).Stage; got != StageDormant {
		t.Fatalf("the dormancy period passed again since the change: %s", got)
	}
}

func TestANewActivityOrALostDealEndsTheHold(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	both := dormantThenBack(t, w, "有新拜访", "丢单客户")
	visited, lost := both[0], both[1]
	w.days(1)
	w.log(w.rep, visited.ID, ActivityVisit)
	var stageID string
	if err := w.db.Read().QueryRow(`SELECT id FROM sales_stages LIMIT 1`).Scan(&stageID); err != nil {
		t.Fatal(err)
	}
	now := store.FormatTime(w.clock.T)
	err := w.db.Tx(context.Background(), func(tx *sql.Tx) error {
		_, err := tx.Exec(`INSERT INTO deals(id, customer_id, title, currency, owner_id, stage_id, stage_entered_at,
		reached_stage_id, status, lost_at, closed_at, created_at, updated_at)
		VALUES (?, ?, '续约', 'CNY', ?, ?, ?, ?, 'lost', ?, ?, ?, ?)`,
			store.NewID(), lost.ID, w.rep.ID, stageID, now, stageID, now, now, now, now)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	w.advance(time.Hour)
	w.sweep()
	if got := w.get(visited.ID).Stage; got != StageDormant {
		t.Fatalf("after a new visit the sweep's rule applies again: %s", got)
	}
	if got := w.get(lost.ID).Stage; got != StageDormant {
		t.Fatalf("after a lost deal the sweep's rule applies again: %s", got)
	}
}

func TestNewCustomersStartAsLeadProspectOrCustomer(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	for _, stage := range []string{StageRepeat, StageDormant, StageChurned} {
		_, err := w.svc.CreateCustomer(context.Background(), w.rep, CustomerInput{Kind: KindCompany, Name: "新客户" + stage, Stage: stage})
		if fieldCode(err, "stage") != "validation.invalidStartStage" {
			t.Fatalf("created as %s: %v", stage, err)
		}
	}
	if c := w.create(w.rep, CustomerInput{Name: "意向客户", Stage: StageProspect}); c.Stage != StageProspect {
		t.Fatalf("created as %s", c.Stage)
	}
}
