package training

import (
	"context"
	"time"
)

// MonthNumbers are one rep's training figures for the appraisal.
type MonthNumbers struct {
	UserID string `json:"userId"`
	// Due counts the required courses due before the month ended; Completed
	// those of them completed before it ended.
	Due       int `json:"due"`
	Completed int `json:"completed"`
	// CompletionBP is Completed/Due in basis points, rounded half up; nil
	// (JSON null, "no data") when nothing was due: nothing owed is not full
	// marks.
	CompletionBP *int `json:"completionBp"`
	// Minutes counts the sessions attended (present or late) held in the month.
	Minutes int `json:"minutes"`
	// Scored counts the assessments taken in the month; AverageScore is their
	// average in hundredths of a point (0 when none).
	Scored       int `json:"scored"`
	AverageScore int `json:"averageScore"`
}

// MonthlyNumbers returns userID's training figures for the month from
// monthStart (inclusive) to monthEnd (exclusive: the first moment of the
// next month), both in the company's time zone; only their calendar days
// count. It does not check who asks: the appraisal scopes its own callers.
func (s *Service) MonthlyNumbers(ctx context.Context, userID string, monthStart, monthEnd time.Time) (MonthNumbers, error) {
	from, to := monthStart.Format(time.DateOnly), monthEnd.Format(time.DateOnly)
	q := s.db.Read()
	if _, err := personByID(ctx, q, userID); err != nil {
		return MonthNumbers{}, err
	}
	n := MonthNumbers{UserID: userID}
	courses, err := s.CourseRows(ctx, userID, monthEnd)
	if err != nil {
		return MonthNumbers{}, err
	}
	n.Due = len(courses)
	for _, c := range courses {
		if c.State == "completed" {
			n.Completed++
		}
	}
	if n.Due > 0 {
		r := ratioBP(n.Completed, n.Due)
		n.CompletionBP = &r
	}
	st, err := statsBetween(ctx, q, userID, from, to)
	if err != nil {
		return MonthNumbers{}, err
	}
	n.Minutes, n.Scored, n.AverageScore = st.Minutes, st.Scored, st.AvgScore
	return n, nil
}
