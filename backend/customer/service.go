package customer

import (
	"context"
	"database/sql"
	"time"

	"steady/backend/audit"
	"steady/backend/store"
)

// Zone returns the company's time zone: revisit days, birthdays and claim
// limits count local days.
type Zone func(ctx context.Context) (*time.Location, error)

// FixedZone is a Zone that never changes (tests, the command line).
func FixedZone(loc *time.Location) Zone {
	return func(context.Context) (*time.Location, error) { return loc, nil }
}

// Querier reads inside or outside a transaction (*sql.Tx and *sql.DB).
type Querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// Service reads and changes customers.
type Service struct {
	db    *store.DB
	now   func() time.Time
	zone  Zone
	deals WonDeals

	dealTasks  DealTasks   // nil: no sales area, an activity names no deal
	mergeHooks []namedHook // see OnMerge

	health HealthFilter // nil: no after-sales area, the list takes no health filter

	countCap int // how many matches a list counts at most; 0: countCap (tests set less)
}

// NewService returns a customer service. deals is where segmentation reads
// purchases from; WonDealTable is this area's own record of them.
func NewService(db *store.DB, now func() time.Time, zone Zone, deals WonDeals) *Service {
	return &Service{db: db, now: now, zone: zone, deals: deals}
}

// record writes the audit row of one change; actorID "" marks an automatic one.
func (s *Service) record(ctx context.Context, tx *sql.Tx, at time.Time, actorID, entity, id, action string, before, after any) error {
	return audit.Write(ctx, tx, audit.Entry{At: at, ActorID: actorID, Entity: entity, EntityID: id,
		Action: action, Before: before, After: after})
}

// nullable stores "" as NULL (owner of a pool customer, optional references).
func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// pageSize is n within [1, most], or def when n is not positive.
func pageSize(n, def, most int) int {
	if n <= 0 {
		return def
	}
	return min(n, most)
}

// localDay is the start of t's calendar day in loc.
func localDay(t time.Time, loc *time.Location) time.Time {
	y, m, d := t.In(loc).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, loc)
}
