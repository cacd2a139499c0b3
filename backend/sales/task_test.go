package sales

import (
	"database/sql"
	"testing"
	"time"

	"steady/backend/auth"
	"steady/backend/customer"
	"steady/backend/store"
)

func (w *world) logActivity(actor auth.Actor, customerID, kind string) {
	w.t.Helper()
	_, err := w.customers.LogActivity(ctx, actor, customer.ActivityInput{CustomerID: customerID, Kind: kind, Summary: "沟通采购需求"})
	if err != nil {
		w.t.Fatalf("log %s: %v", kind, err)
	}
}

// taskOf finds a deal's task by its Chinese title.
func (w *world) taskOf(dealID, title string) Task {
	w.t.Helper()
	tasks, err := w.svc.Tasks(ctx, w.owner, TaskQuery{DealID: dealID, Status: "all"})
	if err != nil {
		w.t.Fatal(err)
	}
	for _, t := range tasks {
		if t.TitleZh == title {
			return t
		}
	}
	w.t.Fatalf("deal %s has no task %q among %+v", dealID, title, tasks)
	return Task{}
}

const thankYou = "首次通话后 24 小时内发送感谢邮件"

func TestFirstCallStartsTheThankYouClock(t *testing.T) {
	w := newWorld(t)
	d, _ := w.svc.TickChecklist(ctx, w.rep, w.deal(w.rep, w.custRep, "打印机采购", 0).ID, 1, "lead.fit", true)
	d = w.move(w.rep, d, stFirst)
	if task := w.taskOf(d.ID, thankYou); task.Status != TaskWaiting || task.DueAt != "" {
		t.Fatalf("before any call: %+v", task)
	}
	w.hours(3)
	w.logActivity(w.rep, w.custRep, customer.ActivityNote)
	if task := w.taskOf(d.ID, thankYou); task.Status != TaskWaiting {
		t.Fatalf("a note started the clock: %+v", task)
	}
	w.logActivity(w.rep, w.custRep, customer.ActivityCall)
	task := w.taskOf(d.ID, thankYou)
	if task.Status != TaskOpen || task.AnchorAt != "2026-11-27T04:00:00.000Z" || task.DueAt != "2026-11-28T04:00:00.000Z" {
		t.Fatalf("after the call: %+v", task)
	}
	// A deal begun after the call waits for a call of its own; one that
	// enters the stage after a call since it began starts at once.
	w.hours(1)
	later, _ := w.svc.TickChecklist(ctx, w.rep, w.deal(w.rep, w.custRep, "耗材补货", 0).ID, 1, "lead.fit", true)
	later = w.move(w.rep, later, stFirst)
	if task := w.taskOf(later.ID, thankYou); task.Status != TaskWaiting {
		t.Fatalf("a deal begun after the call: %+v", task)
	}
	third, _ := w.svc.TickChecklist(ctx, w.rep, w.deal(w.rep, w.custRep, "维保合同", 0).ID, 1, "lead.fit", true)
	w.hours(1)
	w.logActivity(w.rep, w.custRep, customer.ActivityVisit)
	if task := w.taskOf(later.ID, thankYou); task.Status != TaskOpen || task.AnchorAt != "2026-11-27T06:00:00.000Z" {
		t.Fatalf("the waiting deal after a visit: %+v", task)
	}
	third = w.move(w.rep, third, stFirst)
	if task := w.taskOf(third.ID, thankYou); task.Status != TaskOpen || task.AnchorAt != "2026-11-27T06:00:00.000Z" {
		t.Fatalf("a deal moved after a visit: %+v", task)
	}
	if n, err := w.svc.Sweep(ctx); n != 0 || err != nil {
		t.Fatalf("the sweep found %d tasks left to start, %v", n, err)
	}
}

func TestCompleteTask(t *testing.T) {
	w := newWorld(t)
	d := w.deal(w.rep, w.custRep, "打印机采购", 0)
	task := w.taskOf(d.ID, "3 天内完成客户背景调查")
	if _, err := w.svc.CompleteTask(ctx, w.rep2, task.ID, task.Version, ""); !isForbidden(err) {
		t.Fatalf("a colleague completing: %v", err)
	}
	if _, err := w.svc.CompleteTask(ctx, w.rep, task.ID, task.Version+1, ""); !isConflict(err, "errors.conflict.sopTask") {
		t.Fatalf("stale completion: %v", err)
	}
	w.hours(73)
	done, err := w.svc.CompleteTask(ctx, w.rep, task.ID, task.Version, "已查企业信息")
	if err != nil || done.Status != TaskDone || !done.Late || done.DoneBy != w.rep.ID || done.Note != "已查企业信息" ||
		done.DoneAt != "2026-11-30T02:00:00.000Z" {
		t.Fatalf("done = %+v, %v", done, err)
	}
	if _, err := w.svc.CompleteTask(ctx, w.rep, task.ID, done.Version, ""); !isConflict(err, "errors.conflict.sopTaskStatus") {
		t.Fatalf("completing twice: %v", err)
	}
	w.hours(1)
	onTime := w.taskOf(w.deal(w.rep, w.custRep, "耗材", 0).ID, "3 天内完成客户背景调查")
	if got, _ := w.svc.CompleteTask(ctx, w.manager, onTime.ID, onTime.Version, ""); got.Late || got.DoneBy != w.manager.ID {
		t.Fatalf("manager's completion = %+v", got)
	}
	// The done list starts with what was done last, whatever fell due first.
	list, err := w.svc.Tasks(ctx, w.owner, TaskQuery{Status: TaskDone})
	if err != nil || len(list) != 2 || list[0].ID != onTime.ID || list[1].ID != task.ID {
		t.Fatalf("done list = %+v, %v", list, err)
	}
}

