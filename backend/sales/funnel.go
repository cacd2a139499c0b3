package sales

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"

	"steady/backend/auth"
)

// FunnelQuery picks what a funnel counts: the deals created from From to To
// (YYYY-MM-DD, both days included, the company's calendar) and owned by the
// people in scope, narrowed by Filter.
type FunnelQuery struct {
	Filter
	From string `json:"from"`
	To   string `json:"to"`
}

// FunnelStage is one step of the funnel. A deal reached a stage when it got
// that far or further (skipping a stage still passes it). Amounts are in
// the funnel's currency.
type FunnelStage struct {
	StageID            string `json:"stageId"`
	Code               string `json:"code"`
	NameZh             string `json:"nameZh"`
	NameEn             string `json:"nameEn"`
	Kind               string `json:"kind"`
	ProbabilityBP      int    `json:"probabilityBp"`
	Reached            int    `json:"reached"`
	ReachedAmountMinor int64  `json:"reachedAmountMinor"`
	Current            int    `json:"current"` // still open in this stage
	CurrentAmountMinor int64  `json:"currentAmountMinor"`
	WeightedMinor      int64  `json:"weightedMinor"` // current amount × probability
	// ConversionBP is the share of the deals that reached this stage which
	// reached the next one; 0 for the last stage.
	ConversionBP    int   `json:"conversionBp"`
	Lost            int   `json:"lost"` // lost while in this stage
	LostAmountMinor int64 `json:"lostAmountMinor"`
	LossBP          int   `json:"lossBp"` // Lost / Reached
	// AvgDays is the average stay of the stays in this stage that ended in
	// the period (of any deal in scope); Exits counts them.
	AvgDays float64 `json:"avgDays"`
	Exits   int     `json:"exits"`
}

// LostReasonFigure is how many deals were lost in a stage for a reason.
type LostReasonFigure struct {
	ReasonID    string `json:"reasonId"`
	NameZh      string `json:"nameZh"`
	NameEn      string `json:"nameEn"`
	StageID     string `json:"stageId"`
	Count       int    `json:"count"`
	AmountMinor int64  `json:"amountMinor"`
}

// Funnel is the sales funnel of a period.
type Funnel struct {
	From           string             `json:"from"`
	To             string             `json:"to"`
	Currency       string             `json:"currency"`
	Deals          int                `json:"deals"`
	Open           int                `json:"open"`
	Won            int                `json:"won"`
	Lost           int                `json:"lost"`
	WonAmountMinor int64              `json:"wonAmountMinor"`
	WinRateBP      int                `json:"winRateBp"` // Won / (Won + Lost)
	WeightedMinor  int64              `json:"weightedMinor"`
	Stages         []FunnelStage      `json:"stages"`
	LostReasons    []LostReasonFigure `json:"lostReasons"`
}

// Funnel counts the period's deals stage by stage: how far they got, where
// they were lost and why, how long stays lasted, and the weighted value of
// those still open.
func (s *Service) Funnel(ctx context.Context, actor auth.Actor, fq FunnelQuery) (Funnel, error) {
	q := s.db.Read()
	sc, err := scopeFor(ctx, q, actor, fq.Filter)
	if err != nil {
		return Funnel{}, err
	}
	fs, err := s.facts(ctx)
	if err != nil {
		return Funnel{}, err
	}
	p, err := daysPeriod(fq.From, fq.To, fs.loc)
	if err != nil {
		return Funnel{}, err
	}
	ss, err := loadStages(ctx, q)
	if err != nil {
		return Funnel{}, err
	}
	return funnel(ctx, q, sc, ss, p, fs.currency, fq)
}

func funnel(ctx context.Context, q querier, sc scope, ss stages, p period, currency string, fq FunnelQuery) (Funnel, error) {
	f := Funnel{From: fq.From, To: fq.To, Currency: currency, LostReasons: []LostReasonFigure{}}
	steps := stages{}
	for _, st := range ss {
		if st.Kind != KindLost {
			steps = append(steps, st)
		}
	}
	f.Stages = make([]FunnelStage, len(steps))
	for i, st := range steps {
		f.Stages[i] = FunnelStage{StageID: st.ID, Code: st.Code, NameZh: st.NameZh, NameEn: st.NameEn, Kind: st.Kind,
			ProbabilityBP: st.ProbabilityBP}
	}
	c := cohort{q: q, sc: sc, steps: steps, p: p, currency: currency}
	for _, count := range []func(context.Context, *Funnel) error{c.reached, c.current, c.lost} {
		if err := count(ctx, &f); err != nil {
			return f, err
		}
	}
	settle(&f)
	return f, c.stays(ctx, &f, fq)
}

// cohort counts the deals created in a period by the people in scope. Each
// query walks an index stage by stage (IN on its first column), so SQLite
// groups without sorting.
type cohort struct {
	q        querier
	sc       scope
	steps    stages
	p        period
	currency string
}

