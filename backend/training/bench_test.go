package training_test

import (
	"database/sql"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"steady/backend/auth"
	"steady/backend/store"
	"steady/backend/store/storetest"
	"steady/backend/training"
)

// Budget: each call under 100 ms for a realistic company: 50 reps, 30
// courses, 6 plans, a year of sessions with attendance and scores, and 200
// role-plays, all written through the service as the app writes them. The
// database is built once (some seconds) and kept in the temporary folder.
// Run: go test -tags sqlite_fts5 -run '^$' -bench . ./backend/training/

const benchGenVersion = "v2" // v2: the shared team of 50 (five managers of ten)

// benchNow is the benchmarks' "now": 2026-11-27 09:00 in Shanghai.
var benchNow = time.Date(2026, 11, 27, 1, 0, 0, 0, time.UTC)

// benchFixture names the people the benchmarks act as.
type benchFixture struct {
	path    string
	owner   auth.Actor
	manager auth.Actor // manages rep01…rep10
	rep     auth.Actor // rep01
	reps    []string
}

var bench storetest.SharedBench[benchFixture]

func benchService(b *testing.B) (*training.Service, benchFixture) {
	db, f := bench.Open(b, func() (benchFixture, string, error) {
		f, err := buildBenchDB()
		return f, f.path, err
	})
	return training.NewService(db, func() time.Time { return benchNow }, shanghai), f
}

