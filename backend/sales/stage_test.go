package sales

import (
	"errors"
	"strings"
	"testing"

	"steady/backend/apperr"
)

func TestSeededStagesWalkTheStandardProcess(t *testing.T) {
	w := newWorld(t)
	ss, err := w.svc.Stages(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var codes, kinds []string
	for _, st := range ss {
		codes, kinds = append(codes, st.Code), append(kinds, st.Kind)
	}
	wantCodes := "lead first_contact needs_analysis proposal quotation negotiation won after_sales lost"
	if got := strings.Join(codes, " "); got != wantCodes {
		t.Fatalf("codes = %s", got)
	}
	if got := strings.Join(kinds, " "); got != "open open open open open open won after lost" {
		t.Fatalf("kinds = %s", got)
	}
	for i := 1; i < 6; i++ {
		if ss[i].ProbabilityBP <= ss[i-1].ProbabilityBP {
			t.Errorf("probability of %s (%d) should exceed %s's", ss[i].Code, ss[i].ProbabilityBP, ss[i-1].Code)
		}
	}
	needs := ss[2]
	if needs.NameZh != "需求分析" || needs.GoalZh == "" || len(needs.Checklist) != 4 || needs.Checklist[1].Field != "budgetMinor" {
		t.Fatalf("needs analysis = %+v", needs)
	}
	rules, err := w.svc.Rules(ctx, stFirst)
	if err != nil || len(rules) != 2 || rules[1].Anchor != AnchorFirstCall || rules[1].OffsetHours != 24 {
		t.Fatalf("first contact rules = %+v, %v", rules, err)
	}
}

func TestSaveStageChecksItsFields(t *testing.T) {
	w := newWorld(t)
	good := StageInput{Kind: KindOpen, NameZh: "技术交流", ProbabilityBP: 3000,
		Checklist: []ChecklistItem{{Kind: ItemCheck, LabelZh: "已安排技术交流"}, {Kind: ItemField, Field: "needs", LabelZh: "需求"}}}
	tooMany := good
	tooMany.Checklist = make([]ChecklistItem, maxChecklist+1)
	for i := range tooMany.Checklist {
		tooMany.Checklist[i] = ChecklistItem{Kind: ItemCheck, LabelZh: "项目"}
	}
	cases := []struct {
		name  string
		edit  func(in StageInput) StageInput
		field string
		code  string
	}{
		{"name required", func(in StageInput) StageInput { in.NameZh = " "; return in }, "nameZh", "validation.required"},
		{"name taken", func(in StageInput) StageInput { in.NameZh = "报价"; return in }, "nameZh", "validation.nameTaken"},
		{"probability above 100 %", func(in StageInput) StageInput { in.ProbabilityBP = 10001; return in }, "probabilityBp", "validation.rateRange"},
		{"kind won", func(in StageInput) StageInput { in.Kind = KindWon; return in }, "kind", "validation.invalidChoice"},
		{"item kind", func(in StageInput) StageInput {
			in.Checklist = []ChecklistItem{{Kind: "maybe", LabelZh: "x"}}
			return in
		}, "checklist.0.kind", "validation.invalidChoice"},
		{"item field", func(in StageInput) StageInput {
			in.Checklist = []ChecklistItem{{Kind: ItemField, Field: "shoeSize", LabelZh: "x"}}
			return in
		}, "checklist.0.field", "validation.invalidChoice"},
		{"item label", func(in StageInput) StageInput {
			in.Checklist = []ChecklistItem{{Kind: ItemCheck}}
			return in
		}, "checklist.0.labelZh", "validation.required"},
		{"duplicate keys", func(in StageInput) StageInput {
			in.Checklist = []ChecklistItem{{Key: "k", Kind: ItemCheck, LabelZh: "a"}, {Key: "k", Kind: ItemCheck, LabelZh: "b"}}
			return in
		}, "checklist.1.key", "validation.duplicate"},
		{"too many items", func(StageInput) StageInput { return tooMany }, "checklist", "validation.tooManyItems"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := good
			in.Checklist = append([]ChecklistItem{}, good.Checklist...)
			_, err := w.svc.SaveStage(ctx, w.owner, c.edit(in))
			if got := fieldCode(err, c.field); got != c.code {
				t.Fatalf("%s = %q (%v), want %q", c.field, got, err, c.code)
			}
		})
	}
	if _, err := w.svc.SaveStage(ctx, w.manager, good); !isForbidden(err) {
		t.Fatalf("a manager saving a stage: %v", err)
	}
	st, err := w.svc.SaveStage(ctx, w.owner, good)
	if err != nil {
		t.Fatal(err)
	}
	if st.Position != 7 || st.Checklist[0].Key == "" || st.Checklist[1].Field != "needs" {
		t.Fatalf("new stage = %+v", st)
	}
	renamed := good
	renamed.ID, renamed.Version, renamed.NameZh = st.ID, st.Version, "技术交流会"
	if _, err := w.svc.SaveStage(ctx, w.owner, renamed); err != nil {
		t.Fatal(err)
	}
	if _, err := w.svc.SaveStage(ctx, w.owner, renamed); !errors.Is(err, apperr.ErrConflict) {
		t.Fatalf("saving a stale stage: %v", err)
	}
}

