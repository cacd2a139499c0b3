package sales

import (
	"errors"
	"testing"

	"steady/backend/apperr"
	"steady/backend/auth"
)

func TestCreateDealStartsAtTheFirstStageWithItsTasks(t *testing.T) {
	w := newWorld(t)
	d := w.deal(w.rep, w.custRep, "明远 打印机采购", 0)
	if d.StageID != stLead || d.ReachedStageID != stLead || d.Status != StatusOpen || d.OwnerID != w.rep.ID ||
		d.Currency != "CNY" || d.CustomerName != "杭州明远智能科技有限公司" || d.OwnerName != "李强" {
		t.Fatalf("deal = %+v", d)
	}
	detail, err := w.svc.Deal(ctx, w.rep, d.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(detail.History) != 1 || detail.History[0].Action != "create" || detail.History[0].StageID != stLead {
		t.Fatalf("history = %+v", detail.History)
	}
	if len(detail.Tasks) != 1 || detail.Tasks[0].TitleZh != "3 天内完成客户背景调查" || detail.Tasks[0].AssigneeID != w.rep.ID ||
		detail.Tasks[0].DueAt != "2026-11-30T01:00:00.000Z" || detail.Tasks[0].Status != TaskOpen {
		t.Fatalf("tasks = %+v", detail.Tasks)
	}
	if len(detail.Missing) != 1 || detail.Missing[0].Key != "lead.fit" {
		t.Fatalf("missing = %+v", detail.Missing)
	}
}

func TestCreateDealChecksItsFields(t *testing.T) {
	w := newWorld(t)
	good := DealInput{CustomerID: w.custRep, Title: "打印机采购", AmountMinor: 1_000_00}
	cases := []struct {
		name  string
		actor auth.Actor
		edit  func(in DealInput) DealInput
		field string
		code  string
	}{
		{"title", w.rep, func(in DealInput) DealInput { in.Title = ""; return in }, "title", "validation.required"},
		{"customer", w.rep, func(in DealInput) DealInput { in.CustomerID = ""; return in }, "customerId", "validation.required"},
		{"unknown customer", w.rep, func(in DealInput) DealInput { in.CustomerID = "nope"; return in }, "customerId", "validation.invalidChoice"},
		{"negative amount", w.rep, func(in DealInput) DealInput { in.AmountMinor = -1; return in }, "amountMinor", "validation.invalidAmount"},
		{"currency", w.rep, func(in DealInput) DealInput { in.Currency = "RMB"; return in }, "currency", "validation.invalidCurrency"},
		{"close date", w.rep, func(in DealInput) DealInput { in.ExpectedCloseOn = "2026-02-30"; return in }, "expectedCloseOn", "validation.invalidDate"},
		{"won stage", w.rep, func(in DealInput) DealInput { in.StageID = stWon; return in }, "stageId", "validation.invalidChoice"},
		{"rep hands to a colleague", w.rep, func(in DealInput) DealInput { in.OwnerID = w.rep2.ID; return in }, "ownerId", "validation.ownerOutsideTeam"},
		{"manager hands outside the team", w.manager, func(in DealInput) DealInput { in.OwnerID = w.loner.ID; return in }, "ownerId", "validation.ownerOutsideTeam"},
		{"unknown product", w.rep, func(in DealInput) DealInput {
			in.Products = []ProductOfInterest{{ProductID: "nope"}}
			return in
		}, "products.0.productId", "validation.invalidProduct"},
		{"nameless product", w.rep, func(in DealInput) DealInput {
			in.Products = []ProductOfInterest{{Name: " "}}
			return in
		}, "products.0.name", "validation.required"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := w.svc.CreateDeal(ctx, c.actor, c.edit(good))
			if got := fieldCode(err, c.field); got != c.code {
				t.Fatalf("%s = %q (%v), want %q", c.field, got, err, c.code)
			}
		})
	}
	if _, err := w.svc.CreateDeal(ctx, w.rep, DealInput{CustomerID: w.custLo, Title: "x"}); !isForbidden(err) {
		t.Fatalf("a deal for another rep's customer: %v", err)
	}
	// Begun further on, a deal must meet the checklists of the stages before
	// its own, as a move there would: nothing is ticked on a new deal.
	_, err := w.svc.CreateDeal(ctx, w.manager, DealInput{CustomerID: w.custRep, Title: "团队商机", OwnerID: w.rep.ID,
		StageID: stNeeds, Needs: "20 台打印机"})
	if fieldCode(err, "stageId") != "validation.checklistIncomplete" || fields(err)["stageId"].Params["stages"] != 2 ||
		stageField(err, stLead, "checklist.lead.fit").Code != "validation.checklistItemOpen" ||
		stageField(err, stFirst, "checklist.first_contact.talked").Code != "validation.checklistItemOpen" ||
		stageField(err, stNeeds, "").Code != "" {
		t.Fatalf("a new deal past unmet checklists: %v", err)
	}
	d, err := w.svc.CreateDeal(ctx, w.manager, DealInput{CustomerID: w.custRep, Title: "团队商机", OwnerID: w.rep.ID, StageID: stLead})
	if err != nil || d.OwnerID != w.rep.ID || d.StageID != stLead || d.CreatedBy != w.manager.ID {
		t.Fatalf("manager's deal for a rep = %+v, %v", d, err)
	}
}

