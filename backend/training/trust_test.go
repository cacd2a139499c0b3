package training_test

import (
	"testing"

	"steady/backend/apperr"
	"steady/backend/training"
)

// A session the owner filled from two teams is trained by the first team's
// manager. What completions rest on (the course, the day, the length, the
// session itself) the manager may not change while the other team's rep
// attends: that rep's completion would move with it, or reopen.
func TestAManagerCannotMoveAnotherTeamsCompletions(t *testing.T) {
	w := newWorld(t)
	c := w.course("产品基础知识", training.KindProductKnowledge, "new_hire", 90, false, 0, 0)
	other := w.course("客户拜访礼仪", training.KindSalesSkills, "new_hire", 60, false, 0, 0)
	for _, who := range []string{w.rep.ID, w.other.ID} {
		if _, err := w.svc.AssignCourse(ctx, w.owner, training.AssignCourseInput{UserID: who, CourseID: c.ID, DueOn: "2026-12-31"}); err != nil {
			t.Fatal(err)
		}
	}
	s, err := w.svc.CreateSession(ctx, w.owner, training.SessionInput{CourseID: c.ID, HeldOn: "2026-11-20",
		TrainerID: w.manager.ID, Mode: training.ModeOnSite, InviteeIDs: []string{w.rep.ID, w.other.ID}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.svc.RecordAttendance(ctx, w.owner, s.ID, []training.AttendanceInput{
		{UserID: w.rep.ID, Status: training.AttendPresent, Version: attendanceVersion(t, w.svc, s.ID, w.rep.ID)},
		{UserID: w.other.ID, Status: training.AttendPresent, Version: attendanceVersion(t, w.svc, s.ID, w.other.ID)}}); err != nil {
		t.Fatal(err)
	}
	done := func() string {
		p, err := w.svc.Profile(ctx, w.owner, w.other.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range p.Required {
			if r.CourseID == c.ID {
				return r.CompletedOn
			}
		}
		return "missing"
	}
	if done() != "2026-11-20" {
		t.Fatalf("the other team's rep completed on %q", done())
	}
	now, _ := w.svc.Session(ctx, w.manager, s.ID)
	base := training.SessionInput{ID: s.ID, Version: now.Version, CourseID: c.ID, HeldOn: "2026-11-20",
		TrainerID: w.manager.ID, Mode: training.ModeOnSite, InviteeIDs: []string{w.rep.ID}}
	for name, change := range map[string]func(in *training.SessionInput){
		"another course": func(in *training.SessionInput) { in.CourseID = other.ID },
		"another day":    func(in *training.SessionInput) { in.HeldOn = "2026-11-25" },
		"another length": func(in *training.SessionInput) { in.Minutes = 30 },
	} {
		in := base
		change(&in)
		if _, err := w.svc.UpdateSession(ctx, w.manager, in); !isForbidden(err, "errors.forbidden.sessionOtherTeams") {
			t.Errorf("%s: %v", name, err)
		}
	}
	if err := w.svc.DeleteSession(ctx, w.manager, s.ID, now.Version); !isForbidden(err, "errors.forbidden.sessionOtherTeams") {
		t.Errorf("delete: %v", err)
	}
	if done() != "2026-11-20" {
		t.Fatalf("the other team's completion moved to %q", done())
	}
	// What completions do not rest on stays the manager's to change.
	base.Location = "线上会议"
	if _, err := w.svc.UpdateSession(ctx, w.manager, base); err != nil {
		t.Fatalf("a new location: %v", err)
	}
	// The owner may move it all.
	now, _ = w.svc.Session(ctx, w.owner, s.ID)
	if err := w.svc.DeleteSession(ctx, w.owner, s.ID, now.Version); err != nil || done() != "" {
		t.Fatalf("the owner deletes it: %v, completion %q", err, done())
	}
}

func isForbidden(err error, code string) bool {
	e, ok := apperr.As(err)
	return ok && e.Kind == apperr.KindForbidden && e.Code == code
}
