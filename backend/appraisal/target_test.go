package appraisal_test

import (
	"testing"

	"steady/backend/apperr"
	"steady/backend/appraisal"
)

func TestTargetsSaveAllOrNothing(t *testing.T) {
	w := newWorld(t)
	rows, err := w.svc.SaveTargets(ctx, w.manager, "2026-10", []appraisal.TargetChange{
		{UserID: w.junior.ID, Code: appraisal.SalesAmount, Value: 10_000_000},
		{UserID: w.joiner.ID, Code: appraisal.SalesAmount, Value: 5_000_000}})
	if err != nil {
		t.Fatal(err)
	}
	cell := rowOf(t, rows, w.junior.ID).Cells[appraisal.SalesAmount]
	// a stale cell and a good one: neither lands
	_, err = w.svc.SaveTargets(ctx, w.manager, "2026-10", []appraisal.TargetChange{
		{UserID: w.joiner.ID, Code: appraisal.NewBuyers, Value: 3},
		{UserID: w.junior.ID, Code: appraisal.SalesAmount, Value: 1, Version: cell.Version + 1}})
	if !isKind(err, apperr.KindConflict) {
		t.Fatalf("a stale cell: %v", err)
	}
	// someone else set a cell the grid showed empty
	_, err = w.svc.SaveTargets(ctx, w.manager, "2026-10", []appraisal.TargetChange{
		{UserID: w.junior.ID, Code: appraisal.SalesAmount, Value: 1}})
	if !isKind(err, apperr.KindConflict) {
		t.Fatalf("writing over a cell set meanwhile: %v", err)
	}
	_, err = w.svc.SaveTargets(ctx, w.manager, "2026-10", []appraisal.TargetChange{
		{UserID: w.joiner.ID, Code: appraisal.NewBuyers, Value: -2}})
	if !isKind(err, apperr.KindValidation) {
		t.Fatalf("a negative target: %v", err)
	}
	rows, _ = w.svc.Targets(ctx, w.manager, "2026-10")
	if _, set := rowOf(t, rows, w.joiner.ID).Cells[appraisal.NewBuyers]; set {
		t.Fatal("a refused batch wrote a cell")
	}
	if got := rowOf(t, rows, w.junior.ID).Cells[appraisal.SalesAmount].Value; got != 10_000_000 {
		t.Fatalf("the target became %d", got)
	}
	if p := rowOf(t, rows, w.joiner.ID).Proration; p == nil || p.WorkingDays != 12 {
		t.Fatalf("the joiner's row shows proration %+v", p)
	}
}

func TestTargetsStayWithinTheTeam(t *testing.T) {
	w := newWorld(t)
	_, err := w.svc.SaveTargets(ctx, w.manager2, "2026-10", []appraisal.TargetChange{
		{UserID: w.junior.ID, Code: appraisal.SalesAmount, Value: 1}})
	if !isKind(err, apperr.KindForbidden) {
		t.Fatalf("another team's manager set a target: %v", err)
	}
	if _, err := w.svc.Targets(ctx, w.junior, "2026-10"); !isKind(err, apperr.KindForbidden) {
		t.Fatalf("a rep read the grid: %v", err)
	}
	rows, err := w.svc.Targets(ctx, w.manager2, "2026-10")
	if err != nil || len(rows) != 1 || rows[0].UserID != w.other.ID {
		t.Fatalf("manager 2's grid: %+v %v", rows, err)
	}
}

func TestCopyLastMonthFillsOnlyEmptyCells(t *testing.T) {
	w := newWorld(t)
	w.targets("2026-09", w.manager,
		appraisal.TargetChange{UserID: w.junior.ID, Code: appraisal.SalesAmount, Value: 9_000_000},
		appraisal.TargetChange{UserID: w.junior.ID, Code: appraisal.NewBuyers, Value: 2})
	w.targets("2026-10", w.manager, appraisal.TargetChange{UserID: w.junior.ID, Code: appraisal.NewBuyers, Value: 5})
	rows, err := w.svc.CopyTargets(ctx, w.manager, "2026-10")
	if err != nil {
		t.Fatal(err)
	}
	cells := rowOf(t, rows, w.junior.ID).Cells
	if cells[appraisal.SalesAmount].Value != 9_000_000 || cells[appraisal.NewBuyers].Value != 5 {
		t.Fatalf("after copy: %+v", cells)
	}
}

func TestTargetSumProratesAndSaysWhenThereIsNone(t *testing.T) {
	w := newWorld(t)
	if sum, err := w.svc.TargetSum(ctx, appraisal.SalesAmount, "2026-10", []string{w.junior.ID}); err != nil || sum != nil {
		t.Fatalf("no targets: %v %v", sum, err)
	}
	w.targets("2026-10", w.manager,
		appraisal.TargetChange{UserID: w.junior.ID, Code: appraisal.SalesAmount, Value: 10_000_000},
		appraisal.TargetChange{UserID: w.joiner.ID, Code: appraisal.SalesAmount, Value: 10_000_000})
	sum, err := w.svc.TargetSum(ctx, appraisal.SalesAmount, "2026-10", []string{w.junior.ID, w.joiner.ID, w.other.ID})
	if err != nil || sum == nil || *sum != 15_454_545 {
		t.Fatalf("sum %v %v; want 100,000.00 + 54,545.45", deref(sum), err)
	}
}

func rowOf(t *testing.T, rows []appraisal.TargetRow, userID string) appraisal.TargetRow {
	t.Helper()
	for _, r := range rows {
		if r.UserID == userID {
			return r
		}
	}
	t.Fatalf("no row for %s", userID)
	return appraisal.TargetRow{}
}
