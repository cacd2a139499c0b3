package training

import (
	"context"
	"time"

	"steady/backend/apperr"
	"steady/backend/auth"
)

// SetBackdateDays connects the company's backdating window (the customer
// area keeps it). Without it any past day is taken, as in this package's
// own tests.
func (s *Service) SetBackdateDays(fn func(context.Context) (int, error)) { s.backdateDays = fn }

// checkBackdate refuses a session day older than the window: a session
// dated back completes courses in months that may be appraised already. The
// owner may go further (with a reason when the form has one), audited.
func (s *Service) checkBackdate(ctx context.Context, actor auth.Actor, day, reason string) error {
	if s.backdateDays == nil || actor.IsOwner() && reason != "" {
		return nil
	}
	days, err := s.backdateDays(ctx)
	if err != nil {
		return err
	}
	earliest := s.now().In(s.zone(ctx)).AddDate(0, 0, -days).Format(time.DateOnly)
	if day >= earliest {
		return nil
	}
	return apperr.Field("heldOn", "validation.backdateLimit", map[string]any{"n": days})
}

// ownerGoesOn stands for a reason where a form has no field for one: the
// owner may correct attendance of an older session (the audit keeps who did).
func ownerGoesOn(actor auth.Actor) string {
	if actor.IsOwner() {
		return "owner"
	}
	return ""
}
