package customer

import (
	"context"
	"testing"
)

// TestMergeNamesEveryRecordThatMoved: the trail holds a row for each
// contact, activity, revisit task and win the duplicate handed over, naming
// both customers, so "where did my visit go" has an answer after a merge.
func TestMergeNamesEveryRecordThatMoved(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	keep, drop := mergePair(t, w)
	moved := map[string][]string{}
	for table, entity := range map[string]string{"contacts": "contact", "activities": "activity",
		"revisit_tasks": "revisitTask", "won_deals": "wonDeal"} {
		rows, err := w.db.Read().Query(`SELECT id FROM `+table+` WHERE customer_id = ?`, drop.ID)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				t.Fatal(err)
			}
			moved[entity] = append(moved[entity], id)
		}
		rows.Close()
	}
	if len(moved["contact"]) == 0 || len(moved["activity"]) < 2 || len(moved["wonDeal"]) != 2 {
		t.Fatalf("the duplicate should hold contacts, activities and wins: %v", moved)
	}
	w.days(1)
	if _, err := w.svc.Merge(context.Background(), w.manager, MergeInput{KeepID: keep.ID, KeepVersion: keep.Version,
		DropID: drop.ID, DropVersion: drop.Version}); err != nil {
		t.Fatal(err)
	}
	for entity, ids := range moved {
		for _, id := range ids {
			n := countOf(t, w, `SELECT count(*) FROM audit_log WHERE entity = ? AND entity_id = ? AND action = 'moveCustomer'
				AND actor_id = ? AND json_extract(before_json, '$.customerId') = ? AND json_extract(after_json, '$.customerId') = ?`,
				entity, id, w.manager.ID, drop.ID, keep.ID)
			if n != 1 {
				t.Errorf("%s %s moved with %d audit rows naming both customers, want 1", entity, id, n)
			}
		}
	}
}
