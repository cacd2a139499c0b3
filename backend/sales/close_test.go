package sales

import (
	"steady/backend/audit"
	"strings"
	"testing"
	"time"

	"steady/backend/auth"
	"steady/backend/customer"
)

func TestWinRecordsTheSaleWithTheCustomer(t *testing.T) {
	w := newWorld(t)
	d := w.ready(w.rep, w.deal(w.rep, w.custRep, "打印机采购", 100))
	d = w.move(w.rep, d, stFirst)
	w.hours(50) // the first-call task falls due unanswered
	won, err := w.svc.Win(ctx, w.rep, d.ID, WinInput{Version: d.Version, AmountMinor: 12_800_00})
	if stageField(err, stFirst, "sopTasks").Code != "validation.sopTasksOpen" {
		t.Fatalf("win with open tasks: %v", err)
	}
	w.finishTasks(w.rep, d.ID)
	d, _ = loadDeal(ctx, w.db.Read(), d.ID)
	won, err = w.svc.Win(ctx, w.rep, d.ID, WinInput{Version: d.Version, AmountMinor: 12_800_00})
	if err != nil {
		t.Fatal(err)
	}
	if won.Status != StatusWon || won.StageID != stWon || won.ReachedStageID != stWon || won.AmountMinor != 12_800_00 ||
		won.WonAt != "2026-11-29T03:00:00.000Z" || won.ClosedAt != won.WonAt {
		t.Fatalf("won = %+v", won)
	}
	c, err := w.customers.Customer(ctx, w.rep, w.custRep)
	if err != nil || c.Stage != customer.StageCustomer || c.LastPurchaseAt != won.WonAt {
		t.Fatalf("customer after the win = %s %s, %v", c.Stage, c.LastPurchaseAt, err)
	}
	detail, _ := w.svc.Deal(ctx, w.rep, d.ID)
	if n := len(detail.History); n != 3 || detail.History[1].Days != 2.1 || detail.History[2].Action != "win" {
		t.Fatalf("history = %+v", detail.History)
	}
	var open []string
	for _, task := range detail.Tasks {
		if task.Status == TaskOpen {
			open = append(open, task.TitleZh)
		}
	}
	if len(open) != 1 || open[0] != "成交后 1 天内发送感谢信" {
		t.Fatalf("open tasks after the win = %v", open)
	}
	if _, err := w.svc.Win(ctx, w.rep, d.ID, WinInput{Version: won.Version, AmountMinor: 1}); !isConflict(err, "errors.conflict.dealStatus") {
		t.Fatalf("winning twice: %v", err)
	}
	if _, err := w.svc.MoveDeal(ctx, w.rep, d.ID, won.Version, stLead); !isConflict(err, "errors.conflict.dealStatus") {
		t.Fatalf("moving a won deal back into the pipeline: %v", err)
	}
	after := w.move(w.rep, won, stAfter)
	if after.Status != StatusWon || after.ReachedStageID != stAfter {
		t.Fatalf("after-sales = %+v", after)
	}
}

func TestWinChecksAmountAndDay(t *testing.T) {
	w := newWorld(t)
	d := w.ready(w.rep, w.deal(w.rep, w.custRep, "打印机采购", 100))
	cases := []struct {
		name  string
		in    WinInput
		field string
		code  string
	}{
		{"no amount", WinInput{Version: d.Version}, "amountMinor", "validation.invalidAmount"},
		{"bad day", WinInput{Version: d.Version, AmountMinor: 1, WonOn: "2026-13-01"}, "wonOn", "validation.invalidDate"},
		{"tomorrow", WinInput{Version: d.Version, AmountMinor: 1, WonOn: "2026-11-28"}, "wonOn", "validation.inFuture"},
	}
	for _, c := range cases {
		if _, err := w.svc.Win(ctx, w.rep, d.ID, c.in); fieldCode(err, c.field) != c.code {
			t.Errorf("%s: %v", c.name, err)
		}
	}
	// beyond the company's window (3 days): refused, also for a manager; the owner gives a reason
	for _, who := range []auth.Actor{w.rep, w.manager} {
		_, err := w.svc.Win(ctx, who, d.ID, WinInput{Version: d.Version, AmountMinor: 500, WonOn: "2026-11-20"})
		if fieldCode(err, "wonOn") != "validation.backdateLimit" {
			t.Errorf("a win dated a week back by %s: %v", who.Role, err)
		}
	}
	if _, err := w.svc.Win(ctx, w.owner, d.ID, WinInput{Version: d.Version, AmountMinor: 500, WonOn: "2026-11-20"}); fieldCode(err, "wonOn") != "validation.backdateLimit" {
		t.Errorf("the owner dated a win back without a reason: %v", err)
	}
	if _, err := w.svc.Win(ctx, w.rep, d.ID, WinInput{Version: d.Version, AmountMinor: 500, WonOn: "2026-11-20",
		BackdateReason: "客户上周已签字"}); fieldCode(err, "wonOn") != "validation.backdateLimit" {
		t.Errorf("a rep's reason licensed a win a week back: %v", err)
	}
	won, err := w.svc.Win(ctx, w.rep, d.ID, WinInput{Version: d.Version, AmountMinor: 500, WonOn: "2026-11-24"})
	if err != nil || won.WonAt != "2026-11-24T04:00:00.000Z" {
		t.Fatalf("win on an earlier day = %s, %v", won.WonAt, err)
	}
}

