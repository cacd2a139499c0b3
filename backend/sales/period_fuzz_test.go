package sales

import (
	"testing"
	"time"
)

// FuzzPeriods: a report's From/To days and month are refused, or read as
// a period that starts at the first instant of its first day in the
// company's zone (including zones whose clocks jump at midnight), ends
// after it starts, and holds whole calendar days.
func FuzzPeriods(f *testing.F) {
	for _, s := range [][2]string{{"2026-01-01", "2026-01-31"}, {"2026-02-28", "2026-02-29"}, {"2024-02-29", "2024-03-01"},
		{"2026-02-30", "2026-03-01"}, {"2026-03-01", "2026-02-01"}, {" 2026-01-01 ", "2026-01-01"}, {"2026-1-1", "2026-01-02"},
		{"0000-01-01", "9999-12-31"}, {"2026-09-06", "2026-09-06"}, {"2026-13", "2026-12"}, {"24:00", "2026-01-01"},
		{"２０２６-01-01", "2026-01-01"}, {"\x00", "\xff"}} {
		f.Add(s[0], s[1])
	}
	zones := []*time.Location{time.UTC, mustZone("Asia/Shanghai"), mustZone("America/Santiago"), mustZone("Pacific/Apia")}
	f.Fuzz(func(t *testing.T, from, to string) {
		for _, loc := range zones {
			if p, err := daysPeriod(from, to, loc); err == nil {
				checkPeriod(t, from+" – "+to, p, loc)
			}
			if p, err := monthPeriod(from, loc); err == nil {
				checkPeriod(t, from, p, loc)
				if p.start.In(loc).Day() != 1 || p.end.In(loc).Day() != 1 {
					t.Fatalf("month %q in %s: %v – %v", from, loc, p.start, p.end)
				}
			}
		}
	})
}

func checkPeriod(t *testing.T, typed string, p period, loc *time.Location) {
	t.Helper()
	if !p.end.After(p.start) || !dayStarts(p.start, loc) || !dayStarts(p.end, loc) {
		t.Fatalf("%q in %s: %v – %v", typed, loc, p.start.In(loc), p.end.In(loc))
	}
}

// dayStarts: at is the first instant of its calendar day in loc.
func dayStarts(at time.Time, loc *time.Location) bool {
	before := at.Add(-time.Nanosecond).In(loc)
	return before.Day() != at.In(loc).Day() && at.In(loc).Hour() <= 1
}
