package customer

import (
	"context"
	"database/sql"
	"time"
)

// SweepResult says what one sweep changed.
type SweepResult struct {
	Rescored int `json:"rescored"` // customers whose segment changed
	Dormant  int `json:"dormant"`
	Churned  int `json:"churned"`
	ToPool   int `json:"toPool"`
}

// Sweep applies the rules that follow from time passing (run it at start-up
// and daily): segments are scored again, customers without a purchase turn
// dormant and later churned, and customers without a follow-up go back to
// the pool. Each customer's change is one transaction's worth of work,
// committed in batches (see inBatches).
func (s *Service) Sweep(ctx context.Context, now time.Time) (SweepResult, error) {
	var res SweepResult
	var err error
	if res.Rescored, err = s.RecomputeSegments(ctx, now); err != nil {
		return res, err
	}
	st, err := loadSettings(ctx, s.db.Read())
	if err != nil {
		return res, err
	}
	if res.Dormant, res.Churned, err = s.sweepStages(ctx, st, now); err != nil {
		return res, err
	}
	res.ToPool, err = s.sweepPool(ctx, st, now)
	return res, err
}

// sweepWhere finds the customers a rule applies to, then applies it batch by
// batch, asking again inside each transaction which of them it still
// applies to (a follow-up or a win may have come in between).
func (s *Service) sweepWhere(ctx context.Context, cond string, args []any, apply func(tx *sql.Tx, c Customer) error) (int, error) {
	ids, err := idsWhere(ctx, s.db.Read(), `SELECT id FROM customers WHERE `+cond+` ORDER BY id`, args...)
	if err != nil {
		return 0, err
	}
	return s.inBatches(ctx, ids, func(tx *sql.Tx, batch []string) (int, error) {
		list, batchArgs := inList(batch)
		still, err := idsWhere(ctx, tx, `SELECT id FROM customers WHERE `+cond+` AND id IN `+list,
			append(append([]any{}, args...), batchArgs...)...)
		if err != nil {
			return 0, err
		}
		for _, id := range still {
			c, err := loadCustomer(ctx, tx, id)
			if err != nil {
				return 0, err
			}
			if err := apply(tx, c); err != nil {
				return 0, err
			}
		}
		return len(still), nil
	})
}
