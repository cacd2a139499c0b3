package training

import (
	"context"
	"fmt"
	"time"

	"steady/backend/store"
)

// CourseRow is a required course due before a month ended, and whether it
// was completed by then ("completed") or not ("open"): the records behind
// MonthlyNumbers' Due and Completed.
type CourseRow struct {
	CourseID    string `json:"courseId"`
	Title       string `json:"title"`
	DueOn       string `json:"dueOn"`
	CompletedOn string `json:"completedOn"`
	State       string `json:"state"`
}

// CourseRows lists userID's required courses due before monthEnd. A course
// or requirement removed after the month ended still counts for it: taking
// a course off a list does not rewrite months already appraised.
func (s *Service) CourseRows(ctx context.Context, userID string, monthEnd time.Time) ([]CourseRow, error) {
	to := monthEnd.Format(time.DateOnly)
	rows, err := s.db.Read().QueryContext(ctx, `SELECT c.id, c.title, a.due_on, coalesce(a.completed_on, ''),
		CASE WHEN a.completed_on IS NOT NULL AND a.completed_on < ?1 THEN 'completed' ELSE 'open' END
		FROM training_assignments a JOIN training_courses c ON c.id = a.course_id
			AND (c.deleted_at IS NULL OR c.deleted_at >= ?3)
		WHERE a.user_id = ?2 AND (a.deleted_at IS NULL OR a.deleted_at >= ?3) AND a.due_on < ?1
		ORDER BY a.due_on, c.title`, to, userID, store.FormatTime(monthEnd))
	if err != nil {
		return nil, fmt.Errorf("training: courses due: %w", err)
	}
	defer rows.Close()
	out := []CourseRow{}
	for rows.Next() {
		var r CourseRow
		if err := rows.Scan(&r.CourseID, &r.Title, &r.DueOn, &r.CompletedOn, &r.State); err != nil {
			return nil, fmt.Errorf("training: courses due: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}
