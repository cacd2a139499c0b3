package demo

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/rand/v2"
	"time"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/customer"
	"steady/backend/store"
)

// customerBatch is how many customers, with their whole stories, one
// transaction writes: large enough that 100,000 customers load in minutes.
const customerBatch = 500

// addCustomers writes n customers of the reps, each with contacts (with
// birthdays), a story of follow-ups over up to two years, moves between
// stages, wins, and trips through the pool; then the daily sweep runs, so
// the pool rule and segments are as the app would leave them.
func addCustomers(ctx context.Context, db *store.DB, svc *customer.Service, c *clock, t team, r *rand.Rand, now time.Time, n int) error {
	if n <= 0 {
		return nil
	}
	p := &planner{r: r, t: t, now: now, n: n, brands: map[string][]string{}}
	for start := 0; start < n; start += customerBatch {
		err := db.Tx(ctx, func(tx *sql.Tx) error {
			for i := start; i < min(start+customerBatch, n); i++ {
				pl := &storyPlayer{svc: svc, tx: tx, c: c, t: t}
				if err := pl.play(ctx, p.plan(i)); err != nil {
					return fmt.Errorf("demo: customer %d: %w", i+1, err)
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	c.t = now
	_, err := svc.Sweep(ctx, now)
	return err
}

// storyPlayer plays one customer's story with the demo's clock.
type storyPlayer struct {
	svc      *customer.Service
	tx       *sql.Tx
	c        *clock
	t        team
	id       string
	owner    auth.Actor // the current owner; zero while in the pool
	stage    string
	contacts []string
}

func (pl *storyPlayer) play(ctx context.Context, cp customerPlan) error {
	pl.c.t = cp.created
	id, err := pl.svc.InsertCustomerTx(ctx, pl.tx, cp.creator, cp.in)
	if err != nil {
		return err
	}
	pl.id, pl.owner, pl.stage = id, cp.creator, customer.StageLead
	if cp.in.OwnerID != "" {
		pl.owner = auth.Actor{ID: cp.in.OwnerID, Role: auth.RoleRep}
	}
	if pl.contacts, err = contactIDs(ctx, pl.tx, id); err != nil {
		return err
	}
	for _, e := range cp.events {
		pl.c.t = e.at
		if err := pl.event(ctx, e); err != nil {
			return fmt.Errorf("%s at %s: %w", e.kind, e.at.Format(time.DateOnly), err)
		}
	}
	return nil
}

// event plays one step; steps that no longer make sense (a follow-up while
// the customer sits in the pool) are skipped.
func (pl *storyPlayer) event(ctx context.Context, e event) error {
	owned := pl.owner.ID != ""
	switch {
	case e.kind == "activity" && owned:
		return pl.activity(ctx, e)
	case e.kind == "prospect" && owned && pl.stage == customer.StageLead:
		pl.stage = customer.StageProspect
		return pl.svc.ChangeStageTx(ctx, pl.tx, pl.owner, pl.id, customer.StageProspect, e.reason)
	case e.kind == "churn" && owned && pl.stage != customer.StageChurned:
		pl.stage = customer.StageChurned
		return pl.svc.ChangeStageTx(ctx, pl.tx, pl.owner, pl.id, customer.StageChurned, e.reason)
	case e.kind == "win" && owned:
		pl.stage = customer.StageCustomer // or repeat; only "not lead" matters here
		return pl.svc.RecordWonDeal(ctx, pl.tx, pl.id, e.at, e.amount, "CNY")
	case e.kind == "release" && owned:
		by := pl.owner
		pl.owner = auth.Actor{}
		return pl.svc.ReleaseTx(ctx, pl.tx, by, pl.id, e.reason)
	case e.kind == "claim" && !owned:
		return pl.claim(ctx, e)
	case e.kind == "assign" && owned:
		err := pl.svc.AssignTx(ctx, pl.tx, pl.t.manager, pl.id, e.to.ID, e.reason)
		if atHoldLimit(err) {
			return nil // the rep holds all their level allows: the customer stays
		}
		if err == nil {
			pl.owner = e.to
		}
		return err
	}
	return nil
}

// atHoldLimit says whether err refuses a hand-over because the rep holds as
// many customers as their level allows.
func atHoldLimit(err error) bool {
	e, ok := apperr.As(err)
	return ok && (e.Code == "errors.forbidden.holdLimit" || e.Fields["toUserId"].Code == "validation.holdLimit")
}

func (pl *storyPlayer) activity(ctx context.Context, e event) error {
	in := customer.ActivityInput{CustomerID: pl.id, Kind: e.follow.kind, At: store.FormatTime(e.at),
		Summary: e.follow.summary, Outcome: e.follow.outcome, NextStep: e.follow.nextStep}
	if e.contact >= 0 && e.contact < len(pl.contacts) {
		in.ContactID = pl.contacts[e.contact]
	}
	_, err := pl.svc.LogActivityTx(ctx, pl.tx, pl.owner, in)
	return err
}

// claim takes the customer from the pool for e.to; when the rep already
// claimed their day's limit, the manager assigns it instead.
func (pl *storyPlayer) claim(ctx context.Context, e event) error {
	err := pl.svc.ClaimTx(ctx, pl.tx, e.to, pl.id)
	if errors.Is(err, apperr.ErrForbidden) && !atHoldLimit(err) {
		err = pl.svc.AssignTx(ctx, pl.tx, pl.t.manager, pl.id, e.to.ID, "公海客户分配")
	}
	if atHoldLimit(err) {
		return nil // it stays in the pool
	}
	if err == nil {
		pl.owner = e.to
	}
	return err
}

func contactIDs(ctx context.Context, tx *sql.Tx, customerID string) ([]string, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id FROM contacts WHERE customer_id = ? AND deleted_at IS NULL
		ORDER BY is_primary DESC, created_at, id`, customerID)
	if err != nil {
		return nil, fmt.Errorf("demo: contacts: %w", err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("demo: contacts: %w", err)
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}
