package appraisal_test

import (
	"strings"
	"testing"

	"steady/backend/apperr"
	"steady/backend/appraisal"
	"steady/backend/audit"
)

func TestReviewScoresAndFinaliseLockTheMonth(t *testing.T) {
	w := fixtureMonth(t)
	a := w.appraisalOf("2026-10", w.junior)
	a, err := w.svc.SendForReview(ctx, w.manager, a.ID, a.Version)
	if err != nil {
		t.Fatal(err)
	}
	a, err = w.svc.SaveSelfAssessment(ctx, w.junior, a.ID, a.Version, "本月签下三单，回访还要加强。")
	if err != nil {
		t.Fatal(err)
	}
	a, err = w.svc.SaveReview(ctx, w.manager, a.ID, a.Version, appraisal.ReviewInput{
		ManualScores: map[string]int{"团队协作": 4}, Comment: "继续保持"})
	if err != nil {
		t.Fatal(err)
	}
	// 4 of 5 = 80.00 points at weight 5: (748335 + 5×8000) / 85 = 9274.53
	if *a.Total != 9275 || a.ManagerComment != "继续保持" || a.SelfAssessment != "本月签下三单，回访还要加强。" {
		t.Fatalf("after review: total %d comment %q self %q", *a.Total, a.ManagerComment, a.SelfAssessment)
	}
	// the data changes before finalising: a regenerate keeps the scores and comments
	w.setFigures("2026-10", w.junior, appraisal.Figures{WonMinor: 12_000_000, NewBuyers: 1, QuotesAccepted: 1,
		QuotesClosed: 4, SOPOnTime: 8, SOPLate: 1, SOPMissed: 1})
	if _, err := w.svc.Generate(ctx, w.manager, "2026-10"); err != nil {
		t.Fatal(err)
	}
	a = w.appraisalOf("2026-10", w.junior)
	if a.ManualScores["团队协作"] != 4 || a.ManagerComment != "继续保持" || *result(t, a, appraisal.SalesAmount).Actual != 12_000_000 {
		t.Fatalf("regenerate lost the review or kept old numbers: %+v", a)
	}
	finalTotal := *a.Total
	a, err = w.svc.Finalise(ctx, w.manager, a.ID, a.Version)
	if err != nil || a.Status != appraisal.StatusFinal || a.FinalisedBy != "王芳" {
		t.Fatalf("finalise: %v %+v", err, a)
	}
	// a late change: the final month is not recomputed, the difference shows
	w.setFigures("2026-10", w.junior, appraisal.Figures{WonMinor: 9_000_000, NewBuyers: 1, QuotesAccepted: 1,
		QuotesClosed: 4, SOPOnTime: 8, SOPLate: 1, SOPMissed: 1})
	gen, err := w.svc.Generate(ctx, w.owner, "2026-10")
	if err != nil || gen.Final != 1 {
		t.Fatalf("generate over a final month: %+v %v", gen, err)
	}
	a, err = w.svc.Appraisal(ctx, w.manager, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if *a.Total != finalTotal || *result(t, a, appraisal.SalesAmount).Actual != 12_000_000 {
		t.Fatalf("a final appraisal was recomputed: total %d", *a.Total)
	}
	if len(a.Drift) != 1 || a.Drift[0].Code != appraisal.SalesAmount || *a.Drift[0].Finalised != 12_000_000 || *a.Drift[0].Now != 9_000_000 {
		t.Fatalf("drift %+v; want sales 12,000,000 → 9,000,000", a.Drift)
	}
	if _, err := w.svc.SaveReview(ctx, w.manager, a.ID, a.Version, appraisal.ReviewInput{Comment: "改"}); !isKind(err, apperr.KindValidation) {
		t.Fatalf("editing a final appraisal: %v", err)
	}
}

func TestOnlyTheOwnerReopensAndTheReasonIsKept(t *testing.T) {
	w := fixtureMonth(t)
	a := w.appraisalOf("2026-10", w.junior)
	a, _ = w.svc.SendForReview(ctx, w.manager, a.ID, a.Version)
	a, err := w.svc.Finalise(ctx, w.manager, a.ID, a.Version)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.svc.Reopen(ctx, w.manager, a.ID, a.Version, "算错了"); !isKind(err, apperr.KindForbidden) {
		t.Fatalf("a manager reopened: %v", err)
	}
	if _, err := w.svc.Reopen(ctx, w.owner, a.ID, a.Version, "  "); !isKind(err, apperr.KindValidation) {
		t.Fatalf("reopen without a reason: %v", err)
	}
	a, err = w.svc.Reopen(ctx, w.owner, a.ID, a.Version, "十月一笔回款被退回，需要重新核算")
	if err != nil || a.Status != appraisal.StatusReview || a.FinalisedAt != nil {
		t.Fatalf("reopen: %v %+v", err, a)
	}
	rows, err := audit.History(ctx, w.db.Read(), "appraisal", a.ID)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, r := range rows {
		if r.Action == "reopen" && r.ActorID == w.owner.ID && strings.Contains(r.After, "十月一笔回款被退回，需要重新核算") {
			found = true
		}
	}
	if !found {
		t.Fatalf("the audit does not keep the reopen reason: %+v", rows)
	}
}

func TestWhoSeesWhichAppraisal(t *testing.T) {
	w := fixtureMonth(t)
	mine := w.appraisalOf("2026-10", w.junior)
	if _, err := w.svc.Appraisal(ctx, w.junior, mine.ID); !isKind(err, apperr.KindForbidden) {
		t.Fatalf("a rep saw their draft before review: %v", err)
	}
	if list, _ := w.svc.Appraisals(ctx, w.junior, "2026-10"); len(list) != 0 {
		t.Fatalf("a rep lists %d appraisals before review", len(list))
	}
	mine, _ = w.svc.SendForReview(ctx, w.manager, mine.ID, mine.Version)
	if _, err := w.svc.Appraisal(ctx, w.junior, mine.ID); err != nil {
		t.Fatalf("a rep cannot see their own appraisal in review: %v", err)
	}
	theirs := w.appraisalOf("2026-10", w.joiner)
	theirs, _ = w.svc.SendForReview(ctx, w.manager, theirs.ID, theirs.Version)
	if _, err := w.svc.Appraisal(ctx, w.junior, theirs.ID); !isKind(err, apperr.KindForbidden) {
		t.Fatalf("a rep saw a colleague's appraisal: %v", err)
	}
	if list, _ := w.svc.Appraisals(ctx, w.junior, "2026-10"); len(list) != 1 || list[0].UserID != w.junior.ID {
		t.Fatalf("a rep's list: %+v", list)
	}
	if _, err := w.svc.Appraisal(ctx, w.manager2, mine.ID); !isKind(err, apperr.KindForbidden) {
		t.Fatalf("another team's manager saw it: %v", err)
	}
	if list, _ := w.svc.Appraisals(ctx, w.manager2, "2026-10"); len(list) != 1 || list[0].UserID != w.other.ID {
		t.Fatalf("manager 2 lists %+v; want only 赵敏", list)
	}
	// a rep cannot score, finalise, generate or write another's self-assessment
	if _, err := w.svc.SaveReview(ctx, w.junior, mine.ID, mine.Version, appraisal.ReviewInput{ManualScores: map[string]int{"团队协作": 5}}); !isKind(err, apperr.KindForbidden) {
		t.Errorf("a rep scored themselves: %v", err)
	}
	if _, err := w.svc.Finalise(ctx, w.junior, mine.ID, mine.Version); !isKind(err, apperr.KindForbidden) {
		t.Errorf("a rep finalised: %v", err)
	}
	if _, err := w.svc.Generate(ctx, w.junior, "2026-10"); !isKind(err, apperr.KindForbidden) {
		t.Errorf("a rep generated: %v", err)
	}
	if _, err := w.svc.SaveSelfAssessment(ctx, w.joiner, mine.ID, mine.Version, "替他写"); !isKind(err, apperr.KindForbidden) {
		t.Errorf("a rep wrote a colleague's self-assessment: %v", err)
	}
	if _, err := w.svc.SaveReview(ctx, w.manager2, mine.ID, mine.Version, appraisal.ReviewInput{Comment: "x"}); !isKind(err, apperr.KindForbidden) {
		t.Errorf("another team's manager reviewed: %v", err)
	}
}

func TestAManagerGeneratesOnlyTheirTeam(t *testing.T) {
	w := newWorld(t)
	w.template()
	gen, err := w.svc.Generate(ctx, w.manager2, "2026-10")
	if err != nil || gen.Computed != 1 {
		t.Fatalf("manager 2 generated %+v, %v; want their one rep", gen, err)
	}
	again, err := w.svc.Generate(ctx, w.manager2, "2026-10")
	if err != nil || again.Computed != 1 {
		t.Fatalf("a second run: %+v %v", again, err)
	}
	if list, _ := w.svc.Appraisals(ctx, w.owner, "2026-10"); len(list) != 1 {
		t.Fatalf("generating twice made %d appraisals", len(list))
	}
	if _, err := w.svc.Generate(ctx, w.owner, "2027-01"); !isKind(err, apperr.KindValidation) {
		t.Fatalf("a month still to come was generated: %v", err)
	}
}

func TestAStaleVersionChangesNothing(t *testing.T) {
	w := fixtureMonth(t)
	a := w.appraisalOf("2026-10", w.junior)
	if _, err := w.svc.SendForReview(ctx, w.manager, a.ID, a.Version); err != nil {
		t.Fatal(err)
	}
	if _, err := w.svc.SaveReview(ctx, w.manager, a.ID, a.Version, appraisal.ReviewInput{Comment: "旧版本"}); !isKind(err, apperr.KindConflict) {
		t.Fatalf("a stale review: %v", err)
	}
	if got := w.appraisalOf("2026-10", w.junior); got.ManagerComment != "" {
		t.Fatalf("a stale review wrote %q", got.ManagerComment)
	}
}
