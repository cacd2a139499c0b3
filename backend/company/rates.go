package company

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"steady/backend/apperr"
	"steady/backend/audit"
	"steady/backend/auth"
	"steady/backend/money"
	"steady/backend/store"
)

// Rate is the company's exchange rate of one foreign currency for one
// calendar month of its zone: RateMicro millionths of the company currency
// per major unit of Currency. (Currency, Month) is the record's natural key.
type Rate struct {
	Currency  string `json:"currency"`
	Month     string `json:"month"` // YYYY-MM
	RateMicro int64  `json:"rateMicro"`
	Version   int    `json:"version"`
	UpdatedAt string `json:"updatedAt"`
}

// RateMonth is one month's rates as the settings pane edits them, with the
// month before's for comparison and copying.
type RateMonth struct {
	Month    string `json:"month"`
	Currency string `json:"currency"` // the company's
	Rates    []Rate `json:"rates"`
	Previous []Rate `json:"previous"`
}

// RateChange sets (RateMicro > 0) or clears (Clear) one currency's rate of
// a month; Version is the one read (0 for a currency that had none).
type RateChange struct {
	Currency  string `json:"currency"`
	RateMicro int64  `json:"rateMicro"`
	Clear     bool   `json:"clear"`
	Version   int    `json:"version"`
}

// Rates returns month's rates (YYYY-MM; "" for the current month of the
// company's zone). Everyone signed in may read them: the screens say which
// rate converted an amount.
func (s *Service) Rates(ctx context.Context, actor auth.Actor, month string) (RateMonth, error) {
	if actor.ID == "" {
		return RateMonth{}, apperr.Forbidden("errors.forbidden.role")
	}
	settings, err := s.Settings(ctx)
	if err != nil {
		return RateMonth{}, err
	}
	start, err := s.rateMonth(settings, month)
	if err != nil {
		return RateMonth{}, err
	}
	out := RateMonth{Month: start.Format("2006-01"), Currency: settings.Currency}
	if out.Rates, err = ratesOf(ctx, s.db.Read(), out.Month); err != nil {
		return out, err
	}
	out.Previous, err = ratesOf(ctx, s.db.Read(), start.AddDate(0, -1, 0).Format("2006-01"))
	return out, err
}

// rateMonth reads a month key, "" meaning the current month in the zone.
func (s *Service) rateMonth(settings Settings, month string) (time.Time, error) {
	loc := zoneNamed(settings.Timezone)
	month = strings.TrimSpace(month)
	if month == "" {
		y, m, _ := s.now().In(loc).Date()
		return time.Date(y, m, 1, 0, 0, 0, 0, loc), nil
	}
	start, err := time.ParseInLocation("2006-01", month, loc)
	if err != nil {
		return time.Time{}, apperr.Field("month", "validation.invalidMonth", nil)
	}
	return start, nil
}

