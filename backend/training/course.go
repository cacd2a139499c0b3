package training

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"steady/backend/apperr"
	"steady/backend/audit"
	"steady/backend/auth"
	"steady/backend/store"
)

// Course kinds.
const (
	KindProductKnowledge = "product_knowledge"
	KindSalesSkills      = "sales_skills"
	KindRolePlay         = "role_play"
	KindCompliance       = "compliance"
	KindMarketTrends     = "market_trends"
)

// Kinds lists the course kinds in the order the UI offers them.
func Kinds() []string {
	return []string{KindProductKnowledge, KindSalesSkills, KindRolePlay, KindCompliance, KindMarketTrends}
}

// Course is a piece of training a rep can be required to complete.
type Course struct {
	ID                 string     `json:"id"`
	Title              string     `json:"title"`
	Kind               string     `json:"kind"`
	Level              string     `json:"level"`
	Minutes            int        `json:"minutes"`
	Description        string     `json:"description"`
	AssessmentRequired bool       `json:"assessmentRequired"`
	PassMark           int        `json:"passMark"`
	CertificateMonths  int        `json:"certificateMonths"`
	Materials          []Material `json:"materials"`
	Version            int        `json:"version"`
	CreatedAt          string     `json:"createdAt"`
	UpdatedAt          string     `json:"updatedAt"`
}

// CourseInput is what the course form sends. Minutes is the course length;
// PassMark (0–100) counts only when an assessment is required;
// CertificateMonths is 0 when the course gives no certificate.
type CourseInput struct {
	ID                 string `json:"id"`
	Title              string `json:"title"`
	Kind               string `json:"kind"`
	Level              string `json:"level"`
	Minutes            int    `json:"minutes"`
	Description        string `json:"description"`
	AssessmentRequired bool   `json:"assessmentRequired"`
	PassMark           int    `json:"passMark"`
	CertificateMonths  int    `json:"certificateMonths"`
	Version            int    `json:"version"`
}

// CourseFilter narrows the course list; empty fields match everything.
type CourseFilter struct {
	Kind  string `json:"kind"`
	Level string `json:"level"`
}

const courseColumns = `id, title, kind, level, minutes, description, assessment_required, pass_mark,
	certificate_months, version, created_at, updated_at`

func scanCourse(s scanner) (Course, error) {
	var c Course
	err := s.Scan(&c.ID, &c.Title, &c.Kind, &c.Level, &c.Minutes, &c.Description, &c.AssessmentRequired,
		&c.PassMark, &c.CertificateMonths, &c.Version, &c.CreatedAt, &c.UpdatedAt)
	return c, err
}

