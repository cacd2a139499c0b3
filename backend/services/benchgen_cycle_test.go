package services_test

import (
	"fmt"
	"slices"
	"time"

	"steady/backend/appraisal"
	"steady/backend/auth"
	"steady/backend/training"
)

// Training, through the training service: ten courses per level (half of
// them assessed); a plan of eight given to each rep of the level a year ago
// (a new hire from their hire day); a plan of the other two given in August,
// due in September and October; and two sessions a week, each for the
// course most reps still owe, inviting up to twelve of them.

var benchLevels = []string{auth.LevelNewHire, auth.LevelJunior, auth.LevelSenior}

// benchOwed is a required course a rep has not completed, and since when they owe it.
type benchOwed struct {
	rep   *benchRep
	since time.Time
}

type benchTraining struct {
	owes     map[string][]benchOwed // by course id
	passMark map[string]int         // assessed courses
	minutes  map[string]int
}

func (g *benchGen) addTraining() error {
	t := benchTraining{owes: map[string][]benchOwed{}, passMark: map[string]int{}, minutes: map[string]int{}}
	yearAgo := time.Date(2025, 10, 31, 2, 0, 0, 0, time.UTC)
	august := time.Date(2026, 8, 20, 2, 0, 0, 0, time.UTC)
	for _, level := range benchLevels {
		g.clock.T = yearAgo
		courses, err := g.courses(&t, level)
		if err != nil {
			return err
		}
		items := make([]training.PlanItemInput, 8)
		for k := range items {
			items[k] = training.PlanItemInput{CourseID: courses[k], DueDays: 14 + 30*(k/2)}
		}
		if err := g.plan(&t, level, "成长计划", items, yearAgo); err != nil {
			return err
		}
		g.clock.T = august
		later := []training.PlanItemInput{{CourseID: courses[8], DueDays: 30}, {CourseID: courses[9], DueDays: 60}}
		if err := g.plan(&t, level, "下半年提升计划", later, august); err != nil {
			return err
		}
	}
	return g.sessions(&t)
}

func (g *benchGen) courses(t *benchTraining, level string) ([]string, error) {
	kinds := []string{training.KindProductKnowledge, training.KindSalesSkills, training.KindRolePlay,
		training.KindCompliance, training.KindMarketTrends}
	var ids []string
	for k := range 10 {
		in := training.CourseInput{Title: fmt.Sprintf("%s课程%02d", level, k+1), Kind: kinds[k%len(kinds)], Level: level,
			Minutes: 45 + 15*(k%4), Description: "基准测试课程"}
		if k%2 == 0 {
			in.AssessmentRequired, in.PassMark = true, 60
		}
		c, err := g.set.Training.CreateCourse(ctx, g.owner, in)
		if err != nil {
			return nil, err
		}
		if in.AssessmentRequired {
			t.passMark[c.ID] = in.PassMark
		}
		t.minutes[c.ID] = in.Minutes
		ids = append(ids, c.ID)
	}
	return ids, nil
}

// plan creates a plan of items for level at from and gives it to the
// level's reps: those already there at from, and new hires from their hire
// day (on that day).
func (g *benchGen) plan(t *benchTraining, level, name string, items []training.PlanItemInput, from time.Time) error {
	plan, err := g.set.Training.CreatePlan(ctx, g.owner, training.PlanInput{Name: level + name, Level: level,
		Items: items})
	if err != nil {
		return err
	}
	for _, rep := range g.reps {
		if rep.level != level || (rep.hired.After(from) && level != auth.LevelNewHire) {
			continue
		}
		g.clock.T = from
		if rep.hired.After(from) {
			g.clock.T = rep.hired.Add(10 * time.Hour)
		}
		if _, err := g.set.Training.AssignPlan(ctx, g.owner, training.AssignPlanInput{PlanID: plan.ID,
			UserIDs: []string{rep.id}, FromHireDate: rep.hired.After(from)}); err != nil {
			return err
		}
		for _, it := range items {
			t.owes[it.CourseID] = append(t.owes[it.CourseID], benchOwed{rep: rep, since: g.clock.T})
		}
	}
	return nil
}

