package sales

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"steady/backend/company"
	"steady/backend/store"
)

// amounts is the one way the sales area sums deal amounts: every deal in the
// company's currency as it is, every other deal converted on its own with the
// company's rate of a month (a won or lost deal at the month it closed, an
// open one at the current month's), rounded, then added. A deal whose month
// has no rate still counts as a deal but adds no money, and the figure's
// Conversion lists it as not converted.
type amounts struct {
	conv    *company.Converter
	now     time.Time
	foreign bool // some deal is in another currency: those are read one by one
}

// amounts reads the rates and whether any deal needs them.
func (s *Service) amounts(ctx context.Context, q querier) (*amounts, error) {
	conv, err := s.company.Converter(ctx)
	if err != nil {
		return nil, err
	}
	a := &amounts{conv: conv, now: s.now()}
	// Two ranges of the currency index, named: left to itself the planner
	// answers "<>" (or an OR of the ranges) by scanning a covering index of
	// every deal, which cost a whole funnel's time on 300,000 deals.
	err = q.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM deals INDEXED BY deals_currency WHERE currency < ?1 AND deleted_at IS NULL)
		OR EXISTS (SELECT 1 FROM deals INDEXED BY deals_currency WHERE currency > ?1 AND deleted_at IS NULL)`,
		conv.Currency).Scan(&a.foreign)
	if err != nil {
		return nil, fmt.Errorf("sales: deals in other currencies: %w", err)
	}
	return a, nil
}

// fresh is a for the next figure: the same rates, nothing used yet.
func (a *amounts) fresh() *amounts {
	out := *a
	out.conv = a.conv.Fresh()
	return &out
}

// conversion is what the figures summed so far used and left out.
func (a *amounts) conversion() company.Conversion { return a.conv.Conversion() }

// sum counts and sums the deals matching where (on the deals table, with
// args), grouped by keys (expressions; none for one row). add
// gets each group's keys with a count and an amount: first the count of all
// deals and the sum of those in the company's currency, then (count 0) each
// converted deal in another currency.
func (a *amounts) sum(ctx context.Context, q querier, keys []string, where string, args []any, add func(keys []string, n int, amount int64)) error {
	sel, group, nkeys := "", "", len(keys)
	if nkeys > 0 {
		sel, group = strings.Join(keys, ", ")+", ", " GROUP BY "+strings.Join(keys, ", ")
	}
	rows, err := q.QueryContext(ctx, `SELECT `+sel+`count(*), coalesce(sum(CASE WHEN currency = ? THEN amount_minor END), 0)
		FROM deals WHERE `+where+group, append([]any{a.conv.Currency}, args...)...)
	if err != nil {
		return fmt.Errorf("sales: sum deals: %w", err)
	}
	err = scanSums(rows, nkeys, 0, func(keys []string, n int, amount int64, _ []string) { add(keys, n, amount) })
	if err != nil || !a.foreign {
		return err
	}
	rows, err = q.QueryContext(ctx, `SELECT `+sel+`1, amount_minor, currency, status, coalesce(won_at, closed_at, '')
		FROM deals WHERE (`+where+`) AND currency <> ?`, append(append([]any{}, args...), a.conv.Currency)...)
	if err != nil {
		return fmt.Errorf("sales: deals in other currencies: %w", err)
	}
	return scanSums(rows, nkeys, 3, func(keys []string, _ int, amount int64, deal []string) {
		if converted, ok := a.convert(amount, deal[0], deal[1], deal[2]); ok {
			add(keys, 0, converted)
		}
	})
}

// convert is one deal's amount in the company's currency, at the month it
// closed or, while open, the current month.
func (a *amounts) convert(amount int64, currency, status, closedAt string) (int64, bool) {
	at := a.now
	if status != StatusOpen && closedAt != "" {
		if t, err := store.ParseTime(closedAt); err == nil {
			at = t
		}
	}
	return a.conv.Convert(amount, currency, at)
}

// explain fills a won deal's converted amount and the rate behind it, as
// sum counts it.
func (a *amounts) explain(w *WonRow) error {
	converted, ok, err := a.conv.ConvertStamp(w.AmountMinor, w.Currency, w.WonAt)
	if err != nil || !ok {
		return err
	}
	w.ConvertedMinor = &converted
	if w.Currency != a.conv.Currency {
		at, _ := store.ParseTime(w.WonAt) // read above
		w.RateMicro, w.RateMonth, _ = a.conv.Rate(w.Currency, at)
	}
	return nil
}

// scanSums reads rows of nkeys keys, a count, an amount and nextra more
// text columns, handing each to add.
func scanSums(rows *sql.Rows, nkeys, nextra int, add func(keys []string, n int, amount int64, extra []string)) error {
	defer rows.Close()
	for rows.Next() {
		keys, extra := make([]string, nkeys), make([]string, nextra)
		var n int
		var amount int64
		dest := make([]any, 0, nkeys+2+nextra)
		for i := range keys {
			dest = append(dest, &keys[i])
		}
		dest = append(dest, &n, &amount)
		for i := range extra {
			dest = append(dest, &extra[i])
		}
		if err := rows.Scan(dest...); err != nil {
			return fmt.Errorf("sales: sum deals: %w", err)
		}
		add(keys, n, amount, extra)
	}
	return rows.Err()
}
