package customer

import (
	"context"
	"errors"
	"testing"
	"time"

	"steady/backend/apperr"
)

func TestManualStageChangeNeedsAReason(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	c := w.create(w.rep, CustomerInput{Name: "蓉锦办公"})
	cases := []struct {
		name, to, reason string
		version          int
		field, code      string
		conflict         bool
	}{
		{"no reason", StageProspect, "  ", c.Version, "reason", "validation.required", false},
		{"unknown stage", "vip", "升级", c.Version, "stage", "validation.invalidStage", false},
		{"same stage", StageLead, "重复", c.Version, "stage", "validation.sameStage", false},
		{"stale version", StageProspect, "有明确需求", c.Version + 1, "", "", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := w.svc.ChangeStage(ctx, w.rep, c.ID, tc.version, tc.to, tc.reason)
			if tc.conflict {
				if !errors.Is(err, apperr.ErrConflict) {
					t.Fatalf("err = %v, want conflict", err)
				}
				return
			}
			if got := fieldCode(err, tc.field); got != tc.code {
				t.Fatalf("err = %v, want %s", err, tc.code)
			}
		})
	}
	got, err := w.svc.ChangeStage(ctx, w.rep, c.ID, c.Version, StageProspect, "有明确需求")
	if err != nil || got.Stage != StageProspect || got.Version != c.Version+1 {
		t.Fatalf("change = %+v, %v", got, err)
	}
	page, err := w.svc.Timeline(ctx, w.rep, c.ID, 10, "")
	if err != nil {
		t.Fatal(err)
	}
	last := page.Entries[0]
	if last.Kind != "stage" || last.Stage.From != StageLead || last.Stage.To != StageProspect ||
		last.Stage.Reason != "有明确需求" || last.Stage.Automatic || last.ActorName != "李强" {
		t.Fatalf("newest entry = %+v %+v", last, last.Stage)
	}
}

func TestWinsMoveTheStageOnTheirOwn(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	c := w.create(w.rep, CustomerInput{Name: "粤海包装", Stage: StageProspect})
	w.win(c.ID, w.clock.T, 1_000_00)
	if got := w.get(c.ID); got.Stage != StageCustomer || got.LastPurchaseAt != "2026-11-27T01:00:00.000Z" {
		t.Fatalf("after the first win: %s, %s", got.Stage, got.LastPurchaseAt)
	}
	w.days(30)
	w.win(c.ID, w.clock.T, 2_000_00)
	if got := w.get(c.ID); got.Stage != StageRepeat {
		t.Fatalf("after the second win: %s", got.Stage)
	}
	page, _ := w.svc.Timeline(context.Background(), w.owner, c.ID, 10, "")
	var reasons []string
	for _, e := range page.Entries {
		if e.Kind == "stage" && e.Stage.Automatic {
			reasons = append(reasons, e.Stage.Reason)
		}
	}
	if len(reasons) != 2 || reasons[0] != "lifecycle.auto.repeatWin" || reasons[1] != "lifecycle.auto.firstWin" {
		t.Fatalf("automatic stage reasons = %v", reasons)
	}
}

func TestStageForWins(t *testing.T) {
	t.Parallel()
	cases := []struct {
		stage string
		wins  int
		want  string
	}{
		{StageLead, 1, StageCustomer},
		{StageProspect, 1, StageCustomer},
		{StageChurned, 1, StageCustomer},
		{StageCustomer, 1, StageCustomer},
		{StageCustomer, 2, StageRepeat},
		{StageDormant, 3, StageRepeat},
		{StageRepeat, 5, StageRepeat},
		{StageLead, 0, StageLead},
	}
	for _, c := range cases {
		if got, _ := stageForWins(c.stage, c.wins); got != c.want {
			t.Errorf("stageForWins(%s, %d) = %s, want %s", c.stage, c.wins, got, c.want)
		}
	}
}

func TestSweepTurnsCustomersDormantThenChurned(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	bought := w.create(w.rep, CustomerInput{Name: "老客户"})
	w.win(bought.ID, w.clock.T, 500_00)
	lead := w.create(w.rep, CustomerInput{Name: "新线索"})
	st, _ := w.svc.Settings(ctx) // dormant after 180 days, churned after 365
	steps := []struct {
		days  int
		stage string
	}{
		{st.DormantAfterDays - 1, StageCustomer},
		{st.DormantAfterDays + 1, StageDormant},
		{st.ChurnedAfterDays - 1, StageDormant},
		{st.ChurnedAfterDays + 1, StageChurned},
	}
	start := w.clock.T
	for _, s := range steps {
		if _, err := w.svc.Sweep(ctx, start.Add(time.Duration(s.days)*24*time.Hour)); err != nil {
			t.Fatal(err)
		}
		if got := w.get(bought.ID).Stage; got != s.stage {
			t.Fatalf("after %d days: %s, want %s", s.days, got, s.stage)
		}
	}
	if got := w.get(lead.ID).Stage; got != StageLead {
		t.Fatalf("a lead that never bought changed to %s", got)
	}
}
