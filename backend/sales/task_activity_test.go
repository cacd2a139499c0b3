package sales

import (
	"testing"
	"time"

	"steady/backend/auth"
	"steady/backend/customer"
	"steady/backend/store"
)

const (
	visitSoon  = "3 天内上门拜访"
	visitLater = "5 天内再次拜访"
)

// tiedWorld is the world with the customer area reaching sales as the app
// wires it, and two lead-stage rules done by a visit (the sooner one first).
func tiedWorld(t *testing.T) *world {
	w := newWorld(t)
	w.customers.SetDealTasks(w.svc)
	for _, r := range []RuleInput{
		{StageID: stLead, TitleZh: visitLater, Anchor: AnchorStageEntered, OffsetHours: 120, Position: 3, Active: true, DoneByKind: customer.ActivityVisit},
		{StageID: stLead, TitleZh: visitSoon, Anchor: AnchorStageEntered, OffsetHours: 72, Position: 2, Active: true, DoneByKind: customer.ActivityVisit},
	} {
		if _, err := w.svc.SaveRule(ctx, w.owner, r); err != nil {
			t.Fatal(err)
		}
	}
	return w
}

// logAbout logs an activity of kind about dealID, at (zero: now).
func (w *world) logAbout(actor auth.Actor, customerID, dealID, kind string, at time.Time) (customer.Activity, error) {
	in := customer.ActivityInput{CustomerID: customerID, DealID: dealID, Kind: kind, Summary: "上门演示升降桌"}
	if !at.IsZero() {
		in.At = store.FormatTime(at)
	}
	return w.customers.LogActivity(ctx, actor, in)
}

func TestAVisitAboutADealDoesItsSoonestVisitTask(t *testing.T) {
	w := tiedWorld(t)
	d := w.deal(w.rep, w.custRep, "办公家具采购", 0)
	if task := w.taskOf(d.ID, visitSoon); task.DoneByKind != customer.ActivityVisit || task.Status != TaskOpen {
		t.Fatalf("the task did not copy its rule's kind: %+v", task)
	}
	w.hours(5)
	call, err := w.logAbout(w.rep, w.custRep, d.ID, customer.ActivityCall, time.Time{})
	if err != nil || call.DoneTask != nil || call.DealID != d.ID {
		t.Fatalf("a call about the deal: %+v, %v", call, err)
	}
	visitAt := w.clock.T.Add(-time.Hour) // typed in an hour after the visit
	a, err := w.logAbout(w.rep, w.custRep, d.ID, customer.ActivityVisit, visitAt)
	if err != nil {
		t.Fatal(err)
	}
	if a.DoneTask == nil || a.DoneTask.TitleZh != visitSoon {
		t.Fatalf("the visit did %+v, want %q", a.DoneTask, visitSoon)
	}
	task := w.taskOf(d.ID, visitSoon)
	if task.Status != TaskDone || task.DoneAt != store.FormatTime(visitAt) || task.DoneBy != w.rep.ID || task.ActivityID != a.ID || task.Late {
		t.Fatalf("done task: %+v", task)
	}
	if later := w.taskOf(d.ID, visitLater); later.Status != TaskOpen {
		t.Fatalf("one visit did two tasks: %+v", later)
	}
	second, _ := w.logAbout(w.rep, w.custRep, d.ID, customer.ActivityVisit, time.Time{})
	third, _ := w.logAbout(w.rep, w.custRep, d.ID, customer.ActivityVisit, time.Time{})
	if second.DoneTask == nil || second.DoneTask.TitleZh != visitLater || third.DoneTask != nil {
		t.Fatalf("second visit did %+v, third %+v", second.DoneTask, third.DoneTask)
	}
}

func TestANoteAboutADealDoesNothing(t *testing.T) {
	w := tiedWorld(t)
	d := w.deal(w.rep, w.custRep, "办公家具采购", 0)
	w.hours(1)
	a, err := w.logAbout(w.rep, w.custRep, d.ID, customer.ActivityNote, time.Time{})
	if err != nil || a.DoneTask != nil || a.DealID != d.ID {
		t.Fatalf("note: %+v, %v", a, err)
	}
	if task := w.taskOf(d.ID, visitSoon); task.Status != TaskOpen {
		t.Fatalf("a note did the visit: %+v", task)
	}
}

