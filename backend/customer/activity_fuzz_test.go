package customer

import (
	"testing"
	"time"

	"steady/backend/store"
)

// FuzzCleanActivity: the time an activity happened, as the form or a file
// sends it, is refused or kept as a stored time that reads back as the
// same instant, never later than the clock allows; the next-step day kept
// is a calendar day; checking the cleaned form again changes nothing.
func FuzzCleanActivity(f *testing.F) {
	for _, at := range []string{"", "2026-11-27T09:00:00+08:00", "2026-11-27T01:00:00Z", "2026-11-27T01:00:00.123456789Z",
		"2016-12-31T23:59:60Z", "2026-01-01T24:00:00Z", "2026-02-30T00:00:00Z", "0000-01-01T00:00:00+01:00",
		"0000-01-01T00:00:00Z", "0001-01-01T00:00:00+23:59", "9999-12-31T23:59:59-23:59", "2026-11-27 09:00",
		"2026-11-27T09:00:00", "2026-11-27T09:10:00+00:00", "1e309", "\x00", "\xff", "😀", "２０２６-11-27T01:00:00Z"} {
		f.Add(at, "2026-12-01")
	}
	f.Add("", "2026-02-30")
	f.Add("", "24:00")
	now := time.Date(2026, 11, 27, 1, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, at, nextStepOn string) {
		in := ActivityInput{Kind: ActivityKinds()[0], Summary: "回访", At: at, NextStepOn: nextStepOn}
		out, when, err := cleanActivity(in, now)
		if err != nil {
			return
		}
		back, perr := store.ParseTime(out.At)
		if perr != nil || !back.Equal(when.Truncate(time.Millisecond)) || when.After(now.Add(futureSlack)) {
			t.Fatalf("at %q kept as %q (%v), read back %v, %v", at, out.At, when, back, perr)
		}
		if out.NextStepOn != "" && !realDay(out.NextStepOn) {
			t.Fatalf("next step on %q kept as %q", nextStepOn, out.NextStepOn)
		}
		again, _, err := cleanActivity(out, now)
		if err != nil || again != out {
			t.Fatalf("at %q: cleaned %+v, again %+v (%v)", at, out, again, err)
		}
	})
}
