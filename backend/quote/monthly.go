package quote

import (
	"context"
	"fmt"
	"slices"
	"time"

	"steady/backend/apperr"
	"steady/backend/company"
	"steady/backend/store"
)

// Monthly is one user's quoting in a calendar month of the company's time
// zone, for the appraisal: quotes started, sent and closed, and the amount
// accepted (in the company's currency; a quote in another currency converted
// at the company's rate of the month it was accepted, rounded per quote, or,
// without a rate, counted but adding no amount and listed in Conversion). WinRate needs Accepted / (Accepted + Rejected + Expired).
// A quote counts once however often it was revised: it is sent when its
// first revision goes out, and it closes with the outcome of its latest
// revision (a revision superseded counts with its successor's outcome). A
// quote with nothing to pay is never a win.
type Monthly struct {
	UserID        string             `json:"userId"`
	Created       int                `json:"created"` // first revisions issued
	Sent          int                `json:"sent"`    // quotes first sent
	Accepted      int                `json:"accepted"`
	Rejected      int                `json:"rejected"`
	Expired       int                `json:"expired"`
	AcceptedMinor int64              `json:"acceptedMinor"`
	Currency      string             `json:"currency"`
	Conversion    company.Conversion `json:"conversion"`
}

// monthQuotes are the quotes that may count in the month from ?1: each marked
// won (accepted with a total), latest (no later revision: a revision counts
// with its successor's outcome) and first_send (its root's first sending).
const monthQuotes = `(SELECT q.*, status = 'accepted' AND total_minor > 0 AS won,
	NOT EXISTS (SELECT 1 FROM quotes n WHERE n.previous_id = q.id AND n.deleted_at IS NULL) AS latest,
	NOT EXISTS (SELECT 1 FROM quotes e WHERE e.root_id = q.root_id AND e.revision < q.revision
		AND e.sent_at IS NOT NULL AND e.deleted_at IS NULL) AS first_send
	FROM quotes q WHERE q.deleted_at IS NULL AND (q.created_at >= ?1 OR q.closed_at >= ?1 OR q.sent_at >= ?1))`

// closedState sorts a month's quote as the win rate counts it, or NULL.
const closedState = `CASE WHEN latest AND won AND closed_at >= ?1 AND closed_at < ?2 THEN 'accepted'
	WHEN latest AND status = 'rejected' AND closed_at >= ?1 AND closed_at < ?2 THEN 'rejected'
	WHEN latest AND status = 'expired' AND closed_at >= ?1 AND closed_at < ?2 THEN 'expired' END`

// MonthlyNumbers returns every user's numbers for month (YYYY-MM), with a
// row only for users who had any.
func (s *Service) MonthlyNumbers(ctx context.Context, month string) ([]Monthly, error) {
	conv, err := s.company.Converter(ctx)
	if err != nil {
		return nil, err
	}
	start, err := time.ParseInLocation("2006-01", month, conv.Loc)
	if err != nil {
		return nil, apperr.Field("month", "validation.invalidDate", nil)
	}
	from, to := store.FormatTime(start), store.FormatTime(start.AddDate(0, 1, 0))
	rows, err := s.db.Read().QueryContext(ctx, `SELECT owner_id,
		count(CASE WHEN revision = 1 AND created_at >= ?1 AND created_at < ?2 THEN 1 END),
		count(CASE WHEN first_send AND sent_at >= ?1 AND sent_at < ?2 THEN 1 END),
		count(CASE `+closedState+` WHEN 'accepted' THEN 1 END),
		count(CASE `+closedState+` WHEN 'rejected' THEN 1 END),
		count(CASE `+closedState+` WHEN 'expired' THEN 1 END),
		coalesce(sum(CASE WHEN latest AND won AND closed_at >= ?1 AND closed_at < ?2 AND currency = ?3
			THEN total_minor END), 0)
		FROM `+monthQuotes+` GROUP BY owner_id ORDER BY owner_id`, from, to, conv.Currency)
	if err != nil {
		return nil, fmt.Errorf("quote: monthly numbers: %w", err)
	}
	defer rows.Close()
	out := []Monthly{}
	for rows.Next() {
		m := Monthly{Currency: conv.Currency}
		if err := rows.Scan(&m.UserID, &m.Created, &m.Sent, &m.Accepted, &m.Rejected, &m.Expired, &m.AcceptedMinor); err != nil {
			return nil, fmt.Errorf("quote: monthly numbers: %w", err)
		}
		if m.Created+m.Sent+m.Accepted+m.Rejected+m.Expired > 0 {
			out = append(out, m)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return out, s.addForeign(ctx, out, from, to, conv)
}

// addForeign adds to each user's accepted amount their quotes accepted in
// another currency, each converted on its own at its month's rate.
func (s *Service) addForeign(ctx context.Context, out []Monthly, from, to string, conv *company.Converter) error {
	rows, err := s.db.Read().QueryContext(ctx, `SELECT owner_id, total_minor, currency, closed_at FROM `+monthQuotes+`
		WHERE latest AND won AND closed_at >= ?1 AND closed_at < ?2 AND currency <> ?3 ORDER BY owner_id, closed_at`,
		from, to, conv.Currency)
	if err != nil {
		return fmt.Errorf("quote: monthly numbers in other currencies: %w", err)
	}
	defer rows.Close()
	byUser := map[string]*company.Converter{}
	for rows.Next() {
		var user, currency, at string
		var total int64
		if err := rows.Scan(&user, &total, &currency, &at); err != nil {
			return fmt.Errorf("quote: monthly numbers in other currencies: %w", err)
		}
		if byUser[user] == nil {
			byUser[user] = conv.Fresh()
		}
		i := slices.IndexFunc(out, func(m Monthly) bool { return m.UserID == user })
		converted, ok, err := byUser[user].ConvertStamp(total, currency, at)
		if err != nil {
			return err
		}
		if ok && i >= 0 {
			out[i].AcceptedMinor += converted
		}
	}
	for i := range out {
		if c := byUser[out[i].UserID]; c != nil {
			out[i].Conversion = c.Conversion()
		}
	}
	return rows.Err()
}
