package sales

import (
	"context"
	"fmt"
	"time"

	"steady/backend/company"
	"steady/backend/store"
)

// MonthlyNumbers are one rep's sales figures for the appraisal.
type MonthlyNumbers struct {
	UserID string `json:"userId"`
	// WonMinor sums the deals they own that were won in the month, in
	// Currency (the company's), a deal in another currency converted at the
	// rate of the month it was won; WonCount counts them in any currency, and
	// Conversion names the rates used and the wins left out for want of one.
	Currency     string             `json:"currency"`
	WonMinor     int64              `json:"wonMinor"`
	WonCount     int                `json:"wonCount"`
	Conversion   company.Conversion `json:"conversion"`
	DealsCreated int                `json:"dealsCreated"` // deals they own that were created in the month
	// SOP tasks whose deadline fell in the month (see Compliance).
	TasksDue     int `json:"tasksDue"`
	TasksOnTime  int `json:"tasksOnTime"`
	TasksLate    int `json:"tasksLate"`
	TasksMissed  int `json:"tasksMissed"`
	TasksPending int `json:"tasksPending"`
	// SOPComplianceBP is TasksOnTime / (on time + late + missed) in basis
	// points; nil (JSON null, "no data") when no deadline has passed, so a rep
	// who opened no deals is not scored 100 %.
	SOPComplianceBP *int `json:"sopComplianceBp"`
}

// MonthlyNumbers counts userID's figures for [monthStart, monthEnd), the
// calendar month in the company's time zone as the appraisal computes it.
// It does not check who asks: the appraisal scopes its own callers.
func (s *Service) MonthlyNumbers(ctx context.Context, userID string, monthStart, monthEnd time.Time) (MonthlyNumbers, error) {
	q := s.db.Read()
	am, err := s.amounts(ctx, q)
	if err != nil {
		return MonthlyNumbers{}, err
	}
	p := period{start: monthStart, end: monthEnd}
	from, to := p.stamps()
	n := MonthlyNumbers{UserID: userID, Currency: am.conv.Currency}
	err = am.sum(ctx, q, nil, `owner_id = ? AND won_at >= ? AND won_at < ? AND deleted_at IS NULL`, []any{userID, from, to},
		func(_ []string, count int, amount int64) {
			n.WonCount, n.WonMinor = n.WonCount+count, n.WonMinor+amount
		})
	if err != nil {
		return n, fmt.Errorf("sales: monthly wins: %w", err)
	}
	n.Conversion = am.conversion()
	err = q.QueryRowContext(ctx, `SELECT count(*) FROM deals WHERE owner_id = ? AND created_at >= ? AND created_at < ?
		AND deleted_at IS NULL`, userID, from, to).Scan(&n.DealsCreated)
	if err != nil {
		return n, fmt.Errorf("sales: monthly deals created: %w", err)
	}
	c, err := monthCounts(ctx, q, userID, p, store.FormatTime(s.now()))
	if err != nil {
		return n, err
	}
	n.TasksDue, n.TasksOnTime, n.TasksLate, n.TasksMissed, n.TasksPending = c.due(), c.onTime, c.late, c.missed, c.pending
	n.SOPComplianceBP = c.onTimeBP()
	return n, nil
}
