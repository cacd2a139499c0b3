package quote

import (
	"context"
	"fmt"
	"time"

	"steady/backend/store"
)

// ClosedRow is a quote that closed in a month as the win rate counts it:
// "accepted", "rejected" or "expired".
type ClosedRow struct {
	QuoteID    string `json:"quoteId"`
	Number     string `json:"number"`
	Customer   string `json:"customer"`
	TotalMinor int64  `json:"totalMinor"`
	Currency   string `json:"currency"`
	ClosedAt   string `json:"closedAt"`
	State      string `json:"state"`
}

// ClosedRows lists userID's quotes closed in [monthStart, monthEnd): the
// records behind MonthlyNumbers' Accepted, Rejected and Expired.
func (s *Service) ClosedRows(ctx context.Context, userID string, monthStart, monthEnd time.Time) ([]ClosedRow, error) {
	rows, err := s.db.Read().QueryContext(ctx, `SELECT * FROM (SELECT id, number, customer_name, total_minor, currency,
		closed_at, `+closedState+` AS state FROM `+monthQuotes+` WHERE owner_id = ?3)
		WHERE state IS NOT NULL ORDER BY closed_at, id`,
		store.FormatTime(monthStart), store.FormatTime(monthEnd), userID)
	if err != nil {
		return nil, fmt.Errorf("quote: closed quotes: %w", err)
	}
	defer rows.Close()
	out := []ClosedRow{}
	for rows.Next() {
		var r ClosedRow
		if err := rows.Scan(&r.QuoteID, &r.Number, &r.Customer, &r.TotalMinor, &r.Currency, &r.ClosedAt, &r.State); err != nil {
			return nil, fmt.Errorf("quote: closed quotes: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}
