package training

import (
	"context"
	"database/sql"
	"fmt"
)

// Record is one rep's part in one session: the training history line.
type Record struct {
	SessionID   string `json:"sessionId"`
	UserID      string `json:"userId"`
	UserName    string `json:"userName"`
	HeldOn      string `json:"heldOn"`
	CourseID    string `json:"courseId"`
	CourseTitle string `json:"courseTitle"`
	CourseKind  string `json:"courseKind"`
	Minutes     int    `json:"minutes"`
	TrainerName string `json:"trainerName"`
	Mode        string `json:"mode"`
	Status      string `json:"status"`
	Score       *int   `json:"score"`
	Passed      *bool  `json:"passed"`
}

// records lists attendance lines matching cond (aliases t attendance,
// ss session, c course, u attendee), latest first.
func records(ctx context.Context, q querier, cond string, args []any) ([]Record, error) {
	rows, err := q.QueryContext(ctx, `SELECT ss.id, t.user_id, u.name, ss.held_on, c.id, c.title, c.kind, ss.minutes,
		coalesce(tr.name, ''), ss.mode, t.status, t.score, t.passed
		FROM training_attendance t
		JOIN training_sessions ss ON ss.id = t.session_id AND ss.deleted_at IS NULL
		JOIN training_courses c ON c.id = ss.course_id
		JOIN users u ON u.id = t.user_id
		LEFT JOIN users tr ON tr.id = ss.trainer_id
		WHERE t.deleted_at IS NULL AND (`+cond+`) ORDER BY ss.held_on DESC, u.name, ss.id`, args...)
	if err != nil {
		return nil, fmt.Errorf("training: records: %w", err)
	}
	defer rows.Close()
	list := []Record{}
	for rows.Next() {
		var r Record
		var score sql.NullInt64
		var passed sql.NullBool
		if err := rows.Scan(&r.SessionID, &r.UserID, &r.UserName, &r.HeldOn, &r.CourseID, &r.CourseTitle, &r.CourseKind,
			&r.Minutes, &r.TrainerName, &r.Mode, &r.Status, &score, &passed); err != nil {
			return nil, fmt.Errorf("training: records: %w", err)
		}
		if score.Valid {
			n := int(score.Int64)
			r.Score = &n
		}
		if passed.Valid {
			r.Passed = &passed.Bool
		}
		list = append(list, r)
	}
	return list, rows.Err()
}

// stats sums what a user attended on days from (inclusive) to to (exclusive).
type stats struct {
	Minutes  int
	Scored   int
	ScoreSum int
	AvgScore int // hundredths of a point, rounded half up; 0 when nothing was scored
}

func statsBetween(ctx context.Context, q querier, userID, from, to string) (stats, error) {
	var st stats
	err := q.QueryRowContext(ctx, `SELECT
			coalesce(sum(CASE WHEN t.status IN ('present', 'late') THEN ss.minutes ELSE 0 END), 0),
			count(t.score), coalesce(sum(t.score), 0)
		FROM training_attendance t JOIN training_sessions ss ON ss.id = t.session_id AND ss.deleted_at IS NULL
		WHERE t.user_id = ? AND t.deleted_at IS NULL AND ss.held_on >= ? AND ss.held_on < ?`,
		userID, from, to).Scan(&st.Minutes, &st.Scored, &st.ScoreSum)
	if err != nil {
		return stats{}, fmt.Errorf("training: stats: %w", err)
	}
	if st.Scored > 0 {
		st.AvgScore = (st.ScoreSum*200 + st.Scored) / (2 * st.Scored)
	}
	return st, nil
}
