package sales

import (
	"strings"
	"time"

	"steady/backend/apperr"
	"steady/backend/store"
)

// period is [start, end) in UTC, from calendar days or months of the
// company's time zone.
type period struct {
	start, end time.Time
}

// stamps is the period as stored text.
func (p period) stamps() (string, string) { return store.FormatTime(p.start), store.FormatTime(p.end) }

// daysPeriod reads From and To (YYYY-MM-DD, both included) in loc.
func daysPeriod(from, to string, loc *time.Location) (period, error) {
	var v apperr.Validation
	start, errFrom := time.ParseInLocation(time.DateOnly, strings.TrimSpace(from), loc)
	if errFrom != nil {
		v.Add("from", "validation.invalidDate", nil)
	}
	last, errTo := time.ParseInLocation(time.DateOnly, strings.TrimSpace(to), loc)
	if errTo != nil {
		v.Add("to", "validation.invalidDate", nil)
	}
	if errFrom == nil && errTo == nil && last.Before(start) {
		v.Add("to", "validation.endBeforeStart", nil)
	}
	return period{start: start, end: last.AddDate(0, 0, 1)}, v.Err()
}

// monthPeriod reads a calendar month (YYYY-MM) in loc.
func monthPeriod(month string, loc *time.Location) (period, error) {
	start, err := time.ParseInLocation("2006-01", strings.TrimSpace(month), loc)
	if err != nil {
		return period{}, apperr.Field("month", "validation.invalidDate", nil)
	}
	return period{start: start, end: start.AddDate(0, 1, 0)}, nil
}

// monthOf is the calendar month in loc holding t.
func monthOf(t time.Time, loc *time.Location) period {
	y, m, _ := t.In(loc).Date()
	start := time.Date(y, m, 1, 0, 0, 0, 0, loc)
	return period{start: start, end: start.AddDate(0, 1, 0)}
}

// dayOf is the calendar day in loc holding t.
func dayOf(t time.Time, loc *time.Location) period {
	y, m, d := t.In(loc).Date()
	start := time.Date(y, m, d, 0, 0, 0, 0, loc)
	return period{start: start, end: start.AddDate(0, 0, 1)}
}
