package demo

import (
	"slices"
	"testing"
	"time"
)

// A team that uses the app daily does its tasks: at "now" (2026-11-27
// 09:00 UTC in these tests) no SOP task or revisit is weeks overdue, a few
// are days late, and some fall due in the coming days.
func TestDemoTasksAreKeptUpWith(t *testing.T) {
	db := salesDemo(t, 7, 300)
	const (
		weeksAgo = `'2026-11-06T09:00:00.000Z'` // now less 21 days
		now      = `'2026-11-27T09:00:00.000Z'`
		week     = `'2026-12-04T09:00:00.000Z'`
	)
	cases := []struct {
		what, query string
		min, max    int
	}{
		{"SOP tasks open more than 21 days past due", `SELECT count(*) FROM sop_tasks
			WHERE status = 'open' AND deleted_at IS NULL AND due_at < ` + weeksAgo, 0, 0},
		{"SOP tasks a few days overdue", `SELECT count(*) FROM sop_tasks
			WHERE status = 'open' AND deleted_at IS NULL AND due_at < ` + now, 1, 25},
		{"SOP tasks due in the coming week", `SELECT count(*) FROM sop_tasks
			WHERE status = 'open' AND deleted_at IS NULL AND due_at >= ` + now + ` AND due_at < ` + week, 1, 100},
		{"revisits open more than 21 days past due", `SELECT count(*) FROM revisit_tasks
			WHERE status = 'open' AND deleted_at IS NULL AND due_at < ` + weeksAgo, 0, 0},
		{"revisits overdue", `SELECT count(*) FROM revisit_tasks
			WHERE status = 'open' AND deleted_at IS NULL AND due_at < ` + now, 1, 100},
		{"revisits due in the coming week", `SELECT count(*) FROM revisit_tasks
			WHERE status = 'open' AND deleted_at IS NULL AND due_at >= ` + now + ` AND due_at < ` + week, 1, 100},
	}
	for _, c := range cases {
		if n := count(t, db, c.query); n < c.min || n > c.max {
			t.Errorf("%s = %d, want %d…%d", c.what, n, c.min, c.max)
		}
	}
}

// What the team does on a deal happens in working hours in the company's
// zone, so tasks fall due at 10:40, not at 03:52.
func TestDemoDealWorkHappensInWorkingHours(t *testing.T) {
	db := salesDemo(t, 7, 300)
	times := map[string]string{
		"SOP due times":    `SELECT due_at FROM sop_tasks WHERE due_at IS NOT NULL`,
		"SOP done times":   `SELECT done_at FROM sop_tasks WHERE done_at IS NOT NULL`,
		"stage moves":      `SELECT at FROM deal_stage_history`,
		"deals created":    `SELECT created_at FROM deals`,
		"activities":       `SELECT at FROM activities`,
		"quotes created":   `SELECT created_at FROM quotes`,
		"revisits done at": `SELECT done_at FROM revisit_tasks WHERE done_at IS NOT NULL`,
	}
	for what, query := range times {
		rows, err := db.Read().Query(query)
		if err != nil {
			t.Fatal(err)
		}
		var outside []string
		n := 0
		for rows.Next() {
			var at string
			if err := rows.Scan(&at); err != nil {
				t.Fatal(err)
			}
			n++
			if !inWorkingHours(t, at) {
				outside = append(outside, at)
			}
		}
		rows.Close()
		if n == 0 || len(outside) > 0 {
			t.Errorf("%s: %d of %d outside 09:00–18:00 Asia/Shanghai, e.g. %v", what, len(outside), n, outside[:min(3, len(outside))])
		}
	}
}

func inWorkingHours(t *testing.T, stamp string) bool {
	t.Helper()
	at, err := time.Parse(time.RFC3339Nano, stamp)
	if err != nil {
		t.Fatalf("%q: %v", stamp, err)
	}
	h := at.In(quoteZone).Hour()
	return h >= 9 && h < 18
}

func TestDemoTasksSameSeedSameTasks(t *testing.T) {
	facts := func(seed uint64) []string {
		db := salesDemo(t, seed, 40)
		rows, err := db.Read().Query(`SELECT title_zh || status || coalesce(due_at, '') || coalesce(done_at, '')
			FROM sop_tasks ORDER BY due_at, title_zh, done_at`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var out []string
		for rows.Next() {
			var s string
			if err := rows.Scan(&s); err != nil {
				t.Fatal(err)
			}
			out = append(out, s)
		}
		return out
	}
	if a, b := facts(3), facts(3); len(a) < 20 || !slices.Equal(a, b) {
		t.Fatalf("seed 3 gave different tasks (%d, %d)", len(a), len(b))
	}
}
