package training

import (
	"context"
	"fmt"
)

// Statuses of a required course (and of a team matrix cell).
const (
	StatusDone    = "done"
	StatusDue     = "due"
	StatusOverdue = "overdue"
	StatusNone    = "none" // not required
)

// Requirement is a course a rep must complete by a day, and when they did.
type Requirement struct {
	ID          string `json:"id"`
	UserID      string `json:"userId"`
	UserName    string `json:"userName"`
	CourseID    string `json:"courseId"`
	CourseTitle string `json:"courseTitle"`
	CourseKind  string `json:"courseKind"`
	Minutes     int    `json:"minutes"`
	PlanID      string `json:"planId"`
	PlanName    string `json:"planName"`
	DueOn       string `json:"dueOn"`
	CompletedOn string `json:"completedOn"`
	Status      string `json:"status"`
	Version     int    `json:"version"`
}

// statusOf tells done, overdue (due before today and not done) or due.
func statusOf(dueOn, completedOn, today string) string {
	switch {
	case completedOn != "":
		return StatusDone
	case dueOn < today:
		return StatusOverdue
	default:
		return StatusDue
	}
}

// requirements lists live required courses matching cond (on alias a for
// the assignment, u for the user, c for the course), soonest due first.
func (s *Service) requirements(ctx context.Context, q querier, cond string, args []any, today string) ([]Requirement, error) {
	rows, err := q.QueryContext(ctx, `SELECT a.id, a.user_id, u.name, a.course_id, c.title, c.kind, c.minutes,
		coalesce(a.plan_id, ''), coalesce(p.name, ''), a.due_on, coalesce(a.completed_on, ''), a.version
		FROM training_assignments a
		JOIN users u ON u.id = a.user_id AND u.deleted_at IS NULL
		JOIN training_courses c ON c.id = a.course_id AND c.deleted_at IS NULL
		LEFT JOIN training_plans p ON p.id = a.plan_id
		WHERE a.deleted_at IS NULL AND (`+cond+`)
		ORDER BY a.due_on, c.title, a.id`, args...)
	if err != nil {
		return nil, fmt.Errorf("training: requirements: %w", err)
	}
	defer rows.Close()
	list := []Requirement{}
	for rows.Next() {
		var r Requirement
		if err := rows.Scan(&r.ID, &r.UserID, &r.UserName, &r.CourseID, &r.CourseTitle, &r.CourseKind, &r.Minutes,
			&r.PlanID, &r.PlanName, &r.DueOn, &r.CompletedOn, &r.Version); err != nil {
			return nil, fmt.Errorf("training: requirements: %w", err)
		}
		r.Status = statusOf(r.DueOn, r.CompletedOn, today)
		list = append(list, r)
	}
	return list, rows.Err()
}