// sessions holds two sessions a week for a year, Tuesdays and Fridays.
func (g *benchGen) sessions(t *benchTraining) error {
	defer func() { g.clock.T = benchNow }()
	for day := time.Date(2025, 11, 4, 0, 0, 0, 0, g.loc); day.Before(g.day(benchNow)); day = day.AddDate(0, 0, 3+int(day.Weekday()%2)) {
		course, invitees := t.next(day)
		if len(invitees) == 0 {
			continue
		}
		if len(invitees) > 12 {
			g.r.Shuffle(len(invitees), func(i, j int) { invitees[i], invitees[j] = invitees[j], invitees[i] })
			invitees = invitees[:12]
		}
		g.clock.T = day.Add(17 * time.Hour)
		s, err := g.set.Training.CreateSession(ctx, g.owner, training.SessionInput{CourseID: course,
			HeldOn: day.Format(time.DateOnly), TrainerID: g.owner.ID, Mode: training.ModeOnSite, Location: "培训室",
			InviteeIDs: invitees})
		if err != nil {
			return err
		}
		marks, done := g.marks(t, course, s)
		if _, err := g.set.Training.RecordAttendance(ctx, g.owner, s.ID, marks); err != nil {
			return err
		}
		t.owes[course] = slices.DeleteFunc(t.owes[course], func(o benchOwed) bool { return done[o.rep.id] })
	}
	return nil
}

// next is the course most reps owe on day, and who they are.
func (t *benchTraining) next(day time.Time) (string, []string) {
	best, who := "", []string(nil)
	for course, owed := range t.owes {
		var ids []string
		for _, o := range owed {
			if !o.since.After(day) {
				ids = append(ids, o.rep.id)
			}
		}
		if len(ids) > len(who) || len(ids) == len(who) && course < best {
			best, who = course, ids
		}
	}
	return best, who
}

// marks records who came (most) and, for an assessed course, their score;
// done tells who completed the course by it.
func (g *benchGen) marks(t *benchTraining, course string, s training.Session) ([]training.AttendanceInput, map[string]bool) {
	statuses := []string{training.AttendPresent, training.AttendPresent, training.AttendPresent, training.AttendPresent,
		training.AttendPresent, training.AttendPresent, training.AttendLate, training.AttendAbsent, training.AttendExcused}
	var out []training.AttendanceInput
	done := map[string]bool{}
	for _, a := range s.Attendees {
		m := training.AttendanceInput{UserID: a.UserID, Status: statuses[g.r.IntN(len(statuses))], Version: a.Version}
		came := m.Status == training.AttendPresent || m.Status == training.AttendLate
		pass, assessed := t.passMark[course]
		if assessed && came {
			score := 45 + g.r.IntN(56)
			m.Score = &score
			came = score >= pass
		}
		done[a.UserID] = came
		out = append(out, m)
	}
	return out, done
}

// The appraisal, through its service: the owner set up the standard
// template in April; each month the targets are set on its first day, and
// two days after it ended the owner generates it, the reps write their
// self-assessments and their managers score and comment. May to September
// are final; the benchmarks' month is in review; November has its targets.

var benchSalesTarget = map[string]int64{ // in fen, by level
	auth.LevelSenior: 220_000_00, auth.LevelJunior: 160_000_00, auth.LevelNewHire: 70_000_00,
}

var benchSelf = []string{
	"本月重点跟进了老客户的二期需求，回访基本按时完成；新客户开发偏少，下月计划参加两场行业展会，把线索转化率提上来。",
	"报价响应比上月快，但有两单价格谈判拖得太久，其中一单最后输给了竞争对手。下月先把方案讲透再谈价格，并请经理一起复盘。",
	"按 SOP 把每个阶段的任务都做完了，培训课程也已完成。希望下月能独立负责一个大客户，从需求分析一直跟到签约。",
	"成交金额达标，但回访有几次晚了一两天，已经在日历里设置提醒；另外整理了常见异议的应答话术，分享给了组里的同事。",
}

