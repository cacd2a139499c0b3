package sales

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"time"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/store"
	"steady/backend/validate"
)

const taskColumns = `t.id, t.deal_id, d.title, d.customer_id, coalesce(c.name, ''), t.stage_id, t.rule_id, t.assignee_id,
	coalesce(u.name, ''), t.title_zh, t.title_en, t.anchor, t.offset_hours, coalesce(t.anchor_at, ''), coalesce(t.due_at, ''),
	t.status, coalesce(t.done_at, ''), coalesce(t.done_by, ''), t.note, t.done_by_kind, coalesce(t.done_by_activity_id, ''),
	coalesce(t.closed_at, ''), t.version`

const taskFrom = ` FROM sop_tasks t JOIN deals d ON d.id = t.deal_id LEFT JOIN customers c ON c.id = d.customer_id
	LEFT JOIN users u ON u.id = t.assignee_id WHERE t.deleted_at IS NULL`

func scanTask(row scanner, now string) (Task, error) {
	var t Task
	err := row.Scan(&t.ID, &t.DealID, &t.DealTitle, &t.CustomerID, &t.CustomerName, &t.StageID, &t.RuleID, &t.AssigneeID,
		&t.AssigneeName, &t.TitleZh, &t.TitleEn, &t.Anchor, &t.OffsetHours, &t.AnchorAt, &t.DueAt,
		&t.Status, &t.DoneAt, &t.DoneBy, &t.Note, &t.DoneByKind, &t.ActivityID, &t.ClosedAt, &t.Version)
	t.Overdue = t.Status == TaskOpen && t.DueAt < now
	t.Late = t.Status == TaskDone && t.DueAt != "" && t.DoneAt > t.DueAt
	return t, err
}

// tasksWhere lists live tasks of live deals matching cond; limit 0 means all.
func tasksWhere(ctx context.Context, q querier, now time.Time, cond string, args []any, order string, limit int) ([]Task, error) {
	query := `SELECT ` + taskColumns + taskFrom + ` AND ` + cond + ` ORDER BY ` + order
	if limit > 0 {
		query += ` LIMIT ` + strconv.Itoa(limit)
	}
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("sales: tasks: %w", err)
	}
	defer rows.Close()
	stamp := store.FormatTime(now)
	out := []Task{}
	for rows.Next() {
		t, err := scanTask(rows, stamp)
		if err != nil {
			return nil, fmt.Errorf("sales: tasks: %w", err)
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// TaskQuery picks tasks for a list: of one deal, or of the people in the
// filter; Status "open" (default: due or not), "overdue", "done" or "all".
type TaskQuery struct {
	Filter
	DealID string `json:"dealId"`
	Status string `json:"status"`
	Limit  int    `json:"limit"` // 0: 200
}

// Tasks lists tasks assigned to people the actor may see, soonest due first
// (done ones: the latest done first).
func (s *Service) Tasks(ctx context.Context, actor auth.Actor, tq TaskQuery) ([]Task, error) {
	q := s.db.Read()
	sc, err := scopeFor(ctx, q, actor, tq.Filter)
	if err != nil {
		return nil, err
	}
	cond, args := sc.where("t.assignee_id")
	if tq.DealID != "" {
		cond, args = cond+` AND t.deal_id = ?`, append(args, tq.DealID)
	}
	now := s.now()
	switch tq.Status {
	case "", TaskOpen:
		cond += ` AND t.status = 'open'`
	case "overdue":
		cond, args = cond+` AND t.status = 'open' AND t.due_at < ?`, append(args, store.FormatTime(now))
	case TaskDone:
		cond += ` AND t.status = 'done'`
	case "all":
	default:
		return nil, apperr.Field("status", "validation.invalidChoice", nil)
	}
	limit := tq.Limit
	if limit <= 0 || limit > 200 {
		limit = 200
	}
	order := `t.due_at IS NULL, t.due_at, t.id`
	if tq.Status == TaskDone {
		order = `t.done_at DESC, t.id DESC` // what was just done matters, not what fell due long ago
	}
	return tasksWhere(ctx, q, now, cond, args, order, limit)
}

// CompleteTask marks a task done now, with an optional note; anyone who may
// work on the deal may. A task done after its deadline counts as late; one
// still waiting for its first call gets its clock from now.
func (s *Service) CompleteTask(ctx context.Context, actor auth.Actor, id string, version int, note string) (Task, error) {
	var v apperr.Validation
	note = validate.Text(&v, "note", note, false, 500)
	if err := v.Err(); err != nil {
		return Task{}, err
	}
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		t, err := loadTask(ctx, tx, id, s.now())
		if err != nil {
			return err
		}
		if _, _, err := seeDeal(ctx, tx, actor, t.DealID); err != nil {
			return err
		}
		if t.Version != version {
			return apperr.Conflict("sopTask")
		}
		if t.Status != TaskOpen && t.Status != TaskWaiting {
			return apperr.Conflict("sopTaskStatus")
		}
		now := s.stamp()
		anchorAt, dueAt := t.AnchorAt, any(nullable(t.DueAt))
		if t.Status == TaskWaiting {
			// Done before its event was logged: the event had happened by now, so
			// its clock starts now and the task counts, done on time.
			if _, dueAt, err = deadline(now, t.OffsetHours); err != nil {
				return err
			}
			anchorAt = now
		}
		res, err := tx.ExecContext(ctx, `UPDATE sop_tasks SET status = 'done', done_at = ?, done_by = ?, note = ?,
			anchor_at = ?, due_at = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?`,
			now, actor.ID, note, nullable(anchorAt), dueAt, now, id, version)
		if err := changedOne(res, err, "sopTask"); err != nil {
			return err
		}
		return s.record(ctx, tx, actor.ID, "sopTask", id, "complete", map[string]any{"status": t.Status},
			map[string]any{"status": TaskDone, "note": note})
	})
	if err != nil {
		return Task{}, err
	}
	return loadTask(ctx, s.db.Read(), id, s.now())
}

func loadTask(ctx context.Context, q querier, id string, now time.Time) (Task, error) {
	t, err := scanTask(q.QueryRowContext(ctx, `SELECT `+taskColumns+taskFrom+` AND t.id = ?`, id), store.FormatTime(now))
	if errors.Is(err, sql.ErrNoRows) {
		return Task{}, apperr.NotFound("sopTask")
	}
	if err != nil {
		return Task{}, fmt.Errorf("sales: task %s: %w", id, err)
	}
	return t, nil
}
