package sales

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"steady/backend/customer"
)

var november = time.Date(2026, 11, 1, 0, 0, 0, 0, shanghai)

// numbers is userID's November as the appraisal reads it.
func (w *world) numbers(userID string) MonthlyNumbers {
	w.t.Helper()
	n, err := w.svc.MonthlyNumbers(ctx, userID, november, november.AddDate(0, 1, 0))
	if err != nil {
		w.t.Fatal(err)
	}
	return n
}

// inFirstContact is a new deal of the rep's moved on to first contact (its
// thank-you task waiting for a call) at the world's start, 01:00 UTC.
func (w *world) inFirstContact(title string) Deal {
	w.t.Helper()
	d, err := w.svc.TickChecklist(ctx, w.rep, w.deal(w.rep, w.custRep, title, 0).ID, 1, "lead.fit", true)
	if err != nil {
		w.t.Fatal(err)
	}
	return w.move(w.rep, d, stFirst)
}

// The call's own transaction starts the thank-you clock: no sweep runs here,
// and a thank-you sent at once counts as done on time.
func TestTheCallItselfStartsTheClock(t *testing.T) {
	w := newWorld(t)
	d := w.inFirstContact("打印机采购")
	w.hours(3)
	w.logActivity(w.rep, w.custRep, customer.ActivityCall)
	task := w.taskOf(d.ID, thankYou)
	if task.Status != TaskOpen || task.AnchorAt != "2026-11-27T04:00:00.000Z" || task.DueAt != "2026-11-28T04:00:00.000Z" {
		t.Fatalf("right after the call: %+v", task)
	}
	w.hours(1)
	done, err := w.svc.CompleteTask(ctx, w.rep, task.ID, task.Version, "感谢邮件已发")
	if err != nil || done.Late || done.DueAt != "2026-11-28T04:00:00.000Z" {
		t.Fatalf("done = %+v, %v", done, err)
	}
	// Due in November: the lead's research, the first call and the thank-you.
	n := w.numbers(w.rep.ID)
	if n.TasksDue != 3 || n.TasksOnTime != 1 || n.TasksPending != 2 || n.SOPComplianceBP == nil || *n.SOPComplianceBP != 10000 {
		t.Fatalf("november = %+v", n)
	}
	if n, err := w.svc.Sweep(ctx); n != 0 || err != nil {
		t.Fatalf("a sweep after the call started %d more, %v", n, err)
	}
}

// Ticking a task off before its call is on file does not hide it from the
// month: the call had happened by then, so its clock starts at the tick.
func TestATaskDoneBeforeItsCallCountsOnTime(t *testing.T) {
	w := newWorld(t)
	d := w.inFirstContact("打印机采购")
	w.hours(2)
	task := w.taskOf(d.ID, thankYou)
	done, err := w.svc.CompleteTask(ctx, w.rep, task.ID, task.Version, "")
	if err != nil || done.Status != TaskDone || done.AnchorAt != "2026-11-27T03:00:00.000Z" ||
		done.DueAt != "2026-11-28T03:00:00.000Z" || done.Late {
		t.Fatalf("done while waiting = %+v, %v", done, err)
	}
	w.hours(1)
	w.logActivity(w.rep, w.custRep, customer.ActivityCall) // logged afterwards: changes nothing
	if again := w.taskOf(d.ID, thankYou); again.DueAt != done.DueAt || again.Version != done.Version {
		t.Fatalf("the later call moved a finished task: %+v", again)
	}
	if n := w.numbers(w.rep.ID); n.TasksOnTime != 1 || n.TasksDue != 3 {
		t.Fatalf("november = %+v", n)
	}
}

// A rep who never logs a call owes no thank-you (there was no call to thank
// for), but still owes the call itself: the stage's first-call task falls due
// from entering the stage and is missed, whatever happens to the deal then.
func TestNoCallLoggedStillOwesTheCall(t *testing.T) {
	w := newWorld(t)
	d := w.inFirstContact("打印机采购")
	w.hours(49)
	if task := w.taskOf(d.ID, thankYou); task.Status != TaskWaiting {
		t.Fatalf("thank-you without a call: %+v", task)
	}
	if _, err := w.svc.Lose(ctx, w.rep, d.ID, LoseInput{Version: d.Version, ReasonID: reasonPrice}); err != nil {
		t.Fatal(err)
	}
	n := w.numbers(w.rep.ID)
	if n.TasksMissed != 1 || n.TasksDue != 1 || n.SOPComplianceBP == nil || *n.SOPComplianceBP != 0 {
		t.Fatalf("november = %+v", n)
	}
}

