package sales

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/customer"
	"steady/backend/store"
)

// An activity logged against a deal (customer 360) does the deal's SOP task
// that waits for that kind of activity, so a visit is entered once and both
// the customer's story and the deal's SOP see it. The rules a rep paid on
// SOP compliance would try to bend:
//   - only a deal the actor may work on, of the activity's customer, and
//     still open;
//   - only a task whose clock had started before the activity (one activity
//     cannot both start a task's clock and finish it, and a visit from
//     before the deal reached the stage is not that stage's work);
//   - it is done at the activity's time, which the backdating window bounds
//     (checked here again: it is the sales area's number);
//   - a task stays done only while its activity stands: deleting the
//     activity opens the task again, correcting its time or kind does the
//     task again from the corrected facts.

// Tie implements customer.DealTasks.
func (s *Service) Tie(ctx context.Context, tx *sql.Tx, actor auth.Actor, t customer.DealTie) (*customer.DoneTask, error) {
	d, err := s.tiedDeal(ctx, tx, actor, t)
	if err != nil {
		return nil, err
	}
	if t.Kind == customer.ActivityNote {
		return nil, nil // a note is about the deal; it does no task
	}
	fs, err := s.facts(ctx)
	if err != nil {
		return nil, err
	}
	if err := s.checkBackdate(ctx, actor, t.At.In(fs.loc).Format(time.DateOnly), fs.loc, t.BackdateReason, "at"); err != nil {
		return nil, err
	}
	return s.doTaskTx(ctx, tx, actor.ID, d, t)
}

// tiedDeal loads the deal t names, refusing one that is not an open deal of
// t's customer that the actor may work on.
func (s *Service) tiedDeal(ctx context.Context, tx *sql.Tx, actor auth.Actor, t customer.DealTie) (Deal, error) {
	d, _, err := seeDeal(ctx, tx, actor, t.DealID)
	switch {
	case errors.Is(err, apperr.ErrNotFound):
		return d, apperr.Field("dealId", "validation.invalidChoice", nil)
	case err != nil:
		return d, err
	case d.CustomerID != t.CustomerID:
		return d, apperr.Field("dealId", "validation.dealOfOtherCustomer", nil)
	case d.Status != StatusOpen:
		return d, apperr.Field("dealId", "validation.dealClosed", nil)
	}
	return d, nil
}

// doTaskTx marks done the earliest-due open task of d waiting for t's kind
// whose clock started before t.At; nil when there is none.
func (s *Service) doTaskTx(ctx context.Context, tx *sql.Tx, actorID string, d Deal, t customer.DealTie) (*customer.DoneTask, error) {
	at := store.FormatTime(t.At)
	var done customer.DoneTask
	err := tx.QueryRowContext(ctx, `SELECT id, title_zh, title_en FROM sop_tasks WHERE deal_id = ? AND status = 'open'
		AND done_by_kind = ? AND anchor_at < ? AND deleted_at IS NULL ORDER BY due_at, created_at, id LIMIT 1`,
		d.ID, t.Kind, at).Scan(&done.ID, &done.TitleZh, &done.TitleEn)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("sales: task for activity: %w", err)
	}
	now := s.stamp()
	if _, err := tx.ExecContext(ctx, `UPDATE sop_tasks SET status = 'done', done_at = ?, done_by = ?, done_by_activity_id = ?,
		updated_at = ?, version = version + 1 WHERE id = ?`, at, actorID, t.ActivityID, now, done.ID); err != nil {
		return nil, fmt.Errorf("sales: do task: %w", err)
	}
	err = s.record(ctx, tx, actorID, "sopTask", done.ID, "complete", map[string]any{"status": TaskOpen},
		map[string]any{"status": TaskDone, "doneAt": at, "activityId": t.ActivityID})
	return &done, err
}

// Retie implements customer.DealTasks. A deal closed since keeps its tasks
// as they were when it closed.
func (s *Service) Retie(ctx context.Context, tx *sql.Tx, actor auth.Actor, t customer.DealTie) (*customer.DoneTask, error) {
	d, err := loadDeal(ctx, tx, t.DealID)
	if errors.Is(err, apperr.ErrNotFound) || (err == nil && d.Status != StatusOpen) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if err := s.Untie(ctx, tx, actor.ID, t.ActivityID); err != nil {
		return nil, err
	}
	return s.Tie(ctx, tx, actor, t)
}

// Untie implements customer.DealTasks: the task the activity did is open
// again (closed, when its deal has closed since), as if never done.
func (s *Service) Untie(ctx context.Context, tx *sql.Tx, actorID, activityID string) error {
	rows, err := tx.QueryContext(ctx, `SELECT t.id, d.status FROM sop_tasks t JOIN deals d ON d.id = t.deal_id
		WHERE t.done_by_activity_id = ? AND t.status = 'done' AND t.deleted_at IS NULL`, activityID)
	if err != nil {
		return fmt.Errorf("sales: tasks of activity: %w", err)
	}
	type undone struct{ id, dealStatus string }
	var list []undone
	for rows.Next() {
		var u undone
		if err := rows.Scan(&u.id, &u.dealStatus); err != nil {
			rows.Close()
			return fmt.Errorf("sales: tasks of activity: %w", err)
		}
		list = append(list, u)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("sales: tasks of activity: %w", err)
	}
	now := s.stamp()
	for _, u := range list {
		status, closedAt := TaskOpen, any(nil)
		if u.dealStatus != StatusOpen {
			status, closedAt = TaskClosed, now
		}
		if _, err := tx.ExecContext(ctx, `UPDATE sop_tasks SET status = ?, closed_at = ?, done_at = NULL, done_by = NULL,
			done_by_activity_id = NULL, updated_at = ?, version = version + 1 WHERE id = ?`, status, closedAt, now, u.id); err != nil {
			return fmt.Errorf("sales: undo task: %w", err)
		}
		if err := s.record(ctx, tx, actorID, "sopTask", u.id, "undo", map[string]any{"status": TaskDone, "activityId": activityID},
			map[string]any{"status": status}); err != nil {
			return err
		}
	}
	return nil
}

// The sales area does the customer area's deal tasks.
var _ customer.DealTasks = (*Service)(nil)
