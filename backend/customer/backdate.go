package customer

import "context"

// BackdateDays is how many local days back a date people type may go (the
// owner further, with a reason): the window every area applies to the dates
// that earn credit, so a month already appraised is not rewritten later.
func (s *Service) BackdateDays(ctx context.Context) (int, error) {
	st, err := loadSettings(ctx, s.db.Read())
	return st.BackdateDays, err
}
