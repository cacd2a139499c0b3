package backups

import (
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"
)

var shanghai = mustZone("Asia/Shanghai")

func mustZone(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}

// kept runs Keep on times (any order) and returns the kept ones as local
// "2006-01-02 15:04", oldest first.
func kept(times []time.Time, loc *time.Location) []string {
	sort.Slice(times, func(i, j int) bool { return times[i].After(times[j]) })
	var out []string
	for i, k := range Keep(times, loc) {
		if k {
			out = append(out, times[i].In(loc).Format("2006-01-02 15:04"))
		}
	}
	sort.Strings(out)
	return out
}

func at(s string) time.Time {
	t, err := time.ParseInLocation("2006-01-02 15:04", s, shanghai)
	if err != nil {
		panic(err)
	}
	return t
}

func TestKeep(t *testing.T) {
	cases := []struct {
		name  string
		times []string
		want  []string
	}{
		{"none", nil, nil},
		{"one", []string{"2026-11-27 09:00"}, []string{"2026-11-27 09:00"}},
		{"several a day keep the day's newest",
			[]string{"2026-11-27 09:00", "2026-11-27 12:00", "2026-11-27 18:30", "2026-11-26 18:00"},
			[]string{"2026-11-26 18:00", "2026-11-27 18:30"}},
		{"a laptop off for weeks keeps its last days, not the last calendar days",
			[]string{"2026-09-01 09:00", "2026-09-02 09:00", "2026-09-03 09:00", "2026-11-27 09:00"},
			[]string{"2026-09-01 09:00", "2026-09-02 09:00", "2026-09-03 09:00", "2026-11-27 09:00"}},
		{"days are the person's: 07:30 in Shanghai and 23:30 the evening before are two days",
			[]string{"2026-11-27 07:30", "2026-11-26 23:30"},
			[]string{"2026-11-26 23:30", "2026-11-27 07:30"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var times []time.Time
			for _, s := range c.times {
				times = append(times, at(s))
			}
			got := kept(times, shanghai)
			if len(got) != len(c.want) {
				t.Fatalf("kept %v, want %v", got, c.want)
			}
			for i := range got {
				if got[i] != c.want[i] {
					t.Fatalf("kept %v, want %v", got, c.want)
				}
			}
		})
	}
}

// 400 days of one backup a day, rotated after each, as the app does: what is
// left is the last 7 days, the newest of the 4 last weeks and of the 12 last
// months.
func TestRotationAfter400DaysOfDailyBackups(t *testing.T) {
	dir := t.TempDir()
	dbPath := filepath.Join(t.TempDir(), "steady.db")
	first := at("2025-10-24 10:00")
	for day := 0; day < 400; day++ {
		when := first.AddDate(0, 0, day)
		if err := os.WriteFile(filepath.Join(dir, fileName(dbPath, when)), []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := rotate(dbPath, dir, shanghai); err != nil {
			t.Fatal(err)
		}
	}
	// Someone else's file in the folder is never touched.
	other := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(other, []byte("mine"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := rotate(dbPath, dir, shanghai); err != nil {
		t.Fatal(err)
	}
	entries, err := list(dbPath, dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.At.In(shanghai).Format(time.DateOnly))
	}
	sort.Strings(got)
	want := []string{
		// monthly: the newest of each of the 12 months up to November 2026
		"2025-12-31", "2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30", "2026-05-31",
		"2026-06-30", "2026-07-31", "2026-08-31", "2026-09-30", "2026-10-31",
		// weekly: Sundays of the weeks before this one (2026-11-22 is also a daily)
		"2026-11-08", "2026-11-15",
		// daily: the last seven
		"2026-11-21", "2026-11-22", "2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27",
	}
	if len(got) != len(want) {
		t.Fatalf("kept %d: %v\nwant %d: %v", len(got), got, len(want), want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("kept %v\nwant %v", got, want)
		}
	}
	if _, err := os.Stat(other); err != nil {
		t.Fatalf("rotation removed a file that is not a backup: %v", err)
	}
}