func BenchmarkTeamMatrix(b *testing.B) {
	svc, f := benchService(b)
	cases := []struct {
		name  string
		actor auth.Actor
		level string
	}{{"owner-all-50", f.owner, ""}, {"owner-seniors", f.owner, auth.LevelSenior}, {"manager-team-10", f.manager, ""}}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := svc.TeamMatrix(ctx, c.actor, training.MatrixFilter{Level: c.level}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkProfile(b *testing.B) {
	svc, f := benchService(b)
	for _, c := range []struct {
		name  string
		actor auth.Actor
	}{{"manager-reads-rep", f.manager}, {"rep-reads-own", f.rep}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := svc.Profile(ctx, c.actor, f.rep.ID); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkMonthlyNumbers(b *testing.B) {
	svc, f := benchService(b)
	start := time.Date(2026, 10, 1, 0, 0, 0, 0, shanghai(ctx))
	end := start.AddDate(0, 1, 0)
	b.Run("one-rep", func(b *testing.B) {
		for b.Loop() {
			if _, err := svc.MonthlyNumbers(ctx, f.rep.ID, start, end); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("all-50-reps", func(b *testing.B) { // what one month's appraisal of the team asks
		for b.Loop() {
			for _, id := range f.reps {
				if _, err := svc.MonthlyNumbers(ctx, id, start, end); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}

func BenchmarkLists(b *testing.B) {
	svc, f := benchService(b)
	year := training.SessionFilter{From: "2025-11-28", To: "2026-11-27"}
	cases := []struct {
		name string
		run  func() error
	}{
		{"sessions-owner-year", func() error { _, err := svc.Sessions(ctx, f.owner, year); return err }},
		{"sessions-manager-year", func() error { _, err := svc.Sessions(ctx, f.manager, year); return err }},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if err := c.run(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkRoleplays lists role-plays with their rubrics and follow-ups:
// the owner's whole year (200) and one rep's.
func BenchmarkRoleplays(b *testing.B) {
	svc, f := benchService(b)
	for _, c := range []struct {
		name  string
		actor auth.Actor
	}{{"owner-all", f.owner}, {"rep", f.rep}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := svc.Roleplays(ctx, c.actor, training.RoleplayFilter{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// buildBenchDB builds the database under a name that changes with the
// generator and the schema, or finds it built by an earlier run.
func buildBenchDB() (benchFixture, error) {
	name := fmt.Sprintf("steady-bench-training-%s-schema%d.db", benchGenVersion, store.LatestSchemaVersion())
	f := benchFixture{path: filepath.Join(os.TempDir(), name)}
	if _, err := os.Stat(f.path); err == nil {
		return f, readBenchPeople(&f)
	}
	tmp := f.path + ".building"
	for _, p := range []string{tmp, tmp + "-wal", tmp + "-shm"} {
		if err := os.Remove(p); err != nil && !errors.Is(err, os.ErrNotExist) {
			return f, err
		}
	}
	db, err := store.Open(ctx, tmp)
	if err != nil {
		return f, err
	}
	genErr := generate(db)
	if err := errors.Join(genErr, db.Close()); err != nil {
		return f, err
	}
	if err := os.Rename(tmp, f.path); err != nil {
		return f, err
	}
	return f, readBenchPeople(&f)
}

func readBenchPeople(f *benchFixture) error {
	db, err := store.Open(ctx, f.path)
	if err != nil {
		return err
	}
	defer db.Close()
	q := db.Read()
	f.owner, f.manager, f.rep = auth.Actor{Role: auth.RoleOwner}, auth.Actor{Role: auth.RoleManager}, auth.Actor{Role: auth.RoleRep}
	err = errors.Join(
		q.QueryRow(`SELECT id FROM users WHERE login = 'owner'`).Scan(&f.owner.ID),
		q.QueryRow(`SELECT id FROM users WHERE login = 'manager1'`).Scan(&f.manager.ID),
		q.QueryRow(`SELECT id FROM users WHERE login = 'rep01'`).Scan(&f.rep.ID),
	)
	if err != nil {
		return err
	}
	f.reps, err = repIDs(q)
	return err
}

func repIDs(q *sql.DB) ([]string, error) {
	rows, err := q.Query(`SELECT id FROM users WHERE role = 'rep' ORDER BY login`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// benchGen writes the company through the training service on its own clock.
type benchGen struct {
	db      *store.DB
	svc     *training.Service
	clock   *storetest.Clock
	r       *rand.Rand
	owner   auth.Actor
	reps    []string
	levelOf map[string]string
	courses []training.Course
}

func generate(db *store.DB) error {
	reps, err := storetest.BenchTeam(ctx, db, storetest.BenchReps)
	if err != nil {
		return err
	}
	clock := &storetest.Clock{T: benchNow}
	g := &benchGen{db: db, clock: clock, svc: training.NewService(db, clock.Now, shanghai), r: rand.New(rand.NewPCG(3, 5)),
		reps: reps, levelOf: map[string]string{}}
	if err := db.Read().QueryRow(`SELECT id FROM users WHERE login = 'owner'`).Scan(&g.owner.ID); err != nil {
		return err
	}
	g.owner.Role = auth.RoleOwner
	for _, step := range []func() error{g.levels, g.addCourses, g.addPlans, g.addSessions, g.addRoleplays} {
		if err := step(); err != nil {
			return err
		}
	}
	return nil
}

// levels makes every fifth rep a new hire of the last months, and the rest
// juniors and seniors of earlier years.
func (g *benchGen) levels() error {
	return g.db.Tx(ctx, func(tx *sql.Tx) error {
		for i, id := range g.reps {
			level, hired := auth.LevelJunior, benchNow.AddDate(-1, -i, 0)
			switch {
			case i%5 == 0:
				level, hired = auth.LevelNewHire, benchNow.AddDate(0, 0, -10-3*i)
			case i%5 >= 3:
				level, hired = auth.LevelSenior, benchNow.AddDate(-3, -i, 0)
			}
			g.levelOf[id] = level
			if _, err := tx.ExecContext(ctx, `UPDATE users SET level = ?, hire_date = ? WHERE id = ?`,
				level, hired.Format(time.DateOnly), id); err != nil {
				return err
			}
		}
		return nil
	})
}

var benchLevels = []string{auth.LevelNewHire, auth.LevelJunior, auth.LevelSenior}

// addCourses writes ten courses per level, every kind, half of them assessed.
func (g *benchGen) addCourses() error {
	kinds := []string{training.KindProductKnowledge, training.KindSalesSkills, training.KindRolePlay,
		training.KindCompliance, training.KindMarketTrends}
	for i := range 30 {
		in := training.CourseInput{Title: fmt.Sprintf("课程%02d", i+1), Kind: kinds[i%len(kinds)], Level: benchLevels[i/10],
			Minutes: 30 + 15*g.r.IntN(10), Description: "基准测试课程"}
		if i%2 == 0 {
			in.AssessmentRequired, in.PassMark = true, 60+5*g.r.IntN(5)
		}
		if i%6 == 0 {
			in.CertificateMonths = 12
		}
		c, err := g.svc.CreateCourse(ctx, g.owner, in)
		if err != nil {
			return err
		}
		g.courses = append(g.courses, c)
	}
	return nil
}

// addPlans writes two plans per level of six or seven of its courses and
// gives them to the reps of that level, started ten months ago (new hires
// from their hire day).
func (g *benchGen) addPlans() error {
	g.clock.T = benchNow.AddDate(0, -10, 0)
	defer func() { g.clock.T = benchNow }()
	for p := range 6 {
		level := benchLevels[p/2]
		in := training.PlanInput{Name: fmt.Sprintf("计划%d", p+1), Level: level, AutoAssign: p%2 == 0}
		for k, at := range g.r.Perm(10)[:6+p%2] {
			in.Items = append(in.Items, training.PlanItemInput{CourseID: g.courses[p/2*10+at].ID, DueDays: 14 + 30*k})
		}
		plan, err := g.svc.CreatePlan(ctx, g.owner, in)
		if err != nil {
			return err
		}
		var ids []string
		for _, id := range g.reps {
			if g.levelOf[id] == level {
				ids = append(ids, id)
			}
		}
		if _, err := g.svc.AssignPlan(ctx, g.owner, training.AssignPlanInput{PlanID: plan.ID, UserIDs: ids,
			FromHireDate: level == auth.LevelNewHire}); err != nil {
			return err
		}
	}
	return nil
}

// addSessions holds three sessions a week for a year, each inviting ten to
// thirty reps, with attendance and, for assessed courses, scores.
func (g *benchGen) addSessions() error {
	first := benchNow.AddDate(-1, 0, 0)
	for week := range 52 {
		for day := range 3 {
			held := first.AddDate(0, 0, 7*week+2*day).Format(time.DateOnly)
			course := g.courses[g.r.IntN(len(g.courses))]
			var invitees []string
			for _, at := range g.r.Perm(len(g.reps))[:10+g.r.IntN(21)] {
				invitees = append(invitees, g.reps[at])
			}
			s, err := g.svc.CreateSession(ctx, g.owner, training.SessionInput{CourseID: course.ID, HeldOn: held,
				TrainerID: g.owner.ID, Mode: training.ModeOnSite, Location: "培训室", InviteeIDs: invitees})
			if err != nil {
				return err
			}
			if _, err := g.svc.RecordAttendance(ctx, g.owner, s.ID, g.marks(s)); err != nil {
				return err
			}
		}
	}
	return nil
}

func (g *benchGen) marks(s training.Session) []training.AttendanceInput {
	statuses := []string{training.AttendPresent, training.AttendPresent, training.AttendPresent, training.AttendPresent,
		training.AttendLate, training.AttendAbsent, training.AttendExcused}
	var out []training.AttendanceInput
	for _, a := range s.Attendees {
		m := training.AttendanceInput{UserID: a.UserID, Status: statuses[g.r.IntN(len(statuses))], Version: a.Version}
		if s.AssessmentRequired {
			score := 45 + g.r.IntN(56)
			m.Score = &score
		}
		out = append(out, m)
	}
	return out
}

// addRoleplays records 200 role-plays over the year with a scored rubric
// and one or two follow-up actions each.
func (g *benchGen) addRoleplays() error {
	for i := range 200 {
		held := benchNow.AddDate(0, 0, -1-g.r.IntN(365))
		criteria := training.DefaultCriteria()
		for k := range criteria {
			criteria[k].Score = 1 + g.r.IntN(criteria[k].MaxScore)
		}
		in := training.RoleplayInput{RepID: g.reps[i%len(g.reps)], EvaluatorID: g.owner.ID, HeldOn: held.Format(time.DateOnly),
			Scenario: "客户认为报价偏高", Feedback: "开场自然，异议处理需要更多练习。", Criteria: criteria}
		for k := range 1 + g.r.IntN(2) {
			in.Actions = append(in.Actions, training.ActionInput{Title: fmt.Sprintf("改进行动%d", k+1),
				DueOn: held.AddDate(0, 0, 14).Format(time.DateOnly)})
		}
		if _, err := g.svc.CreateRoleplay(ctx, g.owner, in); err != nil {
			return err
		}
	}
	return nil
}
