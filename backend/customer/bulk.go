package customer

import (
	"context"
	"database/sql"
	"strings"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/store"
	"steady/backend/validate"
)

// The Tx forms below make the same changes as LogActivity, ChangeStage,
// Release, Claim and Assign, inside a transaction the caller holds, so that
// bulk work (demo data) commits thousands of changes at once. They read the
// customer inside tx, so they take no version.

// LogActivityTx records an activity inside tx and returns its id.
func (s *Service) LogActivityTx(ctx context.Context, tx *sql.Tx, actor auth.Actor, in ActivityInput) (string, error) {
	in, at, err := cleanActivity(in, s.now())
	if err != nil {
		return "", err
	}
	in.ID = store.NewID()
	c, _, err := visibleTx(ctx, tx, actor, in.CustomerID)
	if err != nil {
		return "", err
	}
	if err := checkContactOf(ctx, tx, in.ContactID, c.ID); err != nil {
		return "", err
	}
	if err := s.checkBackdateTx(ctx, tx, actor, at, in.BackdateReason, "at"); err != nil {
		return "", err
	}
	if err := s.insertActivityRow(ctx, tx, actor.ID, in); err != nil {
		return "", err
	}
	if in.Kind != ActivityNote {
		if err := s.followedUpTx(ctx, tx, c, in.ID, actor.ID, at); err != nil {
			return "", err
		}
	}
	return in.ID, s.record(ctx, tx, s.now(), actor.ID, "activity", in.ID, "create", nil, in)
}

// ChangeStageTx moves a customer to another stage by hand inside tx; a
// reason is required.
func (s *Service) ChangeStageTx(ctx context.Context, tx *sql.Tx, actor auth.Actor, customerID, to, reason string) error {
	var v apperr.Validation
	to = validate.OneOf(&v, "stage", strings.TrimSpace(to), "validation.invalidStage", Stages()...)
	reason = validate.Text(&v, "reason", reason, true, 200)
	if err := v.Err(); err != nil {
		return err
	}
	c, _, err := visibleTx(ctx, tx, actor, customerID)
	if err != nil {
		return err
	}
	if c.Stage == to {
		return apperr.Field("stage", "validation.sameStage", nil)
	}
	return s.setStageTx(ctx, tx, c, to, stageChange{actorID: actor.ID, reason: reason, at: s.now()})
}

// ReleaseTx returns a customer the actor holds to the pool inside tx.
func (s *Service) ReleaseTx(ctx context.Context, tx *sql.Tx, actor auth.Actor, customerID, reason string) error {
	var v apperr.Validation
	reason = validate.Text(&v, "reason", reason, true, 200)
	if err := v.Err(); err != nil {
		return err
	}
	c, _, err := visibleTx(ctx, tx, actor, customerID)
	if err != nil {
		return err
	}
	if c.OwnerID == "" {
		return apperr.Forbidden("errors.forbidden.notOwned")
	}
	return s.moveOwnerTx(ctx, tx, c, ownerMove{action: "release", actorID: actor.ID, reason: reason, at: s.now()})
}

// ClaimTx takes a customer from the pool for the actor inside tx, within
// the day's claim limit.
func (s *Service) ClaimTx(ctx context.Context, tx *sql.Tx, actor auth.Actor, customerID string) error {
	c, err := loadCustomer(ctx, tx, customerID)
	if err != nil {
		return err
	}
	if c.OwnerID != "" {
		return apperr.Forbidden("errors.forbidden.notInPool")
	}
	if err := s.checkClaimLimit(ctx, tx, actor); err != nil {
		return err
	}
	if err := checkHoldLimit(ctx, tx, actor.ID, 1, ""); err != nil {
		return err
	}
	return s.moveOwnerTx(ctx, tx, c, ownerMove{action: "claim", actorID: actor.ID, to: actor.ID, at: s.now()})
}

// AssignTx hands one customer to toUserID inside tx: the owner to anyone, a
// manager within their team.
func (s *Service) AssignTx(ctx context.Context, tx *sql.Tx, actor auth.Actor, customerID, toUserID, reason string) error {
	var v apperr.Validation
	reason = validate.Text(&v, "reason", reason, false, 200)
	if actor.Role == auth.RoleRep {
		return apperr.Forbidden("errors.forbidden.assign")
	}
	sc, err := scopeOf(ctx, tx, actor)
	if err != nil {
		return err
	}
	if err := checkOwner(ctx, tx, sc, &v, "toUserId", toUserID); err != nil {
		return err
	}
	if err := v.Err(); err != nil {
		return err
	}
	if err := checkHoldLimit(ctx, tx, toUserID, 1, "toUserId"); err != nil {
		return err
	}
	return s.assignOne(ctx, tx, sc, customerID, 0, toUserID, reason)
}