func ratesOf(ctx context.Context, q interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}, month string) ([]Rate, error) {
	rows, err := q.QueryContext(ctx, `SELECT currency, month, rate_micro, version, updated_at FROM exchange_rates
		WHERE month = ? AND deleted_at IS NULL ORDER BY currency`, month)
	if err != nil {
		return nil, fmt.Errorf("company: rates: %w", err)
	}
	defer rows.Close()
	out := []Rate{}
	for rows.Next() {
		var r Rate
		if err := rows.Scan(&r.Currency, &r.Month, &r.RateMicro, &r.Version, &r.UpdatedAt); err != nil {
			return nil, fmt.Errorf("company: rates: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// SaveRates applies changes to month's rates in one transaction: all land,
// or on a bad value or a rate someone changed meanwhile, none. Only the
// owner keeps the rates.
func (s *Service) SaveRates(ctx context.Context, actor auth.Actor, month string, changes []RateChange) (RateMonth, error) {
	if !actor.IsOwner() {
		return RateMonth{}, apperr.Forbidden("errors.forbidden.ownerOnly")
	}
	settings, err := s.Settings(ctx)
	if err != nil {
		return RateMonth{}, err
	}
	start, err := s.rateMonth(settings, month)
	if err != nil {
		return RateMonth{}, err
	}
	key := start.Format("2006-01")
	if changes, err = cleanRates(changes, settings.Currency); err != nil {
		return RateMonth{}, err
	}
	err = s.db.Tx(ctx, func(tx *sql.Tx) error {
		for _, c := range changes {
			if err := s.applyRate(ctx, tx, actor.ID, key, c); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return RateMonth{}, err
	}
	return s.Rates(ctx, actor, key)
}

func cleanRates(changes []RateChange, company string) ([]RateChange, error) {
	var v apperr.Validation
	seen := map[string]bool{}
	for i, c := range changes {
		field := fmt.Sprintf("changes.%d.", i)
		c.Currency = strings.ToUpper(strings.TrimSpace(c.Currency))
		// the company currency is worth exactly one of itself; a rate for it
		// would be a second, contradicting truth
		if !money.IsCurrency(c.Currency) || c.Currency == company {
			v.Add(field+"currency", "validation.invalidCurrency", nil)
		} else if seen[c.Currency] {
			v.Add(field+"currency", "validation.duplicate", nil)
		}
		seen[c.Currency] = true
		if !c.Clear && (c.RateMicro <= 0 || c.RateMicro > money.MaxRateMicro) {
			v.Add(field+"rateMicro", "validation.numberRange", map[string]any{"min": "0.000001", "max": "1000000"})
		}
		changes[i] = c
	}
	return changes, v.Err()
}

func (s *Service) applyRate(ctx context.Context, tx *sql.Tx, actorID, month string, c RateChange) error {
	now := store.FormatTime(s.now())
	var res sql.Result
	var err error
	switch {
	case c.Version == 0 && !c.Clear:
		res, err = tx.ExecContext(ctx, `INSERT INTO exchange_rates(id, currency, month, rate_micro, created_by, created_at, updated_at)
			SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM exchange_rates
			WHERE currency = ? AND month = ? AND deleted_at IS NULL)`,
			store.NewID(), c.Currency, month, c.RateMicro, actorID, now, now, c.Currency, month)
	case c.Clear:
		res, err = tx.ExecContext(ctx, `UPDATE exchange_rates SET deleted_at = ?, updated_at = ?, version = version + 1
			WHERE currency = ? AND month = ? AND version = ? AND deleted_at IS NULL`, now, now, c.Currency, month, c.Version)
	default:
		res, err = tx.ExecContext(ctx, `UPDATE exchange_rates SET rate_micro = ?, updated_at = ?, version = version + 1
			WHERE currency = ? AND month = ? AND version = ? AND deleted_at IS NULL`, c.RateMicro, now, c.Currency, month, c.Version)
	}
	if err := oneChanged(res, err); err != nil {
		return err
	}
	return audit.Write(ctx, tx, audit.Entry{At: s.now(), ActorID: actorID, Entity: "exchange_rate",
		EntityID: c.Currency + "/" + month, Action: "set", After: c})
}

// oneChanged turns a write that touched no row into a conflict: the rate
// was set, changed or cleared since the caller read it.
func oneChanged(res sql.Result, err error) error {
	if err != nil {
		return fmt.Errorf("company: save rate: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("company: save rate: %w", err)
	}
	if n != 1 {
		return apperr.Conflict("exchangeRate")
	}
	return nil
}

// CopyRates gives month every currency the month before had and month has
// not; rates already set are kept.
func (s *Service) CopyRates(ctx context.Context, actor auth.Actor, month string) (RateMonth, error) {
	current, err := s.Rates(ctx, actor, month)
	if err != nil {
		return current, err
	}
	have := map[string]bool{}
	for _, r := range current.Rates {
		have[r.Currency] = true
	}
	var changes []RateChange
	for _, r := range current.Previous {
		if !have[r.Currency] && r.Currency != current.Currency {
			changes = append(changes, RateChange{Currency: r.Currency, RateMicro: r.RateMicro})
		}
	}
	if !actor.IsOwner() {
		return RateMonth{}, apperr.Forbidden("errors.forbidden.ownerOnly")
	}
	if len(changes) == 0 {
		return current, nil
	}
	return s.SaveRates(ctx, actor, current.Month, changes)
}
