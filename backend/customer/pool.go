package customer

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/store"
	"steady/backend/validate"
)

// Claim takes a customer from the pool for the actor. Reps may claim only
// so many a day (Settings.ClaimLimitPerDay).
func (s *Service) Claim(ctx context.Context, actor auth.Actor, customerID string) (Customer, error) {
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
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
	})
	if err != nil {
		return Customer{}, err
	}
	return s.Customer(ctx, actor, customerID)
}

// CustomerRef names a customer with the version the caller read.
type CustomerRef struct {
	ID      string `json:"id"`
	Version int    `json:"version"`
}

// checkClaimLimit refuses a rep's claim beyond the day's limit.
func (s *Service) checkClaimLimit(ctx context.Context, tx *sql.Tx, actor auth.Actor) error {
	if actor.Role != auth.RoleRep {
		return nil
	}
	st, err := loadSettings(ctx, tx)
	if err != nil {
		return err
	}
	loc, err := s.zone(ctx)
	if err != nil {
		return err
	}
	var claims int
	err = tx.QueryRowContext(ctx, `SELECT count(*) FROM customer_owner_history WHERE actor_id = ? AND action = 'claim'
		AND at >= ?`, actor.ID, store.FormatTime(localDay(s.now(), loc))).Scan(&claims)
	if err != nil {
		return fmt.Errorf("customer: count claims: %w", err)
	}
	if claims >= st.ClaimLimitPerDay {
		return apperr.Forbidden("errors.forbidden.claimLimit")
	}
	return nil
}

// Assign hands customers (from the pool or from someone) to toUserID, all
// or none: the owner to anyone, a manager within their team, reps never.
// Each ref carries the version read: a customer changed since is a
// conflict and nothing is assigned. A rep may not be given more customers
// than their level may hold.
func (s *Service) Assign(ctx context.Context, actor auth.Actor, refs []CustomerRef, toUserID, reason string) error {
	var v apperr.Validation
	reason = validate.Text(&v, "reason", reason, false, 200)
	if err := v.Err(); err != nil {
		return err
	}
	if actor.Role == auth.RoleRep {
		return apperr.Forbidden("errors.forbidden.assign")
	}
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
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
		if err := checkHoldLimit(ctx, tx, toUserID, len(refs), "toUserId"); err != nil {
			return err
		}
		for _, ref := range refs {
			if err := s.assignOne(ctx, tx, sc, ref.ID, ref.Version, toUserID, reason); err != nil {
				return err
			}
		}
		return nil
	})
}

// assignOne hands one customer over; version is the version read, or 0
// when the caller read it inside tx (bulk work).
func (s *Service) assignOne(ctx context.Context, tx *sql.Tx, sc scope, id string, version int, toUserID, reason string) error {
	c, err := loadCustomer(ctx, tx, id)
	if err != nil {
		return err
	}
	if err := sc.canEdit(c.OwnerID); err != nil {
		return err
	}
	if version != 0 && c.Version != version {
		return apperr.Conflict("customer")
	}
	if c.OwnerID == toUserID {
		return nil
	}
	return s.moveOwnerTx(ctx, tx, c, ownerMove{action: "assign", actorID: sc.actor.ID, to: toUserID, reason: reason, at: s.now()})
}

// Release returns a customer to the pool by hand; a reason is required and
// version must be the version read.
func (s *Service) Release(ctx context.Context, actor auth.Actor, customerID string, version int, reason string) error {
	var v apperr.Validation
	reason = validate.Text(&v, "reason", reason, true, 200)
	if err := v.Err(); err != nil {
		return err
	}
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		c, _, err := visibleTx(ctx, tx, actor, customerID)
		if err != nil {
			return err
		}
		if c.OwnerID == "" {
			return apperr.Forbidden("errors.forbidden.notOwned")
		}
		if c.Version != version {
			return apperr.Conflict("customer")
		}
		return s.moveOwnerTx(ctx, tx, c, ownerMove{action: "release", actorID: actor.ID, reason: reason, at: s.now()})
	})
}

// sweepPool returns to the pool every owned customer without a follow-up
// (or a hand-over) for PoolAfterDays; high-value ones stay when so set.
func (s *Service) sweepPool(ctx context.Context, st Settings, now time.Time) (int, error) {
	cutoff := store.FormatTime(now.AddDate(0, 0, -st.PoolAfterDays))
	cond := `deleted_at IS NULL AND owner_id IS NOT NULL
		AND max(last_contact_at, coalesce(owned_since, created_at)) < ? AND NOT (? AND segment = 'high_value')`
	return s.sweepWhere(ctx, cond, []any{cutoff, st.PoolExemptHighValue}, func(tx *sql.Tx, c Customer) error {
		return s.moveOwnerTx(ctx, tx, c, ownerMove{action: "expire", reason: "pool.auto.noFollowUp", at: now})
	})
}