// The owner may date a win beyond the window with a reason, and the audit
// keeps the day and the reason, so the month it changed can be explained.
func TestTheOwnersBackdatedWinKeepsItsReason(t *testing.T) {
	w := newWorld(t)
	d := w.ready(w.rep, w.deal(w.rep, w.custRep, "打印机采购", 100))
	won, err := w.svc.Win(ctx, w.owner, d.ID, WinInput{Version: d.Version, AmountMinor: 500, WonOn: "2026-11-02",
		BackdateReason: "  合同 11 月 2 日已签，补录  "})
	if err != nil || won.WonAt != "2026-11-02T04:00:00.000Z" {
		t.Fatalf("the owner's backdated win = %s, %v", won.WonAt, err)
	}
	history, _ := audit.History(ctx, w.db.Read(), "deal", d.ID)
	last := history[len(history)-1]
	if last.Action != "win" || last.ActorID != w.owner.ID || !strings.Contains(string(last.After), `"backdateReason":"合同 11 月 2 日已签，补录"`) ||
		!strings.Contains(string(last.After), "2026-11-02T04:00:00.000Z") {
		t.Fatalf("the win's audit = %+v", last)
	}
}

func TestLoseKeepsWhereAndWhy(t *testing.T) {
	w := newWorld(t)
	d := w.ready(w.rep, w.deal(w.rep, w.custRep, "打印机采购", 100))
	d = w.move(w.rep, d, stFirst)
	cases := []struct {
		name  string
		in    LoseInput
		field string
		code  string
	}{
		{"no reason", LoseInput{Version: d.Version}, "reasonId", "validation.required"},
		{"unknown reason", LoseInput{Version: d.Version, ReasonID: "nope"}, "reasonId", "validation.invalidChoice"},
	}
	for _, c := range cases {
		if _, err := w.svc.Lose(ctx, w.rep, d.ID, c.in); fieldCode(err, c.field) != c.code {
			t.Errorf("%s: %v", c.name, err)
		}
	}
	w.advance(26 * time.Hour)
	lost, err := w.svc.Lose(ctx, w.rep, d.ID, LoseInput{Version: d.Version, ReasonID: reasonRival, Note: "对方报价低 8%"})
	if err != nil {
		t.Fatal(err)
	}
	if lost.Status != StatusLost || lost.StageID != stLost || lost.LostStageID != stFirst || lost.LostReasonID != reasonRival ||
		lost.LostNote != "对方报价低 8%" || lost.ReachedStageID != stFirst {
		t.Fatalf("lost = %+v", lost)
	}
	tasks, _ := w.svc.Tasks(ctx, w.owner, TaskQuery{DealID: d.ID, Status: "all"})
	for _, task := range tasks {
		if task.Status != TaskClosed && task.Status != TaskDone {
			t.Errorf("task %s still %s", task.TitleZh, task.Status)
		}
	}
	if _, err := w.svc.MoveDeal(ctx, w.rep, d.ID, lost.Version, stNeeds); !isConflict(err, "errors.conflict.dealStatus") {
		t.Fatalf("moving a lost deal: %v", err)
	}
	if _, err := w.svc.Win(ctx, w.rep, d.ID, WinInput{Version: lost.Version, AmountMinor: 1}); !isConflict(err, "errors.conflict.dealStatus") {
		t.Fatalf("winning a lost deal: %v", err)
	}
	upd := DealInput{ID: d.ID, Version: lost.Version, CustomerID: d.CustomerID, Title: d.Title, AmountMinor: 999}
	if _, err := w.svc.UpdateDeal(ctx, w.rep, upd); !isConflict(err, "errors.conflict.dealStatus") {
		t.Fatalf("changing a lost deal's amount: %v", err)
	}
}
