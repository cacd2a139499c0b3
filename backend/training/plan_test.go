package training_test

import (
	"testing"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/training"
)

// newHirePlan: product basics in week 1, the sales process in week 2.
func newHirePlan(t *testing.T, w *world, auto bool) (training.Plan, training.Course, training.Course) {
	t.Helper()
	basics := w.course("产品基础知识", training.KindProductKnowledge, "new_hire", 90, true, 60, 0)
	process := w.course("标准销售流程", training.KindSalesSkills, "new_hire", 120, false, 0, 0)
	p, err := w.svc.CreatePlan(ctx, w.manager, training.PlanInput{Name: "新人入职计划", Level: "new_hire", AutoAssign: auto,
		Items: []training.PlanItemInput{{CourseID: basics.ID, DueDays: 7}, {CourseID: process.ID, DueDays: 14}}})
	if err != nil {
		t.Fatal(err)
	}
	return p, basics, process
}

func TestPlansKeepTheirCoursesInOrder(t *testing.T) {
	w := newWorld(t)
	p, basics, process := newHirePlan(t, w, false)
	if len(p.Items) != 2 || p.Items[0].CourseID != basics.ID || p.Items[1].DueDays != 14 || p.Items[1].CourseTitle != "标准销售流程" {
		t.Fatalf("plan = %+v", p)
	}
	in := training.PlanInput{ID: p.ID, Version: p.Version, Name: p.Name, Level: p.Level,
		Items: []training.PlanItemInput{{CourseID: process.ID, DueDays: 3}, {CourseID: basics.ID, DueDays: 10}}}
	updated, err := w.svc.UpdatePlan(ctx, w.manager, in)
	if err != nil || len(updated.Items) != 2 || updated.Items[0].CourseID != process.ID || updated.Items[0].DueDays != 3 {
		t.Fatalf("reordered = %+v, %v", updated, err)
	}
	_, err = w.svc.UpdatePlan(ctx, w.manager, training.PlanInput{ID: p.ID, Version: p.Version, Name: "旧", Level: "new_hire"})
	wantKind(t, err, apperr.ErrConflict)
	if now, _ := w.svc.Plan(ctx, w.rep, p.ID); now.Name != p.Name || len(now.Items) != 2 {
		t.Fatalf("a stale update changed the plan: %+v", now)
	}
	list, err := w.svc.Plans(ctx, w.rep, "new_hire")
	if err != nil || len(list) != 1 {
		t.Fatalf("plans = %+v, %v", list, err)
	}
	if list, _ := w.svc.Plans(ctx, w.rep, "senior"); len(list) != 0 {
		t.Fatalf("senior plans = %+v", list)
	}
}

func TestCreatePlanRejectsBadInput(t *testing.T) {
	w := newWorld(t)
	c := w.course("产品基础知识", training.KindProductKnowledge, "new_hire", 90, false, 0, 0)
	cases := []struct {
		name  string
		in    training.PlanInput
		field string
		code  string
	}{
		{"name required", training.PlanInput{Level: "junior"}, "name", "validation.required"},
		{"bad level", training.PlanInput{Name: "x", Level: "boss"}, "level", "validation.invalidLevel"},
		{"course twice", training.PlanInput{Name: "x", Level: "junior", Items: []training.PlanItemInput{{CourseID: c.ID}, {CourseID: c.ID, DueDays: 3}}}, "items.1.courseId", "validation.duplicate"},
		{"negative offset", training.PlanInput{Name: "x", Level: "junior", Items: []training.PlanItemInput{{CourseID: c.ID, DueDays: -1}}}, "items.0.dueDays", "validation.numberRange"},
		{"missing course", training.PlanInput{Name: "x", Level: "junior", Items: []training.PlanItemInput{{}}}, "items.0.courseId", "validation.required"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := w.svc.CreatePlan(ctx, w.manager, tc.in)
			wantCode(t, err, tc.field, tc.code)
		})
	}
	_, err := w.svc.CreatePlan(ctx, w.manager, training.PlanInput{Name: "x", Level: "junior", Items: []training.PlanItemInput{{CourseID: "nope"}}})
	wantKind(t, err, apperr.ErrNotFound)
	if list, _ := w.svc.Plans(ctx, w.owner, ""); len(list) != 0 {
		t.Fatalf("a refused plan was stored: %+v", list)
	}
}

func TestAssigningAPlanSetsDueDays(t *testing.T) {
	cases := []struct {
		name     string
		fromHire bool
		want     []string // due days of basics and process
	}{
		{"from the hire date", true, []string{"2026-11-09", "2026-11-16"}},
		{"from today", false, []string{"2026-12-04", "2026-12-11"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w := newWorld(t)
			p, _, _ := newHirePlan(t, w, false)
			res, err := w.svc.AssignPlan(ctx, w.manager, training.AssignPlanInput{PlanID: p.ID, UserIDs: []string{w.rep.ID}, FromHireDate: c.fromHire})
			if err != nil || res.Created != 2 || res.Skipped != 0 {
				t.Fatalf("assign = %+v, %v", res, err)
			}
			prof, err := w.svc.Profile(ctx, w.rep, w.rep.ID)
			if err != nil || len(prof.Required) != 2 {
				t.Fatalf("profile = %+v, %v", prof, err)
			}
			for i, r := range prof.Required {
				if r.DueOn != c.want[i] || r.PlanName != "新人入职计划" {
					t.Fatalf("required[%d] = %+v, want due %s", i, r, c.want[i])
				}
			}
			again, err := w.svc.AssignPlan(ctx, w.manager, training.AssignPlanInput{PlanID: p.ID, UserIDs: []string{w.rep.ID}})
			if err != nil || again.Created != 0 || again.Skipped != 2 {
				t.Fatalf("second assign = %+v, %v", again, err)
			}
		})
	}
}

