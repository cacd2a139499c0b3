package demo

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"steady/backend/appraisal"
	"steady/backend/auth"
	"steady/backend/services"
	"steady/backend/store"
)

// The demo's appraisals: finalised months with scores, comments and
// self-assessments, the last full month generated and in review, targets
// for the current month, and numbers computed from the demo's own deals.
func TestDemoAppraisesThePastMonths(t *testing.T) {
	path := filepath.Join(t.TempDir(), "demo.db")
	ctx := context.Background()
	now := time.Date(2026, 11, 27, 1, 0, 0, 0, time.UTC)
	if _, err := Create(ctx, path, Options{Seed: 4, Customers: 60, HashCost: bcrypt.MinCost, Now: now}); err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	tm, err := loadTeam(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	svc := services.New(db, func() time.Time { return now }).Appraisal
	for month, want := range map[string]string{"2026-05": appraisal.StatusFinal, "2026-09": appraisal.StatusFinal,
		"2026-10": appraisal.StatusReview} {
		list, err := svc.Appraisals(ctx, tm.owner, month)
		// the new hire joined in the last two months and has only those
		if err != nil || len(list) < 4 || month == "2026-10" && len(list) != 5 {
			t.Fatalf("%s: %d appraisals, %v", month, len(list), err)
		}
		for _, a := range list {
			if a.Status != want {
				t.Errorf("%s %s: %s, want %s", month, a.UserName, a.Status, want)
			}
			if want == appraisal.StatusFinal && (a.SelfAssessment == "" || a.ManagerComment == "" || len(a.ManualScores) != 1) {
				t.Errorf("%s %s: a final appraisal without its review: %+v", month, a.UserName, a)
			}
		}
	}
	wonSomething := false
	for _, month := range []string{"2026-08", "2026-09", "2026-10"} {
		list, _ := svc.Appraisals(ctx, tm.owner, month)
		for _, a := range list {
			for _, r := range a.Results {
				if r.Code == appraisal.SalesAmount && r.Actual != nil && *r.Actual > 0 {
					wonSomething = true
				}
			}
		}
	}
	if !wonSomething {
		t.Error("no rep won anything in three months: the appraisals do not read the demo's deals")
	}
	rows, err := svc.Targets(ctx, tm.manager, "2026-11")
	if err != nil || len(rows) != 5 || len(rows[0].Cells) != 2 {
		t.Fatalf("this month's targets: %+v %v", rows, err)
	}
	if list, _ := svc.Appraisals(ctx, auth.Actor{ID: tm.reps[0].ID, Role: auth.RoleRep}, "2026-10"); len(list) != 1 {
		t.Fatalf("a rep sees %d appraisals of the month in review", len(list))
	}
}
