package demo

import (
	"testing"
)

// The demo's year of after-sales looks like a real desk's: tickets in most
// months, mostly questions and repairs, most resolved and most of those on
// time, the last days' still open; surveys on tickets, won deals and
// revisits, leaning to 4 and 5, some recorded by the rep with the reply and
// some by the manager; every low score has its follow-up, most done.
func TestDemoPlaysAYearOfAfterSales(t *testing.T) {
	db := salesDemo(t, 11, 300)
	cases := []struct {
		what, query string
		min, max    int
	}{
		{"tickets", `SELECT count(*) FROM tickets`, 120, 180},
		{"months with tickets", `SELECT count(DISTINCT substr(received_at, 1, 7)) FROM tickets`, 11, 13},
		{"complaints", `SELECT count(*) FROM tickets WHERE kind = 'complaint'`, 15, 60},
		{"resolved on time", `SELECT count(*) FROM tickets WHERE resolved_on_time = 1`, 70, 150},
		{"resolved late", `SELECT count(*) FROM tickets WHERE resolved_on_time = 0`, 5, 50},
		{"closed", `SELECT count(*) FROM tickets WHERE status = 'closed'`, 40, 140},
		{"ticket surveys", `SELECT count(*) FROM surveys WHERE ticket_id IS NOT NULL`, 40, 120},
		{"deal surveys", `SELECT count(*) FROM surveys WHERE deal_id IS NOT NULL`, 5, 80},
		{"revisit surveys", `SELECT count(*) FROM surveys WHERE revisit_id IS NOT NULL`, 10, 60},
		{"fives", `SELECT count(*) FROM surveys WHERE score = 5`, 20, 200},
		{"low scores", `SELECT count(*) FROM surveys WHERE score <= 2`, 3, 40},
		{"by the rep with the reply", `SELECT count(*) FROM surveys WHERE by_owner = 1 AND reply_text <> ''`, 20, 200},
		{"by the manager", `SELECT count(*) FROM surveys WHERE by_owner = 0`, 10, 200},
		{"own answers without a reply", `SELECT count(*) FROM surveys WHERE by_owner = 1 AND reply_text = ''`, 0, 0},
		{"low scores without a follow-up", `SELECT count(*) FROM surveys s WHERE s.score <= 2
			AND NOT EXISTS (SELECT 1 FROM service_followups f WHERE f.survey_id = s.id)`, 0, 0},
		{"follow-ups done", `SELECT count(*) FROM service_followups WHERE status = 'done'`, 2, 40},
		{"history entries", `SELECT count(*) FROM ticket_history`, 400, 1200},
	}
	for _, c := range cases {
		if n := count(t, db, c.query); n < c.min || n > c.max {
			t.Errorf("%s = %d, want %d…%d", c.what, n, c.min, c.max)
		}
	}
}
