package sales

import (
	"context"
	"fmt"

	"steady/backend/auth"
	"steady/backend/company"
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
	// Conversion names the rates that converted wins in other currencies
	// (each at its month's) and the wins left out for want of one.
	Conversion company.Conversion `json:"conversion"`
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
	am, err := s.amounts(ctx, q)
	if err != nil {
		return Trend{}, err
	}
	t := Trend{Currency: am.conv.Currency}
	if t.Months, err = monthlyWins(ctx, q, sc, months, am); err != nil {
		return Trend{}, err
	}
	t.Conversion = am.conversion()
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

// monthlyWins counts the wins of each month, a range of the wins index each;
// a win in another currency at the rate of its month.
func monthlyWins(ctx context.Context, q querier, sc scope, months []period, am *amounts) ([]TrendMonth, error) {
	cond, args := sc.where("owner_id")
	out := make([]TrendMonth, len(months))
	for i, m := range months {
		from, to := m.stamps()
		err := am.sum(ctx, q, nil, `won_at >= ? AND won_at < ? AND deleted_at IS NULL AND `+cond, append([]any{from, to}, args...),
			func(_ []string, n int, amount int64) {
				out[i].WonCount, out[i].WonMinor = out[i].WonCount+n, out[i].WonMinor+amount
			})
		if err != nil {
			return nil, fmt.Errorf("sales: trend: %w", err)
		}
		out[i].Month = m.start.Format("2006-01")
		out[i].Partial = i == len(months)-1
	}
	return out, nil
}
