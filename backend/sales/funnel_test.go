package sales

import (
	"testing"
	"time"

	"steady/backend/auth"
)

// funnelStory writes a November of deals, every stay two days in the lead
// stage and one day in first contact:
//   - D1 (100.00) is lost at the lead stage for its price;
//   - D2 (200.00) is lost in first contact to a competitor;
//   - D3 (300.00) is still open in needs analysis;
//   - D4 is won from first contact for 1,000.00;
//   - D5, rep2's, is won from the lead stage for 500.00;
//   - D6 (50.00) began in October and still sits in the lead stage.
func funnelStory(t *testing.T) *world {
	w := newWorld(t)
	at := func(month time.Month, day, hour int) {
		w.clock.T = time.Date(2026, month, day, hour, 0, 0, 0, time.UTC)
	}
	at(10, 20, 1)
	w.deal(w.rep, w.custRep, "D6", 50_00)
	at(11, 2, 1)
	d1 := w.ready(w.rep, w.deal(w.rep, w.custRep, "D1", 100_00))
	d2 := w.ready(w.rep, w.deal(w.rep, w.custRep, "D2", 200_00))
	d3 := w.ready(w.rep, w.deal(w.rep, w.custRep, "D3", 300_00))
	d4 := w.ready(w.rep, w.deal(w.rep, w.custRep, "D4", 400_00))
	d5 := w.ready(w.rep2, w.deal(w.rep2, w.custRep2, "D5", 100))
	at(11, 4, 1)
	d2, d3, d4 = w.move(w.rep, d2, stFirst), w.move(w.rep, d3, stFirst), w.move(w.rep, d4, stFirst)
	w.lose(w.rep, d1, reasonPrice)
	w.win(w.rep2, d5, 500_00)
	at(11, 5, 1)
	for _, d := range []Deal{d2, d3, d4} {
		w.finishTasks(w.rep, d.ID)
	}
	d3, _ = loadDeal(ctx, w.db.Read(), d3.ID)
	w.move(w.rep, d3, stNeeds)
	w.win(w.rep, d4, 1_000_00)
	w.lose(w.rep, d2, reasonRival)
	at(11, 27, 1)
	return w
}

func (w *world) lose(actor auth.Actor, d Deal, reasonID string) {
	w.t.Helper()
	d, _ = loadDeal(ctx, w.db.Read(), d.ID)
	if _, err := w.svc.Lose(ctx, actor, d.ID, LoseInput{Version: d.Version, ReasonID: reasonID}); err != nil {
		w.t.Fatalf("lose %s: %v", d.Title, err)
	}
}

func (w *world) win(actor auth.Actor, d Deal, amount int64) {
	w.t.Helper()
	d, _ = loadDeal(ctx, w.db.Read(), d.ID)
	if _, err := w.svc.Win(ctx, actor, d.ID, WinInput{Version: d.Version, AmountMinor: amount}); err != nil {
		w.t.Fatalf("win %s: %v", d.Title, err)
	}
}

