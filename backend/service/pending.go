package service

import (
	"context"
	"fmt"
)

// Pending is something of a customer's that may still be surveyed: a won
// deal or a done revisit of the recent months without an answered survey
// (one sent and not yet answered is pending too).
type Pending struct {
	DealID    string `json:"dealId"`
	RevisitID string `json:"revisitId"`
	About     string `json:"about"` // the deal's title or what the revisit logged
	At        string `json:"at"`    // when the deal was won or the revisit done
}

// maxPending is how many of each kind a customer's health lists.
const maxPending = 5

// pending lists a customer's won deals and done revisits since since that
// have no answered survey, newest first. Revisits are found through the
// customer's activities, whose index leads to the revisit each completed.
func pending(ctx context.Context, q querier, customerID, since string) ([]Pending, error) {
	rows, err := q.QueryContext(ctx, `SELECT * FROM (SELECT d.id, '', d.title, d.won_at FROM deals d
		WHERE d.customer_id = ?1 AND d.deleted_at IS NULL AND d.status = 'won' AND d.won_at >= ?2
		AND NOT EXISTS (SELECT 1 FROM surveys s WHERE s.deal_id = d.id AND s.deleted_at IS NULL AND s.status = 'answered')
		ORDER BY d.won_at DESC LIMIT ?3)
		UNION ALL SELECT * FROM (SELECT '', r.id, a.summary, r.done_at FROM activities a JOIN revisit_tasks r ON r.activity_id = a.id
		WHERE a.customer_id = ?1 AND a.deleted_at IS NULL AND r.status = 'done' AND r.deleted_at IS NULL AND r.done_at >= ?2
		AND NOT EXISTS (SELECT 1 FROM surveys s WHERE s.revisit_id = r.id AND s.deleted_at IS NULL AND s.status = 'answered')
		ORDER BY r.done_at DESC LIMIT ?3)`, customerID, since, maxPending)
	if err != nil {
		return nil, fmt.Errorf("service: pending surveys of %s: %w", customerID, err)
	}
	defer rows.Close()
	out := []Pending{}
	for rows.Next() {
		var p Pending
		if err := rows.Scan(&p.DealID, &p.RevisitID, &p.About, &p.At); err != nil {
			return nil, fmt.Errorf("service: pending surveys of %s: %w", customerID, err)
		}
		out = append(out, p)
	}
	return out, rows.Err()
}
