package sales

import (
	"testing"
	"time"

	"steady/backend/company"
)

// foreignStory: the rep wins deals in US dollars and yen next to yuan ones.
//   - September: a USD 1,000.00 win, and the owner never kept a September rate;
//   - October: a USD 1,000.00 win at 7.100000;
//   - November (now, the 27th): a USD 1,000.00 win at 7.200000, two wins of
//     ¥101 at 0.045000 (4.545 yuan each: 4.55 each, 9.10 together, where
//     converting their sum would give 9.09), a ¥880.00 win, and an open
//     USD 500.00 deal.
func foreignStory(t *testing.T) (*world, *company.Service) {
	w := newWorld(t)
	rates := company.NewService(w.db, w.clock.Now)
	win := func(at time.Time, title, currency string, amount int64) Deal {
		w.clock.T = at
		d, err := w.svc.CreateDeal(ctx, w.rep, DealInput{CustomerID: w.custRep, Title: title, AmountMinor: amount, Currency: currency})
		if err != nil {
			t.Fatal(err)
		}
		d = w.ready(w.rep, d)
		if d, err = w.svc.Win(ctx, w.rep, d.ID, WinInput{Version: d.Version, AmountMinor: amount}); err != nil {
			t.Fatalf("win %s: %v", title, err)
		}
		return d
	}
	win(time.Date(2026, 9, 15, 2, 0, 0, 0, time.UTC), "九月美元单", "USD", 1_000_00)
	win(time.Date(2026, 10, 15, 2, 0, 0, 0, time.UTC), "十月美元单", "USD", 1_000_00)
	win(time.Date(2026, 11, 10, 2, 0, 0, 0, time.UTC), "十一月美元单", "USD", 1_000_00)
	win(time.Date(2026, 11, 11, 2, 0, 0, 0, time.UTC), "日元单甲", "JPY", 101)
	win(time.Date(2026, 11, 12, 2, 0, 0, 0, time.UTC), "日元单乙", "JPY", 101)
	win(time.Date(2026, 11, 13, 2, 0, 0, 0, time.UTC), "人民币单", "", 880_00)
	w.clock.T = time.Date(2026, 11, 27, 1, 0, 0, 0, time.UTC)
	if _, err := w.svc.CreateDeal(ctx, w.rep, DealInput{CustomerID: w.custRep, Title: "在谈美元单", AmountMinor: 500_00, Currency: "USD"}); err != nil {
		t.Fatal(err)
	}
	for month, changes := range map[string][]company.RateChange{
		"2026-10": {{Currency: "USD", RateMicro: 7_100000}},
		"2026-11": {{Currency: "USD", RateMicro: 7_200000}, {Currency: "JPY", RateMicro: 45000}},
	} {
		if _, err := rates.SaveRates(ctx, w.owner, month, changes); err != nil {
			t.Fatal(err)
		}
	}
	return w, rates
}

const novemberWon = 7_200_00 + 2*4_55 + 880_00

func TestForeignWinsAddTheirConvertedAmountToEveryFigure(t *testing.T) {
	w, _ := foreignStory(t)
	nov := time.Date(2026, 11, 1, 0, 0, 0, 0, shanghai)
	n, err := w.svc.MonthlyNumbers(ctx, w.rep.ID, nov, nov.AddDate(0, 1, 0))
	if err != nil || n.WonMinor != novemberWon || n.WonCount != 4 {
		t.Fatalf("November's numbers: %d from %d wins (%v); want %d from 4", n.WonMinor, n.WonCount, err, novemberWon)
	}
	used := n.Conversion.Rates
	if len(used) != 2 || used[0] != (company.RateUsed{Currency: "JPY", Month: "2026-11", RateMicro: 45000, Count: 2}) ||
		used[1] != (company.RateUsed{Currency: "USD", Month: "2026-11", RateMicro: 7_200000, Count: 1}) {
		t.Fatalf("rates used = %+v", used)
	}
	d, err := w.svc.RepDashboard(ctx, w.rep)
	if err != nil || d.MonthToDate.WonMinor != novemberWon || len(d.MonthToDate.Conversion.Rates) != 2 {
		t.Fatalf("dashboard month = %+v, %v", d.MonthToDate, err)
	}
	// the open deal at the current month's rate: USD 500.00 × 7.2
	if d.Pipeline.AmountMinor != 3_600_00 || d.Pipeline.Count != 1 || d.Pipeline.Conversion.Rates[0].Month != "2026-11" {
		t.Fatalf("pipeline = %d of %d deals, %+v", d.Pipeline.AmountMinor, d.Pipeline.Count, d.Pipeline.Conversion)
	}
	m, err := w.svc.ManagerDashboard(ctx, w.manager, Filter{})
	if err != nil || m.MonthToDate.WonMinor != novemberWon || m.Pipeline.AmountMinor != 3_600_00 {
		t.Fatalf("manager's dashboard: month %d, pipeline %d, %v", m.MonthToDate.WonMinor, m.Pipeline.AmountMinor, err)
	}
	f, err := w.svc.Funnel(ctx, w.manager, FunnelQuery{From: "2026-09-01", To: "2026-11-30"})
	if err != nil || f.Won != 6 || f.WonAmountMinor != 7_100_00+novemberWon || f.Stages[0].CurrentAmountMinor != 3_600_00 {
		t.Fatalf("funnel: %d won for %d, lead holds %d (%v)", f.Won, f.WonAmountMinor, f.Stages[0].CurrentAmountMinor, err)
	}
	owner, err := w.svc.Funnel(ctx, w.owner, FunnelQuery{From: "2026-09-01", To: "2026-11-30"})
	if err != nil || owner.WonAmountMinor != f.WonAmountMinor || owner.Stages[0].ReachedAmountMinor != f.Stages[0].ReachedAmountMinor {
		t.Fatalf("the owner's funnel (summed stage by stage) = %d, the team's %d (%v)", owner.WonAmountMinor, f.WonAmountMinor, err)
	}
	tr, err := w.svc.Trend(ctx, w.rep, TrendQuery{Months: 3})
	if err != nil {
		t.Fatal(err)
	}
	got := []int64{tr.Months[0].WonMinor, tr.Months[1].WonMinor, tr.Months[2].WonMinor, tr.Months[3].WonMinor}
	if got[1] != 0 || got[2] != 7_100_00 || got[3] != novemberWon || tr.Months[1].WonCount != 1 {
		t.Fatalf("trend Aug–Nov = %v (September counted %d)", got, tr.Months[1].WonCount)
	}
	b, err := w.svc.Board(ctx, w.rep, BoardQuery{ClosedDays: 30})
	if err != nil {
		t.Fatal(err)
	}
	for _, col := range b.Columns {
		if col.Stage.ID == stWon && col.AmountMinor != novemberWon {
			t.Fatalf("the board's won column sums %d", col.AmountMinor)
		}
	}
}

