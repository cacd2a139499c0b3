package demo

import (
	"context"
	"fmt"
	"math/rand/v2"
	"sort"
	"time"

	"steady/backend/auth"
	"steady/backend/training"
)

// addSessions holds a session for every required course that fell due
// (a few days before it did), each recorded on its day, and one upcoming
// session, with attendance and assessment scores drawn from r.
func addSessions(ctx context.Context, svc *training.Service, manager auth.Actor, reps []auth.User, c *clock, r *rand.Rand, now time.Time) error {
	today := now.In(shanghai(ctx)).Format(time.DateOnly)
	byCourse, order, err := dueByCourse(ctx, svc, manager, reps)
	if err != nil {
		return err
	}
	for _, courseID := range order {
		reqs := byCourse[courseID]
		day := addDay(reqs[0].DueOn, -1-r.IntN(5))
		if day >= today {
			continue
		}
		mode := []string{training.ModeOnSite, training.ModeOnline}[r.IntN(2)]
		held, _ := time.ParseInLocation(time.DateOnly, day, shanghai(ctx)) // a day addDay wrote
		c.t = held.Add(17 * time.Hour)                                     // recorded at the end of that day
		s, err := svc.CreateSession(ctx, manager, training.SessionInput{CourseID: courseID, HeldOn: day, TrainerID: manager.ID,
			Mode: mode, Location: map[string]string{training.ModeOnSite: "公司三楼会议室", training.ModeOnline: "线上会议"}[mode],
			InviteeIDs: userIDs(reqs)})
		if err != nil {
			return fmt.Errorf("demo: session: %w", err)
		}
		if _, err := svc.RecordAttendance(ctx, manager, s.ID, demoMarks(s, r)); err != nil {
			return fmt.Errorf("demo: attendance: %w", err)
		}
	}
	c.t = now
	if byCourse, order, err = dueByCourse(ctx, svc, manager, reps); err != nil { // as the sessions left them
		return err
	}
	return upcomingSession(ctx, svc, manager, byCourse, order, now)
}

// dueByCourse groups the team's required courses by course, soonest first.
func dueByCourse(ctx context.Context, svc *training.Service, manager auth.Actor, reps []auth.User) (map[string][]training.Requirement, []string, error) {
	byCourse := map[string][]training.Requirement{}
	var order []string
	for _, rep := range reps {
		p, err := svc.Profile(ctx, manager, rep.ID)
		if err != nil {
			return nil, nil, err
		}
		for _, req := range p.Required {
			if _, seen := byCourse[req.CourseID]; !seen {
				order = append(order, req.CourseID)
			}
			byCourse[req.CourseID] = append(byCourse[req.CourseID], req)
		}
	}
	for _, id := range order {
		list := byCourse[id]
		sort.SliceStable(list, func(i, j int) bool { return list[i].DueOn < list[j].DueOn })
	}
	return byCourse, order, nil
}

// demoMarks: most reps attend; scores spread so that a few fail.
func demoMarks(s training.Session, r *rand.Rand) []training.AttendanceInput {
	var marks []training.AttendanceInput
	for _, a := range s.Attendees {
		status := training.AttendPresent
		switch n := r.IntN(100); {
		case n < 10:
			status = training.AttendAbsent
		case n < 16:
			status = training.AttendExcused
		case n < 28:
			status = training.AttendLate
		}
		m := training.AttendanceInput{UserID: a.UserID, Status: status, Version: a.Version}
		if s.AssessmentRequired && (status == training.AttendPresent || status == training.AttendLate) {
			score := 52 + r.IntN(47)
			m.Score = &score
		}
		marks = append(marks, m)
	}
	return marks
}

// upcomingSession invites the reps of the next course still due to a session next week.
func upcomingSession(ctx context.Context, svc *training.Service, manager auth.Actor, byCourse map[string][]training.Requirement, order []string, now time.Time) error {
	for _, id := range order {
		var open []training.Requirement
		for _, req := range byCourse[id] {
			if req.Status == training.StatusDue {
				open = append(open, req)
			}
		}
		if len(open) == 0 {
			continue
		}
		_, err := svc.CreateSession(ctx, manager, training.SessionInput{CourseID: id, HeldOn: now.AddDate(0, 0, 7).Format(time.DateOnly),
			TrainerID: manager.ID, Mode: training.ModeOnline, Location: "线上会议", InviteeIDs: userIDs(open)})
		return err
	}
	return nil
}

func userIDs(reqs []training.Requirement) []string {
	ids := make([]string, len(reqs))
	for i, req := range reqs {
		ids[i] = req.UserID
	}
	return ids
}

func addDay(day string, n int) string {
	t, err := time.Parse(time.DateOnly, day)
	if err != nil {
		return day
	}
	return t.AddDate(0, 0, n).Format(time.DateOnly)
}

// addRoleplays records one or two role-plays per rep over the last two months.
func addRoleplays(ctx context.Context, svc *training.Service, manager auth.Actor, reps []auth.User, r *rand.Rand, now time.Time) error {
	for _, rep := range reps {
		for n := 1 + r.IntN(2); n > 0; n-- {
			held := now.AddDate(0, 0, -3-r.IntN(55))
			criteria := training.DefaultCriteria()
			for i := range criteria {
				criteria[i].Score = 2 + r.IntN(4)
			}
			in := training.RoleplayInput{RepID: rep.ID, EvaluatorID: manager.ID, HeldOn: held.Format(time.DateOnly),
				Scenario: demoScenarios[r.IntN(len(demoScenarios))], Feedback: demoFeedback[r.IntN(len(demoFeedback))],
				Criteria: criteria}
			for k := 1 + r.IntN(2); k > 0; k-- {
				in.Actions = append(in.Actions, training.ActionInput{Title: demoActions[r.IntN(len(demoActions))],
					DueOn: held.AddDate(0, 0, 7+r.IntN(21)).Format(time.DateOnly)})
			}
			rp, err := svc.CreateRoleplay(ctx, manager, in)
			if err != nil {
				return fmt.Errorf("demo: role-play: %w", err)
			}
			if err := tickSomeTasks(ctx, svc, rep.Actor(), rp.Actions, r, now); err != nil {
				return err
			}
		}
	}
	return nil
}

// tickSomeTasks marks about half of the follow-ups already due as done by the rep.
func tickSomeTasks(ctx context.Context, svc *training.Service, rep auth.Actor, tasks []training.Task, r *rand.Rand, now time.Time) error {
	today := now.In(shanghai(ctx)).Format(time.DateOnly)
	for _, t := range tasks {
		if t.DueOn >= today || r.IntN(2) == 0 {
			continue
		}
		if _, err := svc.SetTaskDone(ctx, rep, t.ID, t.Version, true); err != nil {
			return fmt.Errorf("demo: tick task: %w", err)
		}
	}
	return nil
}
