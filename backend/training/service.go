// Package training keeps every rep's training in one place: courses and their
// materials, plans by level that turn into required courses with due days,
// sessions with attendance and assessment scores, role-play practice with a
// scored rubric and follow-up tasks, each rep's profile, the team matrix and
// its Excel export, and the monthly numbers the appraisal reads.
package training

import (
	"context"
	"database/sql"
	"encoding/json"
	"time"

	"steady/backend/store"
)

// Service reads and changes training records.
type Service struct {
	db           *store.DB
	now          func() time.Time
	zone         func(context.Context) *time.Location
	backdateDays func(context.Context) (int, error) // nil: no window
}

// NewService returns a training service. zone gives the company's time zone,
// which decides what "today" is for due and overdue courses; nil means UTC.
func NewService(db *store.DB, now func() time.Time, zone func(context.Context) *time.Location) *Service {
	if zone == nil {
		zone = func(context.Context) *time.Location { return time.UTC }
	}
	return &Service{db: db, now: now, zone: zone}
}

// today is the company's current calendar day as YYYY-MM-DD.
func (s *Service) today(ctx context.Context) string {
	return s.now().In(s.zone(ctx)).Format(time.DateOnly)
}

// stamp is the current moment as stored text.
func (s *Service) stamp() string { return store.FormatTime(s.now()) }

// querier is what both the read pool and a transaction offer.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

type scanner interface{ Scan(dest ...any) error }

// addDays returns the calendar day n days after day (both YYYY-MM-DD).
func addDays(day string, n int) string {
	t, err := time.Parse(time.DateOnly, day)
	if err != nil {
		return day
	}
	return t.AddDate(0, 0, n).Format(time.DateOnly)
}

// addMonths returns the calendar day n months after day.
func addMonths(day string, n int) string {
	t, err := time.Parse(time.DateOnly, day)
	if err != nil {
		return day
	}
	return t.AddDate(0, n, 0).Format(time.DateOnly)
}

// daysBetween counts the days from a to b (negative when b is earlier).
func daysBetween(a, b string) int {
	ta, errA := time.Parse(time.DateOnly, a)
	tb, errB := time.Parse(time.DateOnly, b)
	if errA != nil || errB != nil {
		return 0
	}
	return int(tb.Sub(ta).Hours() / 24)
}

func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// jsonList encodes ids for `IN (SELECT value FROM json_each(?))`.
func jsonList(ids []string) string {
	b, _ := json.Marshal(ids) // a []string always encodes
	return string(b)
}
