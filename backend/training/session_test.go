package training_test

import (
	"testing"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/training"
)

func TestSessionsInviteRepsTheActorCoaches(t *testing.T) {
	w := newWorld(t)
	c := w.course("产品基础知识", training.KindProductKnowledge, "new_hire", 90, true, 60, 0)
	base := training.SessionInput{CourseID: c.ID, HeldOn: "2026-11-20", TrainerID: w.manager.ID, Mode: training.ModeOnline}
	cases := []struct {
		name  string
		actor auth.Actor
		edit  func(*training.SessionInput)
		check func(t *testing.T, err error)
	}{
		{"rep may not", w.rep, func(*training.SessionInput) {}, func(t *testing.T, err error) { wantKind(t, err, apperr.ErrForbidden) }},
		{"another team's rep", w.manager, func(s *training.SessionInput) { s.InviteeIDs = []string{w.rep.ID, w.other.ID} },
			func(t *testing.T, err error) { wantKind(t, err, apperr.ErrForbidden) }},
		{"bad day", w.manager, func(s *training.SessionInput) { s.HeldOn = "20/11/2026" },
			func(t *testing.T, err error) { wantCode(t, err, "heldOn", "validation.invalidDate") }},
		{"bad mode", w.manager, func(s *training.SessionInput) { s.Mode = "radio" },
			func(t *testing.T, err error) { wantCode(t, err, "mode", "validation.invalidChoice") }},
		{"no trainer", w.manager, func(s *training.SessionInput) { s.TrainerID = "" },
			func(t *testing.T, err error) { wantCode(t, err, "trainerId", "validation.required") }},
		{"unknown course", w.manager, func(s *training.SessionInput) { s.CourseID = "nope" },
			func(t *testing.T, err error) { wantKind(t, err, apperr.ErrNotFound) }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			in := base
			tc.edit(&in)
			_, err := w.svc.CreateSession(ctx, tc.actor, in)
			tc.check(t, err)
		})
	}
	if list, _ := w.svc.Sessions(ctx, w.owner, training.SessionFilter{}); len(list) != 0 {
		t.Fatalf("refused sessions were stored: %+v", list)
	}
	in := base
	in.InviteeIDs = []string{w.rep.ID, w.junior.ID, w.rep.ID}
	s, err := w.svc.CreateSession(ctx, w.manager, in)
	if err != nil || s.Minutes != 90 || len(s.Attendees) != 2 || s.Attendees[0].Status != training.AttendInvited {
		t.Fatalf("session = %+v, %v", s, err)
	}
}

func TestAttendanceAndScoresCompleteRequiredCourses(t *testing.T) {
	w := newWorld(t)
	p, basics, _ := newHirePlan(t, w, false)
	if _, err := w.svc.AssignPlan(ctx, w.manager, training.AssignPlanInput{PlanID: p.ID, UserIDs: []string{w.rep.ID}, FromHireDate: true}); err != nil {
		t.Fatal(err)
	}
	s := w.session(w.manager, basics.ID, "2026-11-06", w.rep)
	steps := []struct {
		name       string
		status     string
		score      *int
		wantPassed *bool
		wantDone   string
	}{
		{"failing score", training.AttendPresent, score(55), boolp(false), ""},
		{"passing score on a retake of the same day", training.AttendLate, score(60), boolp(true), "2026-11-06"},
		{"absent after all", training.AttendAbsent, score(90), nil, ""},
		{"present but not yet assessed", training.AttendPresent, nil, nil, ""},
		{"passed", training.AttendPresent, score(88), boolp(true), "2026-11-06"},
	}
	for _, st := range steps {
		got := w.mark(s, w.rep, st.status, st.score)
		a := got.Attendees[0]
		if a.Status != st.status || !sameBool(a.Passed, st.wantPassed) {
			t.Fatalf("%s: attendance = %+v", st.name, a)
		}
		if st.status == training.AttendAbsent && a.Score != nil {
			t.Fatalf("%s: an absent rep kept a score", st.name)
		}
		prof, _ := w.svc.Profile(ctx, w.rep, w.rep.ID)
		if done := prof.Required[0].CompletedOn; done != st.wantDone {
			t.Fatalf("%s: completed on %q, want %q", st.name, done, st.wantDone)
		}
	}
	prof, _ := w.svc.Profile(ctx, w.rep, w.rep.ID)
	if prof.CompletedCount != 1 || prof.Required[0].Status != training.StatusDone || prof.Required[1].Status != training.StatusOverdue {
		t.Fatalf("profile = %+v", prof.Required)
	}
	if h := history(t, w.db, "trainingAssignment", prof.Required[0].ID); len(h) < 4 || h[len(h)-1].Action != "complete" {
		t.Fatalf("completion audit = %+v", h)
	}
	latest, _ := w.svc.Session(ctx, w.owner, s.ID)
	if err := w.svc.DeleteSession(ctx, w.manager, s.ID, latest.Version); err != nil {
		t.Fatal(err)
	}
	if prof, _ := w.svc.Profile(ctx, w.rep, w.rep.ID); prof.Required[0].CompletedOn != "" {
		t.Fatal("deleting the session should reopen the course")
	}
}

