package app

import (
	"fmt"
	"time"

	"steady/backend/auth"
	"steady/backend/training"
)

func (f *fixture) roleplay(coach auth.Actor, rep string) training.Roleplay {
	f.t.Helper()
	rp, err := f.set.Training.CreateRoleplay(tctx, coach, f.roleplayInput(coach.ID, rep))
	f.must(err)
	return rp
}

func (f *fixture) roleplayInput(coach, rep string) training.RoleplayInput {
	return training.RoleplayInput{RepID: rep, EvaluatorID: coach, HeldOn: "2026-11-26", Scenario: "客户嫌价格高",
		Criteria: training.DefaultCriteria(), Actions: []training.ActionInput{{Title: "复盘异议处理话术", DueOn: "2026-12-10"}}}
}

func (f *fixture) sessionB() training.Session { return f.newSessionFor(f.manager2.Actor(), f.rep2.ID) }

func (f *fixture) newSessionFor(coach auth.Actor, invitee string) training.Session {
	f.t.Helper()
	s, err := f.set.Training.CreateSession(tctx, coach, training.SessionInput{CourseID: f.course.ID, HeldOn: "2026-11-26",
		TrainerID: coach.ID, Mode: training.ModeOnline, InviteeIDs: []string{invitee}})
	f.must(err)
	return s
}