// Handing a deal on moves the tasks still to come, not what is already
// owed: an overdue task stays the old owner's miss (and their late task if
// someone finishes it), and deleting the deal does not wipe it either.
func TestReassigningMovesNothingAlreadyOwed(t *testing.T) {
	w := newWorld(t)
	d, _ := w.svc.TickChecklist(ctx, w.rep, w.deal(w.rep, w.custRep, "打印机采购", 0).ID, 1, "lead.fit", true)
	w.hours(30)
	d = w.move(w.rep, d, stFirst) // first call due at 55:00 after the start
	w.hours(43)                   // 73 h: the lead's research (72 h) is overdue
	in := DealInput{ID: d.ID, Version: d.Version, CustomerID: d.CustomerID, Title: d.Title, OwnerID: w.rep2.ID}
	moved, err := w.svc.UpdateDeal(ctx, w.manager, in)
	if err != nil {
		t.Fatal(err)
	}
	research, call, thanks := w.taskOf(d.ID, "3 天内完成客户背景调查"), w.taskOf(d.ID, "2 天内完成首次电话联系"), w.taskOf(d.ID, thankYou)
	if research.AssigneeID != w.rep.ID || call.AssigneeID != w.rep2.ID || thanks.AssigneeID != w.rep2.ID {
		t.Fatalf("assignees: research %s, call %s, thank-you %s (rep %s, rep2 %s)",
			research.AssigneeID, call.AssigneeID, thanks.AssigneeID, w.rep.ID, w.rep2.ID)
	}
	if n := w.numbers(w.rep.ID); n.TasksMissed != 1 || n.TasksDue != 1 {
		t.Fatalf("the old owner's november = %+v", n)
	}
	if n := w.numbers(w.rep2.ID); n.TasksMissed != 0 || n.TasksDue != 1 || n.TasksPending != 1 {
		t.Fatalf("the new owner's november = %+v", n)
	}
	if err := w.svc.DeleteDeal(ctx, w.manager, moved.ID, moved.Version); err != nil {
		t.Fatal(err)
	}
	if n := w.numbers(w.rep.ID); n.TasksMissed != 1 {
		t.Fatalf("after the deal was deleted = %+v", n)
	}
	// The new owner's task not yet due ended with the deal: it never fell due.
	if n := w.numbers(w.rep2.ID); n.TasksDue != 0 || n.SOPComplianceBP != nil {
		t.Fatalf("the new owner after the delete = %+v", n)
	}
}

// No task came due: that is no data, not full marks, in the numbers the
// appraisal reads and on the compliance report; tasks due but still ahead
// are no data either.
func TestNothingDueIsNoData(t *testing.T) {
	w := newWorld(t)
	n := w.numbers(w.rep.ID)
	if n.SOPComplianceBP != nil || n.TasksDue != 0 {
		t.Fatalf("a rep with no deals = %+v", n)
	}
	js, _ := json.Marshal(n)
	if !strings.Contains(string(js), `"sopComplianceBp":null`) {
		t.Fatalf("json = %s", js)
	}
	w.deal(w.rep, w.custRep, "打印机采购", 0) // its task is due in three days
	if n := w.numbers(w.rep.ID); n.TasksDue != 1 || n.TasksPending != 1 || n.SOPComplianceBP != nil {
		t.Fatalf("only a task still ahead = %+v", n)
	}
	c, err := w.svc.Compliance(ctx, w.rep, w.rep.ID, "2026-11")
	if err != nil || c.OnTimeBP != nil {
		t.Fatalf("compliance = %+v, %v", c, err)
	}
	w.hours(73)
	if c, _ := w.svc.Compliance(ctx, w.rep, w.rep.ID, "2026-11"); c.OnTimeBP == nil || *c.OnTimeBP != 0 || c.Missed != 1 {
		t.Fatalf("once it was missed = %+v", c)
	}
}
