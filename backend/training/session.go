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

// Session delivery modes.
const (
	ModeOnSite = "on_site"
	ModeOnline = "online"
)

// Session is a course delivered on a day by a trainer, with its invited reps
// (only those the reader may see).
type Session struct {
	ID                 string       `json:"id"`
	CourseID           string       `json:"courseId"`
	CourseTitle        string       `json:"courseTitle"`
	CourseKind         string       `json:"courseKind"`
	AssessmentRequired bool         `json:"assessmentRequired"`
	PassMark           int          `json:"passMark"`
	HeldOn             string       `json:"heldOn"`
	Minutes            int          `json:"minutes"`
	TrainerID          string       `json:"trainerId"`
	TrainerName        string       `json:"trainerName"`
	Mode               string       `json:"mode"`
	Location           string       `json:"location"`
	Note               string       `json:"note"`
	Attendees          []Attendance `json:"attendees"`
	Version            int          `json:"version"`
	CreatedBy          string       `json:"createdBy"`
	CreatedAt          string       `json:"createdAt"`
}

// SessionInput is what the session form sends. Minutes 0 takes the course's
// length; InviteeIDs are the reps invited (their attendance starts "invited").
type SessionInput struct {
	ID         string   `json:"id"`
	CourseID   string   `json:"courseId"`
	HeldOn     string   `json:"heldOn"`
	Minutes    int      `json:"minutes"`
	TrainerID  string   `json:"trainerId"`
	Mode       string   `json:"mode"`
	Location   string   `json:"location"`
	Note       string   `json:"note"`
	InviteeIDs []string `json:"inviteeIds"`
	Version    int      `json:"version"`
	// BackdateReason lets the owner date a session further back than the
	// company's window; the audit keeps it with the session.
	BackdateReason string `json:"backdateReason"`
}

// SessionFilter narrows the session list: days From–To (inclusive, either may
// be empty), one course, one attendee.
type SessionFilter struct {
	From     string `json:"from"`
	To       string `json:"to"`
	CourseID string `json:"courseId"`
	UserID   string `json:"userId"`
}

const sessionSelect = `SELECT s.id, s.course_id, c.title, c.kind, c.assessment_required, c.pass_mark, s.held_on,
	s.minutes, s.trainer_id, coalesce(tr.name, ''), s.mode, s.location, s.note, s.version, coalesce(s.created_by, ''), s.created_at
	FROM training_sessions s JOIN training_courses c ON c.id = s.course_id
	LEFT JOIN users tr ON tr.id = s.trainer_id WHERE s.deleted_at IS NULL`

func scanSession(sc scanner) (Session, error) {
	var s Session
	err := sc.Scan(&s.ID, &s.CourseID, &s.CourseTitle, &s.CourseKind, &s.AssessmentRequired, &s.PassMark, &s.HeldOn,
		&s.Minutes, &s.TrainerID, &s.TrainerName, &s.Mode, &s.Location, &s.Note, &s.Version, &s.CreatedBy, &s.CreatedAt)
	return s, err
}

// sessionVisible is the condition for sessions the actor may see: the owner
// all; others those they train or created, or where someone they may see
// was invited.
func sessionVisible(actor auth.Actor) (string, []any) {
	if actor.IsOwner() {
		return "1 = 1", nil
	}
	cond, args := scope(actor, "t.user_id")
	return `(s.trainer_id = ? OR s.created_by = ? OR EXISTS (SELECT 1 FROM training_attendance t
		WHERE t.session_id = s.id AND t.deleted_at IS NULL AND ` + cond + `))`, append([]any{actor.ID, actor.ID}, args...)
}

func sessionByID(ctx context.Context, q querier, actor auth.Actor, id string) (Session, error) {
	cond, args := sessionVisible(actor)
	s, err := scanSession(q.QueryRowContext(ctx, sessionSelect+` AND s.id = ? AND `+cond, append([]any{id}, args...)...))
	if errors.Is(err, sql.ErrNoRows) {
		return Session{}, apperr.NotFound("trainingSession")
	}
	if err != nil {
		return Session{}, fmt.Errorf("training: session %s: %w", id, err)
	}
	byID, err := attendeesOf(ctx, q, actor, []string{s.ID})
	s.Attendees = byID[s.ID]
	return s, err
}

