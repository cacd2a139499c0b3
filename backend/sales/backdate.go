package sales

import (
	"context"
	"time"

	"steady/backend/apperr"
	"steady/backend/auth"
)

// checkBackdate refuses a day (YYYY-MM-DD, company zone) older than the
// company's backdating window: a win dated back earns credit in a month that
// may be appraised already. The owner may go further with a reason, which
// the audit keeps.
func (s *Service) checkBackdate(ctx context.Context, actor auth.Actor, day string, loc *time.Location, reason, field string) error {
	days, err := s.customers.BackdateDays(ctx)
	if err != nil {
		return err
	}
	earliest := s.now().In(loc).AddDate(0, 0, -days).Format(time.DateOnly)
	if day >= earliest || (actor.IsOwner() && reason != "") {
		return nil
	}
	return apperr.Field(field, "validation.backdateLimit", map[string]any{"n": days})
}
