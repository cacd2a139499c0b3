package company

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"time"

	"steady/backend/apperr"
	"steady/backend/money"
	"steady/backend/store"
)

// Converter turns amounts in other currencies into the company's with the
// company's rate of a month: a won deal's amount at the rate of the month it
// was won, an open one's at the current month's (the caller says which
// moment). Each amount is converted and rounded on its own, then summed. A
// Converter remembers which rates it used and what it could not convert (no
// rate for that currency and month), so a screen can say both; Fresh starts
// that record anew for the next figure.
type Converter struct {
	Currency string // the company's
	Loc      *time.Location
	rates    map[rateKey]int64
	tally    *Conversion
}

type rateKey struct{ currency, month string }

// Conversion is what converting a figure's amounts used and left out.
type Conversion struct {
	Rates        []RateUsed     `json:"rates"`
	NotConverted []NotConverted `json:"notConverted"`
}

// RateUsed is one rate that converted Count amounts.
type RateUsed struct {
	Currency  string `json:"currency"`
	Month     string `json:"month"`
	RateMicro int64  `json:"rateMicro"`
	Count     int    `json:"count"`
}

// NotConverted is Count amounts in Currency, dated in Month, that had no
// rate: they are counted as records but add nothing to the sum, and the
// screen lists them.
type NotConverted struct {
	Currency    string `json:"currency"`
	Month       string `json:"month"`
	Count       int    `json:"count"`
	AmountMinor int64  `json:"amountMinor"` // in Currency
}

// Converter reads the company's currency, zone and every rate.
func (s *Service) Converter(ctx context.Context) (*Converter, error) {
	settings, err := s.Settings(ctx)
	if errors.Is(err, apperr.ErrNotFound) {
		settings = Defaults("")
	} else if err != nil {
		return nil, err
	}
	c := &Converter{Currency: settings.Currency, Loc: zoneNamed(settings.Timezone), rates: map[rateKey]int64{},
		tally: &Conversion{}}
	rows, err := s.db.Read().QueryContext(ctx, `SELECT currency, month, rate_micro FROM exchange_rates WHERE deleted_at IS NULL`)
	if err != nil {
		return nil, fmt.Errorf("company: exchange rates: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var k rateKey
		var rate int64
		if err := rows.Scan(&k.currency, &k.month, &rate); err != nil {
			return nil, fmt.Errorf("company: exchange rates: %w", err)
		}
		c.rates[k] = rate
	}
	return c, rows.Err()
}

// Fresh is the same converter with an empty record of what it used.
func (c *Converter) Fresh() *Converter {
	out := *c
	out.tally = &Conversion{}
	return &out
}

// Month is the month key of t in the company's zone.
func (c *Converter) Month(t time.Time) string { return t.In(c.Loc).Format("2006-01") }

// Rate is the rate of currency for the month holding at; ok is false when
// none is kept.
func (c *Converter) Rate(currency string, at time.Time) (rateMicro int64, month string, ok bool) {
	month = c.Month(at)
	rateMicro, ok = c.rates[rateKey{currency, month}]
	return rateMicro, month, ok
}

// Convert is amountMinor of currency in the company's currency at the rate
// of the month holding at. The company's own currency passes unchanged and
// unrecorded; without a rate ok is false and the amount is recorded as not
// converted.
func (c *Converter) Convert(amountMinor int64, currency string, at time.Time) (int64, bool) {
	if currency == c.Currency {
		return amountMinor, true
	}
	rate, month, ok := c.Rate(currency, at)
	var out int64
	if ok {
		out, ok = money.Convert(amountMinor, currency, c.Currency, rate)
	}
	if !ok {
		c.tally.miss(currency, month, amountMinor)
		return 0, false
	}
	c.tally.use(currency, month, rate)
	return out, true
}

// ConvertStamp is Convert for a stored time.
func (c *Converter) ConvertStamp(amountMinor int64, currency, at string) (int64, bool, error) {
	if currency == c.Currency {
		return amountMinor, true, nil
	}
	t, err := store.ParseTime(at)
	if err != nil {
		return 0, false, fmt.Errorf("company: convert: %w", err)
	}
	out, ok := c.Convert(amountMinor, currency, t)
	return out, ok, nil
}

// Conversion is what this converter has used and left out so far, in
// currency and month order.
func (c *Converter) Conversion() Conversion {
	out := Conversion{Rates: append([]RateUsed{}, c.tally.Rates...),
		NotConverted: append([]NotConverted{}, c.tally.NotConverted...)}
	sort.Slice(out.Rates, func(i, j int) bool {
		a, b := out.Rates[i], out.Rates[j]
		return a.Currency < b.Currency || (a.Currency == b.Currency && a.Month < b.Month)
	})
	sort.Slice(out.NotConverted, func(i, j int) bool {
		a, b := out.NotConverted[i], out.NotConverted[j]
		return a.Currency < b.Currency || (a.Currency == b.Currency && a.Month < b.Month)
	})
	return out
}

func (t *Conversion) use(currency, month string, rate int64) {
	for i, r := range t.Rates {
		if r.Currency == currency && r.Month == month {
			t.Rates[i].Count++
			return
		}
	}
	t.Rates = append(t.Rates, RateUsed{Currency: currency, Month: month, RateMicro: rate, Count: 1})
}

func (t *Conversion) miss(currency, month string, amount int64) {
	for i, r := range t.NotConverted {
		if r.Currency == currency && r.Month == month {
			t.NotConverted[i].Count++
			t.NotConverted[i].AmountMinor += amount
			return
		}
	}
	t.NotConverted = append(t.NotConverted, NotConverted{Currency: currency, Month: month, Count: 1, AmountMinor: amount})
}
