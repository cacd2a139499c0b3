package service

import "steady/backend/store"

// Health filters of the customer list.
const (
	FilterLowScore       = "lowScore"       // recent average at or under the low mark
	FilterOpenComplaints = "openComplaints" // a complaint still open
)

// CustomerCondition renders a health filter of the customer list as an SQL
// condition on customers c, so the customer area filters by after-sales
// health without knowing this area's tables; ok is false for a name this
// area does not know. "Low" is what Health says: the average of the last
// 180 days, rounded to hundredths, at or under the company's low mark.
func (s *Service) CustomerCondition(name string) (string, []any, bool) {
	switch name {
	case FilterLowScore:
		since := store.FormatTime(s.now().AddDate(0, 0, -recentDays))
		return `c.id IN (SELECT customer_id FROM surveys INDEXED BY surveys_by_answered
			WHERE deleted_at IS NULL AND status = 'answered' AND answered_at >= ? GROUP BY customer_id
			HAVING sum(score) * 200 < ((SELECT low_score FROM service_settings WHERE id = ?) * 200 + 1) * count(*))`,
			[]any{since, settingsID}, true
	case FilterOpenComplaints:
		return `c.id IN (SELECT customer_id FROM tickets INDEXED BY tickets_active_by_customer
			WHERE deleted_at IS NULL AND status IN ('open', 'in_progress', 'waiting') AND kind = 'complaint')`, nil, true
	}
	return "", nil, false
}