func TestAWinInAMonthWithoutARateIsListedNotConverted(t *testing.T) {
	w, _ := foreignStory(t)
	sep := time.Date(2026, 9, 1, 0, 0, 0, 0, shanghai)
	n, err := w.svc.MonthlyNumbers(ctx, w.rep.ID, sep, sep.AddDate(0, 1, 0))
	if err != nil || n.WonCount != 1 || n.WonMinor != 0 {
		t.Fatalf("September: %d wins for %d (%v)", n.WonCount, n.WonMinor, err)
	}
	want := company.NotConverted{Currency: "USD", Month: "2026-09", Count: 1, AmountMinor: 1_000_00}
	if miss := n.Conversion.NotConverted; len(miss) != 1 || miss[0] != want {
		t.Fatalf("September's not converted = %+v", miss)
	}
	rows, err := w.svc.WonRows(ctx, w.rep.ID, sep, sep.AddDate(0, 1, 0))
	if err != nil || len(rows) != 1 || rows[0].ConvertedMinor != nil || rows[0].AmountMinor != 1_000_00 {
		t.Fatalf("September's wins: %+v, %v", rows, err)
	}
	tr, _ := w.svc.Trend(ctx, w.rep, TrendQuery{Months: 3})
	f, _ := w.svc.Funnel(ctx, w.rep, FunnelQuery{From: "2026-09-01", To: "2026-11-30"})
	for what, c := range map[string]company.Conversion{"trend": tr.Conversion, "funnel": f.Conversion} {
		if len(c.NotConverted) != 1 || c.NotConverted[0] != want {
			t.Errorf("%s: not converted = %+v", what, c.NotConverted)
		}
	}
	// the month's deals open their rate: November's USD win names 7.2
	nov := sep.AddDate(0, 2, 0)
	rows, _ = w.svc.WonRows(ctx, w.rep.ID, nov, nov.AddDate(0, 1, 0))
	var sum int64
	for _, r := range rows {
		sum += *r.ConvertedMinor
		if r.Currency == "USD" && (r.RateMicro != 7_200000 || r.RateMonth != "2026-11" || *r.ConvertedMinor != 7_200_00) {
			t.Errorf("USD win: %+v", r)
		}
	}
	if sum != novemberWon {
		t.Errorf("November's rows add up to %d, the numbers to %d", sum, novemberWon)
	}
}

// A won deal keeps the rate of the month it was won: a new rate for a later
// month (or the month changing) moves only the open deals.
func TestALaterRateDoesNotMoveAWonDeal(t *testing.T) {
	w, rates := foreignStory(t)
	if _, err := rates.SaveRates(ctx, w.owner, "2026-12", []company.RateChange{{Currency: "USD", RateMicro: 7_500000}}); err != nil {
		t.Fatal(err)
	}
	w.clock.T = time.Date(2026, 12, 2, 1, 0, 0, 0, time.UTC)
	tr, err := w.svc.Trend(ctx, w.rep, TrendQuery{Months: 3})
	if err != nil || tr.Months[1].WonMinor != 7_100_00 || tr.Months[2].WonMinor != novemberWon {
		t.Fatalf("October and November after December's rate: %d, %d (%v)", tr.Months[1].WonMinor, tr.Months[2].WonMinor, err)
	}
	p, err := w.svc.Pipeline(ctx, w.rep, Filter{})
	if err != nil || p.AmountMinor != 3_750_00 {
		t.Fatalf("the open deal in December = %d, %v; want it at December's 7.5", p.AmountMinor, err)
	}
}
