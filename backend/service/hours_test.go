package service

import (
	"testing"
	"time"
)

func TestWorkingClockSkipsNightsAndWeekends(t *testing.T) {
	cases := []struct {
		name     string
		from, to time.Time
		want     time.Duration
	}{
		{"same morning", local(27, 9, 0), local(27, 11, 30), 150 * time.Minute},
		{"friday evening to monday morning", local(27, 17, 0), local(30, 10, 0), 2 * time.Hour},
		{"weekend only", local(28, 10, 0), local(29, 23, 0), 0},
		{"before opening to after closing", local(27, 6, 0), local(27, 22, 0), 9 * time.Hour},
		{"a full week", local(23, 0, 0), local(30, 0, 0), 45 * time.Hour},
		{"backwards", local(27, 12, 0), local(27, 11, 0), 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := officeHours.Work(c.from, c.to); got != c.want {
				t.Errorf("Work = %v, want %v", got, c.want)
			}
		})
	}
}

func TestWorkingClockAddsAcrossTheWeekend(t *testing.T) {
	cases := []struct {
		name string
		from time.Time
		d    time.Duration
		want time.Time
	}{
		{"within the day", local(27, 9, 0), 2 * time.Hour, local(27, 11, 0)},
		{"friday late to monday", local(27, 17, 30), time.Hour, local(30, 9, 30)},
		{"saturday counts from monday", local(28, 15, 0), 30 * time.Minute, local(30, 9, 30)},
		{"ends exactly at closing", local(27, 9, 0), 9 * time.Hour, local(27, 18, 0)},
		{"nine hours from friday noon", local(27, 12, 0), 9 * time.Hour, local(30, 12, 0)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := officeHours.Add(c.from, c.d); !got.Equal(c.want) {
				t.Errorf("Add = %v, want %v", got.In(shanghai), c.want)
			}
			if back := officeHours.Work(c.from, officeHours.Add(c.from, c.d)); back != c.d {
				t.Errorf("Work(Add) = %v, want %v", back, c.d)
			}
		})
	}
}

func TestAWeekWithoutWorkingTimeCountsEveryMinute(t *testing.T) {
	none := NewHours(nil, 9*60, 18*60, shanghai)
	if got := none.Add(local(28, 10, 0), time.Hour); !got.Equal(local(28, 11, 0)) {
		t.Errorf("Add = %v", got)
	}
}