func TestWhoSeesWhichDeals(t *testing.T) {
	w := newWorld(t)
	mine := w.deal(w.rep, w.custRep, "李强的商机", 100)
	other := w.deal(w.rep2, w.custRep2, "陈静的商机", 100)
	lone := w.deal(w.loner, w.custLo, "赵敏的商机", 100)
	cases := []struct {
		actor auth.Actor
		id    string
		sees  bool
	}{
		{w.rep, mine.ID, true}, {w.rep, other.ID, false}, {w.rep, lone.ID, false},
		{w.manager, mine.ID, true}, {w.manager, other.ID, true}, {w.manager, lone.ID, false},
		{w.owner, lone.ID, true},
	}
	for _, c := range cases {
		_, err := w.svc.Deal(ctx, c.actor, c.id)
		if sees := err == nil; sees != c.sees || (!sees && !isForbidden(err)) {
			t.Errorf("actor %s deal %s: %v, want sees=%v", c.actor.Role, c.id, err, c.sees)
		}
	}
	if _, err := w.svc.MoveDeal(ctx, w.rep, other.ID, other.Version, stFirst); !isForbidden(err) {
		t.Fatalf("moving a colleague's deal: %v", err)
	}
}

func TestMovingOnNeedsTheExitChecklist(t *testing.T) {
	w := newWorld(t)
	d := w.deal(w.rep, w.custRep, "打印机采购", 0)
	_, err := w.svc.MoveDeal(ctx, w.rep, d.ID, d.Version, stFirst)
	f := fields(err)
	lead := "stages." + stLead + "."
	if f["stageId"].Code != "validation.checklistIncomplete" || f["stageId"].Params["count"] != 1 ||
		f[lead+"checklist.lead.fit"].Code != "validation.checklistItemOpen" || f[lead+"checklist.lead.fit"].Params["label"] != "已确认客户符合目标客户画像" {
		t.Fatalf("move with an open item: %v %+v", err, f)
	}
	d, _ = w.svc.TickChecklist(ctx, w.rep, d.ID, d.Version, "lead.fit", true)
	d = w.move(w.rep, d, stFirst)
	// First contact asks for a tick and for its SOP tasks to be done.
	_, err = w.svc.MoveDeal(ctx, w.rep, d.ID, d.Version, stNeeds)
	f = fields(err)
	first := "stages." + stFirst + "."
	if f[first+"sopTasks"].Code != "validation.sopTasksOpen" || f[first+"sopTasks"].Params["count"] != 2 || f[first+"checklist.first_contact.talked"].Code == "" {
		t.Fatalf("move with open tasks: %+v", f)
	}
	d, _ = w.svc.TickChecklist(ctx, w.rep, d.ID, d.Version, "first_contact.talked", true)
	w.finishTasks(w.rep, d.ID)
	d = w.move(w.rep, d, stNeeds)
	// Needs analysis names each empty field under its own name.
	_, err = w.svc.MoveDeal(ctx, w.rep, d.ID, d.Version, stProposal)
	f = fields(err)
	for _, field := range []string{"needs", "budgetMinor", "decisionMaker", "purchaseTimeline"} {
		if f["stages."+stNeeds+"."+field].Code != "validation.required" {
			t.Errorf("%s = %+v", field, f[field])
		}
	}
	if len(f) != 6 {
		t.Fatalf("fields = %+v", f)
	}
	// Moving back needs nothing; moving to the stage it is in changes nothing.
	back := w.move(w.rep, d, stLead)
	same := w.move(w.rep, back, stLead)
	if back.StageID != stLead || back.ReachedStageID != stNeeds || same.Version != back.Version {
		t.Fatalf("back = %+v, same version %d", back, same.Version)
	}
	if _, err := w.svc.MoveDeal(ctx, w.rep, back.ID, back.Version-1, stFirst); !isConflict(err, "errors.conflict.deal") {
		t.Fatalf("stale move: %v", err)
	}
	if _, err := w.svc.MoveDeal(ctx, w.rep, back.ID, back.Version, stWon); fieldCode(err, "stageId") != "validation.winOrLoseToClose" {
		t.Fatalf("move to won: %v", err)
	}
	if _, err := w.svc.MoveDeal(ctx, w.rep, back.ID, back.Version, "nope"); fieldCode(err, "stageId") != "validation.invalidChoice" {
		t.Fatalf("move to nowhere: %v", err)
	}
}

