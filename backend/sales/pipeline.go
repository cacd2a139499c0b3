package sales

import (
	"context"
	"fmt"

	"steady/backend/auth"
	"steady/backend/company"
)

// StageFigure is one open stage of a pipeline: its deals now, their amount
// in the company's currency, and that amount weighted by the stage's win
// probability.
type StageFigure struct {
	StageID       string `json:"stageId"`
	Code          string `json:"code"`
	NameZh        string `json:"nameZh"`
	NameEn        string `json:"nameEn"`
	ProbabilityBP int    `json:"probabilityBp"`
	Count         int    `json:"count"`
	AmountMinor   int64  `json:"amountMinor"`
	WeightedMinor int64  `json:"weightedMinor"`
}

// Pipeline is the open deals of the people in scope, stage by stage.
type Pipeline struct {
	Currency      string        `json:"currency"`
	Stages        []StageFigure `json:"stages"`
	Count         int           `json:"count"`
	AmountMinor   int64         `json:"amountMinor"`
	WeightedMinor int64         `json:"weightedMinor"`
	// Conversion names the rates that converted deals in other currencies
	// (this month's) and the deals left out for want of one.
	Conversion company.Conversion `json:"conversion"`
}

// Pipeline returns the open deals the actor may see, narrowed by f.
func (s *Service) Pipeline(ctx context.Context, actor auth.Actor, f Filter) (Pipeline, error) {
	q := s.db.Read()
	sc, err := scopeFor(ctx, q, actor, f)
	if err != nil {
		return Pipeline{}, err
	}
	ss, err := loadStages(ctx, q)
	if err != nil {
		return Pipeline{}, err
	}
	am, err := s.amounts(ctx, q)
	if err != nil {
		return Pipeline{}, err
	}
	return pipeline(ctx, q, sc, ss, am)
}

// pipeline sums the open deals at the current month's rates.
func pipeline(ctx context.Context, q querier, sc scope, ss stages, am *amounts) (Pipeline, error) {
	cond, args := sc.where("owner_id")
	type sums struct {
		count  int
		amount int64
	}
	by := map[string]sums{}
	err := am.sum(ctx, q, []string{"stage_id"}, `status = 'open' AND deleted_at IS NULL AND `+cond, args,
		func(keys []string, n int, amount int64) {
			x := by[keys[0]]
			by[keys[0]] = sums{x.count + n, x.amount + amount}
		})
	if err != nil {
		return Pipeline{}, fmt.Errorf("sales: pipeline: %w", err)
	}
	p := Pipeline{Currency: am.conv.Currency, Stages: []StageFigure{}, Conversion: am.conversion()}
	for _, st := range ss.ofKind(KindOpen) {
		x := by[st.ID]
		fig := StageFigure{StageID: st.ID, Code: st.Code, NameZh: st.NameZh, NameEn: st.NameEn, ProbabilityBP: st.ProbabilityBP,
			Count: x.count, AmountMinor: x.amount, WeightedMinor: weighted(x.amount, st.ProbabilityBP)}
		p.Stages = append(p.Stages, fig)
		p.Count += fig.Count
		p.AmountMinor += fig.AmountMinor
		p.WeightedMinor += fig.WeightedMinor
	}
	return p, nil
}
