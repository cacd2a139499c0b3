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
	first, errFrom := time.Parse(time.DateOnly, strings.TrimSpace(from))
	if errFrom != nil {
		v.Add("from", "validation.invalidDate", nil)
	}
	last, errTo := time.Parse(time.DateOnly, strings.TrimSpace(to))
	if errTo != nil {
		v.Add("to", "validation.invalidDate", nil)
	}
	if errFrom == nil && errTo == nil && last.Before(first) {
		v.Add("to", "validation.endBeforeStart", nil)
	}
	return period{start: midnight(first, loc), end: midnight(last.AddDate(0, 0, 1), loc)}, v.Err()
}

// monthPeriod reads a calendar month (YYYY-MM) in loc.
func monthPeriod(month string, loc *time.Location) (period, error) {
	first, err := time.Parse("2006-01", strings.TrimSpace(month))
	if err != nil {
		return period{}, apperr.Field("month", "validation.invalidDate", nil)
	}
	return period{start: midnight(first, loc), end: midnight(first.AddDate(0, 1, 0), loc)}, nil
}

// monthOf is the calendar month in loc holding t.
func monthOf(t time.Time, loc *time.Location) period {
	y, m, _ := t.In(loc).Date()
	first := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	return period{start: midnight(first, loc), end: midnight(first.AddDate(0, 1, 0), loc)}
}

// dayOf is the calendar day in loc holding t.
func dayOf(t time.Time, loc *time.Location) period {
	y, m, d := t.In(loc).Date()
	day := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return period{start: midnight(day, loc), end: midnight(day.AddDate(0, 0, 1), loc)}
}

// midnight is the first instant in loc of the calendar day of date (a
// date in UTC). Where clocks jump forward at midnight (Chile in September),
// 00:00 does not exist and time.Date answers 23:00 of the day before: that
// day then starts where the zone period holding that hour ends.
func midnight(date time.Time, loc *time.Location) time.Time {
	y, m, d := date.Date()
	t := time.Date(y, m, d, 0, 0, 0, 0, loc)
	if t.Day() != d {
		_, end := t.ZoneBounds()
		return end
	}
	return t
}
