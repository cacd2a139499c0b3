package training_test

import (
	"context"
	"database/sql"
	"errors"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"steady/backend/apperr"
	"steady/backend/audit"
	"steady/backend/auth"
	"steady/backend/store"
	"steady/backend/store/storetest"
	"steady/backend/training"
)

var ctx = context.Background()

// world is a small company: an owner, two managers, two reps in the first
// manager's team and one in the second's.
type world struct {
	t        *testing.T
	db       *store.DB
	clock    *storetest.Clock
	svc      *training.Service
	users    *auth.Service
	owner    auth.Actor
	manager  auth.Actor // 王芳, manages rep and junior
	manager2 auth.Actor // 陈静, manages other
	rep      auth.Actor // 李强, new hire since 2026-11-02
	junior   auth.Actor // 刘洋, junior since 2025-06-01
	other    auth.Actor // 赵敏, new hire in the other team
}

func shanghai(context.Context) *time.Location {
	loc, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		panic(err)
	}
	return loc
}

func newWorld(t *testing.T) *world {
	t.Helper()
	db := storetest.Open(t)
	clock := storetest.NewClock() // 2026-11-27 09:00 in Shanghai
	w := &world{t: t, db: db, clock: clock, users: auth.NewService(db, clock.Now, bcrypt.MinCost)}
	w.svc = training.NewService(db, clock.Now, shanghai)
	w.owner = w.addUser("", "周明远", "owner", auth.RoleOwner, auth.LevelSenior, "")
	w.manager = w.addUser("", "王芳", "manager", auth.RoleManager, auth.LevelSenior, "")
	w.manager2 = w.addUser("", "陈静", "manager2", auth.RoleManager, auth.LevelSenior, "")
	w.rep = w.addUser(w.manager.ID, "李强", "rep", auth.RoleRep, auth.LevelNewHire, "2026-11-02")
	w.junior = w.addUser(w.manager.ID, "刘洋", "junior", auth.RoleRep, auth.LevelJunior, "2025-06-01")
	w.other = w.addUser(w.manager2.ID, "赵敏", "other", auth.RoleRep, auth.LevelNewHire, "2026-10-08")
	return w
}

func (w *world) addUser(managerID, name, login, role, level, hired string) auth.Actor {
	w.t.Helper()
	id := store.NewID()
	err := w.db.Tx(ctx, func(tx *sql.Tx) error {
		return w.users.InsertUserTx(ctx, tx, "", auth.UserInput{ID: id, Name: name, Login: login, Password: "steady-pass1",
			Role: role, Level: level, ManagerID: managerID, HireDate: hired, Active: true})
	})
	if err != nil {
		w.t.Fatalf("add %s: %v", login, err)
	}
	return auth.Actor{ID: id, Role: role}
}

func (w *world) course(title, kind, level string, minutes int, assessed bool, passMark, certMonths int) training.Course {
	w.t.Helper()
	c, err := w.svc.CreateCourse(ctx, w.manager, training.CourseInput{Title: title, Kind: kind, Level: level,
		Minutes: minutes, AssessmentRequired: assessed, PassMark: passMark, CertificateMonths: certMonths})
	if err != nil {
		w.t.Fatalf("course %s: %v", title, err)
	}
	return c
}

func (w *world) session(actor auth.Actor, courseID, day string, invitees ...auth.Actor) training.Session {
	w.t.Helper()
	ids := []string{}
	for _, a := range invitees {
		ids = append(ids, a.ID)
	}
	s, err := w.svc.CreateSession(ctx, actor, training.SessionInput{CourseID: courseID, HeldOn: day,
		TrainerID: actor.ID, Mode: training.ModeOnSite, Location: "三楼会议室", InviteeIDs: ids})
	if err != nil {
		w.t.Fatalf("session on %s: %v", day, err)
	}
	return s
}

// mark records one attendee of s, reading their current version.
func (w *world) mark(s training.Session, who auth.Actor, status string, score *int) training.Session {
	w.t.Helper()
	out, err := w.svc.RecordAttendance(ctx, w.manager, s.ID, []training.AttendanceInput{
		{UserID: who.ID, Status: status, Score: score, Version: attendanceVersion(w.t, w.svc, s.ID, who.ID)}})
	if err != nil {
		w.t.Fatalf("mark %s: %v", status, err)
	}
	return out
}

func attendanceVersion(t *testing.T, svc *training.Service, sessionID, userID string) int {
	t.Helper()
	s, err := svc.Session(ctx, auth.Actor{ID: "", Role: auth.RoleOwner}, sessionID)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range s.Attendees {
		if a.UserID == userID {
			return a.Version
		}
	}
	return 0
}

func score(n int) *int { return &n }

// wantCode fails unless err is a validation error with code on field.
func wantCode(t *testing.T, err error, field, code string) {
	t.Helper()
	e, ok := apperr.As(err)
	if !ok || e.Kind != apperr.KindValidation || e.Fields[field].Code != code {
		t.Fatalf("err = %v, want %s on %s", err, code, field)
	}
}

func wantKind(t *testing.T, err error, kind error) {
	t.Helper()
	if !errors.Is(err, kind) {
		t.Fatalf("err = %v, want %v", err, kind)
	}
}

func history(t *testing.T, db *store.DB, entity, id string) []audit.Record {
	t.Helper()
	h, err := audit.History(ctx, db.Read(), entity, id)
	if err != nil {
		t.Fatal(err)
	}
	return h
}
