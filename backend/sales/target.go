package sales

import (
	"context"
	"fmt"
)

// TargetSum is the sales-amount target of a month (YYYY-MM) summed over
// userIDs (each prorated as their appraisal will be), nil when none of them
// has one: the appraisal area's TargetSum, wired by the services package.
type TargetSum func(ctx context.Context, month string, userIDs []string) (*int64, error)

// SetTargets lets the dashboards show month-to-date against target.
func (s *Service) SetTargets(fn TargetSum) { s.targets = fn }

// targetOf is the month's target of the people in sc; nil without a
// target source or without targets.
func (s *Service) targetOf(ctx context.Context, q querier, sc scope, month string) (*int64, error) {
	if s.targets == nil {
		return nil, nil
	}
	users := sc.users
	if sc.all {
		var err error
		if users, err = everyone(ctx, q); err != nil {
			return nil, err
		}
	}
	return s.targets(ctx, month, users)
}

// everyone lists every user, for the owner's company-wide target.
func everyone(ctx context.Context, q querier) ([]string, error) {
	rows, err := q.QueryContext(ctx, `SELECT id FROM users WHERE deleted_at IS NULL ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("sales: users: %w", err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("sales: users: %w", err)
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}
