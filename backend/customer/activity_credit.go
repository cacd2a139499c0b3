package customer

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/store"
)

// An activity earns revisit credit and keeps a customer out of the pool, so
// what it earns is derived from the activities that exist: editing or
// deleting one recomputes the last contact and replays the revisit tasks it
// could have touched, and an activity may be dated only a few days back.

// checkBackdateTx refuses an activity dated before the window of
// Settings.BackdateDays local days; the owner may go further with a reason.
func (s *Service) checkBackdateTx(ctx context.Context, tx *sql.Tx, actor auth.Actor, at time.Time, reason, field string) error {
	st, err := loadSettings(ctx, tx)
	if err != nil {
		return err
	}
	loc, err := s.zone(ctx)
	if err != nil {
		return err
	}
	earliest := localDay(s.now(), loc).AddDate(0, 0, -st.BackdateDays)
	if !at.Before(earliest) || (actor.IsOwner() && reason != "") {
		return nil
	}
	code := "validation.backdateLimit"
	if field == "kind" {
		code = "validation.tooOldToChange"
	}
	return apperr.Field(field, code, map[string]any{"n": st.BackdateDays})
}

// recomputeLastContactTx sets a customer's last contact from its live
// follow-ups ("" when none is left).
func recomputeLastContactTx(ctx context.Context, tx *sql.Tx, customerID string) error {
	_, err := tx.ExecContext(ctx, `UPDATE customers SET last_contact_at = coalesce((SELECT max(at) FROM activities
		WHERE customer_id = ?1 AND deleted_at IS NULL AND kind <> 'note'), '') WHERE id = ?1`, customerID)
	if err != nil {
		return fmt.Errorf("customer: recompute last contact: %w", err)
	}
	return nil
}

// activityChangedTx follows an activity that was edited or deleted: the last
// contact is derived again, and the revisit task it completed (or the one
// open when it was recorded) and every task after it in that owner's chain
// are replayed from the activities that now exist.
func (s *Service) activityChangedTx(ctx context.Context, tx *sql.Tx, customerID, activityID string) error {
	if err := recomputeLastContactTx(ctx, tx, customerID); err != nil {
		return err
	}
	var recorded string
	err := tx.QueryRowContext(ctx, `SELECT created_at FROM activities WHERE id = ?`, activityID).Scan(&recorded)
	if err != nil {
		return fmt.Errorf("customer: activity recorded: %w", err)
	}
	start, ok, err := replayStart(ctx, tx, customerID, activityID, recorded)
	if err != nil || !ok {
		return err
	}
	return s.replayRevisitsTx(ctx, tx, start)
}

// taskRow is a revisit task as the replay needs it; prevActivity is the
// follow-up that completed the task before it.
type taskRow struct {
	id, customerID, ownerID, segment, fromAt, createdAt, status, closedAt, prevActivity string
}

const taskRowColumns = `t.id, t.customer_id, t.owner_id, t.segment, t.from_at, t.created_at, t.status,
	coalesce(t.closed_at, ''), coalesce((SELECT p.activity_id FROM revisit_tasks p WHERE p.id = t.prev_id), '')`

func scanTask(row scanner) (taskRow, error) {
	var t taskRow
	err := row.Scan(&t.id, &t.customerID, &t.ownerID, &t.segment, &t.fromAt, &t.createdAt, &t.status, &t.closedAt,
		&t.prevActivity)
	return t, err
}

// replayStart finds the task an activity completed, or else the task that
// was open when it was recorded (a note turned into a visit may complete it).
func replayStart(ctx context.Context, tx *sql.Tx, customerID, activityID, recorded string) (taskRow, bool, error) {
	t, err := scanTask(tx.QueryRowContext(ctx, `SELECT `+taskRowColumns+` FROM revisit_tasks t
		WHERE t.activity_id = ? AND t.status = 'done' AND t.deleted_at IS NULL`, activityID))
	if errors.Is(err, sql.ErrNoRows) {
		t, err = scanTask(tx.QueryRowContext(ctx, `SELECT `+taskRowColumns+` FROM revisit_tasks t
			WHERE t.customer_id = ?1 AND t.deleted_at IS NULL AND t.created_at <= ?2
			AND (t.status = 'open' OR (t.status = 'done' AND t.done_at >= ?2) OR (t.status = 'closed' AND t.closed_at > ?2))
			ORDER BY t.created_at DESC, t.id DESC LIMIT 1`, customerID, recorded))
	}
	if errors.Is(err, sql.ErrNoRows) {
		return taskRow{}, false, nil
	}
	if err != nil {
		return taskRow{}, false, fmt.Errorf("customer: replay start: %w", err)
	}
	return t, true, nil
}

// chainFrom returns start and the tasks that followed it, in order.
func chainFrom(ctx context.Context, tx *sql.Tx, start taskRow) ([]taskRow, error) {
	chain := []taskRow{start}
	for {
		next, err := scanTask(tx.QueryRowContext(ctx, `SELECT `+taskRowColumns+` FROM revisit_tasks t
			WHERE t.prev_id = ? AND t.deleted_at IS NULL`, chain[len(chain)-1].id))
		if errors.Is(err, sql.ErrNoRows) {
			return chain, nil
		}
		if err != nil {
			return nil, fmt.Errorf("customer: revisit chain: %w", err)
		}
		chain = append(chain, next)
	}
}

// followUp is a live follow-up as the replay needs it.
type followUp struct {
	id, userID   string
	at, recorded time.Time
}