func TestRecordAttendanceIsAllOrNothing(t *testing.T) {
	w := newWorld(t)
	c := w.course("产品基础知识", training.KindProductKnowledge, "new_hire", 90, true, 60, 0)
	s := w.session(w.manager, c.ID, "2026-11-20", w.rep, w.junior)
	v := map[string]int{}
	for _, a := range s.Attendees {
		v[a.UserID] = a.Version
	}
	cases := []struct {
		name  string
		marks []training.AttendanceInput
		check func(t *testing.T, err error)
	}{
		{"stale second row", []training.AttendanceInput{
			{UserID: w.rep.ID, Status: "present", Score: score(70), Version: v[w.rep.ID]},
			{UserID: w.junior.ID, Status: "present", Version: v[w.junior.ID] + 1}},
			func(t *testing.T, err error) { wantKind(t, err, apperr.ErrConflict) }},
		{"score above 100", []training.AttendanceInput{{UserID: w.rep.ID, Status: "present", Score: score(101), Version: v[w.rep.ID]}},
			func(t *testing.T, err error) { wantCode(t, err, "attendees.0.score", "validation.numberRange") }},
		{"unknown status", []training.AttendanceInput{{UserID: w.rep.ID, Status: "asleep", Version: v[w.rep.ID]}},
			func(t *testing.T, err error) { wantCode(t, err, "attendees.0.status", "validation.invalidChoice") }},
		{"another team's rep walks in", []training.AttendanceInput{
			{UserID: w.rep.ID, Status: "present", Version: v[w.rep.ID]}, {UserID: w.other.ID, Status: "present"}},
			func(t *testing.T, err error) { wantKind(t, err, apperr.ErrForbidden) }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := w.svc.RecordAttendance(ctx, w.manager, s.ID, tc.marks)
			tc.check(t, err)
			now, _ := w.svc.Session(ctx, w.owner, s.ID)
			for _, a := range now.Attendees {
				if a.Status != training.AttendInvited || a.Version != v[a.UserID] {
					t.Fatalf("a refused record changed %+v", a)
				}
			}
		})
	}
	walkIn := w.addUser(w.manager.ID, "孙磊", "walkin", auth.RoleRep, auth.LevelNewHire, "2026-11-16")
	got, err := w.svc.RecordAttendance(ctx, w.manager, s.ID, []training.AttendanceInput{{UserID: walkIn.ID, Status: "late", Score: score(61)}})
	if err != nil || len(got.Attendees) != 3 {
		t.Fatalf("walk-in = %+v, %v", got.Attendees, err)
	}
}