// Session returns one session with the attendees the actor may see.
func (s *Service) Session(ctx context.Context, actor auth.Actor, id string) (Session, error) {
	return sessionByID(ctx, s.db.Read(), actor, id)
}

// Sessions lists the sessions the actor may see, latest first.
func (s *Service) Sessions(ctx context.Context, actor auth.Actor, f SessionFilter) ([]Session, error) {
	cond, args := sessionVisible(actor)
	query := sessionSelect + ` AND ` + cond + ` AND (? = '' OR s.held_on >= ?) AND (? = '' OR s.held_on <= ?)
		AND (? = '' OR s.course_id = ?) AND (? = '' OR EXISTS (SELECT 1 FROM training_attendance f
			WHERE f.session_id = s.id AND f.user_id = ? AND f.deleted_at IS NULL))
		ORDER BY s.held_on DESC, s.id DESC`
	args = append(args, f.From, f.From, f.To, f.To, f.CourseID, f.CourseID, f.UserID, f.UserID)
	rows, err := s.db.Read().QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("training: sessions: %w", err)
	}
	defer rows.Close()
	list := []Session{}
	var ids []string
	for rows.Next() {
		ss, err := scanSession(rows)
		if err != nil {
			return nil, fmt.Errorf("training: sessions: %w", err)
		}
		list, ids = append(list, ss), append(ids, ss.ID)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("training: sessions: %w", err)
	}
	byID, err := attendeesOf(ctx, s.db.Read(), actor, ids)
	for i := range list {
		list[i].Attendees = byID[list[i].ID]
	}
	return list, err
}

