package appraisal_test

import (
	"testing"

	"steady/backend/appraisal"
)

// The fixture month, October 2026 in Shanghai: 22 working days; 李强 joined on
// Thursday the 15th and worked 12 of them. Every number below is computed by
// hand in the comments.
func fixtureMonth(t *testing.T) *world {
	w := newWorld(t)
	w.template()
	w.targets("2026-10", w.manager,
		appraisal.TargetChange{UserID: w.junior.ID, Code: appraisal.SalesAmount, Value: 10_000_000},
		appraisal.TargetChange{UserID: w.junior.ID, Code: appraisal.NewBuyers, Value: 2},
		appraisal.TargetChange{UserID: w.joiner.ID, Code: appraisal.SalesAmount, Value: 10_000_000},
		appraisal.TargetChange{UserID: w.joiner.ID, Code: appraisal.NewBuyers, Value: 2})
	w.setFigures("2026-10", w.junior, appraisal.Figures{WonMinor: 11_500_000, WonCount: 3, NewBuyers: 1,
		QuotesAccepted: 1, QuotesClosed: 4, SOPOnTime: 8, SOPLate: 1, SOPMissed: 1})
	w.setFigures("2026-10", w.joiner, appraisal.Figures{WonMinor: 3_000_000, WonCount: 1, NewBuyers: 1,
		RevisitsOnTime: 1, RevisitsMissed: 1, CoursesDue: 2, CoursesCompleted: 1})
	if _, err := w.svc.Generate(ctx, w.owner, "2026-10"); err != nil {
		t.Fatal(err)
	}
	return w
}

func TestAFullMonthIsScoredAsComputedByHand(t *testing.T) {
	w := fixtureMonth(t)
	a := w.appraisalOf("2026-10", w.junior)
	cases := []struct {
		code               string
		actual, completion int64
		points, weightBP   int
	}{
		{appraisal.SalesAmount, 11_500_000, 11500, 11500, 5000}, // 115 % of target, under the 120 % cap
		{appraisal.NewBuyers, 1, 5000, 5000, 1875},              // 1 of 2
		{appraisal.QuoteWinRate, 2500, 8333, 8000, 1250},        // 1 of 4 closed = 25 %, 83.33 % of 30 % → the 80 % step
		{appraisal.SOPCompliance, 8000, 8889, 8889, 1875},       // 8 of 10 on time = 80 %, of 90 %
	}
	for _, c := range cases {
		r := result(t, a, c.code)
		if r.NoData != "" || *r.Actual != c.actual || int64(*r.CompletionBP) != c.completion || *r.Points != c.points || r.WeightBP != c.weightBP {
			t.Errorf("%s: actual %v completion %v points %v weight %d (no data %q); want %d %d %d %d", c.code,
				deref(r.Actual), deref(r.CompletionBP), deref(r.Points), r.WeightBP, r.NoData, c.actual, c.completion, c.points, c.weightBP)
		}
	}
	for code, why := range map[string]string{appraisal.RevisitTimeliness: appraisal.NoDataNothingDue,
		appraisal.TrainingCompletion: appraisal.NoDataNothingDue, appraisal.Manual: appraisal.NoDataNotScored} {
		if r := result(t, a, code); r.NoData != why || r.Points != nil || r.WeightBP != 0 {
			t.Errorf("%s: no data %q points %v weight %d; want %q, left out", code, r.NoData, deref(r.Points), r.WeightBP, why)
		}
	}
	// (40×11500 + 15×5000 + 10×8000 + 15×8889) / 80 = 9354.19
	if a.Total == nil || *a.Total != 9354 || a.Grade != "A" || a.Status != appraisal.StatusDraft {
		t.Fatalf("total %v grade %q status %s; want 9354 A draft", deref(a.Total), a.Grade, a.Status)
	}
}

