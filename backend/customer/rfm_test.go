package customer

import (
	"context"
	"database/sql"
	"testing"
	"time"
)

var rules = RFMRules{Currency: "CNY", RecentDays: 90, LapsedDays: 180, FrequentDeals: 4, RepeatDeals: 2,
	HighAmountMinor: 100_000_00, MidAmountMinor: 20_000_00, HighValueScore: 5}

func TestScoreLabels(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)
	ago := func(days int) time.Time { return now.AddDate(0, 0, -days) }
	cases := []struct {
		name string
		p    PurchaseStats
		want RFM
	}{
		{"never bought", PurchaseStats{}, RFM{Segment: SegmentOrdinary}},
		{"frequent and big", PurchaseStats{LastWonAt: ago(10), Deals: 5, AmountMinor: 150_000_00}, RFM{3, 3, 3, SegmentHighValue}},
		{"repeat and big, a while ago", PurchaseStats{LastWonAt: ago(120), Deals: 2, AmountMinor: 120_000_00}, RFM{2, 2, 3, SegmentHighValue}},
		{"one recent small win", PurchaseStats{LastWonAt: ago(5), Deals: 1, AmountMinor: 5_000_00}, RFM{3, 1, 1, SegmentPotential}},
		{"repeat, middling, a while ago", PurchaseStats{LastWonAt: ago(120), Deals: 2, AmountMinor: 30_000_00}, RFM{2, 2, 2, SegmentOrdinary}},
		{"lapsed big spender", PurchaseStats{LastWonAt: ago(200), Deals: 4, AmountMinor: 300_000_00}, RFM{1, 3, 3, SegmentAtRisk}},
		{"bought only before the window", PurchaseStats{LastWonAt: ago(500)}, RFM{1, 0, 0, SegmentAtRisk}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Score(c.p, now, rules); got != c.want {
				t.Fatalf("Score = %+v, want %+v", got, c.want)
			}
		})
	}
}

func TestSegmentsFromFixtureDeals(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	start := w.clock.T
	big := w.create(w.rep, CustomerInput{Name: "大客户"})
	small := w.create(w.rep, CustomerInput{Name: "小客户"})
	lapsed := w.create(w.rep, CustomerInput{Name: "流失风险客户"})
	none := w.create(w.rep, CustomerInput{Name: "未成交"})
	usd := w.create(w.rep, CustomerInput{Name: "美元客户"})
	for i := 0; i < 4; i++ {
		w.win(big.ID, start.AddDate(0, 0, -10*i), 30_000_00)
	}
	w.win(small.ID, start, 1_000_00)
	w.win(lapsed.ID, start.AddDate(0, 0, -250), 500_000_00)
	err := w.db.Tx(ctx, func(tx *sql.Tx) error {
		return w.svc.RecordWonDeal(ctx, tx, usd.ID, start, 900_000_00, "USD")
	})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{big.ID: SegmentHighValue, small.ID: SegmentPotential, lapsed.ID: SegmentAtRisk,
		none.ID: SegmentOrdinary, usd.ID: SegmentPotential} // USD deals do not count towards a CNY monetary score
	for id, seg := range want {
		if got := w.get(id); got.Segment != seg {
			t.Errorf("%s: segment %s (%+v), want %s", got.Name, got.Segment, got.RFM, seg)
		}
	}
	// 100 days on, nothing new: the big customer's last win is 100 days old
	changed, err := w.svc.RecomputeSegments(ctx, start.AddDate(0, 0, 100))
	if err != nil || changed != 2 { // small: potential → ordinary; usd: potential → ordinary
		t.Fatalf("recompute = %d, %v", changed, err)
	}
	if got := w.get(big.ID); got.Segment != SegmentHighValue || got.RFM.R != 2 {
		t.Fatalf("big after 100 days = %+v", got.RFM)
	}
}

// fakeDeals is a WonDeals source that is not the table: the sales area may
// one day provide its own.
type fakeDeals map[string]PurchaseStats

func (f fakeDeals) PurchaseStats(_ context.Context, _ Querier, customerID string, _ time.Time, _ string) ([]PurchaseStats, error) {
	var out []PurchaseStats
	for id, p := range f {
		if customerID == "" || id == customerID {
			p.CustomerID = id
			out = append(out, p)
		}
	}
	return out, nil
}

func TestSegmentsReadAnyWonDealsSource(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	c := w.create(w.rep, CustomerInput{Name: "外部数据客户"})
	deals := fakeDeals{c.ID: {LastWonAt: w.clock.T, Deals: 6, AmountMinor: 900_000_00}}
	svc := NewService(w.db, w.clock.Now, FixedZone(shanghai), deals)
	if _, err := svc.RecomputeSegments(context.Background(), w.clock.T); err != nil {
		t.Fatal(err)
	}
	if got := w.get(c.ID); got.Segment != SegmentHighValue {
		t.Fatalf("segment = %s", got.Segment)
	}
}
