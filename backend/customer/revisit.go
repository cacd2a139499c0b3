package customer

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"steady/backend/store"
)

// A customer with an owner has one open revisit task. It falls due a
// cadence (by segment) after the last contact or hand-over, and must be done
// by the end of that local day to count as on time. Logging a follow-up
// completes it and opens the next; a change of owner closes it.

// dueWindow returns when a revisit counted from from falls due (the start of
// the local due day) and its deadline (the start of the day after).
func dueWindow(from time.Time, days int, loc *time.Location) (time.Time, time.Time) {
	due := localDay(from, loc).AddDate(0, 0, days)
	return due, due.AddDate(0, 0, 1)
}

// openRevisitTx opens the next revisit task of a customer for its owner.
func (s *Service) openRevisitTx(ctx context.Context, tx *sql.Tx, c Customer, rs revisitStart, st Settings) error {
	if c.OwnerID == "" {
		return nil
	}
	loc, err := s.zone(ctx)
	if err != nil {
		return err
	}
	return s.insertRevisitTx(ctx, tx, c, rs, st, loc)
}

// revisitStart is what a new revisit task counts from: the contact or
// hand-over (from), the task it follows ("" after a hand-over), when it was
// opened, and the day it may fall due at the earliest (zero: any), so a
// task that resumes an earlier clock is never due in the past.
type revisitStart struct {
	from, created, notBefore time.Time
	prevID                   string
}

// insertRevisitTx opens c's next revisit task; c has an owner.
func (s *Service) insertRevisitTx(ctx context.Context, tx *sql.Tx, c Customer, rs revisitStart, st Settings, loc *time.Location) error {
	due, deadline := dueWindow(rs.from, st.revisitDays(c.Segment), loc)
	if today := localDay(rs.notBefore, loc); !rs.notBefore.IsZero() && due.Before(today) {
		due, deadline = today, today.AddDate(0, 0, 1)
	}
	created := store.FormatTime(rs.created)
	_, err := tx.ExecContext(ctx, `INSERT INTO revisit_tasks(id, customer_id, owner_id, segment, from_at, due_at,
		deadline_at, prev_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, store.NewID(), c.ID,
		c.OwnerID, c.Segment, store.FormatTime(rs.from), store.FormatTime(due), store.FormatTime(deadline),
		nullable(rs.prevID), created, store.FormatTime(s.now()))
	if err != nil {
		return fmt.Errorf("customer: open revisit: %w", err)
	}
	return nil
}

// completeRevisitTx marks the open task done by a follow-up that happened at
// at (after the task began) and was recorded at recorded: timeliness counts
// from the recording, so dating a late visit earlier earns nothing. It
// returns the id of the task it completed, or "".
func (s *Service) completeRevisitTx(ctx context.Context, tx *sql.Tx, customerID, activityID, userID string, at, recorded time.Time) (string, error) {
	var id string
	err := tx.QueryRowContext(ctx, `UPDATE revisit_tasks SET status = 'done', done_at = ?, done_by = ?,
		activity_id = ?, updated_at = ?, version = version + 1
		WHERE customer_id = ? AND status = 'open' AND deleted_at IS NULL AND from_at <= ? RETURNING id`,
		store.FormatTime(recorded), userID, activityID, store.FormatTime(s.now()), customerID,
		store.FormatTime(at)).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("customer: complete revisit: %w", err)
	}
	return id, nil
}

// closeRevisitTx ends the open task without a revisit (the owner changed,
// the customer went to the pool or was deleted). A task already due by then
// counts as missed; one not yet due does not count at all.
func (s *Service) closeRevisitTx(ctx context.Context, tx *sql.Tx, customerID string, at time.Time) error {
	_, err := tx.ExecContext(ctx, `UPDATE revisit_tasks SET status = 'closed', closed_at = ?, updated_at = ?,
		version = version + 1 WHERE customer_id = ? AND status = 'open' AND deleted_at IS NULL`,
		store.FormatTime(at), store.FormatTime(s.now()), customerID)
	if err != nil {
		return fmt.Errorf("customer: close revisit: %w", err)
	}
	return nil
}

// rescheduleRevisitTx moves the open task of a customer whose segment changed
// to the new cadence, unless it already fell due: a due task stays a fact.
func (s *Service) rescheduleRevisitTx(ctx context.Context, tx *sql.Tx, customerID, segment string, st Settings, now time.Time) error {
	var id, fromAt, dueAt string
	err := tx.QueryRowContext(ctx, `SELECT id, from_at, due_at FROM revisit_tasks
		WHERE customer_id = ? AND status = 'open' AND deleted_at IS NULL`, customerID).Scan(&id, &fromAt, &dueAt)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("customer: reschedule revisit: %w", err)
	}
	if dueAt <= store.FormatTime(now) {
		return nil
	}
	loc, err := s.zone(ctx)
	if err != nil {
		return err
	}
	from, err := store.ParseTime(fromAt)
	if err != nil {
		return err
	}
	due, deadline := dueWindow(from, st.revisitDays(segment), loc)
	if today := localDay(now, loc); due.Before(today) {
		// a shorter cadence must not make the task overdue in the past
		due, deadline = today, today.AddDate(0, 0, 1)
	}
	_, err = tx.ExecContext(ctx, `UPDATE revisit_tasks SET segment = ?, due_at = ?, deadline_at = ?, updated_at = ?,
		version = version + 1 WHERE id = ?`, segment, store.FormatTime(due), store.FormatTime(deadline),
		store.FormatTime(s.now()), id)
	if err != nil {
		return fmt.Errorf("customer: reschedule revisit: %w", err)
	}
	return nil
}

// revisitRulesChanged tells whether a change of the rules moves due days.
func revisitRulesChanged(before, after Settings) bool {
	return before.Revisit != after.Revisit || before.PoolAfterDays != after.PoolAfterDays ||
		before.PoolExemptHighValue != after.PoolExemptHighValue
}

// rescheduleOpenRevisitsTx moves every open revisit not yet due to the rules
// st; tasks already due stay as they fell.
func (s *Service) rescheduleOpenRevisitsTx(ctx context.Context, tx *sql.Tx, st Settings, now time.Time) error {
	rows, err := tx.QueryContext(ctx, `SELECT customer_id, segment FROM revisit_tasks
		WHERE status = 'open' AND deleted_at IS NULL AND due_at > ?`, store.FormatTime(now))
	if err != nil {
		return fmt.Errorf("customer: reschedule revisits: %w", err)
	}
	type open struct{ customerID, segment string }
	var tasks []open
	for rows.Next() {
		var o open
		if err := rows.Scan(&o.customerID, &o.segment); err != nil {
			rows.Close()
			return fmt.Errorf("customer: reschedule revisits: %w", err)
		}
		tasks = append(tasks, o)
	}
	err = rows.Err()
	if cerr := rows.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("customer: reschedule revisits: %w", err)
	}
	for _, o := range tasks {
		if err := s.rescheduleRevisitTx(ctx, tx, o.customerID, o.segment, st, now); err != nil {
			return err
		}
	}
	return nil
}