func TestEditingARuleLeavesItsTasksAlone(t *testing.T) {
	w := newWorld(t)
	before := w.deal(w.rep, w.custRep, "打印机采购", 0)
	rule, _ := loadRule(ctx, w.db.Read(), "0190b000-0000-7000-8000-000000000101")
	in := RuleInput{ID: rule.ID, Version: rule.Version, StageID: rule.StageID, TitleZh: "1 天内完成客户背景调查",
		Anchor: AnchorDealCreated, OffsetHours: 24, Active: true}
	if _, err := w.svc.SaveRule(ctx, w.rep, in); !isForbidden(err) {
		t.Fatalf("a rep editing a rule: %v", err)
	}
	if _, err := w.svc.SaveRule(ctx, w.owner, in); err != nil {
		t.Fatal(err)
	}
	old := w.taskOf(before.ID, "3 天内完成客户背景调查")
	if old.OffsetHours != 72 || old.DueAt != "2026-11-30T01:00:00.000Z" {
		t.Fatalf("the old task changed: %+v", old)
	}
	w.hours(2)
	after := w.deal(w.rep, w.custRep, "耗材补货", 0)
	if task := w.taskOf(after.ID, "1 天内完成客户背景调查"); task.Anchor != AnchorDealCreated || task.DueAt != "2026-11-28T03:00:00.000Z" {
		t.Fatalf("the new task = %+v", task)
	}
	in.Version, in.Active = rule.Version+1, false
	if _, err := w.svc.SaveRule(ctx, w.owner, in); err != nil {
		t.Fatal(err)
	}
	quiet := w.deal(w.rep, w.custRep, "维保", 0)
	if tasks, _ := w.svc.Tasks(ctx, w.owner, TaskQuery{DealID: quiet.ID, Status: "all"}); len(tasks) != 0 {
		t.Fatalf("an inactive rule made %+v", tasks)
	}
}

func TestSaveRuleChecksItsFields(t *testing.T) {
	w := newWorld(t)
	good := RuleInput{StageID: stNeeds, TitleZh: "确认决策链", Anchor: AnchorStageEntered, OffsetHours: 48, Active: true}
	cases := []struct {
		name  string
		edit  func(in RuleInput) RuleInput
		field string
		code  string
	}{
		{"title", func(in RuleInput) RuleInput { in.TitleZh = ""; return in }, "titleZh", "validation.required"},
		{"anchor", func(in RuleInput) RuleInput { in.Anchor = "sunrise"; return in }, "anchor", "validation.invalidChoice"},
		{"offset", func(in RuleInput) RuleInput { in.OffsetHours = maxOffsetHours + 1; return in }, "offsetHours", "validation.numberRange"},
		{"negative offset", func(in RuleInput) RuleInput { in.OffsetHours = -1; return in }, "offsetHours", "validation.numberRange"},
		{"lost stage", func(in RuleInput) RuleInput { in.StageID = stLost; return in }, "stageId", "validation.invalidChoice"},
		{"no stage", func(in RuleInput) RuleInput { in.StageID = "nope"; return in }, "stageId", "validation.invalidChoice"},
	}
	for _, c := range cases {
		if _, err := w.svc.SaveRule(ctx, w.owner, c.edit(good)); fieldCode(err, c.field) != c.code {
			t.Errorf("%s: %v", c.name, err)
		}
	}
	r, err := w.svc.SaveRule(ctx, w.owner, good)
	if err != nil || r.OffsetHours != 48 {
		t.Fatalf("rule = %+v, %v", r, err)
	}
	if err := w.svc.DeleteRule(ctx, w.owner, r.ID, r.Version); err != nil {
		t.Fatal(err)
	}
	if rules, _ := w.svc.Rules(ctx, stNeeds); len(rules) != 1 {
		t.Fatalf("needs analysis rules after delete = %+v", rules)
	}
}

// A call written with a time still to come (another computer's clock a few
// minutes ahead, or a row that arrived some other way) starts the clock from
// its own time at once; the sweep is left nothing to do.
func TestACallDatedAheadCountsFromItsOwnTime(t *testing.T) {
	w := newWorld(t)
	d, _ := w.svc.TickChecklist(ctx, w.rep, w.deal(w.rep, w.custRep, "打印机采购", 0).ID, 1, "lead.fit", true)
	d = w.move(w.rep, d, stFirst)
	now := w.clock.Now()
	err := w.db.Tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO activities(id, customer_id, kind, at, user_id, summary, outcome,
			next_step, next_step_on, created_at, updated_at, version) VALUES (?, ?, 'call', ?, ?, '电话沟通', '', '', '', ?, ?, 1)`,
			store.NewID(), w.custRep, store.FormatTime(now.Add(2*time.Hour)), w.rep.ID, store.FormatTime(now), store.FormatTime(now))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	task := w.taskOf(d.ID, thankYou)
	if task.Status != TaskOpen || task.AnchorAt != store.FormatTime(now.Add(2*time.Hour)) ||
		task.DueAt != store.FormatTime(now.Add(26*time.Hour)) {
		t.Fatalf("after a call dated two hours ahead: %+v", task)
	}
	if n, err := w.svc.Sweep(ctx); n != 0 || err != nil {
		t.Fatalf("the sweep started %d tasks, %v", n, err)
	}
}
