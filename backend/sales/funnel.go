package sales

import (
	"context"
	"strings"

	"steady/backend/auth"
	"steady/backend/company"
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
	// Conversion names the rates that converted deals in other currencies
	// (won and lost ones at the month they closed, open ones at this
	// month's; each deal once, though it adds to several stages) and those
	// left out for want of a rate.
	Conversion company.Conversion `json:"conversion"`
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
	fq.From, fq.To = strings.TrimSpace(fq.From), strings.TrimSpace(fq.To)
	p, err := daysPeriod(fq.From, fq.To, fs.loc)
	if err != nil {
		return Funnel{}, err
	}
	ss, err := loadStages(ctx, q)
	if err != nil {
		return Funnel{}, err
	}
	am, err := s.amounts(ctx, q)
	if err != nil {
		return Funnel{}, err
	}
	return funnel(ctx, q, sc, ss, p, am, fq)
}

func funnel(ctx context.Context, q querier, sc scope, ss stages, p period, am *amounts, fq FunnelQuery) (Funnel, error) {
	f := Funnel{From: fq.From, To: fq.To, Currency: am.conv.Currency, LostReasons: []LostReasonFigure{}}
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
	reasons, err := allReasons(ctx, q)
	if err != nil {
		return f, err
	}
	c := cohort{q: q, sc: sc, steps: steps, p: p, am: am, reasons: reasons}
	counts := []func(context.Context, *Funnel) error{c.reached, c.current, c.lost}
	if !sc.all {
		counts = []func(context.Context, *Funnel) error{c.byOwner}
	}
	for _, count := range counts {
		if err := count(ctx, &f); err != nil {
			return f, err
		}
	}
	c.sortReasons(&f)
	settle(&f)
	f.Conversion = am.conversion()
	return f, c.stays(ctx, &f, fq)
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
