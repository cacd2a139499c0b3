package services

import (
	"context"
	"time"

	"steady/backend/appraisal"
	"steady/backend/quote"
)

// figures reads each user's appraisal figures for month m from the areas'
// monthly numbers (quotes are counted once for the whole month).
func (s *Set) figures(ctx context.Context, m appraisal.Month, userIDs []string) (map[string]appraisal.Figures, error) {
	quotes, err := s.Quotes.MonthlyNumbers(ctx, m.Key)
	if err != nil {
		return nil, err
	}
	byUser := make(map[string]quote.Monthly, len(quotes))
	for _, q := range quotes {
		byUser[q.UserID] = q
	}
	out := make(map[string]appraisal.Figures, len(userIDs))
	for _, id := range userIDs {
		f, err := s.userFigures(ctx, id, m.Start, m.End)
		if err != nil {
			return nil, err
		}
		q := byUser[id]
		f.QuotesAccepted, f.QuotesClosed = q.Accepted, q.Accepted+q.Rejected+q.Expired
		out[id] = f
	}
	return out, nil
}

func (s *Set) userFigures(ctx context.Context, id string, start, end time.Time) (appraisal.Figures, error) {
	sales, err := s.Sales.MonthlyNumbers(ctx, id, start, end)
	if err != nil {
		return appraisal.Figures{}, err
	}
	customers, err := s.Customers.MonthlyNumbers(ctx, id, start, end)
	if err != nil {
		return appraisal.Figures{}, err
	}
	training, err := s.Training.MonthlyNumbers(ctx, id, start, end)
	if err != nil {
		return appraisal.Figures{}, err
	}
	return appraisal.Figures{
		WonMinor: sales.WonMinor, WonCount: sales.WonCount, NewBuyers: customers.NewBuyers,
		SOPOnTime: sales.TasksOnTime, SOPLate: sales.TasksLate, SOPMissed: sales.TasksMissed,
		RevisitsOnTime: customers.RevisitsOnTime, RevisitsLate: customers.RevisitsLate, RevisitsMissed: customers.RevisitsMissed,
		CoursesDue: training.Due, CoursesCompleted: training.Completed,
	}, nil
}