func courseByID(ctx context.Context, q querier, id string) (Course, error) {
	c, err := scanCourse(q.QueryRowContext(ctx, `SELECT `+courseColumns+`
		FROM training_courses WHERE id = ? AND deleted_at IS NULL`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return Course{}, apperr.NotFound("course")
	}
	if err != nil {
		return Course{}, fmt.Errorf("training: course %s: %w", id, err)
	}
	return c, nil
}

// Course returns one course with its materials; everyone signed in may read courses.
func (s *Service) Course(ctx context.Context, actor auth.Actor, id string) (Course, error) {
	c, err := courseByID(ctx, s.db.Read(), id)
	if err != nil {
		return Course{}, err
	}
	byCourse, err := materialsOf(ctx, s.db.Read(), []string{c.ID})
	c.Materials = byCourse[c.ID]
	return c, err
}

// Courses lists the courses, by level and title.
func (s *Service) Courses(ctx context.Context, actor auth.Actor, f CourseFilter) ([]Course, error) {
	rows, err := s.db.Read().QueryContext(ctx, `SELECT `+courseColumns+` FROM training_courses
		WHERE deleted_at IS NULL AND (? = '' OR kind = ?) AND (? = '' OR level = ?)
		ORDER BY CASE level WHEN 'new_hire' THEN 0 WHEN 'junior' THEN 1 ELSE 2 END, title, id`,
		f.Kind, f.Kind, f.Level, f.Level)
	if err != nil {
		return nil, fmt.Errorf("training: courses: %w", err)
	}
	defer rows.Close()
	courses := []Course{}
	var ids []string
	for rows.Next() {
		c, err := scanCourse(rows)
		if err != nil {
			return nil, fmt.Errorf("training: courses: %w", err)
		}
		courses, ids = append(courses, c), append(ids, c.ID)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("training: courses: %w", err)
	}
	byCourse, err := materialsOf(ctx, s.db.Read(), ids)
	for i := range courses {
		courses[i].Materials = byCourse[courses[i].ID]
	}
	return courses, err
}

// CreateCourse adds a course; managers and the owner may.
func (s *Service) CreateCourse(ctx context.Context, actor auth.Actor, in CourseInput) (Course, error) {
	if err := requireCoach(actor); err != nil {
		return Course{}, err
	}
	in, err := cleanCourse(in)
	if err != nil {
		return Course{}, err
	}
	in.ID, in.Version = store.NewID(), 1
	err = s.db.Tx(ctx, func(tx *sql.Tx) error {
		return s.insertCourseTx(ctx, tx, actor.ID, in)
	})
	if err != nil {
		return Course{}, err
	}
	return s.Course(ctx, actor, in.ID)
}

func (s *Service) insertCourseTx(ctx context.Context, tx *sql.Tx, actorID string, in CourseInput) error {
	now := s.stamp()
	_, err := tx.ExecContext(ctx, `INSERT INTO training_courses(id, title, kind, level, minutes, description,
		assessment_required, pass_mark, certificate_months, created_by, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		in.ID, in.Title, in.Kind, in.Level, in.Minutes, in.Description, in.AssessmentRequired, in.PassMark,
		in.CertificateMonths, actorID, now, now)
	if err != nil {
		return fmt.Errorf("training: insert course: %w", err)
	}
	return audit.Write(ctx, tx, audit.Entry{At: s.now(), ActorID: actorID, Entity: "course", EntityID: in.ID, Action: "create", After: in})
}

// UpdateCourse changes a course. in.Version must be the version the caller
// read, or nothing changes and a conflict is returned.
func (s *Service) UpdateCourse(ctx context.Context, actor auth.Actor, in CourseInput) (Course, error) {
	if err := requireCoach(actor); err != nil {
		return Course{}, err
	}
	in, err := cleanCourse(in)
	if err != nil {
		return Course{}, err
	}
	err = s.db.Tx(ctx, func(tx *sql.Tx) error {
		before, err := courseByID(ctx, tx, in.ID)
		if err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `UPDATE training_courses SET title = ?, kind = ?, level = ?, minutes = ?,
			description = ?, assessment_required = ?, pass_mark = ?, certificate_months = ?,
			updated_at = ?, version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NULL`,
			in.Title, in.Kind, in.Level, in.Minutes, in.Description, in.AssessmentRequired, in.PassMark,
			in.CertificateMonths, s.stamp(), in.ID, in.Version)
		if err := changedOne(res, err, "course"); err != nil {
			return err
		}
		return audit.Write(ctx, tx, audit.Entry{At: s.now(), ActorID: actor.ID, Entity: "course", EntityID: in.ID, Action: "update", Before: before, After: in})
	})
	if err != nil {
		return Course{}, err
	}
	return s.Course(ctx, actor, in.ID)
}

// DeleteCourse removes a course (a tombstone): it leaves plans and required
// lists, while past sessions keep it in their history.
func (s *Service) DeleteCourse(ctx context.Context, actor auth.Actor, id string, version int) error {
	if err := requireCoach(actor); err != nil {
		return err
	}
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		before, err := courseByID(ctx, tx, id)
		if err != nil {
			return err
		}
		if err := withinTeam(ctx, tx, actor, id); err != nil {
			return err
		}
		return s.softDelete(ctx, tx, actor, "training_courses", "course", id, version, before)
	})
}

// softDelete marks one row deleted when its version matches, and audits it.
func (s *Service) softDelete(ctx context.Context, tx *sql.Tx, actor auth.Actor, table, entity, id string, version int, before any) error {
	now := s.stamp()
	res, err := tx.ExecContext(ctx, `UPDATE `+table+` SET deleted_at = ?, updated_at = ?, version = version + 1
		WHERE id = ? AND version = ? AND deleted_at IS NULL`, now, now, id, version)
	if err := changedOne(res, err, entity); err != nil {
		return err
	}
	return audit.Write(ctx, tx, audit.Entry{At: s.now(), ActorID: actor.ID, Entity: entity, EntityID: id, Action: "delete", Before: before})
}

// changedOne turns an UPDATE that matched no row (a stale version) into a conflict.
func changedOne(res sql.Result, err error, entity string) error {
	if err != nil {
		return fmt.Errorf("training: update %s: %w", entity, err)
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return apperr.Conflict(entity)
	}
	return nil
}

// withinTeam refuses a manager a course that people outside their team are
// required to take: deleting it would take it off their lists too.
func withinTeam(ctx context.Context, tx *sql.Tx, actor auth.Actor, courseID string) error {
	if actor.Role != auth.RoleManager {
		return nil
	}
	var n int
	err := tx.QueryRowContext(ctx, `SELECT count(*) FROM training_assignments a JOIN users u ON u.id = a.user_id
		WHERE a.course_id = ? AND a.deleted_at IS NULL AND coalesce(u.manager_id, '') <> ?`, courseID, actor.ID).Scan(&n)
	if err != nil {
		return fmt.Errorf("training: course requirements: %w", err)
	}
	if n > 0 {
		return apperr.Forbidden("errors.forbidden.courseOtherTeams")
	}
	return nil
}
