package backups

import (
	"fmt"
	"time"
)

// How many backups rotation keeps: the newest of each of the last 7 days,
// 4 weeks and 12 months that have one (a day counts only if a backup was
// made on it, so a laptop left off for a fortnight keeps its older ones).
const (
	KeepDaily   = 7
	KeepWeekly  = 4
	KeepMonthly = 12
)

type bucketRule struct {
	count  int
	bucket func(time.Time) string
}

var rules = []bucketRule{
	{KeepDaily, func(t time.Time) string { return t.Format(time.DateOnly) }},
	{KeepWeekly, func(t time.Time) string { y, w := t.ISOWeek(); return fmt.Sprintf("%d-W%02d", y, w) }},
	{KeepMonthly, func(t time.Time) string { return t.Format("2006-01") }},
}

// Keep says which backups to keep; times must be sorted newest first, and
// days, weeks and months are those of loc (where the person lives). The
// newest backup is always kept.
func Keep(times []time.Time, loc *time.Location) []bool {
	keep := make([]bool, len(times))
	for _, r := range rules {
		left, last := r.count, ""
		for i, t := range times {
			if left == 0 {
				break
			}
			b := r.bucket(t.In(loc))
			if b == last {
				continue // an older backup of a day (week, month) already kept
			}
			keep[i], last = true, b
			left--
		}
	}
	return keep
}
