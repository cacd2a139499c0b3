package sales

import (
	"context"
	"fmt"

	"steady/backend/auth"
)

// TrendQuery picks whose wins a trend counts and how many whole months of
// history it shows (0: 12; at most 36).
type TrendQuery struct {
	Filter
	Months int `json:"months"`
}

// TrendMonth is one calendar month's wins; amounts in the trend's currency.
type TrendMonth struct {
	Month    string `json:"month"` // YYYY-MM
	WonMinor int64  `json:"wonMinor"`
	WonCount int    `json:"wonCount"`
	Partial  bool   `json:"partial"` // the current month, so far
}

// ForecastMonth is one predicted month.
type ForecastMonth struct {
	Month         string `json:"month"`
	ForecastMinor int64  `json:"forecastMinor"`
}

// Trend is the monthly sales trend with a forecast of the next three full
// calendar months in the company's time zone (not the current, partial one),
// made from the whole months only.
type Trend struct {
	Currency     string          `json:"currency"`
	Months       []TrendMonth    `json:"months"` // whole months oldest first, then the current month so far
	Forecast     []ForecastMonth `json:"forecast"`
	Method       string          `json:"method"`       // MethodLinearTrend or MethodWeightedAverage
	MethodMonths int             `json:"methodMonths"` // the months of history the method used
}

// Trend returns the monthly wins of the people in scope and the forecast.
func (s *Service) Trend(ctx context.Context, actor auth.Actor, tq TrendQuery) (Trend, error) {
	q := s.db.Read()
	sc, err := scopeFor(ctx, q, actor, tq.Filter)
	if err != nil {
		return Trend{}, err
	}
	fs, err := s.facts(ctx)
	if err != nil {
		return Trend{}, err
	}
	n := tq.Months
	if n <= 0 {
		n = 12
	}
	n = min(n, 36)
	current := monthOf(s.now(), fs.loc)
	months := make([]period, n+1)
	for i := range months {
		start := current.start.AddDate(0, i-n, 0)
		months[i] = period{start: start, end: start.AddDate(0, 1, 0)}
	}
	t := Trend{Currency: fs.currency}
	if t.Months, err = monthlyWins(ctx, q, sc, months, fs.currency); err != nil {
		return Trend{}, err
	}
	history := make([]int64, n)
	for i := range n {
		history[i] = t.Months[i].WonMinor
	}
	values, method, used := forecast(history)
	t.Method, t.MethodMonths = method, used
	for k, v := range values {
		month := current.start.AddDate(0, k+1, 0) // in the company's zone: the month after the current one, onwards
		t.Forecast = append(t.Forecast, ForecastMonth{Month: month.Format("2006-01"), ForecastMinor: v})
	}
	return t, nil
}

// monthlyWins counts the wins of each month, a range of the wins index each.
func monthlyWins(ctx context.Context, q querier, sc scope, months []period, currency string) ([]TrendMonth, error) {
	cond, args := sc.where("owner_id")
	out := make([]TrendMonth, len(months))
	for i, m := range months {
		from, to := m.stamps()
		err := q.QueryRowContext(ctx, `SELECT count(*), coalesce(sum(CASE WHEN currency = ? THEN amount_minor END), 0)
			FROM deals WHERE won_at >= ? AND won_at < ? AND deleted_at IS NULL AND `+cond,
			append([]any{currency, from, to}, args...)...).Scan(&out[i].WonCount, &out[i].WonMinor)
		if err != nil {
			return nil, fmt.Errorf("sales: trend: %w", err)
		}
		out[i].Month = m.start.Format("2006-01")
		out[i].Partial = i == len(months)-1
	}
	return out, nil
}