func TestTyingRefusesDealsTheActorMayNotWorkOn(t *testing.T) {
	w := tiedWorld(t)
	mine := w.deal(w.rep, w.custRep, "办公家具采购", 0)
	// The manager opens a deal for rep2 on the rep's customer: the rep may not tie to it.
	theirs, err := w.svc.CreateDeal(ctx, w.manager, DealInput{CustomerID: w.custRep, Title: "会议室改造", OwnerID: w.rep2.ID})
	if err != nil {
		t.Fatal(err)
	}
	other := w.deal(w.rep2, w.custRep2, "苏州恒信 工位", 0)
	lost := w.deal(w.rep, w.custRep, "旧机更换", 0)
	if _, err := w.svc.Lose(ctx, w.rep, lost.ID, LoseInput{Version: lost.Version, ReasonID: reasonPrice}); err != nil {
		t.Fatal(err)
	}
	w.hours(1)
	if _, err := w.logAbout(w.rep, w.custRep, theirs.ID, customer.ActivityVisit, time.Time{}); !isForbidden(err) {
		t.Fatalf("another rep's deal: %v", err)
	}
	if _, err := w.logAbout(w.rep, w.custRep, other.ID, customer.ActivityVisit, time.Time{}); !isForbidden(err) {
		t.Fatalf("another rep's deal of another customer: %v", err)
	}
	// the manager may see that deal, but it is not this customer's
	if _, err := w.logAbout(w.manager, w.custRep, other.ID, customer.ActivityVisit, time.Time{}); fieldCode(err, "dealId") != "validation.dealOfOtherCustomer" {
		t.Fatalf("deal of another customer: %v", err)
	}
	if _, err := w.logAbout(w.rep, w.custRep, lost.ID, customer.ActivityVisit, time.Time{}); fieldCode(err, "dealId") != "validation.dealClosed" {
		t.Fatalf("a lost deal: %v", err)
	}
	if _, err := w.logAbout(w.rep, w.custRep, "no-such-deal", customer.ActivityVisit, time.Time{}); fieldCode(err, "dealId") != "validation.invalidChoice" {
		t.Fatalf("no such deal: %v", err)
	}
	// nothing of a refused log landed: no activity, no task done
	var n int
	if err := w.db.Read().QueryRowContext(ctx, `SELECT count(*) FROM activities WHERE customer_id = ?`, w.custRep).Scan(&n); err != nil || n != 0 {
		t.Fatalf("a refused log left %d activities (%v)", n, err)
	}
	if task := w.taskOf(theirs.ID, visitSoon); task.Status != TaskOpen {
		t.Fatalf("refused tie did the task: %+v", task)
	}
	// the manager may tie a visit to a deal of their team; it is done by the manager
	a, err := w.logAbout(w.manager, w.custRep, theirs.ID, customer.ActivityVisit, time.Time{})
	if err != nil || a.DoneTask == nil {
		t.Fatalf("manager's visit: %+v, %v", a, err)
	}
	if task := w.taskOf(theirs.ID, visitSoon); task.Status != TaskDone || task.DoneBy != w.manager.ID {
		t.Fatalf("manager's visit: %+v", task)
	}
	_ = mine
}

func TestABackdatedVisitCannotDoATaskEarly(t *testing.T) {
	w := tiedWorld(t)
	w.hours(1)
	d := w.deal(w.rep, w.custRep, "办公家具采购", 0)
	// A visit dated before the deal reached the stage is not that stage's work.
	a, err := w.logAbout(w.rep, w.custRep, d.ID, customer.ActivityVisit, w.clock.T.Add(-30*time.Minute))
	if err != nil || a.DoneTask != nil {
		t.Fatalf("a visit from before the task began: %+v, %v", a, err)
	}
	// Four days later the task is late; a visit dated back past the
	// window (3 days) to make it on time is refused, and nothing is done.
	w.hours(96)
	if _, err := w.logAbout(w.rep, w.custRep, d.ID, customer.ActivityVisit, w.clock.T.Add(-95*time.Hour)); fieldCode(err, "at") != "validation.backdateLimit" {
		t.Fatalf("a visit backdated beyond the window: %v", err)
	}
	if task := w.taskOf(d.ID, visitSoon); task.Status != TaskOpen || !task.Overdue {
		t.Fatalf("after the refused backdate: %+v", task)
	}
	// Within the window it is done at its own time, late as it was.
	at := w.clock.T.Add(-2 * time.Hour)
	if a, err = w.logAbout(w.rep, w.custRep, d.ID, customer.ActivityVisit, at); err != nil || a.DoneTask == nil {
		t.Fatalf("a visit within the window: %+v, %v", a, err)
	}
	if task := w.taskOf(d.ID, visitSoon); task.DoneAt != store.FormatTime(at) || !task.Late {
		t.Fatalf("done late: %+v", task)
	}
}

