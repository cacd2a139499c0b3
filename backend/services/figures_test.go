package services_test

import (
	"testing"

	"steady/backend/appraisal"
)

// The appraisal counts new buyers and revisits from the customer area's
// rows itself (skipping MonthlyNumbers' count of customers created, which
// it does not use): on the demo company, every rep's numbers are still
// exactly what the customer area's MonthlyNumbers says.
func TestAppraisalCustomerFiguresAreTheAreasMonthlyNumbers(t *testing.T) {
	set := demoCompany(t, 11)
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
