package demo

import (
	"encoding/json"
	"testing"

	"steady/backend/store"
)

// demoStage is a stage as the story checks read it.
type demoStage struct {
	code, kind string
	open       int // place among the open stages; -1 for the others
	checks     []string
}

func demoStages(t *testing.T, db *store.DB) map[string]demoStage {
	t.Helper()
	rows, err := db.Read().Query(`SELECT id, code, kind, checklist FROM sales_stages WHERE deleted_at IS NULL
		ORDER BY CASE kind WHEN 'open' THEN 0 WHEN 'won' THEN 1 WHEN 'after' THEN 2 ELSE 3 END, position`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out, open := map[string]demoStage{}, 0
	for rows.Next() {
		var id, list string
		var st demoStage
		if err := rows.Scan(&id, &st.code, &st.kind, &list); err != nil {
			t.Fatal(err)
		}
		var items []struct{ Key, Kind string }
		if err := json.Unmarshal([]byte(list), &items); err != nil {
			t.Fatal(err)
		}
		for _, it := range items {
			if it.Kind == "check" {
				st.checks = append(st.checks, it.Key)
			}
		}
		st.open = -1
		if st.kind == "open" {
			st.open, open = open, open+1
		}
		out[id] = st
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// visit is one row of a deal's stage history.
type visit struct {
	action, from, to, at, fromEntered string
}

func dealHistories(t *testing.T, db *store.DB) map[string][]visit {
	t.Helper()
	rows, err := db.Read().Query(`SELECT deal_id, action, coalesce(from_stage_id, ''), to_stage_id, at,
		coalesce(from_entered_at, '') FROM deal_stage_history ORDER BY deal_id, at, rowid`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[string][]visit{}
	for rows.Next() {
		var deal string
		var v visit
		if err := rows.Scan(&deal, &v.action, &v.from, &v.to, &v.at, &v.fromEntered); err != nil {
			t.Fatal(err)
		}
		out[deal] = append(out[deal], v)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// checkWalk says what is wrong with one deal's history, "" when nothing:
// created in the first open stage, each open stage entered after the one
// before it, won from the last open stage, and each stay left where the
// next began.
func checkWalk(stages map[string]demoStage, history []visit) string {
	lastOpen := 0
	for _, st := range stages {
		lastOpen = max(lastOpen, st.open)
	}
	for i, v := range history {
		from, to := stages[v.from], stages[v.to]
		switch {
		case i == 0 && (v.action != "create" || to.open != 0):
			return "was not created in the first stage"
		case i == 0:
			continue
		case v.from != history[i-1].to || v.fromEntered != history[i-1].at || v.at < history[i-1].at:
			return "left a stage it was not in, or before it entered it"
		case v.action == "move" && to.kind == "open" && to.open != from.open+1:
			return "moved from " + from.code + " to " + to.code
		case v.action == "win" && from.open != lastOpen:
			return "was won from " + from.code
		case v.action == "lose" && from.kind != "open":
			return "was lost from " + from.code
		}
	}
	return ""
}

// checkTicks says what is wrong with a deal's ticked items: each must have
// been ticked while the deal was in the item's stage.
func checkTicks(stages map[string]demoStage, history []visit, ticks map[string]struct{ At string }) string {
	stageOf := map[string]string{}
	for id, st := range stages {
		for _, key := range st.checks {
			stageOf[key] = id
		}
	}
	for key, tick := range ticks {
		inside := false
		for i, v := range history {
			left := "9999"
			if i+1 < len(history) {
				left = history[i+1].at
			}
			inside = inside || (v.to == stageOf[key] && v.at <= tick.At && tick.At <= left)
		}
		if !inside {
			return key + " was ticked at " + tick.At + ", outside its stage"
		}
	}
	return ""
}

func TestDemoDealsWalkTheStagesAndTickAsTheyGo(t *testing.T) {
	db := salesDemo(t, 12, 100)
	stages, histories := demoStages(t, db), dealHistories(t, db)
	rows, err := db.Read().Query(`SELECT id, title, checklist_done FROM deals`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	deals := 0
	for rows.Next() {
		var id, title, done string
		if err := rows.Scan(&id, &title, &done); err != nil {
			t.Fatal(err)
		}
		deals++
		var ticks map[string]struct{ At string }
		if err := json.Unmarshal([]byte(done), &ticks); err != nil {
			t.Fatal(err)
		}
		if why := checkWalk(stages, histories[id]); why != "" {
			t.Errorf("deal %s %s", title, why)
		}
		if why := checkTicks(stages, histories[id], ticks); why != "" {
			t.Errorf("deal %s: %s", title, why)
		}
	}
	if err := rows.Err(); err != nil || deals < 20 {
		t.Fatalf("%d deals, %v", deals, err)
	}
	checkQuotedDeals(t, db)
}

// checkQuotedDeals: a quoted deal's "quote sent" is ticked once the quote
// went out, never before and never for a quote still unsent; a deal won by
// its quote went through negotiation first; and "spoke with the key
// contact" is ticked after a call.
func checkQuotedDeals(t *testing.T, db *store.DB) {
	t.Helper()
	cases := []struct {
		what, query string
		min, max    int
	}{
		{"quoted deals with their quote sent", `SELECT count(*) FROM deals d WHERE EXISTS
			(SELECT 1 FROM quotes q WHERE q.deal_id = d.id AND q.sent_at IS NOT NULL)`, 10, 24},
		{"quote sent ticked before the quote was sent", `SELECT count(*) FROM deals d
			WHERE json_extract(d.checklist_done, '$."quotation.sent".at') <
				(SELECT min(q.sent_at) FROM quotes q WHERE q.deal_id = d.id)`, 0, 0},
		{"quote sent ticked for a quote never sent", `SELECT count(*) FROM deals d
			WHERE json_extract(d.checklist_done, '$."quotation.sent".at') IS NOT NULL
			AND EXISTS (SELECT 1 FROM quotes q WHERE q.deal_id = d.id)
			AND NOT EXISTS (SELECT 1 FROM quotes q WHERE q.deal_id = d.id AND q.sent_at IS NOT NULL)`, 0, 0},
		{"quoted deals whose quote went out unticked", `SELECT count(*) FROM deals d WHERE
			json_extract(d.checklist_done, '$."quotation.sent".at') IS NULL
			AND EXISTS (SELECT 1 FROM quotes q WHERE q.deal_id = d.id AND q.sent_at IS NOT NULL)`, 0, 0},
		{"spoke with the contact ticked before any call", `SELECT count(*) FROM deals d
			WHERE json_extract(d.checklist_done, '$."first_contact.talked".at') < coalesce((SELECT min(a.at) FROM activities a
				WHERE a.customer_id = d.customer_id AND a.kind = 'call' AND a.at >= d.created_at), '9999')`, 0, 0},
		{"deals won by a quote", `SELECT count(*) FROM deals WHERE quote_id <> ''`, 4, 4},
		{"deals won by a quote without negotiating", `SELECT count(*) FROM deals d WHERE d.quote_id <> ''
			AND NOT EXISTS (SELECT 1 FROM deal_stage_history h JOIN sales_stages s ON s.id = h.to_stage_id
				WHERE h.deal_id = d.id AND s.code = 'negotiation')`, 0, 0},
	}
	for _, c := range cases {
		if n := count(t, db, c.query); n < c.min || n > c.max {
			t.Errorf("%s = %d, want %d…%d", c.what, n, c.min, c.max)
		}
	}
}