var benchComments = []string{
	"目标完成得不错，继续保持对老客户的跟进节奏；新客户方面建议多用转介绍，下月一起复盘三个重点线索。",
	"执行很扎实，SOP 和回访都很及时，值得团队学习。价格谈判还需要练习，下周安排一次情景演练。",
	"本月成交偏少，主要卡在方案阶段。建议在需求分析时把预算和决策人问清楚，避免方案做了却推进不下去。",
}

func (g *benchGen) appraise() error {
	svc := g.set.Appraisal
	g.clock.T = time.Date(2026, 4, 25, 2, 0, 0, 0, time.UTC)
	defer func() { g.clock.T = benchNow }()
	if _, err := svc.SaveTemplate(ctx, g.owner, appraisal.StandardTemplate("zh-CN")); err != nil {
		return err
	}
	for _, key := range []string{"2026-05", "2026-06", "2026-07", "2026-08", "2026-09", benchMonth, "2026-11"} {
		m, err := svc.Month(ctx, key)
		if err != nil {
			return err
		}
		g.clock.T = m.Start.Add(2 * time.Hour)
		if err := g.targets(key); err != nil {
			return err
		}
		if m.End.After(benchNow) {
			break // the current month only has its targets
		}
		g.clock.T = m.End.Add(50 * time.Hour)
		if err := g.review(key, key != benchMonth); err != nil {
			return fmt.Errorf("appraise %s: %w", key, err)
		}
	}
	return nil
}

// targets gives every rep a sales target by level (±15 %) and one to three new buyers.
func (g *benchGen) targets(month string) error {
	rows, err := g.set.Appraisal.Targets(ctx, g.owner, month)
	if err != nil {
		return err
	}
	var changes []appraisal.TargetChange
	for _, row := range rows {
		base, ok := benchSalesTarget[row.Level]
		if !ok || !slices.ContainsFunc(g.reps, func(r *benchRep) bool { return r.id == row.UserID }) {
			continue
		}
		amount := base + base*int64(g.r.IntN(31)-15)/100
		changes = append(changes,
			appraisal.TargetChange{UserID: row.UserID, Code: appraisal.SalesAmount, Value: amount / 100_000 * 100_000},
			appraisal.TargetChange{UserID: row.UserID, Code: appraisal.NewBuyers, Value: int64(1 + g.r.IntN(3))})
	}
	_, err = g.set.Appraisal.SaveTargets(ctx, g.owner, month, changes)
	return err
}

// review generates month and takes every appraisal through review; final
// says whether the managers also finalised it.
func (g *benchGen) review(month string, final bool) error {
	svc := g.set.Appraisal
	if _, err := svc.Generate(ctx, g.owner, month); err != nil {
		return err
	}
	list, err := svc.Appraisals(ctx, g.owner, month)
	if err != nil {
		return err
	}
	for _, a := range list {
		if a, err = svc.SendForReview(ctx, g.owner, a.ID, a.Version); err != nil {
			return err
		}
		rep := auth.Actor{ID: a.UserID, Role: auth.RoleRep}
		if a, err = svc.SaveSelfAssessment(ctx, rep, a.ID, a.Version, benchSelf[g.r.IntN(len(benchSelf))]); err != nil {
			return err
		}
		scores := map[string]int{}
		for _, res := range a.Results {
			if res.Code == appraisal.Manual {
				scores[res.Name] = 2 + g.r.IntN(4)
			}
		}
		manager := auth.Actor{ID: a.ManagerID, Role: auth.RoleManager}
		review := appraisal.ReviewInput{ManualScores: scores, Comment: benchComments[g.r.IntN(len(benchComments))]}
		if a, err = svc.SaveReview(ctx, manager, a.ID, a.Version, review); err != nil {
			return err
		}
		if final {
			if _, err := svc.Finalise(ctx, manager, a.ID, a.Version); err != nil {
				return err
			}
		}
	}
	return nil
}
