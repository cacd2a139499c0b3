package services

import (
	"context"
	"time"

	"steady/backend/appraisal"
	"steady/backend/customer"
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
	training, err := s.Training.MonthlyNumbers(ctx, id, start, end)
	if err != nil {
		return appraisal.Figures{}, err
	}
	after, err := s.Service.MonthlyNumbers(ctx, id, start, end)
	if err != nil {
		return appraisal.Figures{}, err
	}
	f := appraisal.Figures{
		Surveys: after.Surveys, SurveyScoreSum: after.ScoreSum,
		WonMinor: sales.WonMinor, WonCount: sales.WonCount,
		SOPOnTime: sales.TasksOnTime, SOPLate: sales.TasksLate, SOPMissed: sales.TasksMissed,
		CoursesDue: training.Due, CoursesCompleted: training.Completed,
	}
	return f, s.customerFigures(ctx, &f, id, start, end)
}

// customerFigures counts the new buyers and revisits from the rows the
// customer area's MonthlyNumbers counts (and the evidence lists), without
// its count of customers created, which the appraisal does not use and
// which reads the whole ownership history once per rep.
func (s *Set) customerFigures(ctx context.Context, f *appraisal.Figures, id string, start, end time.Time) error {
	buyers, err := s.Customers.NewBuyerRows(ctx, id, start, end)
	if err != nil {
		return err
	}
	revisits, err := s.Customers.RevisitRows(ctx, id, start, end)
	if err != nil {
		return err
	}
	f.NewBuyers = len(buyers)
	t := customer.TallyRevisits(revisits)
	f.RevisitsOnTime, f.RevisitsLate, f.RevisitsMissed = t.OnTime, t.Late, t.Missed
	return nil
}
