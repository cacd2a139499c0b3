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
	buyers, err := s.NewBuyerRows(ctx, userID, monthStart, monthEnd)
	if err != nil {
		return n, err
	}
	n.NewBuyers = len(buyers)
	revisits, err := s.RevisitRows(ctx, userID, monthStart, monthEnd)
	if err != nil {
		return n, err
	}
	t := TallyRevisits(revisits)
	n.RevisitsOnTime, n.RevisitsLate, n.RevisitsMissed, n.RevisitsPending = t.OnTime, t.Late, t.Missed, t.Pending
	n.RevisitsDue = n.RevisitsOnTime + n.RevisitsLate + n.RevisitsMissed + n.RevisitsPending
	return n, nil
}
