package appraisal

import (
	"context"
	"fmt"
)

// drift recomputes a final appraisal's metrics from today's data, without
// storing anything, and lists the actuals that would differ.
func (s *Service) drift(ctx context.Context, a Appraisal) ([]Drift, error) {
	m, err := s.Month(ctx, a.Month)
	if err != nil {
		return nil, err
	}
	figures, err := s.source(ctx, m, []string{a.UserID})
	if err != nil {
		return nil, fmt.Errorf("appraisal: drift: %w", err)
	}
	out := []Drift{}
	for _, r := range a.Results {
		if r.Code == Manual {
			continue
		}
		actual, _, ok := measure(r.Code, figures[a.UserID])
		var now *int64
		if ok {
			now = &actual
		}
		if !sameValue(r.Actual, now) {
			out = append(out, Drift{Code: r.Code, Name: r.Name, Finalised: r.Actual, Now: now})
		}
	}
	return out, nil
}

func sameValue(a, b *int64) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return *a == *b
}
