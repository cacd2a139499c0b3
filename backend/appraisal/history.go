package appraisal

import (
	"context"
	"fmt"

	"steady/backend/auth"
)

// HistoryPoint is one month of a person's appraisals as it was stored.
type HistoryPoint struct {
	Month   string         `json:"month"`
	Status  string         `json:"status"`
	Total   *int           `json:"total"`
	Grade   string         `json:"grade"`
	Points  map[string]int `json:"points"`  // by metric code (manual: "manual/" + name); absent = no data
	Metrics []string       `json:"metrics"` // the codes in template order, for a stable legend
}

// History returns userID's last n months up to and including monthKey,
// oldest first; a month without an appraisal the actor may see has no point.
func (s *Service) History(ctx context.Context, actor auth.Actor, userID, monthKey string, n int) ([]HistoryPoint, error) {
	m, err := s.Month(ctx, monthKey)
	if err != nil {
		return nil, err
	}
	p, err := personByID(ctx, s.db.Read(), userID)
	if err != nil {
		return nil, err
	}
	first := m
	for i := 1; i < n; i++ {
		first = first.Previous()
	}
	rows, err := s.db.Read().QueryContext(ctx, `SELECT `+appraisalColumns+appraisalFrom+
		` AND a.user_id = ? AND a.month >= ? AND a.month <= ? ORDER BY a.month`, userID, first.Key, m.Key)
	if err != nil {
		return nil, fmt.Errorf("appraisal: history: %w", err)
	}
	defer rows.Close()
	out := []HistoryPoint{}
	for rows.Next() {
		a, err := scanAppraisal(rows)
		if err != nil {
			return nil, fmt.Errorf("appraisal: history: %w", err)
		}
		if mayRead(actor, p, a.Status) {
			out = append(out, historyPoint(a))
		}
	}
	return out, rows.Err()
}

func historyPoint(a Appraisal) HistoryPoint {
	h := HistoryPoint{Month: a.Month, Status: a.Status, Total: a.Total, Grade: a.Grade, Points: map[string]int{}}
	for _, r := range a.Results {
		key := r.Code
		if r.Code == Manual {
			key += "/" + r.Name
		}
		h.Metrics = append(h.Metrics, key)
		if r.Points != nil {
			h.Points[key] = *r.Points
		}
	}
	return h
}
