package services_test

import (
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"steady/backend/appraisal"
	"steady/backend/demo"
	"steady/backend/services"
	"steady/backend/store"
)

// The appraisal counts new buyers and revisits from the customer area's
// rows itself (skipping MonthlyNumbers' count of customers created, which
// it does not use): on the demo company, every rep's numbers are still
// exactly what the customer area's MonthlyNumbers says.
func TestAppraisalCustomerFiguresAreTheAreasMonthlyNumbers(t *testing.T) {
	path := filepath.Join(t.TempDir(), "demo.db")
	now := time.Date(2026, 11, 27, 1, 0, 0, 0, time.UTC)
	if _, err := demo.Create(ctx, path, demo.Options{Seed: 11, Customers: 80, HashCost: bcrypt.MinCost, Now: now}); err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	set := services.New(db, func() time.Time { return now })
	owner := ownerOf(t, set)
	revisits := 0
	for _, month := range []string{"2026-09", "2026-10", "2026-11"} {
		if _, err := set.Appraisal.Generate(ctx, owner, month); err != nil {
			t.Fatal(err)
		}
		list, err := set.Appraisal.Appraisals(ctx, owner, month)
		if err != nil {
			t.Fatal(err)
		}
		m, err := set.Appraisal.Month(ctx, month)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range list {
			want, err := set.Customers.MonthlyNumbers(ctx, a.UserID, m.Start, m.End)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range a.Results {
				switch r.Code {
				case appraisal.NewBuyers:
					if r.Actual == nil || *r.Actual != int64(want.NewBuyers) {
						t.Errorf("%s %s: new buyers %v, the customer area says %d", month, a.UserName, r.Actual, want.NewBuyers)
					}
				case appraisal.RevisitTimeliness:
					got := [3]int{r.Counts["onTime"], r.Counts["late"], r.Counts["missed"]}
					if got != [3]int{want.RevisitsOnTime, want.RevisitsLate, want.RevisitsMissed} {
						t.Errorf("%s %s: revisits on time/late/missed %v, the customer area says %+v", month, a.UserName, got, want)
					}
					revisits += got[0] + got[1] + got[2]
				}
			}
		}
	}
	if revisits == 0 {
		t.Fatal("no revisit fell due in the demo's months: nothing was compared")
	}
}
