package service

import (
	"context"
	"fmt"
	"time"

	"steady/backend/store"
)

// Monthly is one rep's after-sales numbers for a month: the surveys answered
// on the customers they held when the answer came (the owner stored on the
// survey, not today's), and the tickets assigned to them resolved in the
// month, within target or not. No survey means no satisfaction number.
type Monthly struct {
	UserID         string `json:"userId"`
	Surveys        int    `json:"surveys"`
	ScoreSum       int    `json:"scoreSum"`
	Resolved       int    `json:"resolved"`
	ResolvedOnTime int    `json:"resolvedOnTime"`
}

// AverageX100 is the average score in hundredths (4.25 = 425); ok is false
// without a survey.
func (m Monthly) AverageX100() (int, bool) {
	if m.Surveys == 0 {
		return 0, false
	}
	return (m.ScoreSum*100*2 + m.Surveys) / (m.Surveys * 2), true
}

// MonthlyNumbers counts userID's numbers between start and end (the
// month's bounds in the company's zone).
func (s *Service) MonthlyNumbers(ctx context.Context, userID string, start, end time.Time) (Monthly, error) {
	q := s.db.Read()
	m := Monthly{UserID: userID}
	from, to := store.FormatTime(start), store.FormatTime(end)
	err := q.QueryRowContext(ctx, `SELECT count(*), coalesce(sum(score), 0) FROM surveys
		WHERE owner_id = ? AND status = 'answered' AND deleted_at IS NULL AND answered_at >= ? AND answered_at < ?`,
		userID, from, to).Scan(&m.Surveys, &m.ScoreSum)
	if err != nil {
		return m, fmt.Errorf("service: monthly surveys of %s: %w", userID, err)
	}
	err = q.QueryRowContext(ctx, `SELECT count(*), coalesce(sum(resolved_on_time), 0) FROM tickets
		WHERE assignee_id = ? AND deleted_at IS NULL AND resolved_at >= ? AND resolved_at < ?`,
		userID, from, to).Scan(&m.Resolved, &m.ResolvedOnTime)
	if err != nil {
		return m, fmt.Errorf("service: monthly tickets of %s: %w", userID, err)
	}
	return m, nil
}

// SurveyRows lists the answered surveys behind userID's satisfaction for
// the month (the appraisal's evidence).
func (s *Service) SurveyRows(ctx context.Context, userID string, start, end time.Time) ([]Survey, error) {
	rows, err := s.db.Read().QueryContext(ctx, `SELECT `+surveyColumns+surveyFrom+` AND s.owner_id = ? AND s.status = 'answered'
		AND s.answered_at >= ? AND s.answered_at < ? ORDER BY s.answered_at`, userID, store.FormatTime(start), store.FormatTime(end))
	if err != nil {
		return nil, fmt.Errorf("service: survey rows: %w", err)
	}
	defer rows.Close()
	out := []Survey{}
	for rows.Next() {
		v, err := scanSurvey(rows)
		if err != nil {
			return nil, fmt.Errorf("service: survey rows: %w", err)
		}
		out = append(out, v)
	}
	return out, rows.Err()
}
