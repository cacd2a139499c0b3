package appraisal

import (
	"context"
	"slices"
)

// TargetSum is the sum of month's targets of code for userIDs, each prorated
// for a person who joined in the month as their appraisal will be; nil when
// none of them has one (a dashboard then shows no target, not a made-up one).
// It does not check who asks: callers pass the people their actor may see.
func (s *Service) TargetSum(ctx context.Context, code, monthKey string, userIDs []string) (*int64, error) {
	m, err := s.Month(ctx, monthKey)
	if err != nil {
		return nil, err
	}
	cells, err := targetCells(ctx, s.db.Read(), m.Key)
	if err != nil {
		return nil, err
	}
	var sum int64
	found := false
	for user, byCode := range cells {
		cell, ok := byCode[code]
		if !ok || !slices.Contains(userIDs, user) {
			continue
		}
		p, err := personByID(ctx, s.db.Read(), user)
		if err != nil {
			return nil, err
		}
		sum += proration(m, p.HireDate).scale(cell.Value)
		found = true
	}
	if !found {
		return nil, nil
	}
	return &sum, nil
}
