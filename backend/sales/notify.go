package sales

import (
	"context"
	"fmt"
	"time"

	"steady/backend/auth"
	"steady/backend/store"
)

// DueNotice is what fell due for one person between Since and Until: their
// open tasks whose deadline passed in that time, oldest first (at most 100
// listed; Total counts all).
type DueNotice struct {
	Since string `json:"since"`
	Until string `json:"until"`
	Tasks []Task `json:"tasks"`
	Total int    `json:"total"`
}

// DueSince returns the actor's tasks that fell due after since and by now:
// the summary on start (since the last time the app looked) and the notices
// while it is open (since the last poll). Run Sweep first so that tasks
// waiting for a first call have their deadlines.
func (s *Service) DueSince(ctx context.Context, actor auth.Actor, since time.Time) (DueNotice, error) {
	q := s.db.Read()
	now := s.now()
	out := DueNotice{Since: store.FormatTime(since), Until: store.FormatTime(now)}
	cond := `t.assignee_id = ? AND t.status = 'open' AND t.deleted_at IS NULL AND t.due_at > ? AND t.due_at <= ?`
	args := []any{actor.ID, out.Since, out.Until}
	var err error
	if out.Tasks, err = tasksWhere(ctx, q, now, cond, args, `t.due_at, t.id`, maxListed); err != nil {
		return out, err
	}
	if err := q.QueryRowContext(ctx, `SELECT count(*) FROM sop_tasks t WHERE `+cond, args...).Scan(&out.Total); err != nil {
		return out, fmt.Errorf("sales: due since: %w", err)
	}
	return out, nil
}
