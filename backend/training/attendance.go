package training

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"steady/backend/apperr"
	"steady/backend/audit"
	"steady/backend/auth"
	"steady/backend/store"
	"steady/backend/validate"
)

// Attendance states; "invited" means nothing was recorded yet.
const (
	AttendInvited = "invited"
	AttendPresent = "present"
	AttendLate    = "late"
	AttendAbsent  = "absent"
	AttendExcused = "excused"
)

// Attendance is one invited rep of a session. Score is nil until assessed;
// Passed is nil when the course has no assessment or no score yet.
type Attendance struct {
	ID        string `json:"id"`
	SessionID string `json:"sessionId"`
	UserID    string `json:"userId"`
	UserName  string `json:"userName"`
	Status    string `json:"status"`
	Score     *int   `json:"score"`
	Passed    *bool  `json:"passed"`
	Version   int    `json:"version"`
}

// AttendanceInput records one rep's attendance and score. Version is the
// attendance's version as read, or 0 for a rep who came without an invitation.
// A score counts only for reps who attended (present or late).
type AttendanceInput struct {
	UserID  string `json:"userId"`
	Status  string `json:"status"`
	Score   *int   `json:"score"`
	Version int    `json:"version"`
}

// attendeesOf returns the attendance of the given sessions that the actor may
// see, grouped by session.
func attendeesOf(ctx context.Context, q querier, actor auth.Actor, sessionIDs []string) (map[string][]Attendance, error) {
	out := map[string][]Attendance{}
	for _, id := range sessionIDs {
		out[id] = []Attendance{}
	}
	if len(sessionIDs) == 0 {
		return out, nil
	}
	cond, args := scope(actor, "t.user_id")
	rows, err := q.QueryContext(ctx, `SELECT t.id, t.session_id, t.user_id, u.name, t.status, t.score, t.passed, t.version
		FROM training_attendance t JOIN users u ON u.id = t.user_id
		WHERE t.deleted_at IS NULL AND t.session_id IN (SELECT value FROM json_each(?)) AND `+cond+`
		ORDER BY u.name, t.id`, append([]any{jsonList(sessionIDs)}, args...)...)
	if err != nil {
		return nil, fmt.Errorf("training: attendance: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var a Attendance
		var score sql.NullInt64
		var passed sql.NullBool
		if err := rows.Scan(&a.ID, &a.SessionID, &a.UserID, &a.UserName, &a.Status, &score, &passed, &a.Version); err != nil {
			return nil, fmt.Errorf("training: attendance: %w", err)
		}
		if score.Valid {
			n := int(score.Int64)
			a.Score = &n
		}
		if passed.Valid {
			a.Passed = &passed.Bool
		}
		out[a.SessionID] = append(out[a.SessionID], a)
	}
	return out, rows.Err()
}

// RecordAttendance records attendance and scores for a session, all or none.
// Completing a required course (attended, and passed when assessed) is
// recorded against the session's day.
func (s *Service) RecordAttendance(ctx context.Context, actor auth.Actor, sessionID string, marks []AttendanceInput) (Session, error) {
	if err := requireCoach(actor); err != nil {
		return Session{}, err
	}
	marks, err := cleanMarks(marks)
	if err != nil {
		return Session{}, err
	}
	err = s.db.Tx(ctx, func(tx *sql.Tx) error {
		ss, err := sessionByID(ctx, tx, actor, sessionID)
		if err != nil {
			return err
		}
		if err := s.checkBackdate(ctx, actor, ss.HeldOn, ownerGoesOn(actor)); err != nil {
			return err
		}
		for _, m := range marks {
			if err := s.markTx(ctx, tx, actor, ss, m); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return Session{}, err
	}
	return s.Session(ctx, actor, sessionID)
}

func (s *Service) markTx(ctx context.Context, tx *sql.Tx, actor auth.Actor, ss Session, m AttendanceInput) error {
	if _, err := recordUser(ctx, tx, actor, m.UserID); err != nil {
		return err
	}
	score, passed := assess(ss, m)
	var id string
	var version int
	err := tx.QueryRowContext(ctx, `SELECT id, version FROM training_attendance
		WHERE session_id = ? AND user_id = ? AND deleted_at IS NULL`, ss.ID, m.UserID).Scan(&id, &version)
	switch {
	case errors.Is(err, sql.ErrNoRows) && m.Version == 0:
		id = store.NewID()
		err = s.insertAttendance(ctx, tx, actor.ID, id, ss.ID, m.UserID, m.Status, score, passed)
	case err != nil && !errors.Is(err, sql.ErrNoRows):
		return fmt.Errorf("training: attendance: %w", err)
	case err != nil || version != m.Version:
		return apperr.Conflict("trainingAttendance")
	default:
		var res sql.Result
		res, err = tx.ExecContext(ctx, `UPDATE training_attendance SET status = ?, score = ?, passed = ?, updated_at = ?,
			version = version + 1 WHERE id = ? AND version = ?`, m.Status, score, passed, s.stamp(), id, m.Version)
		err = changedOne(res, err, "trainingAttendance")
	}
	if err != nil {
		return err
	}
	after := map[string]any{"sessionId": ss.ID, "userId": m.UserID, "status": m.Status, "score": score, "passed": passed}
	if err := audit.Write(ctx, tx, audit.Entry{At: s.now(), ActorID: actor.ID, Entity: "trainingAttendance", EntityID: id, Action: "record", After: after}); err != nil {
		return err
	}
	return s.refreshCompletion(ctx, tx, actor.ID, m.UserID, ss.CourseID)
}

func (s *Service) insertAttendance(ctx context.Context, tx *sql.Tx, actorID, id, sessionID, userID, status string, score, passed any) error {
	now := s.stamp()
	_, err := tx.ExecContext(ctx, `INSERT INTO training_attendance(id, session_id, user_id, status, score, passed,
		created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		id, sessionID, userID, status, score, passed, actorID, now, now)
	if err != nil {
		return fmt.Errorf("training: insert attendance: %w", err)
	}
	return nil
}

// assess keeps a score only for someone who attended, and decides pass or
// fail from the course's pass mark when the course requires an assessment.
func assess(ss Session, m AttendanceInput) (score, passed any) {
	if m.Score == nil || (m.Status != AttendPresent && m.Status != AttendLate) {
		return nil, nil
	}
	if !ss.AssessmentRequired {
		return *m.Score, nil
	}
	return *m.Score, *m.Score >= ss.PassMark
}

func cleanMarks(marks []AttendanceInput) ([]AttendanceInput, error) {
	var v apperr.Validation
	seen := map[string]bool{}
	for i := range marks {
		m := &marks[i]
		field := fmt.Sprintf("attendees.%d.", i)
		m.UserID = requiredID(&v, field+"userId", m.UserID)
		if seen[m.UserID] {
			v.Add(field+"userId", codeDup, nil)
		}
		seen[m.UserID] = true
		m.Status = validate.OneOf(&v, field+"status", strings.TrimSpace(m.Status), codeChoice,
			AttendInvited, AttendPresent, AttendLate, AttendAbsent, AttendExcused)
		if m.Score != nil {
			inRange(&v, field+"score", *m.Score, 0, maxScore)
		}
	}
	return marks, v.Err()
}

// syncInvitees invites the listed reps who are not invited yet and withdraws
// the invitations of reps the actor may see who are no longer listed.
func (s *Service) syncInvitees(ctx context.Context, tx *sql.Tx, actor auth.Actor, sessionID string, ids []string) error {
	current, err := invitedTx(ctx, tx, sessionID)
	if err != nil {
		return err
	}
	wanted := map[string]bool{}
	for _, id := range ids {
		wanted[id] = true
		if _, ok := current[id]; ok {
			continue
		}
		if _, err := coachUser(ctx, tx, actor, id); err != nil {
			return err
		}
		attID := store.NewID()
		if err := s.insertAttendance(ctx, tx, actor.ID, attID, sessionID, id, AttendInvited, nil, nil); err != nil {
			return err
		}
		after := map[string]any{"sessionId": sessionID, "userId": id, "status": AttendInvited}
		if err := audit.Write(ctx, tx, audit.Entry{At: s.now(), ActorID: actor.ID, Entity: "trainingAttendance", EntityID: attID, Action: "create", After: after}); err != nil {
			return err
		}
	}
	for userID, inv := range current {
		if wanted[userID] || !canSee(actor, inv.person) {
			continue
		}
		before := map[string]any{"sessionId": sessionID, "userId": userID}
		if err := s.softDelete(ctx, tx, actor, "training_attendance", "trainingAttendance", inv.id, inv.version, before); err != nil {
			return err
		}
	}
	return nil
}

type invitation struct {
	id      string
	version int
	person  person
}

func invitedTx(ctx context.Context, tx *sql.Tx, sessionID string) (map[string]invitation, error) {
	rows, err := tx.QueryContext(ctx, `SELECT t.id, t.version, u.id, u.role, coalesce(u.manager_id, '')
		FROM training_attendance t JOIN users u ON u.id = t.user_id
		WHERE t.session_id = ? AND t.deleted_at IS NULL`, sessionID)
	if err != nil {
		return nil, fmt.Errorf("training: invitations: %w", err)
	}
	defer rows.Close()
	out := map[string]invitation{}
	for rows.Next() {
		var inv invitation
		if err := rows.Scan(&inv.id, &inv.version, &inv.person.ID, &inv.person.Role, &inv.person.ManagerID); err != nil {
			return nil, fmt.Errorf("training: invitations: %w", err)
		}
		out[inv.person.ID] = inv
	}
	return out, rows.Err()
}

// refreshSession re-derives the completions a session's attendees owe to it,
// for its course now and the course it had before a change.
func (s *Service) refreshSession(ctx context.Context, tx *sql.Tx, actorID, sessionID, oldCourseID string) error {
	rows, err := tx.QueryContext(ctx, `SELECT DISTINCT t.user_id, s.course_id FROM training_attendance t
		JOIN training_sessions s ON s.id = t.session_id WHERE t.session_id = ?`, sessionID)
	if err != nil {
		return fmt.Errorf("training: refresh session: %w", err)
	}
	type pair struct{ user, course string }
	var pairs []pair
	for rows.Next() {
		var p pair
		if err := rows.Scan(&p.user, &p.course); err != nil {
			rows.Close()
			return fmt.Errorf("training: refresh session: %w", err)
		}
		pairs = append(pairs, p)
		if oldCourseID != "" && oldCourseID != p.course {
			pairs = append(pairs, pair{p.user, oldCourseID})
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("training: refresh session: %w", err)
	}
	for _, p := range pairs {
		if err := s.refreshCompletion(ctx, tx, actorID, p.user, p.course); err != nil {
			return err
		}
	}
	return nil
}
