package customer

import (
	"context"
	"fmt"
	"time"

	"steady/backend/store"
)

// The records behind a rep's monthly numbers, so that every number the
// appraisal shows opens the customers and revisits it counted. The counts
// in MonthlyNumbers are made from these same rows.

// BuyerRow is a customer whose first won deal fell in the month.
type BuyerRow struct {
	CustomerID string `json:"customerId"`
	Name       string `json:"name"`
	WonAt      string `json:"wonAt"`
}

// RevisitRow is a revisit that fell due in the month, with how it went:
// "onTime", "late", "missed" or "pending" (its deadline still ahead).
type RevisitRow struct {
	CustomerID string `json:"customerId"`
	Name       string `json:"name"`
	DueAt      string `json:"dueAt"`
	DeadlineAt string `json:"deadlineAt"`
	DoneAt     string `json:"doneAt"`
	State      string `json:"state"`
}

// RevisitTally counts revisit rows by how they went.
type RevisitTally struct{ OnTime, Late, Missed, Pending int }

// TallyRevisits counts rows by state: the one place the states are counted,
// for MonthlyNumbers and for the appraisal alike.
func TallyRevisits(rows []RevisitRow) RevisitTally {
	var t RevisitTally
	for _, r := range rows {
		switch r.State {
		case "onTime":
			t.OnTime++
		case "late":
			t.Late++
		case "missed":
			t.Missed++
		default:
			t.Pending++
		}
	}
	return t
}

// NewBuyerRows lists userID's new buyers of [monthStart, monthEnd).
func (s *Service) NewBuyerRows(ctx context.Context, userID string, monthStart, monthEnd time.Time) ([]BuyerRow, error) {
	rows, err := s.db.Read().QueryContext(ctx, `SELECT w.customer_id, c.name, w.won_at
		FROM won_deals w JOIN customers c ON c.id = w.customer_id
		WHERE w.owner_id = ? AND w.won_at >= ? AND w.won_at < ? AND w.deleted_at IS NULL
		AND NOT EXISTS (SELECT 1 FROM won_deals e WHERE e.customer_id = w.customer_id
		AND e.deleted_at IS NULL AND (e.won_at, e.id) < (w.won_at, w.id)) ORDER BY w.won_at, w.id`,
		userID, store.FormatTime(monthStart), store.FormatTime(monthEnd))
	if err != nil {
		return nil, fmt.Errorf("customer: new buyers: %w", err)
	}
	defer rows.Close()
	out := []BuyerRow{}
	for rows.Next() {
		var b BuyerRow
		if err := rows.Scan(&b.CustomerID, &b.Name, &b.WonAt); err != nil {
			return nil, fmt.Errorf("customer: new buyers: %w", err)
		}
		out = append(out, b)
	}
	return out, rows.Err()
}

// RevisitRows lists userID's revisits that fell due in [monthStart, monthEnd).
// A revisit ended before it fell due (the customer changed hands) is not
// theirs to answer for; one ended undone after it fell due is missed.
func (s *Service) RevisitRows(ctx context.Context, userID string, monthStart, monthEnd time.Time) ([]RevisitRow, error) {
	rows, err := s.db.Read().QueryContext(ctx, `SELECT r.customer_id, c.name, r.due_at, r.deadline_at, coalesce(r.done_at, ''),
		CASE WHEN r.status = 'done' AND r.done_at < r.deadline_at THEN 'onTime'
		     WHEN r.status = 'done' THEN 'late'
		     WHEN r.status = 'closed' OR r.deadline_at <= ?4 THEN 'missed'
		     ELSE 'pending' END
		FROM revisit_tasks r JOIN customers c ON c.id = r.customer_id
		WHERE r.owner_id = ?1 AND r.due_at >= ?2 AND r.due_at < ?3 AND r.deleted_at IS NULL
		AND NOT (r.status = 'closed' AND r.closed_at < r.due_at) ORDER BY r.due_at, r.id`,
		userID, store.FormatTime(monthStart), store.FormatTime(monthEnd), store.FormatTime(s.now()))
	if err != nil {
		return nil, fmt.Errorf("customer: revisits due: %w", err)
	}
	defer rows.Close()
	out := []RevisitRow{}
	for rows.Next() {
		var r RevisitRow
		if err := rows.Scan(&r.CustomerID, &r.Name, &r.DueAt, &r.DeadlineAt, &r.DoneAt, &r.State); err != nil {
			return nil, fmt.Errorf("customer: revisits due: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}
