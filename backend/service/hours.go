package service

import (
	"time"
)

// Hours is the company's working week in its own zone: the ISO weekdays
// worked (Days[1] Monday … Days[7] Sunday) and the working day from Start to
// End, in minutes after local midnight. Service targets count only these
// minutes, so a ticket raised on Friday evening is not late on Monday morning.
type Hours struct {
	Days       [8]bool
	Start, End int
	Loc        *time.Location
}

// valid says whether any time is worked at all; a week without working time
// would never reach a target, so the clock then counts every minute.
func (h Hours) valid() bool {
	if h.Loc == nil || h.Start < 0 || h.End > 24*60 || h.Start >= h.End {
		return false
	}
	for _, d := range h.Days[1:] {
		if d {
			return true
		}
	}
	return false
}

// window is the working stretch of the local day that starts at day.
func (h Hours) window(day time.Time) (time.Time, time.Time, bool) {
	wd := int(day.Weekday())
	if wd == 0 {
		wd = 7
	}
	if !h.Days[wd] {
		return time.Time{}, time.Time{}, false
	}
	y, m, d := day.Date()
	start := time.Date(y, m, d, h.Start/60, h.Start%60, 0, 0, h.Loc)
	end := time.Date(y, m, d, h.End/60, h.End%60, 0, 0, h.Loc)
	return start, end, true
}

// dayOf is the start of t's local day.
func (h Hours) dayOf(t time.Time) time.Time {
	y, m, d := t.In(h.Loc).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, h.Loc)
}

// Work is the working time between from and to (zero when to is not after from).
func (h Hours) Work(from, to time.Time) time.Duration {
	if !to.After(from) {
		return 0
	}
	if !h.valid() {
		return to.Sub(from)
	}
	var total time.Duration
	for day := h.dayOf(from); day.Before(to); day = day.AddDate(0, 0, 1) {
		start, end, ok := h.window(day)
		if !ok {
			continue
		}
		start, end = later(start, from), earlier(end, to)
		if end.After(start) {
			total += end.Sub(start)
		}
	}
	return total
}

// Add is the moment d of working time after from: a target of one working
// hour set at 17:30 on a Friday falls due at 09:30 on Monday.
func (h Hours) Add(from time.Time, d time.Duration) time.Time {
	if d <= 0 {
		return from
	}
	if !h.valid() {
		return from.Add(d)
	}
	for day := h.dayOf(from); ; day = day.AddDate(0, 0, 1) {
		start, end, ok := h.window(day)
		if !ok || !end.After(from) {
			continue
		}
		start = later(start, from)
		if left := end.Sub(start); d <= left {
			return start.Add(d).UTC()
		} else {
			d -= left
		}
	}
}

func later(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

func earlier(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

// NewHours builds the working week from ISO weekdays and minutes after
// local midnight.
func NewHours(days []int, start, end int, loc *time.Location) Hours {
	h := Hours{Start: start, End: end, Loc: loc}
	for _, d := range days {
		if d >= 1 && d <= 7 {
			h.Days[d] = true
		}
	}
	return h
}