func TestDeleteStageKeepsWhatTheProcessNeeds(t *testing.T) {
	w := newWorld(t)
	extra, err := w.svc.SaveStage(ctx, w.owner, StageInput{Kind: KindOpen, NameZh: "样品试用", ProbabilityBP: 5000})
	if err != nil {
		t.Fatal(err)
	}
	rule, err := w.svc.SaveRule(ctx, w.owner, RuleInput{StageID: extra.ID, TitleZh: "寄送样品", Anchor: AnchorStageEntered, OffsetHours: 48, Active: true})
	if err != nil {
		t.Fatal(err)
	}
	d := w.deal(w.rep, w.custRep, "打印机", 100)
	went := w.move(w.rep, w.ready(w.rep, w.deal(w.rep, w.custRep, "试用后退回", 100)), extra.ID)
	w.move(w.rep, went, stLead)
	lead, _ := loadStage(ctx, w.db.Read(), stLead)
	cases := []struct {
		name string
		id   string
		ver  int
		want func(error) bool
	}{
		{"won stays", stWon, 1, isForbidden},
		{"lost stays", stLost, 1, isForbidden},
		{"stage with deals", stLead, lead.Version, func(err error) bool {
			return fieldCode(err, "id") == "validation.stageInUse" && fields(err)["id"].Params["count"] == 2
		}},
		{"stale version", extra.ID, extra.Version + 1, func(err error) bool { return errors.Is(err, apperr.ErrConflict) }},
		{"empty stage", extra.ID, extra.Version, func(err error) bool { return err == nil }},
	}
	for _, c := range cases {
		if err := w.svc.DeleteStage(ctx, w.owner, c.id, c.ver); !c.want(err) {
			t.Errorf("%s: %v", c.name, err)
		}
	}
	if rules, _ := w.svc.Rules(ctx, ""); len(rules) != 9 {
		t.Fatalf("rules after deleting the stage = %d, want the 9 seeded (%s gone)", len(rules), rule.TitleZh)
	}
	if _, err := w.svc.Deal(ctx, w.rep, d.ID); err != nil {
		t.Fatal(err)
	}
	if back, _ := loadDeal(ctx, w.db.Read(), went.ID); back.ReachedStageID != stNegotiation {
		t.Fatalf("a deal that reached the deleted stage now reached %s", back.ReachedStageID)
	}
}

func TestReorderStagesWithinAKind(t *testing.T) {
	w := newWorld(t)
	order := []string{stFirst, stLead, stNeeds, stProposal, stQuotation, stNegotiation}
	ss, err := w.svc.ReorderStages(ctx, w.owner, order)
	if err != nil {
		t.Fatal(err)
	}
	if ss[0].ID != stFirst || ss[1].ID != stLead || ss[6].ID != stWon {
		t.Fatalf("order = %s, %s, …, %s", ss[0].Code, ss[1].Code, ss[6].Code)
	}
	for _, bad := range [][]string{{}, {stLead, stWon}, order[:5], {stWon}} {
		if _, err := w.svc.ReorderStages(ctx, w.owner, bad); fieldCode(err, "ids") != "validation.invalidChoice" {
			t.Errorf("reorder %v: %v", bad, err)
		}
	}
	if _, err := w.svc.ReorderStages(ctx, w.rep, order); !isForbidden(err) {
		t.Fatalf("a rep reordering: %v", err)
	}
}
