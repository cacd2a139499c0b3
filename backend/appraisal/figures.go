package appraisal

import (
	"context"
)

// Figures are one rep's numbers for a month, as the areas count them. A
// rate's parts are kept apart so that "nothing fell due" stays "no data".
type Figures struct {
	WonMinor         int64 `json:"wonMinor"` // in the company's currency
	WonCount         int   `json:"wonCount"`
	NewBuyers        int   `json:"newBuyers"`
	QuotesAccepted   int   `json:"quotesAccepted"`
	QuotesClosed     int   `json:"quotesClosed"` // accepted, rejected or expired
	SOPOnTime        int   `json:"sopOnTime"`
	SOPLate          int   `json:"sopLate"`
	SOPMissed        int   `json:"sopMissed"`
	RevisitsOnTime   int   `json:"revisitsOnTime"`
	RevisitsLate     int   `json:"revisitsLate"`
	RevisitsMissed   int   `json:"revisitsMissed"`
	CoursesDue       int   `json:"coursesDue"`
	CoursesCompleted int   `json:"coursesCompleted"`
	Surveys          int   `json:"surveys"`        // answered on the rep's customers (the owner stored on each)
	SurveyScoreSum   int   `json:"surveyScoreSum"` // of their 1–5 scores
}

// Source reads the figures of the given users for month m from the areas
// (the services package wires it to customers, sales, quotes and training).
type Source func(ctx context.Context, m Month, userIDs []string) (map[string]Figures, error)

// measure is what one computed metric reads from the figures: the actual,
// and for rates the parts behind it; ok is false when there is nothing to measure.
func measure(code string, f Figures) (actual int64, counts map[string]int, ok bool) {
	switch code {
	case SalesAmount:
		return f.WonMinor, map[string]int{"won": f.WonCount}, true
	case NewBuyers:
		return int64(f.NewBuyers), nil, true
	case QuoteWinRate:
		return rate(f.QuotesAccepted, f.QuotesClosed, map[string]int{"accepted": f.QuotesAccepted, "closed": f.QuotesClosed})
	case SOPCompliance:
		due := f.SOPOnTime + f.SOPLate + f.SOPMissed
		return rate(f.SOPOnTime, due, map[string]int{"due": due, "onTime": f.SOPOnTime, "late": f.SOPLate, "missed": f.SOPMissed})
	case RevisitTimeliness:
		due := f.RevisitsOnTime + f.RevisitsLate + f.RevisitsMissed
		return rate(f.RevisitsOnTime, due, map[string]int{"due": due, "onTime": f.RevisitsOnTime, "late": f.RevisitsLate, "missed": f.RevisitsMissed})
	case TrainingCompletion:
		return rate(f.CoursesCompleted, f.CoursesDue, map[string]int{"due": f.CoursesDue, "completed": f.CoursesCompleted})
	case Satisfaction:
		// the average score as a share of the top score (4.2 of 5 = 84 %),
		// so a template's rate target reads "average 4 or better" as 80 %
		return rate(f.SurveyScoreSum, f.Surveys*5, map[string]int{"surveys": f.Surveys, "averageX100": averageX100(f)})
	}
	return 0, nil, false
}

// rate is part/whole in basis points, rounded half up; not ok when whole is 0.
func rate(part, whole int, counts map[string]int) (int64, map[string]int, bool) {
	if whole == 0 {
		return 0, counts, false
	}
	return int64(completionBP(int64(part), int64(whole))), counts, true
}

// averageX100 is the average survey score in hundredths, half up.
func averageX100(f Figures) int {
	if f.Surveys == 0 {
		return 0
	}
	return (f.SurveyScoreSum*200 + f.Surveys) / (f.Surveys * 2)
}
