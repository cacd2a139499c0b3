// Package service is after-sales: tickets a customer raises (with the history
// of every change and targets counted in the company's working hours),
// satisfaction surveys on a ticket, a won deal or a revisit, the follow-up a
// low score opens for a manager, each customer's health, the monthly report
// and the numbers the appraisal pays on.
package service

import (
	"context"
	"database/sql"
	"time"

	"steady/backend/audit"
	"steady/backend/store"
)

// HoursSource reads the company's working week and zone.
type HoursSource func(ctx context.Context) (Hours, error)

// BackdateSource is how many local days back a date people type may go
// (the customer area's window, which every area applies).
type BackdateSource func(ctx context.Context) (int, error)

// Service reads and changes tickets and surveys.
type Service struct {
	db       *store.DB
	now      func() time.Time
	hours    HoursSource
	backdate BackdateSource
}

// NewService returns the after-sales service.
func NewService(db *store.DB, now func() time.Time, hours HoursSource, backdate BackdateSource) *Service {
	return &Service{db: db, now: now, hours: hours, backdate: backdate}
}

// querier reads inside or outside a transaction.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// record writes the audit row of one change.
func (s *Service) record(ctx context.Context, tx *sql.Tx, actorID, entity, id, action string, before, after any) error {
	return audit.Write(ctx, tx, audit.Entry{At: s.now(), ActorID: actorID, Entity: entity, EntityID: id,
		Action: action, Before: before, After: after})
}

// nullable stores "" as NULL.
func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// stamp is the clock's time as stored.
func (s *Service) stamp() string { return store.FormatTime(s.now()) }
