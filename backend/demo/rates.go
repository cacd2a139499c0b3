package demo

import (
	"context"
	"time"

	"steady/backend/auth"
	"steady/backend/company"
)

// usdEvery: one deal in this many is in US dollars (decided by count, not by
// the random source, so the rest of the story plays as before).
const usdEvery = 9

// addRates keeps the company's US dollar rate for every month of the demo's
// year and the current one, so the funnel, the dashboards and the appraisal
// show the dollar deals converted (the rate drifts a little month to month).
func addRates(ctx context.Context, svc *company.Service, owner auth.Actor, now time.Time) error {
	loc := quoteZone // the demo company's zone
	first := time.Date(now.In(loc).Year(), now.In(loc).Month(), 1, 0, 0, 0, 0, loc)
	for i := 14; i >= 0; i-- {
		month := first.AddDate(0, -i, 0).Format("2006-01")
		rate := int64(7_050000 + (i*37_531)%180_000)
		if _, err := svc.SaveRates(ctx, owner, month, []company.RateChange{{Currency: "USD", RateMicro: rate}}); err != nil {
			return err
		}
	}
	return nil
}
