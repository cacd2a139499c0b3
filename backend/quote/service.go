// Package quote builds quotes a rep can hand over on site: lines from the
// catalog or free text, totals by the money rules, offline numbering,
// statuses with revisions and a manager's approval for deep discounts, and
// the quote's Excel and PDF documents.
package quote

import (
	"context"
	"database/sql"
	"time"

	"steady/backend/apperr"
	"steady/backend/company"
	"steady/backend/store"
)

// DealWinner is how the sales area learns that a quote was accepted: it wins
// the quote's deal with the quote's amount (or refuses, e.g. while the deal's
// checklists are unfinished), inside the same transaction as the acceptance,
// and returns the id of the deal it won ("" when the quote stands for none,
// e.g. its customer was typed in).
type DealWinner interface {
	WinFromQuote(ctx context.Context, tx *sql.Tx, q Quote) (string, error)
}

// Service reads and changes quotes.
type Service struct {
	db        *store.DB
	now       func() time.Time
	company   *company.Service
	winner    DealWinner
	deals     DealReader
	customers CustomerReader
	codes     *deviceCodes
}

// NewService returns a quote service.
func NewService(db *store.DB, now func() time.Time) *Service {
	return &Service{db: db, now: now, company: company.NewService(db, now), codes: &deviceCodes{}}
}

// SetDealWinner wires the sales area in; nil (the default) means accepting a
// quote only records the acceptance.
func (s *Service) SetDealWinner(w DealWinner) { s.winner = w }

// stamp is the current moment as stored text.
func (s *Service) stamp() string { return store.FormatTime(s.now()) }

// settings reads the company profile the quote starts from.
func (s *Service) settings(ctx context.Context) (company.Settings, error) {
	return s.company.Settings(ctx)
}

// today is the company's current calendar day as YYYY-MM-DD.
func today(now time.Time, settings company.Settings) string {
	loc, err := time.LoadLocation(settings.Timezone)
	if err != nil {
		loc = time.UTC
	}
	return now.In(loc).Format(time.DateOnly)
}

// querier is what both the read pool and a transaction offer.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

type scanner interface{ Scan(dest ...any) error }

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

// conflict reports a stale version.
func conflict() error { return apperr.Conflict("quote") }

// errStatus reports an action the quote's status does not allow (editing a
// sent quote, approving a draft…).
func errStatus() error { return apperr.Conflict("quoteStatus") }

func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func addDays(day string, n int) string {
	t, err := time.Parse(time.DateOnly, day)
	if err != nil {
		return day
	}
	return t.AddDate(0, 0, n).Format(time.DateOnly)
}

// daysBetween counts the days from a to b (YYYY-MM-DD); 0 when either is unreadable.
func daysBetween(a, b string) int {
	ta, errA := time.Parse(time.DateOnly, a)
	tb, errB := time.Parse(time.DateOnly, b)
	if errA != nil || errB != nil {
		return 0
	}
	return int(tb.Sub(ta).Hours() / 24)
}
