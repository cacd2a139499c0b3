package training_test

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"steady/backend/auth"
	"steady/backend/training"
)

// monthFixture is the hand-computed history behind the appraisal numbers.
//
// Plan for new hires: A 产品基础知识 (assessed, pass 60, 90 min) +7 days,
// B 标准销售流程 (120 min) +14, C 合规 (assessed, pass 80, 60 min) +30,
// D 市场趋势 (45 min) +60, counted from the hire date.
//
//	R1 赵敏 hired 10-08: due A 10-15, B 10-22, C 11-07, D 12-07
//	R2 李强 hired 11-02: due A 11-09, B 11-16, C 12-02, D 2027-01-01
//	R3 孙磊 hired 11-16 (mid-month): due A 11-23, B 11-30, C 12-16, D 2027-01-15
//
//	10-12 A: R1 present 72 (pass)        → R1 completes A
//	10-29 B: R1 late                     → R1 completes B
//	11-05 C: R1 present 70 (fail), R2 present 85 (pass, before it is due)
//	11-06 A: R2 present 58 (fail)
//	11-12 A: R2 present 66 (pass)        → R2 completes A, late but in November
//	11-20 B: R2 absent, R3 present       → R3 completes B
//	11-26 A: R3 excused
//	12-03 C: R1 present 90 (pass)        → R1 completes C, after November
func monthFixture(t *testing.T) (*world, map[string]auth.Actor) {
	w := newWorld(t)
	r3 := w.addUser(w.manager.ID, "孙磊", "r3", auth.RoleRep, auth.LevelNewHire, "2026-11-16")
	reps := map[string]auth.Actor{"R1": w.other, "R2": w.rep, "R3": r3}
	a := w.course("产品基础知识", training.KindProductKnowledge, "new_hire", 90, true, 60, 0)
	b := w.course("标准销售流程", training.KindSalesSkills, "new_hire", 120, false, 0, 0)
	c := w.course("合规", training.KindCompliance, "new_hire", 60, true, 80, 0)
	d := w.course("市场趋势", training.KindMarketTrends, "new_hire", 45, false, 0, 0)
	plan, err := w.svc.CreatePlan(ctx, w.owner, training.PlanInput{Name: "新人计划", Level: "new_hire", Items: []training.PlanItemInput{
		{CourseID: a.ID, DueDays: 7}, {CourseID: b.ID, DueDays: 14}, {CourseID: c.ID, DueDays: 30}, {CourseID: d.ID, DueDays: 60}}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.svc.AssignPlan(ctx, w.owner, training.AssignPlanInput{PlanID: plan.ID,
		UserIDs: []string{w.other.ID, w.rep.ID, r3.ID}, FromHireDate: true}); err != nil {
		t.Fatal(err)
	}
	type mark struct {
		who    string
		status string
		score  *int
	}
	for _, s := range []struct {
		day    string
		course training.Course
		marks  []mark
	}{
		{"2026-10-12", a, []mark{{"R1", "present", score(72)}}},
		{"2026-10-29", b, []mark{{"R1", "late", nil}}},
		{"2026-11-05", c, []mark{{"R1", "present", score(70)}, {"R2", "present", score(85)}}},
		{"2026-11-06", a, []mark{{"R2", "present", score(58)}}},
		{"2026-11-12", a, []mark{{"R2", "present", score(66)}}},
		{"2026-11-20", b, []mark{{"R2", "absent", nil}, {"R3", "present", nil}}},
		{"2026-11-26", a, []mark{{"R3", "excused", nil}}},
		{"2026-12-03", c, []mark{{"R1", "present", score(90)}}},
	} {
		var in []training.AttendanceInput
		for _, m := range s.marks {
			in = append(in, training.AttendanceInput{UserID: reps[m.who].ID, Status: m.status, Score: m.score})
		}
		session := w.session(w.owner, s.course.ID, s.day)
		if _, err := w.svc.RecordAttendance(ctx, w.owner, session.ID, in); err != nil {
			t.Fatalf("%s: %v", s.day, err)
		}
	}
	return w, reps
}

func TestMonthlyNumbersMatchHandComputedFixtures(t *testing.T) {
	w, reps := monthFixture(t)
	loc := shanghai(ctx)
	month := func(y int, m time.Month) (time.Time, time.Time) {
		start := time.Date(y, m, 1, 0, 0, 0, 0, loc)
		return start, start.AddDate(0, 1, 0)
	}
	cases := []struct {
		name  string
		rep   string
		year  int
		month time.Month
		want  training.MonthNumbers
	}{
		// A and B done in October; C due 11-07, done only 12-03.
		{"R1 November", "R1", 2026, 11, training.MonthNumbers{Due: 3, Completed: 2, CompletionBP: bp(6667), Minutes: 60, Scored: 1, AverageScore: 7000}},
		{"R1 October", "R1", 2026, 10, training.MonthNumbers{Due: 2, Completed: 2, CompletionBP: bp(10000), Minutes: 210, Scored: 1, AverageScore: 7200}},
		{"R1 December", "R1", 2026, 12, training.MonthNumbers{Due: 4, Completed: 3, CompletionBP: bp(7500), Minutes: 60, Scored: 1, AverageScore: 9000}},
		// C was completed early but is not due yet, so it is not counted; B missed.
		// Scores 85, 58, 66 average 69.67.
		{"R2 November", "R2", 2026, 11, training.MonthNumbers{Due: 2, Completed: 1, CompletionBP: bp(5000), Minutes: 240, Scored: 3, AverageScore: 6967}},
		// Joined mid-month: A due 11-23 (excused), B due 11-30 (done 11-20).
		{"R3 November", "R3", 2026, 11, training.MonthNumbers{Due: 2, Completed: 1, CompletionBP: bp(5000), Minutes: 120}},
		{"R3 before joining", "R3", 2026, 10, training.MonthNumbers{}}, // nothing due: no data, not 100 %
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			from, to := month(c.year, c.month)
			got, err := w.svc.MonthlyNumbers(ctx, reps[c.rep].ID, from, to)
			if err != nil {
				t.Fatal(err)
			}
			c.want.UserID = reps[c.rep].ID
			if plain(got) != plain(c.want) {
				t.Fatalf("got  %+v\nwant %+v", got, c.want)
			}
		})
	}
	if _, err := w.svc.MonthlyNumbers(ctx, "nobody", time.Now(), time.Now()); err == nil {
		t.Fatal("an unknown user should be an error")
	}
}