func TestFunnelCountsHowFarDealsGot(t *testing.T) {
	w := funnelStory(t)
	f, err := w.svc.Funnel(ctx, w.owner, FunnelQuery{From: "2026-11-01", To: "2026-11-30"})
	if err != nil {
		t.Fatal(err)
	}
	if f.Deals != 5 || f.Open != 1 || f.Won != 2 || f.Lost != 2 || f.WinRateBP != 5000 || f.WonAmountMinor != 1_500_00 || f.Currency != "CNY" {
		t.Fatalf("totals = %+v", f)
	}
	want := []struct {
		code                      string
		reached, conversion, lost int
		lossBP                    int
		avgDays                   float64
		exits                     int
	}{
		{"lead", 5, 8000, 1, 2000, 2, 5},
		{"first_contact", 4, 7500, 1, 2500, 1, 3},
		{"needs_analysis", 3, 6667, 0, 0, 0, 0},
		{"proposal", 2, 10000, 0, 0, 0, 0},
		{"quotation", 2, 10000, 0, 0, 0, 0},
		{"negotiation", 2, 10000, 0, 0, 0, 0},
		{"won", 2, 0, 0, 0, 0, 0},
		{"after_sales", 0, 0, 0, 0, 0, 0},
	}
	if len(f.Stages) != len(want) {
		t.Fatalf("stages = %+v", f.Stages)
	}
	for i, c := range want {
		st := f.Stages[i]
		if st.Code != c.code || st.Reached != c.reached || st.ConversionBP != c.conversion || st.Lost != c.lost ||
			st.LossBP != c.lossBP || st.AvgDays != c.avgDays || st.Exits != c.exits {
			t.Errorf("stage %d = %+v, want %+v", i, st, c)
		}
	}
	if f.Stages[0].ReachedAmountMinor != 2_100_00 || f.Stages[2].Current != 1 || f.Stages[2].CurrentAmountMinor != 300_00 ||
		f.Stages[2].WeightedMinor != 60_00 || f.WeightedMinor != 60_00 {
		t.Fatalf("amounts = %+v", f.Stages[:3])
	}
	if len(f.LostReasons) != 2 || f.LostReasons[0].ReasonID != reasonPrice || f.LostReasons[0].StageID != stLead ||
		f.LostReasons[1].NameZh != "选择了竞争对手" || f.LostReasons[1].StageID != stFirst || f.LostReasons[1].AmountMinor != 200_00 {
		t.Fatalf("lost reasons = %+v", f.LostReasons)
	}
}

func TestFunnelFollowsScopeAndPeriod(t *testing.T) {
	w := funnelStory(t)
	cases := []struct {
		name  string
		actor auth.Actor
		q     FunnelQuery
		deals int
	}{
		{"manager's team", w.manager, FunnelQuery{From: "2026-11-01", To: "2026-11-30"}, 5},
		{"one rep", w.manager, FunnelQuery{Filter: Filter{OwnerID: w.rep2.ID}, From: "2026-11-01", To: "2026-11-30"}, 1},
		{"a rep sees their own", w.rep, FunnelQuery{From: "2026-10-01", To: "2026-11-30"}, 5},
		{"the loner has none", w.loner, FunnelQuery{From: "2026-10-01", To: "2026-11-30"}, 0},
		{"october", w.owner, FunnelQuery{From: "2026-10-01", To: "2026-10-31"}, 1},
		{"the team filter", w.owner, FunnelQuery{Filter: Filter{TeamID: w.manager.ID}, From: "2026-11-01", To: "2026-11-30"}, 5},
	}
	for _, c := range cases {
		f, err := w.svc.Funnel(ctx, c.actor, c.q)
		if err != nil || f.Deals != c.deals {
			t.Errorf("%s: %d deals, %v; want %d", c.name, f.Deals, err, c.deals)
		}
	}
	if _, err := w.svc.Funnel(ctx, w.rep, FunnelQuery{Filter: Filter{OwnerID: w.rep2.ID}, From: "2026-11-01", To: "2026-11-30"}); !isForbidden(err) {
		t.Fatalf("a rep asking for a colleague: %v", err)
	}
	_, err := w.svc.Funnel(ctx, w.owner, FunnelQuery{From: "2026-11-30", To: "2026-11-01"})
	if fieldCode(err, "to") != "validation.endBeforeStart" {
		t.Fatalf("reversed period: %v", err)
	}
	if _, err := w.svc.Funnel(ctx, w.owner, FunnelQuery{From: "11/01/2026", To: "2026-11-31"}); len(fields(err)) != 2 {
		t.Fatalf("bad days: %v", err)
	}
}

func TestPipelineWeighsOpenDeals(t *testing.T) {
	w := funnelStory(t)
	p, err := w.svc.Pipeline(ctx, w.rep, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if p.Count != 2 || p.AmountMinor != 350_00 || p.WeightedMinor != 2_50+60_00 || len(p.Stages) != 6 ||
		p.Stages[0].Count != 1 || p.Stages[2].AmountMinor != 300_00 {
		t.Fatalf("pipeline = %+v", p)
	}
	if other, _ := w.svc.Pipeline(ctx, w.rep2, Filter{}); other.Count != 0 {
		t.Fatalf("rep2's pipeline = %+v", other)
	}
}
