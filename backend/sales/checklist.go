package sales

import (
	"context"
	"database/sql"
	"fmt"

	"steady/backend/apperr"
	"steady/backend/auth"
)

// Missing is one exit-checklist item a deal has not met yet.
type Missing struct {
	Key     string `json:"key"`
	Kind    string `json:"kind"`
	Field   string `json:"field"`
	LabelZh string `json:"labelZh"`
	LabelEn string `json:"labelEn"`
	Count   int    `json:"count"` // for a tasks item: the SOP tasks still open
}

// missingItems lists what the deal lacks to leave stage st. A stage the deal
// jumps over has no SOP tasks of its deal yet, so its tasks item is met: the
// jump still needs every other item of that stage.
func missingItems(ctx context.Context, q querier, d Deal, st Stage) ([]Missing, error) {
	out := []Missing{}
	for _, it := range st.Checklist {
		m := Missing{Key: it.Key, Kind: it.Kind, Field: it.Field, LabelZh: it.LabelZh, LabelEn: it.LabelEn}
		switch it.Kind {
		case ItemCheck:
			if _, done := d.Checklist[it.Key]; done {
				continue
			}
		case ItemField:
			if filled(d, it.Field) {
				continue
			}
		case ItemTasks:
			n, err := unfinishedTasks(ctx, q, d.ID, st.ID)
			if err != nil {
				return nil, err
			}
			if n == 0 {
				continue
			}
			m.Count = n
		}
		out = append(out, m)
	}
	return out, nil
}

// filled says whether the deal has a value for one of DealFields.
func filled(d Deal, field string) bool {
	switch field {
	case "amountMinor":
		return d.AmountMinor > 0
	case "expectedCloseOn":
		return d.ExpectedCloseOn != ""
	case "products":
		return len(d.Products) > 0
	case "budgetMinor":
		return d.BudgetMinor != nil
	case "decisionMaker":
		return d.DecisionMaker != ""
	case "purchaseTimeline":
		return d.PurchaseTimeline != ""
	case "needs":
		return d.Needs != ""
	}
	return true
}

// unfinishedTasks counts the deal's SOP tasks of a stage not yet done.
func unfinishedTasks(ctx context.Context, q querier, dealID, stageID string) (int, error) {
	var n int
	err := q.QueryRowContext(ctx, `SELECT count(*) FROM sop_tasks WHERE deal_id = ? AND stage_id = ?
		AND status IN ('waiting', 'open') AND deleted_at IS NULL`, dealID, stageID).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("sales: unfinished tasks: %w", err)
	}
	return n, nil
}

// checkExits refuses a move that leaves the stages in passing (in process
// order) while any of their exit checklists is incomplete. The error names
// every missing item of every such stage: "stageId" says how many items in
// how many stages (and names the first); "stages.<id>" each stage, with its
// names, count and place ("n", from 1); under it "stages.<id>.checklist.<key>"
// each unticked item, "stages.<id>.<field>" each empty deal field and
// "stages.<id>.sopTasks" the tasks not done. Labels ride along as params.
func checkExits(ctx context.Context, q querier, d Deal, passing stages) error {
	var v apperr.Validation
	total, blocked := 0, 0
	var first Stage
	for _, st := range passing {
		missing, err := missingItems(ctx, q, d, st)
		if err != nil {
			return err
		}
		if len(missing) == 0 {
			continue
		}
		if blocked == 0 {
			first = st
		}
		blocked++
		total += len(missing)
		addMissing(&v, st, blocked, missing)
	}
	if blocked == 0 {
		return nil
	}
	v.Add("stageId", "validation.checklistIncomplete", map[string]any{"stage": first.NameZh,
		"stageEn": orZh(first.NameEn, first.NameZh), "count": total, "stages": blocked})
	return v.Err()
}

// addMissing adds one stage's missing items, the n-th stage that lacks any.
func addMissing(v *apperr.Validation, st Stage, n int, missing []Missing) {
	prefix := "stages." + st.ID
	v.Add(prefix, "validation.stageChecklistIncomplete", map[string]any{"stage": st.NameZh,
		"stageEn": orZh(st.NameEn, st.NameZh), "count": len(missing), "n": n})
	for _, m := range missing {
		labels := map[string]any{"label": m.LabelZh, "labelEn": orZh(m.LabelEn, m.LabelZh)}
		switch m.Kind {
		case ItemCheck:
			v.Add(prefix+".checklist."+m.Key, "validation.checklistItemOpen", labels)
		case ItemField:
			v.Add(prefix+"."+m.Field, "validation.required", labels)
		case ItemTasks:
			labels["count"] = m.Count
			v.Add(prefix+".sopTasks", "validation.sopTasksOpen", labels)
		}
	}
}

// orZh is the English text, or the Chinese one when no English was given.
func orZh(en, zh string) string {
	if en == "" {
		return zh
	}
	return en
}

// TickChecklist ticks (done) or unticks a hand-ticked checklist item of any
// stage on a deal that is not lost.
func (s *Service) TickChecklist(ctx context.Context, actor auth.Actor, dealID string, version int, key string, done bool) (Deal, error) {
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		d, _, err := editDeal(ctx, tx, actor, dealID, version)
		if err != nil {
			return err
		}
		if d.Status == StatusLost {
			return apperr.Conflict("dealStatus")
		}
		ss, err := loadStages(ctx, tx)
		if err != nil {
			return err
		}
		if !isCheckItem(ss, key) {
			return apperr.Field("key", "validation.invalidChoice", nil)
		}
		ticks := d.Checklist
		action := "untick"
		if done {
			ticks[key], action = Tick{At: s.stamp(), By: actor.ID}, "tick"
		} else {
			delete(ticks, key)
		}
		res, err := tx.ExecContext(ctx, `UPDATE deals SET checklist_done = ?, updated_at = ?, version = version + 1
			WHERE id = ? AND version = ? AND deleted_at IS NULL`, mustJSON(ticks), s.stamp(), dealID, version)
		if err := changedOne(res, err, "deal"); err != nil {
			return err
		}
		return s.record(ctx, tx, actor.ID, "deal", dealID, action, nil, map[string]any{"key": key})
	})
	if err != nil {
		return Deal{}, err
	}
	return loadDeal(ctx, s.db.Read(), dealID)
}

func isCheckItem(ss stages, key string) bool {
	for _, st := range ss {
		for _, it := range st.Checklist {
			if it.Key == key && it.Kind == ItemCheck {
				return true
			}
		}
	}
	return false
}