func TestMonthlyNumbersCountTheLastDayButNotTheNext(t *testing.T) {
	w := newWorld(t)
	loc := shanghai(ctx)
	lastDay := w.course("月末到期", training.KindCompliance, "junior", 30, false, 0, 0)
	lateDone := w.course("月末到期、次月完成", training.KindCompliance, "junior", 30, false, 0, 0)
	nextMonth := w.course("次月一日到期", training.KindCompliance, "junior", 30, false, 0, 0)
	for _, a := range []struct {
		course training.Course
		due    string
	}{{lastDay, "2026-11-30"}, {lateDone, "2026-11-30"}, {nextMonth, "2026-12-01"}} {
		if _, err := w.svc.AssignCourse(ctx, w.manager, training.AssignCourseInput{UserID: w.junior.ID, CourseID: a.course.ID, DueOn: a.due}); err != nil {
			t.Fatal(err)
		}
	}
	for _, s := range []struct {
		course training.Course
		day    string
	}{{lastDay, "2026-11-30"}, {lateDone, "2026-12-01"}, {nextMonth, "2026-11-30"}} {
		session := w.session(w.manager, s.course.ID, s.day, w.junior)
		w.mark(session, w.junior, training.AttendPresent, nil)
	}
	got, err := w.svc.MonthlyNumbers(ctx, w.junior.ID, time.Date(2026, 11, 1, 0, 0, 0, 0, loc), time.Date(2026, 12, 1, 0, 0, 0, 0, loc))
	if err != nil {
		t.Fatal(err)
	}
	// Due in November: the two due on the 30th; done by then: one. Minutes: two sessions on the 30th.
	want := training.MonthNumbers{UserID: w.junior.ID, Due: 2, Completed: 1, CompletionBP: bp(5000), Minutes: 60}
	if plain(got) != plain(want) {
		t.Fatalf("got  %+v\nwant %+v", got, want)
	}
}

func bp(v int) *int { return &v }

// plain prints n with its completion read out ("no data" for nil), so two
// numbers compare as text.
func plain(n training.MonthNumbers) string {
	rate := "no data"
	if n.CompletionBP != nil {
		rate = strconv.Itoa(*n.CompletionBP)
	}
	n.CompletionBP = nil
	return fmt.Sprintf("%+v completion %s", n, rate)
}

// A rep with nothing due has no completion rate: the appraisal leaves the
// metric out rather than scoring an empty month as full marks.
func TestNothingDueIsNoData(t *testing.T) {
	w := newWorld(t)
	got, err := w.svc.MonthlyNumbers(ctx, w.junior.ID, time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	js, _ := json.Marshal(got)
	if got.Due != 0 || got.CompletionBP != nil || !strings.Contains(string(js), `"completionBp":null`) {
		t.Fatalf("nothing due = %s", js)
	}
}
