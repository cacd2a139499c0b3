package service

import (
	"context"
	"fmt"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/store"
)

// recentDays is how far back a customer's health averages its surveys.
const recentDays = 180

// Health is how a customer feels about the company lately: the average of
// the surveys answered in the last 180 days (hundredths; nil without one),
// and the complaints still open. Low is an average at or under the low mark.
// OwnerID is who holds the customer now ("" in the pool): their own survey
// answers must carry the customer's reply. Pending are the recent won deals
// and revisits that have no answer yet.
type Health struct {
	CustomerID     string    `json:"customerId"`
	CustomerName   string    `json:"customerName"`
	OwnerID        string    `json:"ownerId"`
	Pending        []Pending `json:"pending"`
	AverageX100    *int      `json:"averageX100"`
	Surveys        int       `json:"surveys"`
	OpenComplaints int       `json:"openComplaints"`
	OpenTickets    int       `json:"openTickets"`
	Low            bool      `json:"low"`
}

// Health returns a visible customer's health.
func (s *Service) Health(ctx context.Context, actor auth.Actor, customerID string) (Health, error) {
	q := s.db.Read()
	sc, err := scopeOf(ctx, q, actor)
	if err != nil {
		return Health{}, err
	}
	owner, err := customerOwner(ctx, q, customerID)
	if err != nil {
		return Health{}, err
	}
	if !sc.seesCustomer(owner) {
		return Health{}, apperr.Forbidden("errors.forbidden.customer")
	}
	st, err := loadSettings(ctx, q)
	if err != nil {
		return Health{}, err
	}
	h := Health{CustomerID: customerID, OwnerID: owner}
	if err := q.QueryRowContext(ctx, `SELECT name FROM customers WHERE id = ?`, customerID).Scan(&h.CustomerName); err != nil {
		return h, fmt.Errorf("service: health of %s: %w", customerID, err)
	}
	since := store.FormatTime(s.now().AddDate(0, 0, -recentDays))
	if h.Pending, err = pending(ctx, q, customerID, since); err != nil {
		return h, err
	}
	var sum int
	err = q.QueryRowContext(ctx, `SELECT count(*), coalesce(sum(score), 0) FROM surveys WHERE customer_id = ?
		AND deleted_at IS NULL AND status = 'answered' AND answered_at >= ?`, customerID, since).Scan(&h.Surveys, &sum)
	if err != nil {
		return h, fmt.Errorf("service: health of %s: %w", customerID, err)
	}
	err = q.QueryRowContext(ctx, `SELECT count(*), coalesce(sum(kind = 'complaint'), 0) FROM tickets t WHERE customer_id = ?
		AND deleted_at IS NULL AND `+activeStatuses, customerID).Scan(&h.OpenTickets, &h.OpenComplaints)
	if err != nil {
		return h, fmt.Errorf("service: health of %s: %w", customerID, err)
	}
	if avg, ok := (Monthly{Surveys: h.Surveys, ScoreSum: sum}).AverageX100(); ok {
		h.AverageX100, h.Low = &avg, avg <= st.LowScore*100
	}
	return h, nil
}

// SurveyQuery picks surveys: of one customer, or "sent" (waiting for an
// answer) / "answered" / "low" (at or under the low mark) for everyone the
// actor may see.
type SurveyQuery struct {
	CustomerID string `json:"customerId"`
	Status     string `json:"status"`
	Limit      int    `json:"limit"`
}

// Surveys lists surveys on customers the actor may see (or that the actor
// is credited with), newest first.
func (s *Service) Surveys(ctx context.Context, actor auth.Actor, sq SurveyQuery) ([]Survey, error) {
	q := s.db.Read()
	sc, err := scopeOf(ctx, q, actor)
	if err != nil {
		return nil, err
	}
	cond, args := "1 = 1", []any{}
	if !sc.all {
		c1, a1 := sc.usersWhere("c.owner_id")
		c2, a2 := sc.usersWhere("s.owner_id")
		cond, args = "("+c1+" OR "+c2+")", append(a1, a2...)
	}
	switch sq.Status {
	case "sent", "answered":
		cond, args = cond+` AND s.status = ?`, append(args, sq.Status)
	case "low":
		cond += ` AND s.status = 'answered' AND s.score <= (SELECT low_score FROM service_settings WHERE id = '` + settingsID + `')`
	}
	if sq.CustomerID != "" {
		cond, args = cond+` AND s.customer_id = ?`, append(args, sq.CustomerID)
	}
	limit := sq.Limit
	if limit <= 0 || limit > 500 {
		limit = 200
	}
	rows, err := q.QueryContext(ctx, `SELECT `+surveyColumns+surveyFrom+` AND `+cond+
		fmt.Sprintf(` ORDER BY coalesce(s.answered_at, s.sent_at) DESC, s.id DESC LIMIT %d`, limit), args...)
	if err != nil {
		return nil, fmt.Errorf("service: surveys: %w", err)
	}
	defer rows.Close()
	out := []Survey{}
	for rows.Next() {
		v, err := scanSurvey(rows)
		if err != nil {
			return nil, fmt.Errorf("service: surveys: %w", err)
		}
		out = append(out, v)
	}
	return out, rows.Err()
}
