package training_test

import (
	"context"
	"testing"
	"time"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/training"
)

// A manager's own training is kept by the owner: a manager cannot record
// their own attendance or give themselves or take away their own requirements.
func TestAManagerDoesNotKeepTheirOwnTrainingRecord(t *testing.T) {
	w := newWorld(t)
	c := w.course("谈判技巧", training.KindSalesSkills, "senior", 60, false, 0, 0)
	s := w.session(w.owner, c.ID, "2026-11-20", w.manager, w.rep)
	_, err := w.svc.RecordAttendance(ctx, w.manager, s.ID, []training.AttendanceInput{{UserID: w.manager.ID, Status: "present"}})
	wantKind(t, err, apperr.ErrForbidden)
	_, err = w.svc.AssignCourse(ctx, w.manager, training.AssignCourseInput{UserID: w.manager.ID, CourseID: c.ID, DueOn: "2026-12-20"})
	wantKind(t, err, apperr.ErrForbidden)
	mv := attendanceVersion(t, w.svc, s.ID, w.manager.ID)
	if _, err := w.svc.RecordAttendance(ctx, w.owner, s.ID, []training.AttendanceInput{{UserID: w.manager.ID, Status: "present", Version: mv}}); err != nil {
		t.Fatalf("the owner records a manager's attendance: %v", err)
	}
	rv := attendanceVersion(t, w.svc, s.ID, w.rep.ID)
	if _, err := w.svc.RecordAttendance(ctx, w.manager, s.ID, []training.AttendanceInput{{UserID: w.rep.ID, Status: "present", Version: rv}}); err != nil {
		t.Fatalf("a manager records their rep's attendance: %v", err)
	}
}

// A manager cannot delete a course another team is required to take; the owner can.
func TestAManagerDeletesOnlyCoursesOfTheirTeam(t *testing.T) {
	w, _ := monthFixture(t)
	courses, err := w.svc.Courses(ctx, w.owner, training.CourseFilter{})
	if err != nil || len(courses) == 0 {
		t.Fatal(err)
	}
	c := courses[0]
	for _, m := range []auth.Actor{w.manager, w.manager2} {
		wantKind(t, w.svc.DeleteCourse(ctx, m, c.ID, c.Version), apperr.ErrForbidden)
	}
	if err := w.svc.DeleteCourse(ctx, w.owner, c.ID, c.Version); err != nil {
		t.Fatal(err)
	}
}

// Taking a requirement or a course away changes the months to come, not the
// months already ended: October keeps what was due in October.
func TestRemovingARequirementDoesNotRewritePastMonths(t *testing.T) {
	w, reps := monthFixture(t)
	loc := shanghai(ctx)
	oct := time.Date(2026, 10, 1, 0, 0, 0, 0, loc)
	before, err := w.svc.MonthlyNumbers(ctx, reps["R1"].ID, oct, oct.AddDate(0, 1, 0))
	if err != nil || before.Due != 2 {
		t.Fatalf("October before: %+v %v", before, err)
	}
	courses, _ := w.svc.Courses(ctx, w.owner, training.CourseFilter{})
	for _, c := range courses {
		if err := w.svc.DeleteCourse(ctx, w.owner, c.ID, c.Version); err != nil {
			t.Fatal(err)
		}
	}
	after, err := w.svc.MonthlyNumbers(ctx, reps["R1"].ID, oct, oct.AddDate(0, 1, 0))
	if err != nil || plain(after) != plain(before) {
		t.Fatalf("October after the courses were deleted: %+v, was %+v", after, before)
	}
	nov := oct.AddDate(0, 1, 0) // still running: deleted courses are gone from it
	if now, _ := w.svc.MonthlyNumbers(ctx, reps["R1"].ID, nov, nov.AddDate(0, 1, 0)); now.Due != 0 || now.CompletionBP != nil {
		t.Fatalf("November after the courses were deleted: %+v", now)
	}
}

// A session dated back completes courses in months already appraised: with
// the company's window (3 days here), a manager cannot date one further back
// or record attendance of an older one; the owner can, with a reason.
func TestSessionsKeepTheBackdatingWindow(t *testing.T) {
	w := newWorld(t)
	w.svc.SetBackdateDays(func(context.Context) (int, error) { return 3, nil })
	c := w.course("谈判技巧", training.KindSalesSkills, "junior", 60, false, 0, 0)
	_, err := w.svc.CreateSession(ctx, w.manager, training.SessionInput{CourseID: c.ID, HeldOn: "2026-11-20", Mode: training.ModeOnSite, TrainerID: w.manager.ID, InviteeIDs: []string{w.rep.ID}})
	wantCode(t, err, "heldOn", "validation.backdateLimit")
	if _, err := w.svc.CreateSession(ctx, w.manager, training.SessionInput{CourseID: c.ID, HeldOn: "2026-11-24", Mode: training.ModeOnSite, TrainerID: w.manager.ID}); err != nil {
		t.Fatalf("a session three days back: %v", err)
	}
	old, err := w.svc.CreateSession(ctx, w.owner, training.SessionInput{CourseID: c.ID, HeldOn: "2026-11-02", Mode: training.ModeOnSite, TrainerID: w.manager.ID,
		InviteeIDs: []string{w.rep.ID}, BackdateReason: "补录本月初的培训"})
	if err != nil {
		t.Fatalf("the owner with a reason: %v", err)
	}
	v := attendanceVersion(t, w.svc, old.ID, w.rep.ID)
	_, err = w.svc.RecordAttendance(ctx, w.manager, old.ID, []training.AttendanceInput{{UserID: w.rep.ID, Status: "present", Version: v}})
	wantCode(t, err, "heldOn", "validation.backdateLimit")
	if _, err := w.svc.RecordAttendance(ctx, w.owner, old.ID, []training.AttendanceInput{{UserID: w.rep.ID, Status: "present", Version: v}}); err != nil {
		t.Fatalf("the owner corrects an older session: %v", err)
	}
}
