package sales

import "testing"

// A move from the lead stage straight to negotiation leaves five stages
// behind: each one's exit checklist is checked, and the refusal lists what
// is missing stage by stage; the deal stays where it was.
func TestAJumpChecksEveryStageItPasses(t *testing.T) {
	w := newWorld(t)
	d, _ := w.svc.TickChecklist(ctx, w.rep, w.deal(w.rep, w.custRep, "打印机采购", 0).ID, 1, "lead.fit", true)
	_, err := w.svc.MoveDeal(ctx, w.rep, d.ID, d.Version, stNegotiation)
	head := fields(err)["stageId"]
	if head.Code != "validation.checklistIncomplete" || head.Params["stages"] != 4 || head.Params["stage"] != "初步接触" ||
		head.Params["count"] != 10 {
		t.Fatalf("jump to negotiation: %v %+v", err, head)
	}
	want := map[string][]string{
		stFirst:     {"checklist.first_contact.talked"},
		stNeeds:     {"needs", "budgetMinor", "decisionMaker", "purchaseTimeline"},
		stProposal:  {"products", "checklist.proposal.sent"},
		stQuotation: {"amountMinor", "expectedCloseOn", "checklist.quotation.sent"},
	}
	n := 0
	for _, st := range []string{stFirst, stNeeds, stProposal, stQuotation} {
		n++
		if h := stageField(err, st, ""); h.Code != "validation.stageChecklistIncomplete" || h.Params["n"] != n ||
			h.Params["count"] != len(want[st]) {
			t.Errorf("stage %s head = %+v", st, h)
		}
		for _, name := range want[st] {
			if stageField(err, st, name).Code == "" {
				t.Errorf("stage %s does not name %s", st, name)
			}
		}
	}
	if stageField(err, stLead, "").Code != "" || stageField(err, stNegotiation, "").Code != "" {
		t.Errorf("the lead (met) or the target named: %v", err)
	}
	if still, _ := loadDeal(ctx, w.db.Read(), d.ID); still.StageID != stLead || still.Version != d.Version {
		t.Fatalf("the refused deal moved: %+v", still)
	}
	// With every checklist met, the jump goes through; back needs nothing,
	// and forward again checks the stages passed, the way they are now.
	d = w.move(w.rep, w.ready(w.rep, d), stNegotiation)
	d = w.move(w.rep, d, stLead)
	d, _ = w.svc.TickChecklist(ctx, w.rep, d.ID, d.Version, "proposal.sent", false)
	if _, err := w.svc.MoveDeal(ctx, w.rep, d.ID, d.Version, stQuotation); stageField(err, stProposal, "checklist.proposal.sent").Code == "" {
		t.Fatalf("forward again past an unticked item: %v", err)
	}
}

// Winning checks every open stage from the deal's own to the last: a deal
// won from the lead stage skips no checklist. Losing needs none.
func TestWinningFromTheFirstStageChecksEveryOpenStage(t *testing.T) {
	w := newWorld(t)
	d, _ := w.svc.TickChecklist(ctx, w.rep, w.deal(w.rep, w.custRep, "打印机采购", 100).ID, 1, "lead.fit", true)
	_, err := w.svc.Win(ctx, w.rep, d.ID, WinInput{Version: d.Version, AmountMinor: 500_00})
	if fields(err)["stageId"].Params["stages"] != 5 || stageField(err, stNegotiation, "checklist.negotiation.signed").Code == "" {
		t.Fatalf("win from the lead stage: %v", err)
	}
	if still, _ := loadDeal(ctx, w.db.Read(), d.ID); still.Status != StatusOpen {
		t.Fatalf("the refused win closed the deal: %+v", still)
	}
	d = w.ready(w.rep, d)
	d, _ = w.svc.TickChecklist(ctx, w.rep, d.ID, d.Version, "negotiation.signed", false)
	_, err = w.svc.Win(ctx, w.rep, d.ID, WinInput{Version: d.Version, AmountMinor: 500_00})
	if fields(err)["stageId"].Params["stages"] != 1 || stageField(err, stNegotiation, "checklist.negotiation.signed").Code == "" {
		t.Fatalf("win with the contract unsigned: %v", err)
	}
	d, _ = w.svc.TickChecklist(ctx, w.rep, d.ID, d.Version, "negotiation.signed", true)
	if won, err := w.svc.Win(ctx, w.rep, d.ID, WinInput{Version: d.Version, AmountMinor: 500_00}); err != nil || won.Status != StatusWon {
		t.Fatalf("win with every checklist met = %+v, %v", won, err)
	}
	lost := w.deal(w.rep, w.custRep, "耗材", 100)
	if _, err := w.svc.Lose(ctx, w.rep, lost.ID, LoseInput{Version: lost.Version, ReasonID: reasonPrice}); err != nil {
		t.Fatalf("losing from the lead stage: %v", err)
	}
}
