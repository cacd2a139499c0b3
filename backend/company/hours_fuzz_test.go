package company

import (
	"fmt"
	"testing"
)

// FuzzMinutes: a working-day time is refused or read as minutes within the
// day (24:00, the end of the day, included), and the time written back as
// HH:MM reads as the same minutes.
func FuzzMinutes(f *testing.F) {
	for _, s := range []string{"09:00", "9:00", "18:30", "00:00", "23:59", "24:00", " 24:00 ", "24:01", "25:00", "12:60",
		"23:59:60", "-1:00", "０９:００", "9", "9.5", "09:00 PM", "", "\x00", "\xff", "😀", "9223372036854775807:00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, ok := Minutes(s)
		if !ok {
			if m != 0 {
				t.Fatalf("Minutes(%q) refused and returned %d", s, m)
			}
			return
		}
		if m < 0 || m > 24*60 {
			t.Fatalf("Minutes(%q) = %d, outside the day", s, m)
		}
		back := fmt.Sprintf("%02d:%02d", m/60, m%60)
		if again, ok := Minutes(back); !ok || again != m {
			t.Fatalf("Minutes(%q) = %d, but %q reads as %d, %v", s, m, back, again, ok)
		}
	})
}
