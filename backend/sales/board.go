package sales

import (
	"context"
	"fmt"

	"steady/backend/auth"
	"steady/backend/company"
	"steady/backend/store"
)

// BoardQuery picks the deals of the board: every open deal of the people in
// scope, and those closed (won or lost) in the last ClosedDays days.
type BoardQuery struct {
	Filter
	ClosedDays int `json:"closedDays"` // 0: 30
	Cards      int `json:"cards"`      // cards per column; 0: 30, at most 200
}

// Column is one stage of the board: all its deals counted and summed (in the
// company's currency), the first Cards of them as cards. Open columns list
// the soonest expected close first, closed ones the latest closed.
type Column struct {
	Stage         Stage  `json:"stage"`
	Count         int    `json:"count"`
	AmountMinor   int64  `json:"amountMinor"`
	WeightedMinor int64  `json:"weightedMinor"`
	Cards         []Card `json:"cards"`
}

// Board is the kanban: one column per stage in process order.
type Board struct {
	Currency    string   `json:"currency"`
	ClosedSince string   `json:"closedSince"`
	Columns     []Column `json:"columns"`
	// Conversion names the rates that converted deals in other currencies
	// and the deals left out for want of one.
	Conversion company.Conversion `json:"conversion"`
}

// Board returns the kanban for the actor's scope narrowed by bq.
func (s *Service) Board(ctx context.Context, actor auth.Actor, bq BoardQuery) (Board, error) {
	q := s.db.Read()
	sc, err := scopeFor(ctx, q, actor, bq.Filter)
	if err != nil {
		return Board{}, err
	}
	ss, err := loadStages(ctx, q)
	if err != nil {
		return Board{}, err
	}
	days, limit := bq.ClosedDays, bq.Cards
	if days <= 0 {
		days = 30
	}
	if limit <= 0 || limit > 200 {
		limit = 30
	}
	now := s.now()
	am, err := s.amounts(ctx, q)
	if err != nil {
		return Board{}, err
	}
	b := Board{Currency: am.conv.Currency, ClosedSince: store.FormatTime(now.AddDate(0, 0, -days))}
	sums, err := columnSums(ctx, q, sc, am, b.ClosedSince)
	if err != nil {
		return Board{}, err
	}
	b.Conversion = am.conversion()
	cond, args := sc.where("d.owner_id")
	for _, st := range ss {
		col := Column{Stage: st, Count: sums[st.ID].count, AmountMinor: sums[st.ID].amount}
		col.WeightedMinor = weighted(col.AmountMinor, st.ProbabilityBP)
		where := ` AND d.stage_id = ? AND d.status = 'open' AND ` + cond
		order := `d.expected_close_on = '', d.expected_close_on, d.created_at, d.rowid`
		colArgs := append([]any{st.ID}, args...)
		if st.Kind != KindOpen {
			where = ` AND d.stage_id = ? AND d.closed_at >= ? AND ` + cond
			order = `d.closed_at DESC, d.rowid DESC`
			colArgs = append([]any{st.ID, b.ClosedSince}, args...)
		}
		if col.Cards, err = cards(ctx, q, now, where, colArgs, order, limit, 0); err != nil {
			return Board{}, err
		}
		b.Columns = append(b.Columns, col)
	}
	return b, nil
}

type columnSum struct {
	count  int
	amount int64
}

// columnSums counts and sums the board's deals per stage: open ones, and
// closed ones since closedSince.
func columnSums(ctx context.Context, q querier, sc scope, am *amounts, closedSince string) (map[string]columnSum, error) {
	cond, args := sc.where("owner_id")
	out := map[string]columnSum{}
	add := func(keys []string, n int, amount int64) {
		x := out[keys[0]]
		out[keys[0]] = columnSum{x.count + n, x.amount + amount}
	}
	where := `deleted_at IS NULL AND ` + cond
	if err := am.sum(ctx, q, []string{"stage_id"}, where+` AND status = 'open'`, args, add); err != nil {
		return nil, fmt.Errorf("sales: board: %w", err)
	}
	if err := am.sum(ctx, q, []string{"stage_id"}, where+` AND closed_at >= ?`, append(append([]any{}, args...), closedSince), add); err != nil {
		return nil, fmt.Errorf("sales: board: %w", err)
	}
	return out, nil
}