func TestAMidMonthJoinerHasProratedTargets(t *testing.T) {
	w := fixtureMonth(t)
	a := w.appraisalOf("2026-10", w.joiner)
	if a.Proration == nil || a.Proration.WorkingDays != 12 || a.Proration.OfDays != 22 {
		t.Fatalf("proration %+v; want 12 of 22 working days", a.Proration)
	}
	sales := result(t, a, appraisal.SalesAmount)
	// 100,000.00 × 12/22 = 54,545.45; 30,000.00 of it is 55.00 %
	if *sales.Target != 5_454_545 || *sales.FullTarget != 10_000_000 || *sales.CompletionBP != 5500 {
		t.Errorf("sales: target %d of %d, completion %d", *sales.Target, *sales.FullTarget, *sales.CompletionBP)
	}
	// 2 × 12/22 = 1.09 → 1 customer, and they won 1
	if buyers := result(t, a, appraisal.NewBuyers); *buyers.Target != 1 || *buyers.Points != 10000 {
		t.Errorf("new buyers: target %d points %d", *buyers.Target, *buyers.Points)
	}
	if r := result(t, a, appraisal.QuoteWinRate); r.NoData != appraisal.NoDataNothingDue {
		t.Errorf("no quote closed should be no data, got %q", r.NoData)
	}
	// revisits 1 of 2 = 50 %, of 90 % → 5556; training 1 of 2 → 5000
	// (40×5500 + 15×10000 + 10×5556 + 5×5000) / 70 = 6436.57
	if *a.Total != 6437 || a.Grade != "C" {
		t.Fatalf("total %d grade %s; want 6437 C", *a.Total, a.Grade)
	}
}

func TestAMonthWithNoDataHasNoTotal(t *testing.T) {
	w := fixtureMonth(t)
	a := w.appraisalOf("2026-10", w.other) // no targets, nothing won, due or closed
	if a.Total != nil || a.Grade != "" {
		t.Fatalf("total %v grade %q; want no data", deref(a.Total), a.Grade)
	}
	if r := result(t, a, appraisal.SalesAmount); r.NoData != appraisal.NoDataNoTarget {
		t.Errorf("sales without a target: %q", r.NoData)
	}
}

func TestNothingDueIsNoDataNotFullMarks(t *testing.T) {
	w := newWorld(t)
	tpl := standardTemplate()
	tpl.Metrics = []appraisal.Metric{
		{Code: appraisal.SOPCompliance, Weight: 40, Rule: appraisal.RuleLinear, TargetBP: 9000, CapBP: 10000},
		{Code: appraisal.SalesAmount, Weight: 40, Rule: appraisal.RuleLinear, CapBP: 10000},
		{Code: appraisal.Satisfaction, Weight: 20, Rule: appraisal.RuleLinear, TargetBP: 8000, CapBP: 10000},
	}
	if _, err := w.svc.SaveTemplate(ctx, w.owner, tpl); err != nil {
		t.Fatal(err)
	}
	w.targets("2026-10", w.manager, appraisal.TargetChange{UserID: w.junior.ID, Code: appraisal.SalesAmount, Value: 1_000_000})
	w.setFigures("2026-10", w.junior, appraisal.Figures{WonMinor: 500_000}) // opened no deal: no SOP task fell due
	if _, err := w.svc.Generate(ctx, w.manager, "2026-10"); err != nil {
		t.Fatal(err)
	}
	a := w.appraisalOf("2026-10", w.junior)
	if result(t, a, appraisal.Satisfaction).NoData != appraisal.NoDataNothingDue {
		t.Errorf("no survey answered: satisfaction must be no data")
	}
	if *a.Total != 5000 || result(t, a, appraisal.SOPCompliance).NoData != appraisal.NoDataNothingDue {
		t.Fatalf("total %d; a rep with nothing due must not get full compliance (want 50.00 from sales alone)", *a.Total)
	}
}

func deref[T any](p *T) any {
	if p == nil {
		return nil
	}
	return *p
}
