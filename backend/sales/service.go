// Package sales holds the sales process: configurable stages with goals, win
// probabilities and exit checklists; SOP rules that give each stage tasks
// with deadlines; deals that walk the stages and end won or lost; SOP
// compliance per rep and month; the funnel, pipeline and trend with a simple
// forecast; and the dashboard's and notifications' queries. Every call takes
// the acting user; this package decides what that user may see and change.
package sales

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"steady/backend/apperr"
	"steady/backend/audit"
	"steady/backend/auth"
	"steady/backend/company"
	"steady/backend/customer"
	"steady/backend/store"
)

// Customers is what the sales area needs from the customer area: to see a
// customer as the actor may, and to record a win inside the sales area's own
// transaction so the customer's lifecycle and segment follow it.
type Customers interface {
	Customer(ctx context.Context, actor auth.Actor, id string) (customer.Customer, error)
	RecordWonDeal(ctx context.Context, tx *sql.Tx, customerID string, wonAt time.Time, amountMinor int64, currency string) error
	// BackdateDays is the company's window for dates people type.
	BackdateDays(ctx context.Context) (int, error)
}

// Service reads and changes the sales area.
type Service struct {
	db        *store.DB
	now       func() time.Time
	customers Customers
	company   *company.Service
	quotesOf  QuoteCounter // nil: no quote area, nothing stands on a deal
	targets   TargetSum    // nil: no appraisal area, the dashboards show no target
}

// QuoteCounter counts the quotes that name a deal (the quote area's
// CountForDeal), inside the caller's transaction.
type QuoteCounter func(ctx context.Context, tx *sql.Tx, dealID string) (int, error)

// SetQuoteCounter lets the sales area see whether quotes stand on a deal.
func (s *Service) SetQuoteCounter(fn QuoteCounter) { s.quotesOf = fn }

// NewService returns a sales service.
func NewService(db *store.DB, now func() time.Time, customers Customers) *Service {
	return &Service{db: db, now: now, customers: customers, company: company.NewService(db, now)}
}

// querier reads inside or outside a transaction (*sql.Tx and *sql.DB).
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

type scanner interface{ Scan(dest ...any) error }

// facts are the company settings the sales area counts with: its time zone
// (days and months) and its currency (amounts in other currencies are
// converted where they are summed; see amounts).
type facts struct {
	loc      *time.Location
	currency string
}

func (s *Service) facts(ctx context.Context) (facts, error) {
	st, err := s.company.Settings(ctx)
	if errors.Is(err, apperr.ErrNotFound) {
		st = company.Defaults("")
	} else if err != nil {
		return facts{}, err
	}
	loc, err := time.LoadLocation(st.Timezone)
	if err != nil {
		loc = time.UTC // validated on save; only a damaged row gets here
	}
	return facts{loc: loc, currency: st.Currency}, nil
}

// record writes the audit row of one change; actorID "" marks an automatic one.
func (s *Service) record(ctx context.Context, tx *sql.Tx, actorID, entity, id, action string, before, after any) error {
	return audit.Write(ctx, tx, audit.Entry{At: s.now(), ActorID: actorID, Entity: entity, EntityID: id,
		Action: action, Before: before, After: after})
}

// stamp is the current moment as stored text.
func (s *Service) stamp() string { return store.FormatTime(s.now()) }

// changedOne turns an UPDATE that touched no row into a conflict: the row
// changed since the caller read it.
func changedOne(res sql.Result, err error, entity string) error {
	if err != nil {
		return err
	}
	n, err := res.RowsAffected()
	if err != nil {
		return err
	}
	if n != 1 {
		return apperr.Conflict(entity)
	}
	return nil
}

func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// bp is part/whole in basis points, rounded half up; 0 when whole is 0.
func bp(part, whole int64) int {
	if whole <= 0 {
		return 0
	}
	return int((part*10000*2 + whole) / (whole * 2))
}

// weighted is amount × probability, rounded half up to a minor unit.
func weighted(amountMinor int64, probabilityBP int) int64 {
	return (amountMinor*int64(probabilityBP) + 5000) / 10000
}

// parseTime reads a stored time, treating "" as the zero time.
func parseTime(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	return store.ParseTime(s)
}
