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

// Sweep applies the rules that follow from time passing, in one
// transaction (run it at start-up and daily): segments are scored again,
// customers without a purchase turn dormant and later churned, and
// customers without a follow-up go back to the pool.
func (s *Service) Sweep(ctx context.Context, now time.Time) (SweepResult, error) {
	var res SweepResult
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		st, err := loadSettings(ctx, tx)
		if err != nil {
			return err
		}
		if res.Rescored, err = s.rescoreAllTx(ctx, tx, now); err != nil {
			return err
		}
		if res.Dormant, res.Churned, err = s.sweepStages(ctx, tx, st, now); err != nil {
			return err
		}
		res.ToPool, err = s.sweepPool(ctx, tx, st, now)
		return err
	})
	return res, err
}
