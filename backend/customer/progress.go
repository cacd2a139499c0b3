package customer

import "time"

// Progress hears how far a long task (an import, an export) has come: done
// of total rows. It is called at most every progressEvery, and always for
// the first and the last row; nil means nobody listens.
type Progress func(done, total int)

// progressEvery is the shortest gap between two progress reports.
const progressEvery = 100 * time.Millisecond

// throttle passes reports on to a Progress no more often than every.
type throttle struct {
	fn    Progress
	every time.Duration
	clock func() time.Time
	last  time.Time
	sent  bool
}

func newThrottle(fn Progress) *throttle {
	return &throttle{fn: fn, every: progressEvery, clock: time.Now}
}

// report tells the listener, unless it heard from us less than every ago;
// the last row (done == total) always gets through.
func (t *throttle) report(done, total int) {
	if t.fn == nil {
		return
	}
	now := t.clock()
	if t.sent && done < total && now.Sub(t.last) < t.every {
		return
	}
	t.fn(done, total)
	t.last, t.sent = now, true
}
