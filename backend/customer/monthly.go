package customer

import (
	"context"
	"fmt"
	"time"

	"steady/backend/store"
)

// MonthlyNumbers are one rep's customer figures for the appraisal.
type MonthlyNumbers struct {
	NewCustomers    int `json:"newCustomers"`    // customers they created (and still exist)
	NewBuyers       int `json:"newBuyers"`       // customers whose first deal was won while they owned them
	RevisitsDue     int `json:"revisitsDue"`     // revisit tasks that fell due in the month
	RevisitsOnTime  int `json:"revisitsOnTime"`  // … done by the end of their due day
	RevisitsLate    int `json:"revisitsLate"`    // … done later
	RevisitsMissed  int `json:"revisitsMissed"`  // … never done: still open past the deadline, or handed on undone
	RevisitsPending int `json:"revisitsPending"` // … still open with the deadline ahead
}

// MonthlyNumbers counts userID's figures for [monthStart, monthEnd), the
// calendar month in the company's time zone as the appraisal computes it.
func (s *Service) MonthlyNumbers(ctx context.Context, userID string, monthStart, monthEnd time.Time) (MonthlyNumbers, error) {
	var n MonthlyNumbers
	from, to := store.FormatTime(monthStart), store.FormatTime(monthEnd)
	q := s.db.Read()
	err := q.QueryRowContext(ctx, `SELECT count(*) FROM customer_owner_history h JOIN customers c ON c.id = h.customer_id
		WHERE h.action = 'create' AND h.to_owner_id = ? AND h.at >= ? AND h.at < ? AND c.deleted_at IS NULL`,
		userID, from, to).Scan(&n.NewCustomers)
	if err != nil {
		return n, fmt.Errorf("customer: monthly new customers: %w", err)
	}
	err = q.QueryRowContext(ctx, `SELECT count(*) FROM won_deals w WHERE w.owner_id = ? AND w.won_at >= ? AND w.won_at < ?
		AND w.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM won_deals e WHERE e.customer_id = w.customer_id
		AND e.deleted_at IS NULL AND (e.won_at, e.id) < (w.won_at, w.id))`, userID, from, to).Scan(&n.NewBuyers)
	if err != nil {
		return n, fmt.Errorf("customer: monthly new buyers: %w", err)
	}
	err = q.QueryRowContext(ctx, `SELECT
		coalesce(sum(status = 'done' AND done_at < deadline_at), 0),
		coalesce(sum(status = 'done' AND done_at >= deadline_at), 0),
		coalesce(sum((status = 'open' AND deadline_at <= ?4) OR status = 'closed'), 0),
		coalesce(sum(status = 'open' AND deadline_at > ?4), 0)
		FROM revisit_tasks WHERE owner_id = ?1 AND due_at >= ?2 AND due_at < ?3 AND deleted_at IS NULL
		AND NOT (status = 'closed' AND closed_at < due_at)`, userID, from, to, store.FormatTime(s.now())).Scan(
		&n.RevisitsOnTime, &n.RevisitsLate, &n.RevisitsMissed, &n.RevisitsPending)
	if err != nil {
		return n, fmt.Errorf("customer: monthly revisits: %w", err)
	}
	n.RevisitsDue = n.RevisitsOnTime + n.RevisitsLate + n.RevisitsMissed + n.RevisitsPending
	return n, nil
}
