package customer

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"steady/backend/apperr"
	"steady/backend/auth"
)

// DealTie is an activity logged against one of its customer's deals.
type DealTie struct {
	ActivityID     string
	DealID         string
	CustomerID     string
	Kind           string
	At             time.Time
	BackdateReason string // the owner's reason for an activity dated beyond the window
}

// DoneTask is the SOP task an activity did.
type DoneTask struct {
	ID      string `json:"id"`
	TitleZh string `json:"titleZh"`
	TitleEn string `json:"titleEn"`
}

// DealTasks is how the customer area reaches the sales area when an activity
// names a deal, inside the activity's own transaction (the sales area
// implements it; services wires it):
//   - Tie checks the deal is an open deal of the customer that the actor may
//     work on, and does that deal's open SOP task waiting for this kind of
//     activity (earliest due first), if any;
//   - Retie follows a corrected time or kind (the task done is done again,
//     or opened again when the activity no longer does it);
//   - Untie opens again the task a deleted activity did.
type DealTasks interface {
	Tie(ctx context.Context, tx *sql.Tx, actor auth.Actor, t DealTie) (*DoneTask, error)
	Retie(ctx context.Context, tx *sql.Tx, actor auth.Actor, t DealTie) (*DoneTask, error)
	Untie(ctx context.Context, tx *sql.Tx, actorID, activityID string) error
}

// SetDealTasks wires the sales area in. Without it an activity may name no deal.
func (s *Service) SetDealTasks(d DealTasks) { s.dealTasks = d }

// tieTx ties a new activity to its deal ("" for none).
func (s *Service) tieTx(ctx context.Context, tx *sql.Tx, actor auth.Actor, in ActivityInput, at time.Time) (*DoneTask, error) {
	if in.DealID == "" {
		return nil, nil
	}
	if s.dealTasks == nil {
		return nil, apperr.Field("dealId", "validation.invalidChoice", nil)
	}
	done, err := s.dealTasks.Tie(ctx, tx, actor, DealTie{ActivityID: in.ID, DealID: in.DealID, CustomerID: in.CustomerID,
		Kind: in.Kind, At: at, BackdateReason: in.BackdateReason})
	if err != nil {
		return nil, err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE activities SET deal_id = ? WHERE id = ?`, in.DealID, in.ID); err != nil {
		return nil, fmt.Errorf("customer: tie activity: %w", err)
	}
	return done, nil
}

// retieTx follows an edit of an activity about a deal: a new time or kind
// may do another task, or none.
func (s *Service) retieTx(ctx context.Context, tx *sql.Tx, actor auth.Actor, in ActivityInput, before Activity, at time.Time) (*DoneTask, error) {
	if before.DealID == "" || s.dealTasks == nil || (in.At == before.At && in.Kind == before.Kind) {
		return nil, nil
	}
	return s.dealTasks.Retie(ctx, tx, actor, DealTie{ActivityID: in.ID, DealID: before.DealID, CustomerID: before.CustomerID,
		Kind: in.Kind, At: at, BackdateReason: in.BackdateReason})
}