// CreateSession records a session and invites reps; managers and the owner may.
func (s *Service) CreateSession(ctx context.Context, actor auth.Actor, in SessionInput) (Session, error) {
	if err := requireCoach(actor); err != nil {
		return Session{}, err
	}
	in, err := cleanSession(in)
	if err != nil {
		return Session{}, err
	}
	if err := s.checkBackdate(ctx, actor, in.HeldOn, in.BackdateReason); err != nil {
		return Session{}, err
	}
	in.ID = store.NewID()
	err = s.db.Tx(ctx, func(tx *sql.Tx) error {
		if err := s.checkSessionRefs(ctx, tx, &in); err != nil {
			return err
		}
		now := s.stamp()
		_, err := tx.ExecContext(ctx, `INSERT INTO training_sessions(id, course_id, held_on, minutes, trainer_id, mode,
			location, note, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			in.ID, in.CourseID, in.HeldOn, in.Minutes, in.TrainerID, in.Mode, in.Location, in.Note, actor.ID, now, now)
		if err != nil {
			return fmt.Errorf("training: insert session: %w", err)
		}
		if err := audit.Write(ctx, tx, audit.Entry{At: s.now(), ActorID: actor.ID, Entity: "trainingSession", EntityID: in.ID, Action: "create", After: in}); err != nil {
			return err
		}
		return s.syncInvitees(ctx, tx, actor, in.ID, in.InviteeIDs)
	})
	if err != nil {
		return Session{}, err
	}
	return s.Session(ctx, actor, in.ID)
}

// UpdateSession changes a session and its invitations. in.Version must be
// the version the caller read. A manager may change the sessions they
// created or train; reps they may not see are left as they are.
func (s *Service) UpdateSession(ctx context.Context, actor auth.Actor, in SessionInput) (Session, error) {
	if err := requireCoach(actor); err != nil {
		return Session{}, err
	}
	in, err := cleanSession(in)
	if err != nil {
		return Session{}, err
	}
	err = s.db.Tx(ctx, func(tx *sql.Tx) error {
		before, err := s.editableSession(ctx, tx, actor, in.ID)
		if err != nil {
			return err
		}
		if before.HeldOn != in.HeldOn {
			if err := s.checkBackdate(ctx, actor, min(before.HeldOn, in.HeldOn), in.BackdateReason); err != nil {
				return err
			}
		}
		if err := s.checkSessionRefs(ctx, tx, &in); err != nil {
			return err
		}
		if before.CourseID != in.CourseID || before.HeldOn != in.HeldOn || before.Minutes != in.Minutes {
			if err := onlyOwnTeamAttends(ctx, tx, actor, in.ID); err != nil {
				return err
			}
		}
		res, err := tx.ExecContext(ctx, `UPDATE training_sessions SET course_id = ?, held_on = ?, minutes = ?,
			trainer_id = ?, mode = ?, location = ?, note = ?, updated_at = ?, version = version + 1
			WHERE id = ? AND version = ? AND deleted_at IS NULL`,
			in.CourseID, in.HeldOn, in.Minutes, in.TrainerID, in.Mode, in.Location, in.Note, s.stamp(), in.ID, in.Version)
		if err := changedOne(res, err, "trainingSession"); err != nil {
			return err
		}
		if err := audit.Write(ctx, tx, audit.Entry{At: s.now(), ActorID: actor.ID, Entity: "trainingSession", EntityID: in.ID, Action: "update", Before: before, After: in}); err != nil {
			return err
		}
		if err := s.syncInvitees(ctx, tx, actor, in.ID, in.InviteeIDs); err != nil {
			return err
		}
		return s.refreshSession(ctx, tx, actor.ID, in.ID, before.CourseID)
	})
	if err != nil {
		return Session{}, err
	}
	return s.Session(ctx, actor, in.ID)
}

// DeleteSession removes a session; the courses it completed become open again.
func (s *Service) DeleteSession(ctx context.Context, actor auth.Actor, id string, version int) error {
	if err := requireCoach(actor); err != nil {
		return err
	}
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		before, err := s.editableSession(ctx, tx, actor, id)
		if err != nil {
			return err
		}
		if err := onlyOwnTeamAttends(ctx, tx, actor, id); err != nil {
			return err
		}
		if err := s.softDelete(ctx, tx, actor, "training_sessions", "trainingSession", id, version, before); err != nil {
			return err
		}
		return s.refreshSession(ctx, tx, actor.ID, id, before.CourseID)
	})
}

// onlyOwnTeamAttends refuses a manager's change to what completions rest on
// (the course, the day, the length, the session itself) while reps they may
// not see are on the session: their completions would move with it. The
// owner, or a session of the manager's own team, may.
func onlyOwnTeamAttends(ctx context.Context, tx *sql.Tx, actor auth.Actor, sessionID string) error {
	if actor.IsOwner() {
		return nil
	}
	invited, err := invitedTx(ctx, tx, sessionID)
	if err != nil {
		return err
	}
	for _, inv := range invited {
		if !canSee(actor, inv.person) {
			return apperr.Forbidden("errors.forbidden.sessionOtherTeams")
		}
	}
	return nil
}

// editableSession loads a session the actor may change.
func (s *Service) editableSession(ctx context.Context, tx *sql.Tx, actor auth.Actor, id string) (Session, error) {
	ss, err := sessionByID(ctx, tx, actor, id)
	if err != nil {
		return Session{}, err
	}
	if !actor.IsOwner() && ss.CreatedBy != actor.ID && ss.TrainerID != actor.ID {
		return Session{}, apperr.Forbidden("errors.forbidden.notYourTeam")
	}
	return ss, nil
}

// checkSessionRefs checks the course and trainer exist and fills the length.
func (s *Service) checkSessionRefs(ctx context.Context, tx *sql.Tx, in *SessionInput) error {
	c, err := courseByID(ctx, tx, in.CourseID)
	if err != nil {
		return err
	}
	if in.Minutes == 0 {
		in.Minutes = c.Minutes
	}
	_, err = personByID(ctx, tx, in.TrainerID)
	return err
}

func cleanSession(in SessionInput) (SessionInput, error) {
	var v apperr.Validation
	in.CourseID = requiredID(&v, "courseId", in.CourseID)
	in.HeldOn = requiredDate(&v, "heldOn", in.HeldOn)
	inRange(&v, "minutes", in.Minutes, 0, maxCourseMins)
	in.TrainerID = requiredID(&v, "trainerId", in.TrainerID)
	in.Mode = validate.OneOf(&v, "mode", strings.TrimSpace(in.Mode), codeChoice, ModeOnSite, ModeOnline)
	in.Location = validate.Text(&v, "location", in.Location, false, maxTitle*2)
	in.Note = validate.Text(&v, "note", in.Note, false, maxText)
	seen := map[string]bool{}
	invitees := []string{}
	for _, id := range in.InviteeIDs {
		if id = strings.TrimSpace(id); id != "" && !seen[id] {
			seen[id] = true
			invitees = append(invitees, id)
		}
	}
	in.InviteeIDs = invitees
	return in, v.Err()
}
