package sales

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"steady/backend/store"
)

// StageVisit is one stay of a deal in a stage: when it entered, when it left
// ("" while it is still there) and the days spent, counted to now for the
// current stage.
type StageVisit struct {
	StageID   string  `json:"stageId"`
	Action    string  `json:"action"` // how it entered: create, move, win or lose
	EnteredAt string  `json:"enteredAt"`
	LeftAt    string  `json:"leftAt"`
	Days      float64 `json:"days"` // one decimal
	ActorID   string  `json:"actorId"`
	ActorName string  `json:"actorName"`
}

// insertHistory records d entering to at now, leaving from (zero for a new
// deal) after the time it spent there; the stay also counts in the day's
// totals (sales_stage_days) on the company's calendar, loc.
func insertHistory(ctx context.Context, tx *sql.Tx, d Deal, actorID, action string, from, to Stage, now time.Time, loc *time.Location) error {
	var fromID, fromEntered any
	var seconds int64
	if from.ID != "" {
		entered, err := parseTime(d.StageEnteredAt)
		if err != nil {
			return err
		}
		fromID, fromEntered = from.ID, d.StageEnteredAt
		seconds = max(int64(now.Sub(entered).Seconds()), 0)
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO deal_stage_history(id, deal_id, owner_id, at, actor_id, action,
		from_stage_id, to_stage_id, from_entered_at, seconds_in_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		store.NewID(), d.ID, d.OwnerID, store.FormatTime(now), nullable(actorID), action, fromID, to.ID, fromEntered, seconds)
	if err != nil {
		return fmt.Errorf("sales: stage history: %w", err)
	}
	if from.ID == "" {
		return nil
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO sales_stage_days(stage_id, day, owner_id, exits, seconds) VALUES (?, ?, ?, 1, ?)
		ON CONFLICT (stage_id, day, owner_id) DO UPDATE SET exits = exits + 1, seconds = seconds + excluded.seconds`,
		from.ID, now.In(loc).Format(time.DateOnly), d.OwnerID, seconds)
	if err != nil {
		return fmt.Errorf("sales: stage days: %w", err)
	}
	return nil
}

// historyOf lists a deal's stays in stages, oldest first.
func historyOf(ctx context.Context, q querier, dealID string, now time.Time) ([]StageVisit, error) {
	rows, err := q.QueryContext(ctx, `SELECT h.to_stage_id, h.action, h.at, coalesce(h.actor_id, ''), coalesce(u.name, '')
		FROM deal_stage_history h LEFT JOIN users u ON u.id = h.actor_id WHERE h.deal_id = ? ORDER BY h.at, h.rowid`, dealID)
	if err != nil {
		return nil, fmt.Errorf("sales: history of %s: %w", dealID, err)
	}
	defer rows.Close()
	out := []StageVisit{}
	for rows.Next() {
		var v StageVisit
		if err := rows.Scan(&v.StageID, &v.Action, &v.EnteredAt, &v.ActorID, &v.ActorName); err != nil {
			return nil, fmt.Errorf("sales: history of %s: %w", dealID, err)
		}
		if n := len(out); n > 0 {
			out[n-1].LeftAt = v.EnteredAt
		}
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for i := range out {
		if err := out[i].measure(now); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// measure fills Days from EnteredAt to LeftAt (or now).
func (v *StageVisit) measure(now time.Time) error {
	from, err := store.ParseTime(v.EnteredAt)
	if err != nil {
		return err
	}
	to := now
	if v.LeftAt != "" {
		if to, err = store.ParseTime(v.LeftAt); err != nil {
			return err
		}
	}
	v.Days = days(to.Sub(from))
	return nil
}

// days is a duration in days with one decimal.
func days(d time.Duration) float64 {
	tenths := (d.Hours()*10)/24 + 0.5
	if tenths < 0 {
		return 0
	}
	return float64(int64(tenths)) / 10
}
