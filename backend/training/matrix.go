package training

import (
	"context"
	"fmt"

	"steady/backend/auth"
)

// Matrix is the team view: reps down, required courses across.
type Matrix struct {
	Today   string         `json:"today"`
	Courses []MatrixCourse `json:"courses"`
	Rows    []MatrixRow    `json:"rows"`
}

// MatrixCourse is a column: a course required of at least one listed rep.
type MatrixCourse struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Kind  string `json:"kind"`
	Level string `json:"level"`
}

// MatrixRow is one rep with a cell per column and their totals.
type MatrixRow struct {
	UserID  string       `json:"userId"`
	Name    string       `json:"name"`
	Level   string       `json:"level"`
	Cells   []MatrixCell `json:"cells"`
	Done    int          `json:"done"`
	Due     int          `json:"due"`
	Overdue int          `json:"overdue"`
}

// MatrixCell is a rep's status for a course: done, due, overdue or none
// (not required).
type MatrixCell struct {
	CourseID      string `json:"courseId"`
	Status        string `json:"status"`
	DueOn         string `json:"dueOn"`
	CompletedOn   string `json:"completedOn"`
	RequirementID string `json:"requirementId"`
}

// MatrixFilter keeps the reps of one level ("" for all).
type MatrixFilter struct {
	Level string `json:"level"`
}

// TeamMatrix returns the active reps the actor may see (the owner all, a
// manager their team) against their required courses.
func (s *Service) TeamMatrix(ctx context.Context, actor auth.Actor, f MatrixFilter) (Matrix, error) {
	q := s.db.Read()
	m := Matrix{Today: s.today(ctx), Courses: []MatrixCourse{}, Rows: []MatrixRow{}}
	cond, args := scope(actor, "u.id")
	rows, err := q.QueryContext(ctx, `SELECT u.id, u.name, u.level FROM users u
		WHERE u.deleted_at IS NULL AND u.active = 1 AND u.role = 'rep' AND (? = '' OR u.level = ?) AND `+cond+`
		ORDER BY CASE u.level WHEN 'new_hire' THEN 0 WHEN 'junior' THEN 1 ELSE 2 END, u.name, u.id`,
		append([]any{f.Level, f.Level}, args...)...)
	if err != nil {
		return Matrix{}, fmt.Errorf("training: matrix: %w", err)
	}
	var ids []string
	for rows.Next() {
		var r MatrixRow
		if err := rows.Scan(&r.UserID, &r.Name, &r.Level); err != nil {
			rows.Close()
			return Matrix{}, fmt.Errorf("training: matrix: %w", err)
		}
		m.Rows, ids = append(m.Rows, r), append(ids, r.UserID)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return Matrix{}, fmt.Errorf("training: matrix: %w", err)
	}
	reqs, err := s.requirements(ctx, q, "a.user_id IN (SELECT value FROM json_each(?))", []any{jsonList(ids)}, m.Today)
	if err != nil {
		return Matrix{}, err
	}
	if m.Courses, err = matrixCourses(ctx, q, reqs); err != nil {
		return Matrix{}, err
	}
	fillCells(&m, reqs)
	return m, nil
}

// matrixCourses returns the columns: every course in reqs, by level and title.
func matrixCourses(ctx context.Context, q querier, reqs []Requirement) ([]MatrixCourse, error) {
	seen := map[string]bool{}
	var ids []string
	for _, r := range reqs {
		if !seen[r.CourseID] {
			seen[r.CourseID] = true
			ids = append(ids, r.CourseID)
		}
	}
	rows, err := q.QueryContext(ctx, `SELECT id, title, kind, level FROM training_courses
		WHERE id IN (SELECT value FROM json_each(?))
		ORDER BY CASE level WHEN 'new_hire' THEN 0 WHEN 'junior' THEN 1 ELSE 2 END, title, id`, jsonList(ids))
	if err != nil {
		return nil, fmt.Errorf("training: matrix courses: %w", err)
	}
	defer rows.Close()
	out := []MatrixCourse{}
	for rows.Next() {
		var c MatrixCourse
		if err := rows.Scan(&c.ID, &c.Title, &c.Kind, &c.Level); err != nil {
			return nil, fmt.Errorf("training: matrix courses: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

func fillCells(m *Matrix, reqs []Requirement) {
	byKey := map[string]Requirement{}
	for _, r := range reqs {
		byKey[r.UserID+"/"+r.CourseID] = r
	}
	for i := range m.Rows {
		row := &m.Rows[i]
		row.Cells = make([]MatrixCell, len(m.Courses))
		for j, c := range m.Courses {
			r, ok := byKey[row.UserID+"/"+c.ID]
			if !ok {
				row.Cells[j] = MatrixCell{CourseID: c.ID, Status: StatusNone}
				continue
			}
			row.Cells[j] = MatrixCell{CourseID: c.ID, Status: r.Status, DueOn: r.DueOn, CompletedOn: r.CompletedOn, RequirementID: r.ID}
			switch r.Status {
			case StatusDone:
				row.Done++
			case StatusDue:
				row.Due++
			case StatusOverdue:
				row.Overdue++
			}
		}
	}
}
