package customer

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/store"
)

const activityColumns = `a.id, a.customer_id, coalesce(a.contact_id, ''), a.kind, a.at, a.user_id, coalesce(u.name, ''),
	a.summary, a.outcome, a.next_step, a.next_step_on, coalesce(a.deal_id, ''), a.version`

func scanActivity(row scanner) (Activity, error) {
	var a Activity
	err := row.Scan(&a.ID, &a.CustomerID, &a.ContactID, &a.Kind, &a.At, &a.UserID, &a.UserName,
		&a.Summary, &a.Outcome, &a.NextStep, &a.NextStepOn, &a.DealID, &a.Version)
	return a, err
}

func loadActivity(ctx context.Context, q Querier, id string) (Activity, error) {
	a, err := scanActivity(q.QueryRowContext(ctx, `SELECT `+activityColumns+` FROM activities a
		LEFT JOIN users u ON u.id = a.user_id WHERE a.id = ? AND a.deleted_at IS NULL`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return Activity{}, apperr.NotFound("activity")
	}
	if err != nil {
		return Activity{}, fmt.Errorf("customer: activity %s: %w", id, err)
	}
	return a, nil
}

// editableActivityTx loads an activity the actor may change: their own, on
// a customer they may change; managers and the owner any in their scope.
func editableActivityTx(ctx context.Context, tx *sql.Tx, actor auth.Actor, id string) (Activity, error) {
	a, err := loadActivity(ctx, tx, id)
	if err != nil {
		return a, err
	}
	if _, _, err := visibleTx(ctx, tx, actor, a.CustomerID); err != nil {
		return a, err
	}
	if actor.Role == auth.RoleRep && a.UserID != actor.ID {
		return a, apperr.Forbidden("errors.forbidden.activity")
	}
	return a, nil
}

// UpdateActivity corrects a logged activity; in.Version must be the version
// read, and an empty in.At keeps the date it had. A new date, or a kind
// that counts differently, must be within the backdating window, and
// replays the revisit tasks the activity could have completed; on an
// activity about a deal it does the deal's SOP task again (see DealTasks).
// The deal it names stays as it was logged.
func (s *Service) UpdateActivity(ctx context.Context, actor auth.Actor, in ActivityInput) (Activity, error) {
	keepDate := strings.TrimSpace(in.At) == ""
	in, at, err := cleanActivity(in, s.now())
	if err != nil {
		return Activity{}, err
	}
	var done *DoneTask
	err = s.db.Tx(ctx, func(tx *sql.Tx) error {
		before, err := editableActivityTx(ctx, tx, actor, in.ID)
		if err != nil {
			return err
		}
		was, err := store.ParseTime(before.At)
		if err != nil {
			return err
		}
		// the form sends minutes: the same minute is the date it had
		if keepDate || at.Truncate(time.Minute).Equal(was.Truncate(time.Minute)) {
			in.At, at = before.At, was
		}
		in.CustomerID, in.DealID = before.CustomerID, before.DealID
		if err := checkContactOf(ctx, tx, in.ContactID, before.CustomerID); err != nil {
			return err
		}
		credit := in.At != before.At || (in.Kind == ActivityNote) != (before.Kind == ActivityNote)
		if err := s.checkEditDate(ctx, tx, actor, in, before, at); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `UPDATE activities SET contact_id = ?, kind = ?, at = ?, summary = ?, outcome = ?,
			next_step = ?, next_step_on = ?, updated_at = ?, version = version + 1
			WHERE id = ? AND version = ? AND deleted_at IS NULL`, nullable(in.ContactID), in.Kind, in.At, in.Summary,
			in.Outcome, in.NextStep, in.NextStepOn, store.FormatTime(s.now()), in.ID, in.Version)
		if err != nil {
			return fmt.Errorf("customer: update activity: %w", err)
		}
		if n, err := res.RowsAffected(); err != nil || n == 0 {
			return apperr.Conflict("activity")
		}
		if credit {
			if err := s.activityChangedTx(ctx, tx, in.CustomerID, in.ID); err != nil {
				return err
			}
		}
		if done, err = s.retieTx(ctx, tx, actor, in, before, at); err != nil {
			return err
		}
		return s.record(ctx, tx, s.now(), actor.ID, "activity", in.ID, "update", before, in)
	})
	if err != nil {
		return Activity{}, err
	}
	a, err := loadActivity(ctx, s.db.Read(), in.ID)
	a.DoneTask = done
	return a, err
}

// checkEditDate holds an edit to the backdating window: a new date must be
// within it, and so must the date of an activity whose kind changes between
// a note and a follow-up (an old note must not turn into an old visit).
func (s *Service) checkEditDate(ctx context.Context, tx *sql.Tx, actor auth.Actor, in ActivityInput, before Activity, at time.Time) error {
	switch {
	case in.At != before.At:
		return s.checkBackdateTx(ctx, tx, actor, at, in.BackdateReason, "at")
	case (in.Kind == ActivityNote) != (before.Kind == ActivityNote):
		return s.checkBackdateTx(ctx, tx, actor, at, in.BackdateReason, "kind")
	}
	return nil
}

// DeleteActivity removes a logged activity (a tombstone stays for sync); the
// customer's last contact and the revisit it completed follow.
func (s *Service) DeleteActivity(ctx context.Context, actor auth.Actor, id string, version int) error {
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		before, err := editableActivityTx(ctx, tx, actor, id)
		if err != nil {
			return err
		}
		now := store.FormatTime(s.now())
		res, err := tx.ExecContext(ctx, `UPDATE activities SET deleted_at = ?, updated_at = ?, version = version + 1
			WHERE id = ? AND version = ? AND deleted_at IS NULL`, now, now, id, version)
		if err != nil {
			return fmt.Errorf("customer: delete activity: %w", err)
		}
		if n, err := res.RowsAffected(); err != nil || n == 0 {
			return apperr.Conflict("activity")
		}
		if err := s.activityChangedTx(ctx, tx, before.CustomerID, id); err != nil {
			return err
		}
		if before.DealID != "" && s.dealTasks != nil {
			if err := s.dealTasks.Untie(ctx, tx, actor.ID, id); err != nil {
				return err
			}
		}
		return s.record(ctx, tx, s.now(), actor.ID, "activity", id, "delete", before, nil)
	})
}
