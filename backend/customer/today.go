package customer

import (
	"context"
	"fmt"
	"time"

	"steady/backend/auth"
	"steady/backend/store"
)

// Today is a user's list for the day: revisits due today or overdue, and
// contacts' birthdays coming up within the reminder lead.
type Today struct {
	Revisits  []DueRevisit `json:"revisits"`
	Birthdays []Birthday   `json:"birthdays"`
}

// DueRevisit is an open revisit task that has fallen due.
type DueRevisit struct {
	TaskID        string `json:"taskId"`
	CustomerID    string `json:"customerId"`
	CustomerName  string `json:"customerName"`
	Segment       string `json:"segment"`
	DueOn         string `json:"dueOn"`       // the local due day, YYYY-MM-DD
	DaysOverdue   int    `json:"daysOverdue"` // 0 when due today
	LastContactAt string `json:"lastContactAt"`
}

// Today returns what is due for the actor at now.
func (s *Service) Today(ctx context.Context, actor auth.Actor, now time.Time) (Today, error) {
	loc, err := s.zone(ctx)
	if err != nil {
		return Today{}, err
	}
	day := localDay(now, loc)
	var out Today
	if out.Revisits, err = s.dueRevisits(ctx, actor.ID, day, loc); err != nil {
		return Today{}, err
	}
	if out.Birthdays, err = s.birthdays(ctx, actor.ID, day); err != nil {
		return Today{}, err
	}
	return out, nil
}

// dueRevisits lists the user's open tasks due by the end of day, oldest first.
func (s *Service) dueRevisits(ctx context.Context, userID string, day time.Time, loc *time.Location) ([]DueRevisit, error) {
	rows, err := s.db.Read().QueryContext(ctx, `SELECT t.id, t.customer_id, c.name, c.segment, t.due_at,
		c.last_contact_at FROM revisit_tasks t JOIN customers c ON c.id = t.customer_id
		WHERE t.owner_id = ? AND t.status = 'open' AND t.deleted_at IS NULL AND c.deleted_at IS NULL AND t.due_at < ?
		ORDER BY t.due_at, c.name_pinyin`, userID, store.FormatTime(day.AddDate(0, 0, 1)))
	if err != nil {
		return nil, fmt.Errorf("customer: due revisits: %w", err)
	}
	defer rows.Close()
	out := []DueRevisit{}
	for rows.Next() {
		var r DueRevisit
		var dueAt string
		if err := rows.Scan(&r.TaskID, &r.CustomerID, &r.CustomerName, &r.Segment, &dueAt, &r.LastContactAt); err != nil {
			return nil, fmt.Errorf("customer: due revisits: %w", err)
		}
		due, err := store.ParseTime(dueAt)
		if err != nil {
			return nil, err
		}
		dueDay := localDay(due, loc)
		r.DueOn = dueDay.Format(time.DateOnly)
		r.DaysOverdue = daysBetween(dueDay, day)
		out = append(out, r)
	}
	return out, rows.Err()
}

// daysBetween counts calendar days from a to b (both local midnights).
func daysBetween(a, b time.Time) int {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	ua := time.Date(ay, am, ad, 0, 0, 0, 0, time.UTC)
	ub := time.Date(by, bm, bd, 0, 0, 0, 0, time.UTC)
	return int(ub.Sub(ua).Hours() / 24)
}
