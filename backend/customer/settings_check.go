package customer

import (
	"strings"

	"steady/backend/apperr"
	"steady/backend/money"
	"steady/backend/validate"
)

// dayRange bounds every "after N days" setting: at least a day, at most ten years.
const maxDays = 3650

func checkDays(v *apperr.Validation, field string, n int) {
	if n < 1 || n > maxDays {
		v.Add(field, "validation.numberRange", map[string]any{"min": 1, "max": maxDays})
	}
}

func checkAtLeast(v *apperr.Validation, field string, n, min int64) {
	if n < min {
		v.Add(field, "validation.numberMin", map[string]any{"min": min})
	}
}

// checkSettings validates the rules and their relations (churn after dormancy,
// lapsed after recent, the mid amount below the high one).
func checkSettings(in Settings) error {
	var v apperr.Validation
	checkDays(&v, "dormantAfterDays", in.DormantAfterDays)
	checkDays(&v, "churnedAfterDays", in.ChurnedAfterDays)
	if in.ChurnedAfterDays <= in.DormantAfterDays {
		v.Add("churnedAfterDays", "validation.churnAfterDormant", nil)
	}
	checkDays(&v, "poolAfterDays", in.PoolAfterDays)
	checkAtLeast(&v, "claimLimitPerDay", int64(in.ClaimLimitPerDay), 0)
	checkAtLeast(&v, "holdLimitJunior", int64(in.HoldLimitJunior), 1)
	checkAtLeast(&v, "holdLimitSenior", int64(in.HoldLimitSenior), 1)
	if in.BackdateDays < 0 || in.BackdateDays > 31 {
		v.Add("backdateDays", "validation.numberRange", map[string]any{"min": 0, "max": 31})
	}
	checkDays(&v, "revisit.highValue", in.Revisit.HighValue)
	checkDays(&v, "revisit.potential", in.Revisit.Potential)
	checkDays(&v, "revisit.ordinary", in.Revisit.Ordinary)
	checkDays(&v, "revisit.atRisk", in.Revisit.AtRisk)
	if in.BirthdayLeadDays < 0 || in.BirthdayLeadDays > 30 {
		v.Add("birthdayLeadDays", "validation.numberRange", map[string]any{"min": 0, "max": 30})
	}
	validate.Text(&v, "greetingZh", in.GreetingZh, true, 200)
	validate.Text(&v, "greetingEn", in.GreetingEn, true, 300)
	checkRFMRules(&v, in.RFM)
	return v.Err()
}

func checkRFMRules(v *apperr.Validation, r RFMRules) {
	if !money.IsCurrency(strings.ToUpper(r.Currency)) {
		v.Add("rfm.currency", "validation.invalidCurrency", nil)
	}
	checkDays(v, "rfm.recentDays", r.RecentDays)
	checkDays(v, "rfm.lapsedDays", r.LapsedDays)
	if r.LapsedDays <= r.RecentDays {
		v.Add("rfm.lapsedDays", "validation.lapsedAfterRecent", nil)
	}
	checkAtLeast(v, "rfm.repeatDeals", int64(r.RepeatDeals), 2)
	if r.FrequentDeals <= r.RepeatDeals {
		v.Add("rfm.frequentDeals", "validation.frequentAboveRepeat", nil)
	}
	checkAtLeast(v, "rfm.midAmountMinor", r.MidAmountMinor, 1)
	if r.HighAmountMinor <= r.MidAmountMinor {
		v.Add("rfm.highAmountMinor", "validation.highAboveMid", nil)
	}
	if r.HighValueScore < 2 || r.HighValueScore > 6 {
		v.Add("rfm.highValueScore", "validation.numberRange", map[string]any{"min": 2, "max": 6})
	}
}
