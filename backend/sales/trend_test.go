package sales

import (
	"database/sql"
	"slices"
	"testing"
	"time"
)

func TestForecastMethods(t *testing.T) {
	cases := []struct {
		name    string
		history []int64
		want    []int64
		method  string
		used    int
	}{
		// The line skips the current month (x = 6): it forecasts x = 7, 8, 9.
		{"rising line", []int64{100, 200, 300, 400, 500, 600}, []int64{800, 900, 1000}, MethodLinearTrend, 6},
		{"falling line stops at zero", []int64{600, 500, 400, 300, 200, 100}, []int64{0, 0, 0}, MethodLinearTrend, 6},
		{"empty past left out", []int64{0, 0, 0, 0, 0, 0, 0, 300, 600}, []int64{480, 480, 480}, MethodWeightedAverage, 2},
		{"last three weigh 3:2:1", []int64{0, 100, 200, 300, 600}, []int64{433, 433, 433}, MethodWeightedAverage, 3},
		{"flat with noise", []int64{1000, 1200, 800, 1000, 1200, 800}, []int64{897, 874, 851}, MethodLinearTrend, 6},
		{"no sales", []int64{0, 0, 0}, []int64{0, 0, 0}, MethodWeightedAverage, 0},
	}
	for _, c := range cases {
		got, method, used := forecast(c.history)
		if !slices.Equal(got, c.want) || method != c.method || used != c.used {
			t.Errorf("%s: %v %s %d, want %v %s %d", c.name, got, method, used, c.want, c.method, c.used)
		}
	}
}

func TestTrendCountsWinsByLocalMonth(t *testing.T) {
	w := newWorld(t)
	wins := []struct {
		day    string
		amount int64
	}{{"2026-09-15", 1_000_00}, {"2026-10-15", 2_000_00}, {"2026-11-01", 500_00}}
	for _, x := range wins {
		d := w.ready(w.rep, w.deal(w.rep, w.custRep, "单 "+x.day, 100))
		in := WinInput{Version: d.Version, AmountMinor: x.amount, WonOn: x.day, BackdateReason: "补录上月的成交"}
		if _, err := w.svc.Win(ctx, w.owner, d.ID, in); err != nil {
			t.Fatal(err)
		}
	}
	// Won at 00:30 on 1 December in Shanghai: still 30 November in UTC.
	d := w.ready(w.rep, w.deal(w.rep, w.custRep, "跨月", 100))
	w.clock.T = time.Date(2026, 11, 30, 16, 30, 0, 0, time.UTC)
	if _, err := w.svc.Win(ctx, w.rep, d.ID, WinInput{Version: d.Version, AmountMinor: 70_00}); err != nil {
		t.Fatal(err)
	}
	w.clock.T = time.Date(2026, 11, 27, 1, 0, 0, 0, time.UTC)
	tr, err := w.svc.Trend(ctx, w.manager, TrendQuery{Months: 3})
	if err != nil {
		t.Fatal(err)
	}
	var months []string
	var amounts []int64
	for _, m := range tr.Months {
		months, amounts = append(months, m.Month), append(amounts, m.WonMinor)
	}
	if !slices.Equal(months, []string{"2026-08", "2026-09", "2026-10", "2026-11"}) || !tr.Months[3].Partial ||
		!slices.Equal(amounts, []int64{0, 1_000_00, 2_000_00, 500_00}) || tr.Months[2].WonCount != 1 {
		t.Fatalf("months = %+v", tr.Months)
	}
	if tr.Method != MethodWeightedAverage || tr.MethodMonths != 2 || len(tr.Forecast) != 3 ||
		tr.Forecast[0] != (ForecastMonth{"2026-12", 1_600_00}) || tr.Forecast[2].Month != "2027-02" {
		t.Fatalf("forecast = %s %d %+v", tr.Method, tr.MethodMonths, tr.Forecast)
	}
	w.clock.T = time.Date(2026, 12, 2, 1, 0, 0, 0, time.UTC)
	dec, _ := w.svc.Trend(ctx, w.owner, TrendQuery{Months: 1})
	if dec.Months[0].Month != "2026-11" || dec.Months[0].WonMinor != 500_00 || dec.Months[1].WonMinor != 70_00 {
		t.Fatalf("december = %+v", dec.Months)
	}
	if other, _ := w.svc.Trend(ctx, w.loner, TrendQuery{}); len(other.Months) != 13 || other.Months[10].WonCount != 0 {
		t.Fatalf("the loner's trend = %+v", other.Months)
	}
}

// The forecast covers the next three full calendar months of the company's
// zone, never the current partial one: in Auckland (UTC+13 in summer) it is
// already 1 December at 11:30 UTC on 30 November.
func TestForecastIsTheNextThreeFullMonthsInTheCompanysZone(t *testing.T) {
	w := newWorld(t)
	err := w.db.Tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE company SET timezone = 'Pacific/Auckland'`)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		now        time.Time
		current    string
		forecasted []string
	}{
		{time.Date(2026, 11, 30, 11, 30, 0, 0, time.UTC), "2026-12", []string{"2027-01", "2027-02", "2027-03"}},
		{time.Date(2026, 11, 30, 10, 30, 0, 0, time.UTC), "2026-11", []string{"2026-12", "2027-01", "2027-02"}},
	}
	for _, c := range cases {
		w.clock.T = c.now
		tr, err := w.svc.Trend(ctx, w.owner, TrendQuery{Months: 3})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range tr.Forecast {
			got = append(got, f.Month)
		}
		if last := tr.Months[len(tr.Months)-1]; last.Month != c.current || !last.Partial || !slices.Equal(got, c.forecasted) {
			t.Errorf("at %s: current %+v, forecast %v, want %s then %v", c.now, last, got, c.current, c.forecasted)
		}
	}
}