func trainingRows() map[string]row {
	coach := roleWise(allowed, allowed, forbidden)
	coachScoped := roleWise(allowed, scoped, forbidden)
	return map[string]row{
		"Training.Kinds":           {want: every(public), call: func(f *fixture, r role) error { f.training.Kinds(); return nil }},
		"Training.DefaultCriteria": {want: every(public), call: func(f *fixture, r role) error { f.training.DefaultCriteria(); return nil }},
		"Training.Courses":         {want: every(allowed), call: func(f *fixture, r role) error { return second(f.training.Courses(training.CourseFilter{})) }},
		"Training.Course":          {want: every(allowed), call: func(f *fixture, r role) error { return second(f.training.Course(f.course.ID)) }},
		"Training.CreateCourse": {want: coach, call: func(f *fixture, r role) error {
			return second(f.training.CreateCourse(training.CourseInput{Title: "谈判技巧" + r.String(), Kind: training.KindSalesSkills,
				Level: auth.LevelJunior, Minutes: 60}))
		}},
		"Training.UpdateCourse": {want: coach, call: func(f *fixture, r role) error {
			c := f.course
			cur, err := f.set.Training.Course(tctx, f.actor(asOwner), c.ID)
			f.must(err)
			return second(f.training.UpdateCourse(training.CourseInput{ID: c.ID, Title: c.Title, Kind: c.Kind, Level: c.Level,
				Minutes: 100, Version: cur.Version}))
		}},
		"Training.DeleteCourse": {want: coach, call: func(f *fixture, r role) error {
			c, err := f.set.Training.CreateCourse(tctx, f.actor(asManager), training.CourseInput{Title: fmt.Sprintf("临时课程%d", time.Now().UnixNano()),
				Kind: training.KindCompliance, Level: auth.LevelJunior, Minutes: 30})
			f.must(err)
			f.ready()
			return f.training.DeleteCourse(c.ID, c.Version)
		}},
		"Training.AddMaterial": {want: coach, call: func(f *fixture, r role) error {
			return second(f.training.AddMaterial(training.MaterialInput{CourseID: f.course.ID, Kind: "link", Title: "产品手册",
				URL: "https://example.com/manual"}))
		}},
		"Training.DeleteMaterial": {want: coach, call: func(f *fixture, r role) error {
			m, err := f.set.Training.AddMaterial(tctx, f.actor(asManager), training.MaterialInput{CourseID: f.course.ID, Kind: "link",
				Title: "临时链接", URL: "https://example.com/tmp"})
			f.must(err)
			f.ready()
			return f.training.DeleteMaterial(m.ID, m.Version)
		}},
		"Training.SaveMaterial": {want: every(allowed), call: func(f *fixture, r role) error {
			m, err := f.set.Training.AddMaterial(tctx, f.actor(asManager), training.MaterialInput{CourseID: f.course.ID, Kind: "file",
				Title: "讲义", FileName: "讲义.txt", Mime: "text/plain", Data: []byte("产品要点")})
			f.must(err)
			f.ready()
			return f.withDialogs(func() error { return second(f.training.SaveMaterial(m.ID)) })
		}},
		"Training.Plans": {want: every(allowed), call: func(f *fixture, r role) error { return second(f.training.Plans("")) }},
		"Training.CreatePlan": {want: coach, call: func(f *fixture, r role) error {
			return second(f.training.CreatePlan(training.PlanInput{Name: "新人培训" + r.String(), Level: auth.LevelNewHire,
				Items: []training.PlanItemInput{{CourseID: f.course.ID, DueDays: 30}}}))
		}},
		"Training.UpdatePlan": {want: coach, call: func(f *fixture, r role) error {
			p, err := f.set.Training.CreatePlan(tctx, f.actor(asManager), training.PlanInput{Name: fmt.Sprintf("计划%d", time.Now().UnixNano()),
				Level: auth.LevelJunior, Items: []training.PlanItemInput{{CourseID: f.course.ID, DueDays: 30}}})
			f.must(err)
			f.ready()
			return second(f.training.UpdatePlan(training.PlanInput{ID: p.ID, Name: p.Name + "（修订）", Level: p.Level,
				Items: []training.PlanItemInput{{CourseID: f.course.ID, DueDays: 45}}, Version: p.Version}))
		}},
		"Training.DeletePlan": {want: coach, call: func(f *fixture, r role) error {
			p, err := f.set.Training.CreatePlan(tctx, f.actor(asManager), training.PlanInput{Name: fmt.Sprintf("计划%d", time.Now().UnixNano()),
				Level: auth.LevelJunior, Items: []training.PlanItemInput{{CourseID: f.course.ID, DueDays: 30}}})
			f.must(err)
			f.ready()
			return f.training.DeletePlan(p.ID, p.Version)
		}},
		"Training.AssignPlan": {want: coachScoped, call: func(f *fixture, r role) error {
			p, err := f.set.Training.CreatePlan(tctx, f.actor(asOwner), training.PlanInput{Name: fmt.Sprintf("计划%d", time.Now().UnixNano()),
				Level: auth.LevelJunior, Items: []training.PlanItemInput{{CourseID: f.course.ID, DueDays: 30}}})
			f.must(err)
			f.ready()
			return scopedPair(r, func() error {
				return second(f.training.AssignPlan(training.AssignPlanInput{PlanID: p.ID, UserIDs: []string{f.people[asRep].ID}}))
			},
				func() error {
					return second(f.training.AssignPlan(training.AssignPlanInput{PlanID: p.ID, UserIDs: []string{f.rep2.ID}}))
				})
		}},
		"Training.AssignCourse": {want: coachScoped, call: func(f *fixture, r role) error {
			c, err := f.set.Training.CreateCourse(tctx, f.actor(asOwner), training.CourseInput{Title: fmt.Sprintf("课程%d", time.Now().UnixNano()),
				Kind: training.KindCompliance, Level: auth.LevelJunior, Minutes: 30})
			f.must(err)
			f.ready()
			assign := func(user string) error {
				return second(f.training.AssignCourse(training.AssignCourseInput{UserID: user, CourseID: c.ID, DueOn: "2026-12-31"}))
			}
			return scopedPair(r, func() error { return assign(f.people[asRep].ID) }, func() error { return assign(f.rep2.ID) })
		}},
		"Training.RemoveRequirement": {want: coachScoped, call: func(f *fixture, r role) error {
			c, err := f.set.Training.CreateCourse(tctx, f.actor(asOwner), training.CourseInput{Title: fmt.Sprintf("课程%d", time.Now().UnixNano()),
				Kind: training.KindCompliance, Level: auth.LevelJunior, Minutes: 30})
			f.must(err)
			req := func(user string) training.Requirement {
				q, err := f.set.Training.AssignCourse(tctx, f.actor(asOwner), training.AssignCourseInput{UserID: user, CourseID: c.ID, DueOn: "2026-12-31"})
				f.must(err)
				return q
			}
			own, other := req(f.people[asRep].ID), req(f.rep2.ID)
			f.ready()
			return scopedPair(r, func() error { return f.training.RemoveRequirement(own.ID, own.Version) },
				func() error { return f.training.RemoveRequirement(other.ID, other.Version) })
		}},
		"Training.Sessions": {want: every(scoped), call: func(f *fixture, r role) error {
			b := f.sessionB()
			f.ready()
			list, err := f.training.Sessions(training.SessionFilter{})
			if err != nil {
				return err
			}
			return leaks(r, ids(list, func(s training.Session) string { return s.ID }), []string{b.ID})
		}},
		"Training.Session": {want: every(scoped), call: func(f *fixture, r role) error {
			b := f.sessionB()
			f.ready()
			return scopedPair(r, func() error { return second(f.training.Session(f.sessionA.ID)) },
				func() error { return second(f.training.Session(b.ID)) })
		}},
		"Training.CreateSession": {want: coachScoped, call: func(f *fixture, r role) error {
			create := func(invitee string) error {
				return second(f.training.CreateSession(training.SessionInput{CourseID: f.course.ID, HeldOn: "2026-11-26",
					TrainerID: f.people[r].ID, Mode: training.ModeOnSite, InviteeIDs: []string{invitee}}))
			}
			return scopedPair(r, func() error { return create(f.people[asRep].ID) }, func() error { return create(f.rep2.ID) })
		}},
		"Training.UpdateSession": {want: coachScoped, call: func(f *fixture, r role) error {
			own, other := f.newSessionFor(f.actor(asManager), f.people[asRep].ID), f.sessionB()
			f.ready()
			update := func(s training.Session, invitee string) error {
				return second(f.training.UpdateSession(training.SessionInput{ID: s.ID, Version: s.Version, CourseID: s.CourseID,
					HeldOn: s.HeldOn, TrainerID: s.TrainerID, Mode: s.Mode, Location: "二楼", InviteeIDs: []string{invitee}}))
			}
			return scopedPair(r, func() error { return update(own, f.people[asRep].ID) }, func() error { return update(other, f.rep2.ID) })
		}},
		"Training.DeleteSession": {want: coachScoped, call: func(f *fixture, r role) error {
			own, other := f.newSessionFor(f.actor(asManager), f.people[asRep].ID), f.sessionB()
			f.ready()
			return scopedPair(r, func() error { return f.training.DeleteSession(own.ID, own.Version) },
				func() error { return f.training.DeleteSession(other.ID, other.Version) })
		}},
		"Training.RecordAttendance": {want: coachScoped, call: func(f *fixture, r role) error {
			own, other := f.newSessionFor(f.actor(asManager), f.people[asRep].ID), f.sessionB()
			f.ready()
			mark := func(s training.Session, user string) error {
				return second(f.training.RecordAttendance(s.ID, []training.AttendanceInput{{UserID: user, Status: training.AttendPresent,
					Version: s.Attendees[0].Version}}))
			}
			return scopedPair(r, func() error { return mark(own, f.people[asRep].ID) }, func() error { return mark(other, f.rep2.ID) })
		}},
		"Training.Roleplays": {want: every(scoped), call: func(f *fixture, r role) error {
			b := f.roleplay(f.manager2.Actor(), f.rep2.ID)
			f.ready()
			list, err := f.training.Roleplays(training.RoleplayFilter{})
			if err != nil {
				return err
			}
			return leaks(r, ids(list, func(p training.Roleplay) string { return p.ID }), []string{b.ID})
		}},
		"Training.Roleplay": {want: every(scoped), call: func(f *fixture, r role) error {
			own, other := f.roleplay(f.actor(asManager), f.people[asRep].ID), f.roleplay(f.manager2.Actor(), f.rep2.ID)
			f.ready()
			return scopedPair(r, func() error { return second(f.training.Roleplay(own.ID)) },
				func() error { return second(f.training.Roleplay(other.ID)) })
		}},
		"Training.CreateRoleplay": {want: coachScoped, call: func(f *fixture, r role) error {
			return scopedPair(r, func() error {
				return second(f.training.CreateRoleplay(f.roleplayInput(f.people[r].ID, f.people[asRep].ID)))
			},
				func() error { return second(f.training.CreateRoleplay(f.roleplayInput(f.people[r].ID, f.rep2.ID))) })
		}},
		"Training.UpdateRoleplay": {want: coachScoped, call: func(f *fixture, r role) error {
			own, other := f.roleplay(f.actor(asManager), f.people[asRep].ID), f.roleplay(f.manager2.Actor(), f.rep2.ID)
			f.ready()
			update := func(p training.Roleplay) error {
				in := f.roleplayInput(p.EvaluatorID, p.RepID)
				in.ID, in.Version, in.Feedback = p.ID, p.Version, "开场更自然了"
				in.Actions = nil
				return second(f.training.UpdateRoleplay(in))
			}
			return scopedPair(r, func() error { return update(own) }, func() error { return update(other) })
		}},
		"Training.DeleteRoleplay": {want: coachScoped, call: func(f *fixture, r role) error {
			own, other := f.roleplay(f.actor(asManager), f.people[asRep].ID), f.roleplay(f.manager2.Actor(), f.rep2.ID)
			f.ready()
			return scopedPair(r, func() error { return f.training.DeleteRoleplay(own.ID, own.Version) },
				func() error { return f.training.DeleteRoleplay(other.ID, other.Version) })
		}},
		"Training.Tasks": {want: every(scoped), call: func(f *fixture, r role) error {
			f.roleplay(f.manager2.Actor(), f.rep2.ID)
			f.ready()
			list, err := f.training.Tasks(training.TaskFilter{})
			if err != nil {
				return err
			}
			return leaks(r, ids(list, func(t training.Task) string { return t.UserID }), []string{f.rep2.ID})
		}},
		"Training.SetTaskDone": {want: every(scoped), call: func(f *fixture, r role) error {
			task := func(coach auth.Actor, rep string) training.Task {
				f.roleplay(coach, rep)
				list, err := f.set.Training.Tasks(tctx, f.actor(asOwner), training.TaskFilter{UserID: rep, OpenOnly: true})
				f.must(err)
				return list[0]
			}
			own, other := task(f.actor(asManager), f.people[asRep].ID), task(f.manager2.Actor(), f.rep2.ID)
			f.ready()
			return scopedPair(r, func() error { return second(f.training.SetTaskDone(own.ID, own.Version, true)) },
				func() error { return second(f.training.SetTaskDone(other.ID, other.Version, true)) })
		}},
		"Training.Profile": {want: every(scoped), call: func(f *fixture, r role) error {
			return scopedPair(r, func() error { return second(f.training.Profile(f.people[asRep].ID)) },
				func() error { return second(f.training.Profile(f.rep2.ID)) })
		}},
		"Training.ExpiringCertificates": {want: every(scoped), call: func(f *fixture, r role) error {
			return scopedPair(r, func() error { return second(f.training.ExpiringCertificates("", 60)) },
				func() error { return second(f.training.ExpiringCertificates(f.rep2.ID, 60)) })
		}},
		"Training.TeamMatrix": {want: every(scoped), call: func(f *fixture, r role) error {
			m, err := f.training.TeamMatrix(training.MatrixFilter{})
			if err != nil {
				return err
			}
			var got []string
			for _, row := range m.Rows {
				got = append(got, row.UserID)
			}
			return leaks(r, got, []string{f.rep2.ID})
		}},
		"Training.ExportMatrix": {want: every(allowed), call: func(f *fixture, r role) error {
			return f.withDialogs(func() error { return second(f.training.ExportMatrix("zh-CN", training.MatrixFilter{})) })
		}},
	}
}
