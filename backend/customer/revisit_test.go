package customer

import (
	"context"
	"testing"
	"time"

	"steady/backend/auth"
)

// at sets the clock to a Shanghai wall time in 2026 (December days may
// spill into January 2027 by passing month 13).
func (w *world) at(month, day, hour int) {
	w.clock.T = time.Date(2026, time.Month(month), day, hour, 0, 0, 0, shanghai).UTC()
}

func weeklyRevisits(t *testing.T, w *world) {
	t.Helper()
	ctx := context.Background()
	st, _ := w.svc.Settings(ctx)
	st.Revisit.Ordinary = 7
	if _, err := w.svc.SaveSettings(ctx, w.owner, st); err != nil {
		t.Fatal(err)
	}
}

func dueNames(t *testing.T, w *world, actor auth.Actor) map[string]int {
	t.Helper()
	today, err := w.svc.Today(context.Background(), actor, w.clock.T)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]int{}
	for _, r := range today.Revisits {
		out[r.CustomerName] = r.DaysOverdue
	}
	return out
}

func TestRevisitsFallDueAndFollowUpsCompleteThem(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	weeklyRevisits(t, w)
	w.at(11, 27, 9)
	a := w.create(w.rep, CustomerInput{Name: "甲"})
	b := w.create(w.rep, CustomerInput{Name: "乙"})

	w.at(12, 3, 18)
	if due := dueNames(t, w, w.rep); len(due) != 0 {
		t.Fatalf("due a day early: %v", due)
	}
	w.at(12, 4, 10)
	if due := dueNames(t, w, w.rep); len(due) != 2 || due["甲"] != 0 {
		t.Fatalf("due on the day: %v", due)
	}
	w.log(w.rep, a.ID, ActivityNote) // a note is no revisit
	if due := dueNames(t, w, w.rep); len(due) != 2 {
		t.Fatalf("a note completed a revisit: %v", due)
	}
	w.log(w.rep, a.ID, ActivityCall) // on time
	w.at(12, 6, 9)
	if err := w.svc.Assign(context.Background(), w.manager, w.refs(b.ID), w.rep2.ID, "调岗"); err != nil {
		t.Fatal(err) // b's task was due and undone: missed for rep
	}
	w.at(12, 12, 9)
	if due := dueNames(t, w, w.rep); len(due) != 1 || due["甲"] != 1 {
		t.Fatalf("a day overdue: %v", due)
	}
	w.log(w.rep, a.ID, ActivityVisit) // late
	w.at(12, 20, 9)
	w.create(w.rep, CustomerInput{Name: "丙"})
	w.at(12, 27, 10)

	got, err := w.svc.MonthlyNumbers(context.Background(), w.rep.ID,
		time.Date(2026, 12, 1, 0, 0, 0, 0, shanghai), time.Date(2027, 1, 1, 0, 0, 0, 0, shanghai))
	if err != nil {
		t.Fatal(err)
	}
	want := MonthlyNumbers{NewCustomers: 1, RevisitsDue: 5, RevisitsOnTime: 1, RevisitsLate: 1, RevisitsMissed: 2, RevisitsPending: 1}
	if got != want {
		t.Fatalf("monthly = %+v, want %+v", got, want)
	}
	other, _ := w.svc.MonthlyNumbers(context.Background(), w.rep2.ID,
		time.Date(2026, 12, 1, 0, 0, 0, 0, shanghai), time.Date(2027, 1, 1, 0, 0, 0, 0, shanghai))
	if other.RevisitsDue != 1 || other.RevisitsMissed != 1 {
		t.Fatalf("rep2 monthly = %+v", other)
	}
}

func TestAShorterCadenceNeverBackdatesADueDay(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	w.at(11, 1, 9)
	st, _ := w.svc.Settings(ctx)
	st.PoolAfterDays = 90 // cadences as set, not cut short by the pool period
	if _, err := w.svc.SaveSettings(ctx, w.owner, st); err != nil {
		t.Fatal(err)
	}
	c := w.create(w.rep, CustomerInput{Name: "潜力客户"}) // ordinary: due in 60 days
	w.at(11, 27, 9)
	w.win(c.ID, w.clock.T, 10_00) // a recent small win: potential, 30 days from 11-01
	var due string
	if err := w.db.Read().QueryRowContext(ctx, `SELECT due_at FROM revisit_tasks WHERE customer_id = ? AND status = 'open'`, c.ID).Scan(&due); err != nil {
		t.Fatal(err)
	}
	if due != "2026-11-30T16:00:00.000Z" { // 12-01 00:00 Shanghai
		t.Fatalf("due = %s", due)
	}
	w.at(11, 28, 9)
	st, _ = w.svc.Settings(ctx)
	st.Revisit.Potential = 3
	if _, err := w.svc.SaveSettings(ctx, w.owner, st); err != nil {
		t.Fatal(err)
	}
	c2 := w.create(w.rep, CustomerInput{Name: "另一个"})
	w.at(12, 10, 9)
	w.win(c2.ID, w.clock.T, 10_00) // potential now: 3 days from 11-28 is past, so due today
	if err := w.db.Read().QueryRowContext(ctx, `SELECT due_at FROM revisit_tasks WHERE customer_id = ? AND status = 'open'`, c2.ID).Scan(&due); err != nil {
		t.Fatal(err)
	}
	if due != "2026-12-09T16:00:00.000Z" { // 12-10 00:00 Shanghai
		t.Fatalf("due = %s", due)
	}
}

// With the shipped rules (ordinary customers every 60 days, back to the pool
// after 30), a rep who never calls must owe a missed revisit before the
// customer leaves; before, the customer left first and nothing was owed.
func TestNeglectIsAMissedRevisitEvenWhenTheCadenceOutlastsThePool(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	w.at(11, 2, 9)
	c := w.create(w.rep, CustomerInput{Name: "没人管的客户"})
	w.at(12, 5, 9)
	if _, err := w.svc.Sweep(ctx, w.clock.T); err != nil {
		t.Fatal(err)
	}
	if got := w.get(c.ID); got.OwnerID != "" {
		t.Fatalf("the neglected customer is still held by %s", got.OwnerID)
	}
	got, err := w.svc.MonthlyNumbers(ctx, w.rep.ID,
		time.Date(2026, 12, 1, 0, 0, 0, 0, shanghai), time.Date(2027, 1, 1, 0, 0, 0, 0, shanghai))
	if err != nil {
		t.Fatal(err)
	}
	if got.RevisitsDue != 1 || got.RevisitsMissed != 1 {
		t.Fatalf("December revisits = %+v, want one due and missed", got)
	}
}

// Changing the rules moves open revisits that are not yet due, so a company
// that shortens its pool period is not left with tasks due after it.
func TestSavingTheRulesReschedulesOpenRevisits(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	w.at(11, 2, 9)
	c := w.create(w.rep, CustomerInput{Name: "甲"})
	st, _ := w.svc.Settings(ctx)
	st.PoolAfterDays = 11
	if _, err := w.svc.SaveSettings(ctx, w.owner, st); err != nil {
		t.Fatal(err)
	}
	var due string
	if err := w.db.Read().QueryRowContext(ctx, `SELECT due_at FROM revisit_tasks WHERE customer_id = ? AND status = 'open'`, c.ID).Scan(&due); err != nil {
		t.Fatal(err)
	}
	if due != "2026-11-11T16:00:00.000Z" { // 11-12 00:00 Shanghai: ten days from 11-02
		t.Fatalf("due = %s", due)
	}
}