// sums runs an aggregate over the cohort: cond on the stage column col,
// then the period, scope and extra, grouped by groups; each row is handed to
// add with its group values, count and amount.
func (c cohort) sums(ctx context.Context, col, extra string, extraArgs []any, groups string, add func(keys []string, n int, amount int64)) error {
	from, to := c.p.stamps()
	in, args := inList(stageIDs(c.steps))
	cond, scopeArgs := c.sc.where("owner_id")
	nkeys := strings.Count(groups, ",") + 1
	args = append(append(append(append([]any{c.currency}, args...), extraArgs...), from, to), scopeArgs...)
	rows, err := c.q.QueryContext(ctx, `SELECT `+groups+`, count(*), coalesce(sum(CASE WHEN currency = ? THEN amount_minor END), 0)
		FROM deals WHERE `+col+` IN (`+in+`)`+extra+` AND created_at >= ? AND created_at < ? AND deleted_at IS NULL AND `+cond+`
		GROUP BY `+groups, args...)
	if err != nil {
		return fmt.Errorf("sales: funnel: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		keys := make([]string, nkeys)
		dest := make([]any, 0, nkeys+2)
		for i := range keys {
			dest = append(dest, &keys[i])
		}
		var n int
		var amount int64
		if err := rows.Scan(append(dest, &n, &amount)...); err != nil {
			return fmt.Errorf("sales: funnel: %w", err)
		}
		add(keys, n, amount)
	}
	return rows.Err()
}

// reached counts the deals by the furthest stage they entered.
func (c cohort) reached(ctx context.Context, f *Funnel) error {
	return c.sums(ctx, "reached_stage_id", "", nil, "reached_stage_id", func(keys []string, n int, amount int64) {
		i := c.steps.order(keys[0])
		f.Deals += n
		f.Stages[i].Reached += n
		f.Stages[i].ReachedAmountMinor += amount
		if c.steps[i].Kind != KindOpen {
			f.Won, f.WonAmountMinor = f.Won+n, f.WonAmountMinor+amount
		}
	})
}

// current counts the deals still open, by the stage they are in.
func (c cohort) current(ctx context.Context, f *Funnel) error {
	return c.sums(ctx, "stage_id", " AND status = 'open'", nil, "stage_id", func(keys []string, n int, amount int64) {
		i := c.steps.order(keys[0])
		f.Open += n
		f.Stages[i].Current += n
		f.Stages[i].CurrentAmountMinor += amount
	})
}

// lost counts the lost deals by the stage they were lost in and why.
func (c cohort) lost(ctx context.Context, f *Funnel) error {
	reasons, err := allReasons(ctx, c.q)
	if err != nil || len(reasons) == 0 {
		return err
	}
	ids := make([]string, len(reasons))
	for i, r := range reasons {
		ids[i] = r.ID
	}
	in, args := inList(ids)
	err = c.sums(ctx, "lost_stage_id", " AND status = 'lost' AND lost_reason_id IN ("+in+")", args, "lost_stage_id, lost_reason_id",
		func(keys []string, n int, amount int64) {
			i := c.steps.order(keys[0])
			f.Lost += n
			f.Stages[i].Lost += n
			f.Stages[i].LostAmountMinor += amount
			r := reasons[slices.IndexFunc(reasons, func(r LostReason) bool { return r.ID == keys[1] })]
			f.LostReasons = append(f.LostReasons, LostReasonFigure{ReasonID: r.ID, NameZh: r.NameZh, NameEn: r.NameEn,
				StageID: keys[0], Count: n, AmountMinor: amount})
		})
	rank := func(x LostReasonFigure) (int, int) {
		return c.steps.order(x.StageID), slices.IndexFunc(reasons, func(r LostReason) bool { return r.ID == x.ReasonID })
	}
	sort.Slice(f.LostReasons, func(a, b int) bool {
		x, y := f.LostReasons[a], f.LostReasons[b]
		if x.Count != y.Count {
			return x.Count > y.Count
		}
		xs, xr := rank(x)
		ys, yr := rank(y)
		return xs < ys || (xs == ys && xr < yr)
	})
	return err
}

// settle turns "got exactly this far" into "reached", and fills the rates.
func settle(f *Funnel) {
	for i := len(f.Stages) - 2; i >= 0; i-- {
		f.Stages[i].Reached += f.Stages[i+1].Reached
		f.Stages[i].ReachedAmountMinor += f.Stages[i+1].ReachedAmountMinor
	}
	for i := range f.Stages {
		st := &f.Stages[i]
		if i+1 < len(f.Stages) {
			st.ConversionBP = bp(int64(f.Stages[i+1].Reached), int64(st.Reached))
		}
		st.LossBP = bp(int64(st.Lost), int64(st.Reached))
		st.WeightedMinor = weighted(st.CurrentAmountMinor, st.ProbabilityBP)
		f.WeightedMinor += st.WeightedMinor
	}
	f.WinRateBP = bp(int64(f.Won), int64(f.Won+f.Lost))
}

// stays averages the stays in each stage that ended on the period's days,
// from the daily totals.
func (c cohort) stays(ctx context.Context, f *Funnel, fq FunnelQuery) error {
	in, args := inList(stageIDs(c.steps))
	cond, scopeArgs := c.sc.where("owner_id")
	rows, err := c.q.QueryContext(ctx, `SELECT stage_id, sum(exits), sum(seconds) FROM sales_stage_days
		WHERE stage_id IN (`+in+`) AND day >= ? AND day <= ? AND `+cond+` GROUP BY stage_id`,
		append(append(args, fq.From, fq.To), scopeArgs...)...)
	if err != nil {
		return fmt.Errorf("sales: funnel stays: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var stage string
		var n, seconds int64
		if err := rows.Scan(&stage, &n, &seconds); err != nil {
			return fmt.Errorf("sales: funnel stays: %w", err)
		}
		i := c.steps.order(stage)
		f.Stages[i].Exits = int(n)
		f.Stages[i].AvgDays = float64((seconds*10+n*86400/2)/(n*86400)) / 10
	}
	return rows.Err()
}