func TestAssigningIsScopedAndAllOrNothing(t *testing.T) {
	w := newWorld(t)
	p, _, _ := newHirePlan(t, w, false)
	_, err := w.svc.AssignPlan(ctx, w.manager, training.AssignPlanInput{PlanID: p.ID, UserIDs: []string{w.rep.ID, w.other.ID}})
	if !errorsIsForbidden(err, "errors.forbidden.notYourTeam") {
		t.Fatalf("assigning another team's rep = %v", err)
	}
	if prof, _ := w.svc.Profile(ctx, w.rep, w.rep.ID); len(prof.Required) != 0 {
		t.Fatalf("a refused assignment left %+v", prof.Required)
	}
	_, err = w.svc.AssignPlan(ctx, w.rep, training.AssignPlanInput{PlanID: p.ID, UserIDs: []string{w.rep.ID}})
	if !errorsIsForbidden(err, "errors.forbidden.managerOnly") {
		t.Fatalf("a rep assigning = %v", err)
	}
	if _, err := w.svc.AssignPlan(ctx, w.owner, training.AssignPlanInput{PlanID: p.ID, UserIDs: []string{w.other.ID}}); err != nil {
		t.Fatalf("the owner assigns anyone: %v", err)
	}
}

func TestNewRepsGetTheDefaultPlanOfTheirLevel(t *testing.T) {
	w := newWorld(t)
	newHirePlan(t, w, true)
	senior := w.course("大客户谈判", training.KindSalesSkills, "senior", 180, false, 0, 0)
	if _, err := w.svc.CreatePlan(ctx, w.manager, training.PlanInput{Name: "资深进阶", Level: "senior", AutoAssign: true,
		Items: []training.PlanItemInput{{CourseID: senior.ID, DueDays: 30}}}); err != nil {
		t.Fatal(err)
	}
	noHireDate := w.addUser(w.manager.ID, "孙磊", "nohire", auth.RoleRep, auth.LevelNewHire, "")
	cases := []struct {
		name     string
		who      auth.Actor
		created  int
		firstDue string
	}{
		{"new hire from hire date", w.rep, 2, "2026-11-09"},
		{"new hire without hire date counts from today", noHireDate, 2, "2026-12-04"},
		{"junior has no default plan", w.junior, 0, ""},
		{"a manager gets nothing", w.manager, 0, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := w.svc.AssignDefaultPlans(ctx, w.owner, c.who.ID)
			if err != nil || res.Created != c.created {
				t.Fatalf("default plans = %+v, %v", res, err)
			}
			prof, _ := w.svc.Profile(ctx, w.owner, c.who.ID)
			if c.created > 0 && prof.Required[0].DueOn != c.firstDue {
				t.Fatalf("first due = %s, want %s", prof.Required[0].DueOn, c.firstDue)
			}
			again, err := w.svc.AssignDefaultPlans(ctx, w.owner, c.who.ID)
			if err != nil || again.Created != 0 {
				t.Fatalf("calling twice created %+v, %v", again, err)
			}
		})
	}
}

func TestRequiredCoursesCanBeAddedAndRemovedOneByOne(t *testing.T) {
	w := newWorld(t)
	c := w.course("市场趋势解读", training.KindMarketTrends, "junior", 60, false, 0, 0)
	r, err := w.svc.AssignCourse(ctx, w.manager, training.AssignCourseInput{UserID: w.junior.ID, CourseID: c.ID, DueOn: "2026-12-15"})
	if err != nil || r.Status != training.StatusDue || r.DueOn != "2026-12-15" {
		t.Fatalf("assign course = %+v, %v", r, err)
	}
	// Today is 2026-11-27: a course due today is still due, one due yesterday is overdue.
	for due, want := range map[string]string{"2026-11-27": training.StatusDue, "2026-11-26": training.StatusOverdue} {
		other := w.course("截止 "+due, training.KindCompliance, "junior", 30, false, 0, 0)
		got, err := w.svc.AssignCourse(ctx, w.manager, training.AssignCourseInput{UserID: w.junior.ID, CourseID: other.ID, DueOn: due})
		if err != nil || got.Status != want {
			t.Fatalf("due %s: %+v, %v; want %s", due, got, err, want)
		}
		if err := w.svc.RemoveRequirement(ctx, w.manager, got.ID, got.Version); err != nil {
			t.Fatal(err)
		}
	}
	_, err = w.svc.AssignCourse(ctx, w.manager, training.AssignCourseInput{UserID: w.junior.ID, CourseID: c.ID, DueOn: "2026-12-20"})
	wantCode(t, err, "courseId", "validation.duplicate")
	_, err = w.svc.AssignCourse(ctx, w.manager, training.AssignCourseInput{UserID: w.junior.ID, CourseID: c.ID, DueOn: "2026-02-30"})
	wantCode(t, err, "dueOn", "validation.invalidDate")
	wantKind(t, w.svc.RemoveRequirement(ctx, w.manager2, r.ID, r.Version), apperr.ErrForbidden)
	wantKind(t, w.svc.RemoveRequirement(ctx, w.manager, r.ID, r.Version+1), apperr.ErrConflict)
	if err := w.svc.RemoveRequirement(ctx, w.manager, r.ID, r.Version); err != nil {
		t.Fatal(err)
	}
	if prof, _ := w.svc.Profile(ctx, w.junior, w.junior.ID); len(prof.Required) != 0 {
		t.Fatalf("removed requirement still listed: %+v", prof.Required)
	}
}
