package appraisal

import (
	"time"

	"steady/backend/apperr"
)

// Month is a calendar month in the company's time zone.
type Month struct {
	Key   string    // YYYY-MM
	Start time.Time // its first moment
	End   time.Time // the first moment of the next month
}

// ParseMonth reads "YYYY-MM" in loc; a field error on "month" otherwise.
func ParseMonth(key string, loc *time.Location) (Month, error) {
	start, err := time.ParseInLocation("2006-01", key, loc)
	if err != nil || start.Format("2006-01") != key {
		return Month{}, apperr.Field("month", "validation.invalidMonth", nil)
	}
	return Month{Key: key, Start: start, End: start.AddDate(0, 1, 0)}, nil
}

// Previous is the month before m.
func (m Month) Previous() Month {
	start := m.Start.AddDate(0, -1, 0)
	return Month{Key: start.Format("2006-01"), Start: start, End: m.Start}
}

// workingDays counts Monday–Friday days from from to to, both calendar days
// (YYYY-MM-DD), inclusive.
func workingDays(from, to time.Time) int {
	n := 0
	for d := from; !d.After(to); d = d.AddDate(0, 0, 1) {
		if wd := d.Weekday(); wd != time.Saturday && wd != time.Sunday {
			n++
		}
	}
	return n
}

// proration returns how much of month m a rep hired on hireDate (YYYY-MM-DD)
// worked, or nil when they were there from its first day (or the date is unknown).
func proration(m Month, hireDate string) *Proration {
	hired, err := time.ParseInLocation(time.DateOnly, hireDate, m.Start.Location())
	if err != nil || !hired.After(m.Start) || !hired.Before(m.End) {
		return nil
	}
	last := m.End.AddDate(0, 0, -1)
	return &Proration{WorkingDays: workingDays(hired, last), OfDays: workingDays(m.Start, last)}
}

// scale is target × the share of the month worked, rounded half up.
func (p *Proration) scale(target int64) int64 {
	if p == nil || p.OfDays == 0 {
		return target
	}
	return (target*int64(p.WorkingDays)*2 + int64(p.OfDays)) / (2 * int64(p.OfDays))
}

// hiredAfter says whether a rep hired on hireDate had not started by the
// month's end (they get no appraisal for it).
func hiredAfter(m Month, hireDate string) bool {
	hired, err := time.ParseInLocation(time.DateOnly, hireDate, m.Start.Location())
	return err == nil && !hired.Before(m.End)
}
