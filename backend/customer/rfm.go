package customer

import "time"

// RFMRules are the configurable thresholds of segmentation. Amounts are in
// minor units of Currency; deals in other currencies do not count towards
// the monetary score.
type RFMRules struct {
	Currency        string `json:"currency"`
	RecentDays      int    `json:"recentDays"`      // last win at most this long ago: R = 3
	LapsedDays      int    `json:"lapsedDays"`      // at most this long: R = 2; longer: R = 1, at risk
	FrequentDeals   int    `json:"frequentDeals"`   // wins in 12 months for F = 3
	RepeatDeals     int    `json:"repeatDeals"`     // for F = 2 (one win: F = 1)
	HighAmountMinor int64  `json:"highAmountMinor"` // 12-month total for M = 3
	MidAmountMinor  int64  `json:"midAmountMinor"`  // for M = 2 (any amount: M = 1)
	HighValueScore  int    `json:"highValueScore"`  // F + M at least this, recently active: high value
}

// RFM is a customer's scores (0 = no purchase) and the segment they give.
type RFM struct {
	R       int    `json:"r"`
	F       int    `json:"f"`
	M       int    `json:"m"`
	Segment string `json:"segment"`
}

// rfmWindow is how far back frequency and monetary value look.
const rfmWindowMonths = 12

// Score rates one customer's purchases at now and labels them:
//   - never bought: ordinary;
//   - last purchase longer ago than LapsedDays: at risk;
//   - F + M reaching HighValueScore: high value;
//   - bought within RecentDays: potential (active, not yet big);
//   - otherwise ordinary.
func Score(p PurchaseStats, now time.Time, r RFMRules) RFM {
	out := RFM{Segment: SegmentOrdinary}
	if p.LastWonAt.IsZero() {
		return out
	}
	days := int(now.Sub(p.LastWonAt).Hours() / 24)
	out.R = tier(int64(-days), int64(-r.RecentDays), int64(-r.LapsedDays))
	if out.R == 0 {
		out.R = 1
	}
	out.F = tier(int64(p.Deals), int64(r.FrequentDeals), int64(r.RepeatDeals))
	if out.F == 0 && p.Deals > 0 {
		out.F = 1
	}
	out.M = tier(p.AmountMinor, r.HighAmountMinor, r.MidAmountMinor)
	if out.M == 0 && p.AmountMinor > 0 {
		out.M = 1
	}
	switch {
	case out.R == 1:
		out.Segment = SegmentAtRisk
	case out.F+out.M >= r.HighValueScore:
		out.Segment = SegmentHighValue
	case out.R == 3:
		out.Segment = SegmentPotential
	}
	return out
}

// tier is 3 when v reaches high, 2 when it reaches mid, else 0.
func tier(v, high, mid int64) int {
	switch {
	case v >= high:
		return 3
	case v >= mid:
		return 2
	}
	return 0
}