func TestSessionsAreScopedToWhatTheActorMaySee(t *testing.T) {
	w := newWorld(t)
	c := w.course("产品基础知识", training.KindProductKnowledge, "new_hire", 90, true, 60, 0)
	mixed := w.session(w.owner, c.ID, "2026-11-20", w.rep, w.junior, w.other)
	w.session(w.manager2, c.ID, "2026-11-21", w.other)
	w.mark(mixed, w.rep, training.AttendPresent, score(75))
	cases := []struct {
		actor     auth.Actor
		sessions  int
		attendees int // in the mixed session
	}{
		{w.owner, 2, 3},
		{w.manager, 1, 2},
		{w.manager2, 2, 1},
		{w.rep, 1, 1},
		{w.junior, 1, 1},
	}
	for _, c := range cases {
		list, err := w.svc.Sessions(ctx, c.actor, training.SessionFilter{})
		if err != nil || len(list) != c.sessions {
			t.Fatalf("%s sees %d sessions, want %d (%v)", c.actor.ID, len(list), c.sessions, err)
		}
		s, err := w.svc.Session(ctx, c.actor, mixed.ID)
		if err != nil || len(s.Attendees) != c.attendees {
			t.Fatalf("%s sees %d attendees, want %d (%v)", c.actor.ID, len(s.Attendees), c.attendees, err)
		}
	}
	if list, _ := w.svc.Sessions(ctx, w.owner, training.SessionFilter{From: "2026-11-21", To: "2026-11-30"}); len(list) != 1 {
		t.Fatalf("date filter = %d sessions", len(list))
	}
	if list, _ := w.svc.Sessions(ctx, w.owner, training.SessionFilter{UserID: w.rep.ID}); len(list) != 1 {
		t.Fatalf("attendee filter = %d sessions", len(list))
	}
	// The manager may not edit the owner's session, and a rep may not record.
	in := training.SessionInput{ID: mixed.ID, Version: mixed.Version, CourseID: c.ID, HeldOn: "2026-11-22", TrainerID: w.owner.ID, Mode: "online"}
	_, err := w.svc.UpdateSession(ctx, w.manager, in)
	wantKind(t, err, apperr.ErrForbidden)
	_, err = w.svc.RecordAttendance(ctx, w.rep, mixed.ID, []training.AttendanceInput{{UserID: w.rep.ID, Status: "present"}})
	wantKind(t, err, apperr.ErrForbidden)
}

func TestUpdateSessionLeavesUnseenInviteesAlone(t *testing.T) {
	w := newWorld(t)
	c := w.course("产品基础知识", training.KindProductKnowledge, "new_hire", 90, false, 0, 0)
	s := w.session(w.manager, c.ID, "2026-11-20", w.rep, w.junior)
	if _, err := w.svc.UpdateSession(ctx, w.owner, training.SessionInput{ID: s.ID, Version: s.Version, CourseID: c.ID,
		HeldOn: s.HeldOn, TrainerID: w.manager.ID, Mode: "on_site", InviteeIDs: []string{w.rep.ID, w.junior.ID, w.other.ID}}); err != nil {
		t.Fatal(err)
	}
	now, _ := w.svc.Session(ctx, w.manager, s.ID)
	// The manager drops the junior; the other team's rep, whom they cannot see, stays.
	// (The day and length stay too: the other team's completions rest on them.)
	got, err := w.svc.UpdateSession(ctx, w.manager, training.SessionInput{ID: s.ID, Version: now.Version, CourseID: c.ID,
		HeldOn: s.HeldOn, TrainerID: w.manager.ID, Mode: "online", InviteeIDs: []string{w.rep.ID}})
	if err != nil || got.Mode != "online" || len(got.Attendees) != 1 {
		t.Fatalf("update = %+v, %v", got, err)
	}
	all, _ := w.svc.Session(ctx, w.owner, s.ID)
	if len(all.Attendees) != 2 {
		t.Fatalf("the owner sees %+v", all.Attendees)
	}
	_, err = w.svc.UpdateSession(ctx, w.manager, training.SessionInput{ID: s.ID, Version: now.Version, CourseID: c.ID,
		HeldOn: s.HeldOn, TrainerID: w.manager.ID, Mode: "on_site"})
	wantKind(t, err, apperr.ErrConflict)
}

func boolp(b bool) *bool { return &b }

func sameBool(a, b *bool) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return *a == *b
}
