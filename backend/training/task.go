package training

import (
	"context"
	"database/sql"
	"fmt"

	"steady/backend/apperr"
	"steady/backend/audit"
	"steady/backend/auth"
)

// Task is an improvement action a rep agreed to, due on a follow-up day;
// DoneAt is the moment it was ticked off ("" while open).
type Task struct {
	ID         string `json:"id"`
	UserID     string `json:"userId"`
	UserName   string `json:"userName"`
	RoleplayID string `json:"roleplayId"`
	Scenario   string `json:"scenario"`
	Title      string `json:"title"`
	DueOn      string `json:"dueOn"`
	DoneAt     string `json:"doneAt"`
	Version    int    `json:"version"`
}

// TaskFilter narrows the task list: one user, only open ones, only those
// due on or before a day.
type TaskFilter struct {
	UserID   string `json:"userId"`
	OpenOnly bool   `json:"openOnly"`
	DueBy    string `json:"dueBy"`
}

// tasks lists live tasks matching cond (alias k), soonest due first.
func (s *Service) tasks(ctx context.Context, q querier, cond string, args []any) ([]Task, error) {
	rows, err := q.QueryContext(ctx, `SELECT k.id, k.user_id, u.name, coalesce(k.roleplay_id, ''), coalesce(r.scenario, ''),
		k.title, k.due_on, coalesce(k.done_at, ''), k.version
		FROM training_tasks k JOIN users u ON u.id = k.user_id LEFT JOIN roleplays r ON r.id = k.roleplay_id
		WHERE k.deleted_at IS NULL AND (`+cond+`) ORDER BY k.due_on, k.id`, args...)
	if err != nil {
		return nil, fmt.Errorf("training: tasks: %w", err)
	}
	defer rows.Close()
	list := []Task{}
	for rows.Next() {
		var t Task
		if err := rows.Scan(&t.ID, &t.UserID, &t.UserName, &t.RoleplayID, &t.Scenario, &t.Title, &t.DueOn, &t.DoneAt, &t.Version); err != nil {
			return nil, fmt.Errorf("training: tasks: %w", err)
		}
		list = append(list, t)
	}
	return list, rows.Err()
}

// Tasks lists the follow-up tasks of the users the actor may see.
func (s *Service) Tasks(ctx context.Context, actor auth.Actor, f TaskFilter) ([]Task, error) {
	cond, args := scope(actor, "k.user_id")
	cond += ` AND (? = '' OR k.user_id = ?) AND (? = 0 OR k.done_at IS NULL) AND (? = '' OR k.due_on <= ?)`
	args = append(args, f.UserID, f.UserID, f.OpenOnly, f.DueBy, f.DueBy)
	return s.tasks(ctx, s.db.Read(), cond, args)
}

// SetTaskDone ticks a task off (or opens it again). The rep it belongs to,
// their manager and the owner may.
func (s *Service) SetTaskDone(ctx context.Context, actor auth.Actor, id string, version int, done bool) (Task, error) {
	var after Task
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		list, err := s.tasks(ctx, tx, "k.id = ?", []any{id})
		if err != nil {
			return err
		}
		if len(list) == 0 {
			return apperr.NotFound("trainingTask")
		}
		before := list[0]
		if _, err := seeUser(ctx, tx, actor, before.UserID); err != nil {
			return err
		}
		var doneAt any
		if done {
			doneAt = s.stamp()
		}
		res, err := tx.ExecContext(ctx, `UPDATE training_tasks SET done_at = ?, updated_at = ?, version = version + 1
			WHERE id = ? AND version = ? AND deleted_at IS NULL`, doneAt, s.stamp(), id, version)
		if err := changedOne(res, err, "trainingTask"); err != nil {
			return err
		}
		list, err = s.tasks(ctx, tx, "k.id = ?", []any{id})
		if err != nil {
			return err
		}
		after = list[0]
		return audit.Write(ctx, tx, audit.Entry{At: s.now(), ActorID: actor.ID, Entity: "trainingTask", EntityID: id, Action: "update", Before: before, After: after})
	})
	return after, err
}
