package sales

import (
	"context"
	"fmt"
	"time"

	"steady/backend/store"
)

// The records behind a rep's monthly sales numbers, so that the appraisal
// can open what it counted: the deals won, and the SOP tasks that fell due
// sorted by the same conditions monthCounts counts with.

// WonRow is a deal won in the month, with its amount as the monthly numbers
// count it: ConvertedMinor in the company's currency (the deal's own amount
// when it is in that currency; converted at RateMicro, the rate of RateMonth,
// when not), nil when its month has no rate and it adds nothing.
type WonRow struct {
	DealID         string `json:"dealId"`
	Title          string `json:"title"`
	Customer       string `json:"customer"`
	AmountMinor    int64  `json:"amountMinor"`
	Currency       string `json:"currency"`
	WonAt          string `json:"wonAt"`
	ConvertedMinor *int64 `json:"convertedMinor"`
	RateMicro      int64  `json:"rateMicro"` // 0 in the company's currency or without a rate
	RateMonth      string `json:"rateMonth"`
}

// TaskRow is an SOP task that fell due in the month, with how it went:
// "onTime", "late", "missed" or "pending".
type TaskRow struct {
	TaskID   string `json:"taskId"`
	DealID   string `json:"dealId"`
	Deal     string `json:"deal"`
	Customer string `json:"customer"`
	TitleZh  string `json:"titleZh"`
	TitleEn  string `json:"titleEn"`
	DueAt    string `json:"dueAt"`
	DoneAt   string `json:"doneAt"`
	State    string `json:"state"`
}

// WonRows lists the deals userID owns that were won in [monthStart, monthEnd).
func (s *Service) WonRows(ctx context.Context, userID string, monthStart, monthEnd time.Time) ([]WonRow, error) {
	am, err := s.amounts(ctx, s.db.Read())
	if err != nil {
		return nil, err
	}
	rows, err := s.db.Read().QueryContext(ctx, `SELECT d.id, d.title, coalesce(c.name, ''), d.amount_minor, d.currency, d.won_at
		FROM deals d LEFT JOIN customers c ON c.id = d.customer_id
		WHERE d.owner_id = ? AND d.won_at >= ? AND d.won_at < ? AND d.deleted_at IS NULL ORDER BY d.won_at, d.id`,
		userID, store.FormatTime(monthStart), store.FormatTime(monthEnd))
	if err != nil {
		return nil, fmt.Errorf("sales: won deals: %w", err)
	}
	defer rows.Close()
	out := []WonRow{}
	for rows.Next() {
		var w WonRow
		if err := rows.Scan(&w.DealID, &w.Title, &w.Customer, &w.AmountMinor, &w.Currency, &w.WonAt); err != nil {
			return nil, fmt.Errorf("sales: won deals: %w", err)
		}
		if err := am.explain(&w); err != nil {
			return nil, err
		}
		out = append(out, w)
	}
	return out, rows.Err()
}

// TaskRows lists userID's SOP tasks that fell due in [monthStart, monthEnd).
func (s *Service) TaskRows(ctx context.Context, userID string, monthStart, monthEnd time.Time) ([]TaskRow, error) {
	rows, err := s.db.Read().QueryContext(ctx, `SELECT * FROM (SELECT t.id, t.deal_id, d.title, coalesce(c.name, ''),
		t.title_zh, t.title_en, t.due_at, coalesce(t.done_at, ''),
		CASE WHEN `+onTimeTask+` THEN 'onTime' WHEN `+lateTask+` THEN 'late' WHEN `+missedTask+` THEN 'missed'
		     WHEN `+pendingTask+` THEN 'pending' END AS state
		FROM sop_tasks t JOIN deals d ON d.id = t.deal_id LEFT JOIN customers c ON c.id = d.customer_id
		WHERE t.assignee_id = ?2 AND t.due_at >= ?3 AND t.due_at < ?4 AND `+countedTask+`)
		WHERE state IS NOT NULL ORDER BY 7, 1`,
		store.FormatTime(s.now()), userID, store.FormatTime(monthStart), store.FormatTime(monthEnd))
	if err != nil {
		return nil, fmt.Errorf("sales: tasks due: %w", err)
	}
	defer rows.Close()
	out := []TaskRow{}
	for rows.Next() {
		var t TaskRow
		if err := rows.Scan(&t.TaskID, &t.DealID, &t.Deal, &t.Customer, &t.TitleZh, &t.TitleEn, &t.DueAt, &t.DoneAt, &t.State); err != nil {
			return nil, fmt.Errorf("sales: tasks due: %w", err)
		}
		out = append(out, t)
	}
	return out, rows.Err()
}
