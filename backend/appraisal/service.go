package appraisal

import (
	"context"
	"database/sql"
	"time"

	"steady/backend/company"
	"steady/backend/store"
)

// Service keeps templates, targets and appraisals.
type Service struct {
	db       *store.DB
	company  *company.Service
	now      func() time.Time
	zone     func(context.Context) *time.Location
	source   Source
	evidence EvidenceSource
}

// NewService returns the appraisal service. zone gives the company's time
// zone (months are its calendar months); source reads the areas' figures.
func NewService(db *store.DB, now func() time.Time, zone func(context.Context) *time.Location, source Source) *Service {
	return &Service{db: db, company: company.NewService(db, now), now: now, zone: zone, source: source}
}

// Month parses key in the company's time zone.
func (s *Service) Month(ctx context.Context, key string) (Month, error) {
	return ParseMonth(key, s.zone(ctx))
}

// CurrentMonth is the company's month today.
func (s *Service) CurrentMonth(ctx context.Context) Month {
	now := s.now().In(s.zone(ctx))
	m, _ := ParseMonth(now.Format("2006-01"), now.Location()) // a formatted month always parses
	return m
}

func (s *Service) stamp() string { return store.FormatTime(s.now()) }

// querier is what both the read pool and a transaction offer.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}
