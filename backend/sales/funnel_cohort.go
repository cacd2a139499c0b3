package sales

import (
	"context"
	"fmt"
	"slices"
	"sort"
)

// cohort counts the deals created in a period by the people in scope. For
// the whole company each query walks an index stage by stage (IN on its
// first column), so SQLite groups without sorting; a rep's or team's deals
// are read at once from their own index.
type cohort struct {
	q       querier
	sc      scope
	steps   stages
	p       period
	am      *amounts // converts and records; only the pass that meets each deal once records
	reasons []LostReason
}

// sums runs an aggregate over the cohort: cond on the stage column col,
// then the period, scope and extra, grouped by groups; each row is handed to
// add with its group values, count and amount. am converts (and records).
func (c cohort) sums(ctx context.Context, am *amounts, col, extra string, extraArgs []any, groups []string, add func(keys []string, n int, amount int64)) error {
	from, to := c.p.stamps()
	in, args := inList(stageIDs(c.steps))
	cond, scopeArgs := c.sc.where("owner_id")
	args = append(append(append(args, extraArgs...), from, to), scopeArgs...)
	err := am.sum(ctx, c.q, groups, col+` IN (`+in+`)`+extra+` AND created_at >= ? AND created_at < ? AND deleted_at IS NULL AND `+cond,
		args, add)
	if err != nil {
		return fmt.Errorf("sales: funnel: %w", err)
	}
	return nil
}

// reached counts the deals by the furthest stage they entered: the pass
// that meets every deal of the cohort once, so it records the conversion.
func (c cohort) reached(ctx context.Context, f *Funnel) error {
	return c.sums(ctx, c.am, "reached_stage_id", "", nil, []string{"reached_stage_id"}, func(keys []string, n int, amount int64) {
		c.addReached(f, keys[0], n, amount)
	})
}

// current counts the deals still open, by the stage they are in.
func (c cohort) current(ctx context.Context, f *Funnel) error {
	return c.sums(ctx, c.am.fresh(), "stage_id", " AND status = 'open'", nil, []string{"stage_id"}, func(keys []string, n int, amount int64) {
		c.addCurrent(f, keys[0], n, amount)
	})
}

// lost counts the lost deals by the stage they were lost in and why.
func (c cohort) lost(ctx context.Context, f *Funnel) error {
	if len(c.reasons) == 0 {
		return nil
	}
	ids := make([]string, len(c.reasons))
	for i, r := range c.reasons {
		ids[i] = r.ID
	}
	in, args := inList(ids)
	return c.sums(ctx, c.am.fresh(), "lost_stage_id", " AND status = 'lost' AND lost_reason_id IN ("+in+")", args, []string{"lost_stage_id", "lost_reason_id"},
		func(keys []string, n int, amount int64) { c.addLost(f, keys[0], keys[1], n, amount) })
}

// byOwner reads the scope's deals of the period in one pass of the owners'
// index and sorts them into the funnel.
func (c cohort) byOwner(ctx context.Context, f *Funnel) error {
	from, to := c.p.stamps()
	cond, args := c.sc.where("owner_id")
	err := c.am.sum(ctx, c.q, []string{"reached_stage_id", "stage_id", "status", "coalesce(lost_stage_id, '')", "coalesce(lost_reason_id, '')"},
		cond+` AND created_at >= ? AND created_at < ? AND deleted_at IS NULL`, append(args, from, to),
		func(keys []string, n int, amount int64) {
			reached, stage, status, lostStage, reason := keys[0], keys[1], keys[2], keys[3], keys[4]
			c.addReached(f, reached, n, amount)
			switch status {
			case StatusOpen:
				c.addCurrent(f, stage, n, amount)
			case StatusLost:
				c.addLost(f, lostStage, reason, n, amount)
			}
		})
	if err != nil {
		return fmt.Errorf("sales: funnel: %w", err)
	}
	return nil
}

func (c cohort) addReached(f *Funnel, stageID string, n int, amount int64) {
	i := c.steps.order(stageID)
	if i < 0 {
		return
	}
	f.Deals += n
	f.Stages[i].Reached += n
	f.Stages[i].ReachedAmountMinor += amount
	if c.steps[i].Kind != KindOpen {
		f.Won, f.WonAmountMinor = f.Won+n, f.WonAmountMinor+amount
	}
}

func (c cohort) addCurrent(f *Funnel, stageID string, n int, amount int64) {
	if i := c.steps.order(stageID); i >= 0 {
		f.Open += n
		f.Stages[i].Current += n
		f.Stages[i].CurrentAmountMinor += amount
	}
}

func (c cohort) addLost(f *Funnel, stageID, reasonID string, n int, amount int64) {
	i, r := c.steps.order(stageID), slices.IndexFunc(c.reasons, func(r LostReason) bool { return r.ID == reasonID })
	if i < 0 || r < 0 {
		return
	}
	f.Lost += n
	f.Stages[i].Lost += n
	f.Stages[i].LostAmountMinor += amount
	f.LostReasons = append(f.LostReasons, LostReasonFigure{ReasonID: reasonID, NameZh: c.reasons[r].NameZh,
		NameEn: c.reasons[r].NameEn, StageID: stageID, Count: n, AmountMinor: amount})
}

// sortReasons puts the commonest losses first, then by stage and reason order.
func (c cohort) sortReasons(f *Funnel) {
	rank := func(x LostReasonFigure) (int, int) {
		return c.steps.order(x.StageID), slices.IndexFunc(c.reasons, func(r LostReason) bool { return r.ID == x.ReasonID })
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