func TestTickChecklistOnlyKnownItems(t *testing.T) {
	w := newWorld(t)
	d := w.deal(w.rep, w.custRep, "打印机采购", 0)
	if _, err := w.svc.TickChecklist(ctx, w.rep, d.ID, d.Version, "needs_analysis.budget", true); fieldCode(err, "key") != "validation.invalidChoice" {
		t.Fatalf("ticking a field item: %v", err)
	}
	d, err := w.svc.TickChecklist(ctx, w.rep, d.ID, d.Version, "quotation.sent", true)
	if err != nil || d.Checklist["quotation.sent"].By != w.rep.ID {
		t.Fatalf("tick = %+v, %v", d.Checklist, err)
	}
	d, err = w.svc.TickChecklist(ctx, w.rep, d.ID, d.Version, "quotation.sent", false)
	if err != nil || len(d.Checklist) != 0 {
		t.Fatalf("untick = %+v, %v", d.Checklist, err)
	}
}

func TestUpdateDeal(t *testing.T) {
	w := newWorld(t)
	d := w.deal(w.rep, w.custRep, "打印机采购", 100)
	in := DealInput{ID: d.ID, Version: d.Version, CustomerID: d.CustomerID, Title: "打印机与耗材采购", AmountMinor: 200,
		OwnerID: w.rep2.ID, Products: []ProductOfInterest{{Name: "硒鼓"}}}
	if _, err := w.svc.UpdateDeal(ctx, w.rep, in); fieldCode(err, "ownerId") != "validation.ownerOutsideTeam" {
		t.Fatalf("rep handing the deal on: %v", err)
	}
	got, err := w.svc.UpdateDeal(ctx, w.manager, in)
	if err != nil || got.Title != "打印机与耗材采购" || got.OwnerID != w.rep2.ID || got.Products[0].Name != "硒鼓" {
		t.Fatalf("update = %+v, %v", got, err)
	}
	tasks, _ := w.svc.Tasks(ctx, w.owner, TaskQuery{DealID: d.ID})
	if len(tasks) != 1 || tasks[0].AssigneeID != w.rep2.ID {
		t.Fatalf("tasks after the hand-over = %+v", tasks)
	}
	if _, err := w.svc.UpdateDeal(ctx, w.manager, in); !errors.Is(err, apperr.ErrConflict) {
		t.Fatalf("stale update: %v", err)
	}
}

func TestDeleteDeal(t *testing.T) {
	w := newWorld(t)
	d := w.deal(w.rep, w.custRep, "打印机采购", 100)
	if err := w.svc.DeleteDeal(ctx, w.rep2, d.ID, d.Version); !isForbidden(err) {
		t.Fatalf("a colleague deleting: %v", err)
	}
	if err := w.svc.DeleteDeal(ctx, w.rep, d.ID, d.Version); err != nil {
		t.Fatal(err)
	}
	if _, err := w.svc.Deal(ctx, w.rep, d.ID); !errors.Is(err, apperr.ErrNotFound) {
		t.Fatalf("deleted deal: %v", err)
	}
	var closed int
	w.db.Read().QueryRow(`SELECT count(*) FROM sop_tasks WHERE deal_id = ? AND status = 'closed'`, d.ID).Scan(&closed)
	if closed != 1 {
		t.Fatalf("closed tasks = %d", closed)
	}
}

func TestChecklistLabelsFallBackToChinese(t *testing.T) {
	w := newWorld(t)
	d := w.deal(w.rep, w.custRep, "打印机采购", 0)
	st := Stage{ID: "s", NameZh: "样品试用", Checklist: []ChecklistItem{{Key: "k", Kind: ItemCheck, LabelZh: "样品已签收"}}}
	f := fields(checkExits(ctx, w.db.Read(), d, stages{st}))
	if f["stageId"].Params["stageEn"] != "样品试用" || f["stages.s"].Params["stageEn"] != "样品试用" ||
		f["stages.s.checklist.k"].Params["labelEn"] != "样品已签收" {
		t.Fatalf("fields = %+v", f)
	}
}

// A deal on a customer in the pool would earn credit on a customer nobody
// holds: the rep claims it first.
func TestADealNeedsACustomerSomeoneHolds(t *testing.T) {
	w := newWorld(t)
	k, err := w.customers.Customer(ctx, w.rep, w.custRep)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.customers.Release(ctx, w.rep, w.custRep, k.Version, "客户暂无需求"); err != nil {
		t.Fatal(err)
	}
	_, err = w.svc.CreateDeal(ctx, w.rep, DealInput{CustomerID: w.custRep, Title: "公海客户的单", AmountMinor: 100})
	if fieldCode(err, "customerId") != "validation.claimBeforeDeal" {
		t.Fatalf("a deal on a pool customer: %v", err)
	}
	if _, err := w.customers.Claim(ctx, w.rep, w.custRep); err != nil {
		t.Fatal(err)
	}
	if _, err := w.svc.CreateDeal(ctx, w.rep, DealInput{CustomerID: w.custRep, Title: "领取后的单", AmountMinor: 100}); err != nil {
		t.Fatalf("after claiming: %v", err)
	}
}
