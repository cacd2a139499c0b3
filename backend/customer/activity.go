package customer

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/store"
	"steady/backend/validate"
)

// Activity kinds. A note is internal; every other kind is a follow-up with
// the customer: it counts as contact for the pool rule and completes the
// open revisit.
const (
	ActivityCall    = "call"
	ActivityVisit   = "visit"
	ActivityEmail   = "email"
	ActivityWeChat  = "wechat"
	ActivityMeeting = "meeting"
	ActivityNote    = "note"
)

// ActivityKinds lists every kind.
func ActivityKinds() []string {
	return []string{ActivityCall, ActivityVisit, ActivityEmail, ActivityWeChat, ActivityMeeting, ActivityNote}
}

// Activity is one logged interaction.
type Activity struct {
	ID         string `json:"id"`
	CustomerID string `json:"customerId"`
	ContactID  string `json:"contactId"`
	Kind       string `json:"kind"`
	At         string `json:"at"`
	UserID     string `json:"userId"`
	UserName   string `json:"userName"`
	Summary    string `json:"summary"`
	Outcome    string `json:"outcome"`
	NextStep   string `json:"nextStep"`
	NextStepOn string `json:"nextStepOn"` // "" or YYYY-MM-DD
	DealID     string `json:"dealId"`     // "" or the customer's deal it was about
	Version    int    `json:"version"`
	// DoneTask is the SOP task logging this activity did (only in the answer
	// to the call that logged or changed it).
	DoneTask *DoneTask `json:"doneTask"`
}

// ActivityInput is what the log form sends; an empty At means now.
type ActivityInput struct {
	ID         string `json:"id"`
	CustomerID string `json:"customerId"`
	ContactID  string `json:"contactId"`
	Kind       string `json:"kind"`
	At         string `json:"at"` // RFC 3339
	Summary    string `json:"summary"`
	Outcome    string `json:"outcome"`
	NextStep   string `json:"nextStep"`
	NextStepOn string `json:"nextStepOn"`
	// DealID ties a new activity to one of the customer's open deals the
	// actor may work on (kept as it is on an update).
	DealID  string `json:"dealId"`
	Version int    `json:"version"`
	// BackdateReason lets the owner date an activity further back than the
	// window (Settings.BackdateDays); it is kept in the audit trail.
	BackdateReason string `json:"backdateReason"`
}

// futureSlack tolerates a clock a little ahead of the server's.
const futureSlack = 10 * time.Minute

// cleanActivity checks the form and returns the time it happened.
func cleanActivity(in ActivityInput, now time.Time) (ActivityInput, time.Time, error) {
	var v apperr.Validation
	in.Kind = validate.OneOf(&v, "kind", strings.TrimSpace(in.Kind), "validation.invalidActivityKind", ActivityKinds()...)
	in.Summary = validate.Text(&v, "summary", in.Summary, true, 500)
	in.Outcome = validate.Text(&v, "outcome", in.Outcome, false, 500)
	in.NextStep = validate.Text(&v, "nextStep", in.NextStep, false, 200)
	in.NextStepOn = validate.Date(&v, "nextStepOn", in.NextStepOn)
	in.BackdateReason = validate.Text(&v, "backdateReason", in.BackdateReason, false, 200)
	in.DealID = strings.TrimSpace(in.DealID)
	at := now
	if s := strings.TrimSpace(in.At); s != "" {
		t, err := time.Parse(time.RFC3339Nano, s)
		switch {
		case err != nil || t.UTC().Year() < 1: // "0000-01-01T00:00:00+01:00" is year -1 in UTC: stored, it could not be read back
			v.Add("at", "validation.invalidTime", nil)
		case t.After(now.Add(futureSlack)):
			v.Add("at", "validation.inFuture", nil)
		default:
			at = t
		}
	}
	in.At = store.FormatTime(at)
	return in, at, v.Err()
}

// LogActivity records an interaction with a customer the actor may change.
// A follow-up updates the last contact and completes the open revisit,
// opening the next one; one about a deal does that deal's SOP task waiting
// for its kind (see DealTasks).
func (s *Service) LogActivity(ctx context.Context, actor auth.Actor, in ActivityInput) (Activity, error) {
	in, at, err := cleanActivity(in, s.now())
	if err != nil {
		return Activity{}, err
	}
	in.ID = store.NewID()
	var done *DoneTask
	err = s.db.Tx(ctx, func(tx *sql.Tx) error {
		c, _, err := visibleTx(ctx, tx, actor, in.CustomerID)
		if err != nil {
			return err
		}
		if err := checkContactOf(ctx, tx, in.ContactID, c.ID); err != nil {
			return err
		}
		if err := s.checkBackdateTx(ctx, tx, actor, at, in.BackdateReason, "at"); err != nil {
			return err
		}
		if err := s.insertActivityRow(ctx, tx, actor.ID, in); err != nil {
			return err
		}
		if in.Kind != ActivityNote {
			if err := s.followedUpTx(ctx, tx, c, in.ID, actor.ID, at); err != nil {
				return err
			}
		}
		if done, err = s.tieTx(ctx, tx, actor, in, at); err != nil {
			return err
		}
		return s.record(ctx, tx, s.now(), actor.ID, "activity", in.ID, "create", nil, in)
	})
	if err != nil {
		return Activity{}, err
	}
	a, err := loadActivity(ctx, s.db.Read(), in.ID)
	a.DoneTask = done
	return a, err
}

// checkContactOf requires contactID ("" for none) to be a contact of customerID.
func checkContactOf(ctx context.Context, q Querier, contactID, customerID string) error {
	if contactID == "" {
		return nil
	}
	p, err := loadContact(ctx, q, contactID)
	if err != nil || p.CustomerID != customerID {
		return apperr.Field("contactId", "validation.invalidContact", nil)
	}
	return nil
}

func (s *Service) insertActivityRow(ctx context.Context, tx *sql.Tx, userID string, in ActivityInput) error {
	now := store.FormatTime(s.now())
	// deal_id is set once the sales area accepts the deal (tieTx)
	_, err := tx.ExecContext(ctx, `INSERT INTO activities(id, customer_id, contact_id, kind, at, user_id, summary,
		outcome, next_step, next_step_on, deal_id, created_by, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		in.ID, in.CustomerID, nullable(in.ContactID), in.Kind, in.At, userID, in.Summary, in.Outcome, in.NextStep,
		in.NextStepOn, nil, userID, now, now)
	if err != nil {
		return fmt.Errorf("customer: insert activity: %w", err)
	}
	return nil
}

// followedUpTx notes a follow-up at at: the customer's last contact moves
// forward, and the open revisit is done and the next one opened.
func (s *Service) followedUpTx(ctx context.Context, tx *sql.Tx, c Customer, activityID, userID string, at time.Time) error {
	if _, err := tx.ExecContext(ctx, `UPDATE customers SET last_contact_at = max(last_contact_at, ?)
		WHERE id = ?`, store.FormatTime(at), c.ID); err != nil {
		return fmt.Errorf("customer: last contact: %w", err)
	}
	done, err := s.completeRevisitTx(ctx, tx, c.ID, activityID, userID, at, s.now())
	if err != nil || done == "" {
		return err
	}
	st, err := loadSettings(ctx, tx)
	if err != nil {
		return err
	}
	return s.openRevisitTx(ctx, tx, c, revisitStart{from: at, created: s.now(), prevID: done}, st)
}