func TestATaskStaysDoneOnlyWhileItsActivityStands(t *testing.T) {
	w := tiedWorld(t)
	d := w.deal(w.rep, w.custRep, "办公家具采购", 0)
	w.hours(3)
	a, err := w.logAbout(w.rep, w.custRep, d.ID, customer.ActivityVisit, time.Time{})
	if err != nil || a.DoneTask == nil {
		t.Fatalf("visit: %+v, %v", a, err)
	}
	// Correcting the summary leaves the task done.
	a, err = w.customers.UpdateActivity(ctx, w.rep, customer.ActivityInput{ID: a.ID, Version: a.Version, CustomerID: w.custRep,
		Kind: a.Kind, Summary: "上门演示升降桌，客户很满意"})
	if err != nil {
		t.Fatal(err)
	}
	if task := w.taskOf(d.ID, visitSoon); task.Status != TaskDone || task.ActivityID != a.ID {
		t.Fatalf("after correcting the summary: %+v", task)
	}
	// It was a call after all: the visit task is open again.
	a, err = w.customers.UpdateActivity(ctx, w.rep, customer.ActivityInput{ID: a.ID, Version: a.Version, CustomerID: w.custRep,
		Kind: customer.ActivityCall, Summary: a.Summary})
	if err != nil || a.DoneTask != nil || a.DealID != d.ID {
		t.Fatalf("visit to call: %+v, %v", a, err)
	}
	if task := w.taskOf(d.ID, visitSoon); task.Status != TaskOpen || task.DoneAt != "" || task.DoneBy != "" {
		t.Fatalf("after it became a call: %+v", task)
	}
	// A visit again, then deleted: the task is open again, not done on evidence that is gone.
	a, err = w.customers.UpdateActivity(ctx, w.rep, customer.ActivityInput{ID: a.ID, Version: a.Version, CustomerID: w.custRep,
		Kind: customer.ActivityVisit, Summary: a.Summary})
	if err != nil || a.DoneTask == nil {
		t.Fatalf("call back to visit: %+v, %v", a, err)
	}
	if err := w.customers.DeleteActivity(ctx, w.rep, a.ID, a.Version); err != nil {
		t.Fatal(err)
	}
	if task := w.taskOf(d.ID, visitSoon); task.Status != TaskOpen || task.ActivityID != "" {
		t.Fatalf("after deleting the visit: %+v", task)
	}
	// A task done by hand is not undone by deleting an unrelated visit.
	b, _ := w.logAbout(w.rep, w.custRep, d.ID, customer.ActivityVisit, time.Time{})
	later := w.taskOf(d.ID, visitLater)
	if _, err := w.svc.CompleteTask(ctx, w.rep, later.ID, later.Version, "电话确认"); err != nil {
		t.Fatal(err)
	}
	if err := w.customers.DeleteActivity(ctx, w.rep, b.ID, b.Version); err != nil {
		t.Fatal(err)
	}
	if task := w.taskOf(d.ID, visitLater); task.Status != TaskDone {
		t.Fatalf("a task done by hand was undone: %+v", task)
	}
}

func TestDeletingTheVisitOfAClosedDealClosesItsTask(t *testing.T) {
	w := tiedWorld(t)
	d := w.deal(w.rep, w.custRep, "办公家具采购", 0)
	w.hours(3)
	a, _ := w.logAbout(w.rep, w.custRep, d.ID, customer.ActivityVisit, time.Time{})
	d = w.taskDeal(d.ID)
	if _, err := w.svc.Lose(ctx, w.rep, d.ID, LoseInput{Version: d.Version, ReasonID: reasonRival}); err != nil {
		t.Fatal(err)
	}
	if err := w.customers.DeleteActivity(ctx, w.rep, a.ID, a.Version); err != nil {
		t.Fatal(err)
	}
	if task := w.taskOf(d.ID, visitSoon); task.Status != TaskClosed {
		t.Fatalf("the task of a lost deal whose visit was deleted: %+v", task)
	}
}

func (w *world) taskDeal(id string) Deal {
	w.t.Helper()
	d, err := w.svc.Deal(ctx, w.rep, id)
	if err != nil {
		w.t.Fatal(err)
	}
	return d.Deal
}

func TestARuleWaitsOnlyForAFollowUpKind(t *testing.T) {
	w := newWorld(t)
	for kind, want := range map[string]string{"note": "validation.invalidChoice", "fax": "validation.invalidChoice", "wechat": ""} {
		_, err := w.svc.SaveRule(ctx, w.owner, RuleInput{StageID: stLead, TitleZh: "微信跟进", Anchor: AnchorStageEntered,
			OffsetHours: 24, Active: true, DoneByKind: kind})
		if fieldCode(err, "doneByKind") != want || (want == "" && err != nil) {
			t.Fatalf("kind %q: %v", kind, err)
		}
	}
}
