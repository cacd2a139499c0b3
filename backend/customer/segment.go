package customer

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"time"

	"steady/backend/store"
)

// windowStart is where the 12 months of frequency and monetary value begin.
func windowStart(now time.Time) time.Time { return now.AddDate(0, -rfmWindowMonths, 0) }

// rescoreTx scores one customer again inside tx and stores a changed segment.
func (s *Service) rescoreTx(ctx context.Context, tx *sql.Tx, customerID string, now time.Time) error {
	st, err := loadSettings(ctx, tx)
	if err != nil {
		return err
	}
	stats, err := s.deals.PurchaseStats(ctx, tx, customerID, windowStart(now), st.RFM.Currency)
	if err != nil {
		return err
	}
	var p PurchaseStats
	if len(stats) > 0 {
		p = stats[0]
	}
	c, err := loadCustomer(ctx, tx, customerID)
	if err != nil {
		return err
	}
	_, err = s.storeScore(ctx, tx, c.ID, c.RFM, Score(p, now, st.RFM), st, now)
	return err
}

// RecomputeSegments scores every customer again (at start-up and daily) and
// returns how many changed segment. Scores are computed from one snapshot
// and written in batches; a customer whose scores changed in between (a win
// was just recorded) keeps the newer ones.
func (s *Service) RecomputeSegments(ctx context.Context, now time.Time) (int, error) {
	q := s.db.Read()
	st, err := loadSettings(ctx, q)
	if err != nil {
		return 0, err
	}
	stats, err := s.deals.PurchaseStats(ctx, q, "", windowStart(now), st.RFM.Currency)
	if err != nil {
		return 0, err
	}
	byCustomer := make(map[string]PurchaseStats, len(stats))
	for _, p := range stats {
		byCustomer[p.CustomerID] = p
	}
	seen, err := currentScores(ctx, q, nil)
	if err != nil {
		return 0, err
	}
	var stale []string
	for id, old := range seen {
		if Score(byCustomer[id], now, st.RFM) != old {
			stale = append(stale, id)
		}
	}
	slices.Sort(stale)
	return s.inBatches(ctx, stale, func(tx *sql.Tx, batch []string) (int, error) {
		current, err := currentScores(ctx, tx, batch)
		if err != nil {
			return 0, err
		}
		changed := 0
		for _, id := range batch {
			old, ok := current[id]
			if !ok || old != seen[id] {
				continue // deleted or scored again since the snapshot
			}
			moved, err := s.storeScore(ctx, tx, id, old, Score(byCustomer[id], now, st.RFM), st, now)
			if err != nil {
				return 0, err
			}
			if moved {
				changed++
			}
		}
		return changed, nil
	})
}

// currentScores reads the stored scores of live customers: those in ids,
// or all when ids is nil.
func currentScores(ctx context.Context, q Querier, ids []string) (map[string]RFM, error) {
	query := `SELECT id, rfm_r, rfm_f, rfm_m, segment FROM customers WHERE deleted_at IS NULL`
	var args []any
	if ids != nil {
		var list string
		list, args = inList(ids)
		query += ` AND id IN ` + list
	}
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("customer: scores: %w", err)
	}
	defer rows.Close()
	out := map[string]RFM{}
	for rows.Next() {
		var id string
		var r RFM
		if err := rows.Scan(&id, &r.R, &r.F, &r.M, &r.Segment); err != nil {
			return nil, fmt.Errorf("customer: scores: %w", err)
		}
		out[id] = r
	}
	return out, rows.Err()
}

// storeScore writes new scores when they differ from old. Scores are derived
// data: they do not bump the version, so an open edit form stays valid. A
// change of segment is audited and moves the open revisit to the new cadence.
func (s *Service) storeScore(ctx context.Context, tx *sql.Tx, id string, old, next RFM, st Settings, at time.Time) (bool, error) {
	if old == next {
		return false, nil
	}
	_, err := tx.ExecContext(ctx, `UPDATE customers SET rfm_r = ?, rfm_f = ?, rfm_m = ?, segment = ?, segment_at = ?
		WHERE id = ?`, next.R, next.F, next.M, next.Segment, store.FormatTime(at), id)
	if err != nil {
		return false, fmt.Errorf("customer: store score: %w", err)
	}
	if old.Segment == next.Segment {
		return false, nil
	}
	if err := s.rescheduleRevisitTx(ctx, tx, id, next.Segment, st, at); err != nil {
		return false, err
	}
	return true, s.record(ctx, tx, at, "", "customer", id, "segment", old, next)
}