// replayRevisitsTx rebuilds start's chain: the tasks after start are
// removed (tombstones), and the follow-ups recorded while the chain was
// running complete start and open new tasks as they would have when logged.
// A chain that a change of owner ended stays ended at the same moment.
func (s *Service) replayRevisitsTx(ctx context.Context, tx *sql.Tx, start taskRow) error {
	chain, err := chainFrom(ctx, tx, start)
	if err != nil {
		return err
	}
	last := chain[len(chain)-1]
	if last.status == "done" {
		return nil // a chain from before tasks were linked: left as it was
	}
	now := store.FormatTime(s.now())
	for _, t := range chain[1:] {
		if _, err := tx.ExecContext(ctx, `UPDATE revisit_tasks SET deleted_at = ?, updated_at = ?, version = version + 1
			WHERE id = ?`, now, now, t.id); err != nil {
			return fmt.Errorf("customer: replay revisits: %w", err)
		}
	}
	ended := ""
	if last.status == "closed" {
		ended = last.closedAt
	}
	ups, err := followUpsFor(ctx, tx, start, ended)
	if err != nil {
		return err
	}
	r, err := s.newReplay(ctx, tx, start, last.segment)
	if err != nil {
		return err
	}
	return r.run(ctx, start, ups, ended)
}

// followUpsFor lists the live follow-ups recorded while start's chain ran
// (from start's opening to ended, "" for still running), but the one that
// completed the task before start.
func followUpsFor(ctx context.Context, tx *sql.Tx, start taskRow, ended string) ([]followUp, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, user_id, at, created_at FROM activities
		WHERE customer_id = ?1 AND deleted_at IS NULL AND kind <> 'note' AND created_at >= ?2
		AND (?3 = '' OR created_at < ?3) AND id <> ?4 ORDER BY created_at, id`,
		start.customerID, start.createdAt, ended, start.prevActivity)
	if err != nil {
		return nil, fmt.Errorf("customer: replay follow-ups: %w", err)
	}
	defer rows.Close()
	var out []followUp
	for rows.Next() {
		var f followUp
		var at, recorded string
		if err := rows.Scan(&f.id, &f.userID, &at, &recorded); err != nil {
			return nil, fmt.Errorf("customer: replay follow-ups: %w", err)
		}
		if f.at, err = store.ParseTime(at); err != nil {
			return nil, err
		}
		if f.recorded, err = store.ParseTime(recorded); err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// replay writes one chain again. A task is parked as 'closed' until its
// final state is known, so a past owner's chain never holds an open task
// beside the current owner's (one open task per customer).
type replay struct {
	tx  *sql.Tx
	c   Customer // the chain's owner and segment
	st  Settings
	loc *time.Location
	now string
}

func (s *Service) newReplay(ctx context.Context, tx *sql.Tx, start taskRow, segment string) (*replay, error) {
	st, err := loadSettings(ctx, tx)
	if err != nil {
		return nil, err
	}
	loc, err := s.zone(ctx)
	if err != nil {
		return nil, err
	}
	c := Customer{ID: start.customerID, OwnerID: start.ownerID, Segment: segment}
	return &replay{tx: tx, c: c, st: st, loc: loc, now: store.FormatTime(s.now())}, nil
}

// run walks the follow-ups over start, the chain's first task.
func (r *replay) run(ctx context.Context, start taskRow, ups []followUp, ended string) error {
	curID := start.id
	curFrom, err := store.ParseTime(start.fromAt)
	if err != nil {
		return err
	}
	if err := r.state(ctx, curID, "closed", nil, ""); err != nil {
		return err
	}
	for _, f := range ups {
		if f.at.Before(curFrom) {
			continue
		}
		if err := r.state(ctx, curID, "done", &f, ""); err != nil {
			return err
		}
		next := store.NewID()
		if err := r.insert(ctx, next, curID, f); err != nil {
			return err
		}
		curID, curFrom = next, f.at
	}
	if ended == "" {
		return r.state(ctx, curID, "open", nil, "")
	}
	return r.state(ctx, curID, "closed", nil, ended)
}

// state writes a task's end: done by f, open, or closed at closedAt.
func (r *replay) state(ctx context.Context, id, status string, f *followUp, closedAt string) error {
	var doneAt, doneBy, activityID any
	if f != nil {
		doneAt, doneBy, activityID = store.FormatTime(f.recorded), f.userID, f.id
	}
	_, err := r.tx.ExecContext(ctx, `UPDATE revisit_tasks SET status = ?, done_at = ?, done_by = ?, activity_id = ?,
		closed_at = ?, updated_at = ?, version = version + 1 WHERE id = ?`, status, doneAt, doneBy, activityID,
		nullable(closedAt), r.now, id)
	if err != nil {
		return fmt.Errorf("customer: replay revisit: %w", err)
	}
	return nil
}

// insert opens (parked) the task that follow-up f starts after prevID.
func (r *replay) insert(ctx context.Context, id, prevID string, f followUp) error {
	due, deadline := dueWindow(f.at, r.st.revisitDays(r.c.Segment), r.loc)
	_, err := r.tx.ExecContext(ctx, `INSERT INTO revisit_tasks(id, customer_id, owner_id, segment, from_at, due_at,
		deadline_at, status, prev_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'closed', ?, ?, ?)`,
		id, r.c.ID, r.c.OwnerID, r.c.Segment, store.FormatTime(f.at), store.FormatTime(due), store.FormatTime(deadline),
		prevID, store.FormatTime(f.recorded), r.now)
	if err != nil {
		return fmt.Errorf("customer: replay revisit: %w", err)
	}
	return nil
}
