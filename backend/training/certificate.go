package training

import (
	"context"
	"fmt"
	"sort"

	"steady/backend/apperr"
	"steady/backend/auth"
)

// Certificate is what completing a certified course gives: valid from the
// last completion for the course's number of months.
type Certificate struct {
	UserID      string `json:"userId"`
	UserName    string `json:"userName"`
	CourseID    string `json:"courseId"`
	CourseTitle string `json:"courseTitle"`
	IssuedOn    string `json:"issuedOn"`
	ExpiresOn   string `json:"expiresOn"`
	DaysLeft    int    `json:"daysLeft"` // negative once expired
	Expired     bool   `json:"expired"`
}

// certificates derives the certificates of the users matching cond (alias t
// for attendance), soonest expiry first.
func certificates(ctx context.Context, q querier, cond string, args []any, today string) ([]Certificate, error) {
	rows, err := q.QueryContext(ctx, `SELECT t.user_id, u.name, c.id, c.title, c.certificate_months, max(ss.held_on)
		FROM training_attendance t
		JOIN training_sessions ss ON ss.id = t.session_id AND ss.deleted_at IS NULL
		JOIN training_courses c ON c.id = ss.course_id AND c.deleted_at IS NULL AND c.certificate_months > 0
		JOIN users u ON u.id = t.user_id AND u.deleted_at IS NULL
		WHERE t.deleted_at IS NULL AND t.status IN ('present', 'late') AND (c.assessment_required = 0 OR t.passed = 1)
		AND (`+cond+`) GROUP BY t.user_id, c.id`, args...)
	if err != nil {
		return nil, fmt.Errorf("training: certificates: %w", err)
	}
	defer rows.Close()
	list := []Certificate{}
	for rows.Next() {
		var c Certificate
		var months int
		if err := rows.Scan(&c.UserID, &c.UserName, &c.CourseID, &c.CourseTitle, &months, &c.IssuedOn); err != nil {
			return nil, fmt.Errorf("training: certificates: %w", err)
		}
		c.ExpiresOn = addMonths(c.IssuedOn, months)
		c.DaysLeft = daysBetween(today, c.ExpiresOn)
		c.Expired = c.ExpiresOn <= today
		list = append(list, c)
	}
	sort.SliceStable(list, func(i, j int) bool {
		if list[i].ExpiresOn != list[j].ExpiresOn {
			return list[i].ExpiresOn < list[j].ExpiresOn
		}
		return list[i].UserName+list[i].CourseTitle < list[j].UserName+list[j].CourseTitle
	})
	return list, rows.Err()
}

// ExpiringCertificates lists the certificates that expire within days from
// today, or have expired already, for one user or (userID "") for everyone
// the actor may see: a rep their own, a manager their team's and their own.
func (s *Service) ExpiringCertificates(ctx context.Context, actor auth.Actor, userID string, days int) ([]Certificate, error) {
	if days < 0 {
		return nil, apperr.Field("days", codeRange, map[string]any{"min": 0, "max": maxDueDays})
	}
	q := s.db.Read()
	cond, args := scope(actor, "t.user_id")
	if userID != "" {
		if _, err := seeUser(ctx, q, actor, userID); err != nil {
			return nil, err
		}
		cond, args = "t.user_id = ?", []any{userID}
	}
	today := s.today(ctx)
	all, err := certificates(ctx, q, cond, args, today)
	if err != nil {
		return nil, err
	}
	limit := addDays(today, days)
	out := []Certificate{}
	for _, c := range all {
		if c.ExpiresOn <= limit {
			out = append(out, c)
		}
	}
	return out, nil
}
