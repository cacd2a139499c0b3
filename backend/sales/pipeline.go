package sales

import (
	"context"
	"fmt"

	"steady/backend/auth"
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
}

// Pipeline returns the open deals the actor may see, narrowed by f.
func (s *Service) Pipeline(ctx context.Context, actor auth.Actor, f Filter) (Pipeline, error) {
	q := s.db.Read()
	sc, err := scopeFor(ctx, q, actor, f)
	if err != nil {
		return Pipeline{}, err
	}
	fs, err := s.facts(ctx)
	if err != nil {
		return Pipeline{}, err
	}
	ss, err := loadStages(ctx, q)
	if err != nil {
		return Pipeline{}, err
	}
	return pipeline(ctx, q, sc, ss, fs.currency)
}

func pipeline(ctx context.Context, q querier, sc scope, ss stages, currency string) (Pipeline, error) {
	cond, args := sc.where("owner_id")
	rows, err := q.QueryContext(ctx, `SELECT stage_id, count(*), coalesce(sum(CASE WHEN currency = ? THEN amount_minor END), 0)
		FROM deals WHERE status = 'open' AND deleted_at IS NULL AND `+cond+` GROUP BY stage_id`,
		append([]any{currency}, args...)...)
	if err != nil {
		return Pipeline{}, fmt.Errorf("sales: pipeline: %w", err)
	}
	defer rows.Close()
	type sums struct {
		count  int
		amount int64
	}
	by := map[string]sums{}
	for rows.Next() {
		var id string
		var x sums
		if err := rows.Scan(&id, &x.count, &x.amount); err != nil {
			return Pipeline{}, fmt.Errorf("sales: pipeline: %w", err)
		}
		by[id] = x
	}
	if err := rows.Err(); err != nil {
		return Pipeline{}, err
	}
	p := Pipeline{Currency: currency, Stages: []StageFigure{}}
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
