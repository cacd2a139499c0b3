package appraisal

import (
	"context"
	"fmt"
)

// TargetSum is the sum of month's targets of code for userIDs, each prorated
// for a person who joined in the month as their appraisal will be; nil when
// none of them has one (a dashboard then shows no target, not a made-up one).
// It does not check who asks: callers pass the people their actor may see.
// The dashboards call it on every load: one query reads the targets with the
// hire dates they are prorated by.
func (s *Service) TargetSum(ctx context.Context, code, monthKey string, userIDs []string) (*int64, error) {
	m, err := s.Month(ctx, monthKey)
	if err != nil {
		return nil, err
	}
	wanted := make(map[string]bool, len(userIDs))
	for _, id := range userIDs {
		wanted[id] = true
	}
	rows, err := s.db.Read().QueryContext(ctx, `SELECT t.user_id, t.value, u.hire_date FROM appraisal_targets t
		JOIN users u ON u.id = t.user_id AND u.deleted_at IS NULL
		WHERE t.month = ? AND t.code = ? AND t.deleted_at IS NULL`, m.Key, code)
	if err != nil {
		return nil, fmt.Errorf("appraisal: target sum: %w", err)
	}
	defer rows.Close()
	var sum int64
	found := false
	for rows.Next() {
		var user, hired string
		var value int64
		if err := rows.Scan(&user, &value, &hired); err != nil {
			return nil, fmt.Errorf("appraisal: target sum: %w", err)
		}
		if wanted[user] {
			sum += proration(m, hired).scale(value)
			found = true
		}
	}
	if err := rows.Err(); err != nil || !found {
		return nil, err
	}
	return &sum, nil
}
