package demo

import (
	"context"
	"fmt"
	"math/rand/v2"
	"time"

	"steady/backend/auth"
	"steady/backend/training"
)

// demoCourse is one course of the demo catalogue.
type demoCourse struct {
	title, kind, level string
	minutes            int
	passMark           int // 0: no assessment
	certMonths         int
	link               string
}

var demoCourses = []demoCourse{
	{"产品基础知识", training.KindProductKnowledge, auth.LevelNewHire, 90, 60, 0, "https://example.com/steady-demo/product-handbook"},
	{"标准销售流程与客户录入", training.KindSalesSkills, auth.LevelNewHire, 120, 0, 0, ""},
	{"合同与合规要点", training.KindCompliance, auth.LevelNewHire, 60, 80, 12, ""},
	{"客户需求挖掘", training.KindSalesSkills, auth.LevelJunior, 90, 70, 0, ""},
	{"价格异议处理演练", training.KindRolePlay, auth.LevelJunior, 60, 0, 0, ""},
	{"新品功能速递", training.KindProductKnowledge, auth.LevelJunior, 45, 60, 6, "https://example.com/steady-demo/new-release"},
	{"大客户谈判策略", training.KindSalesSkills, auth.LevelSenior, 180, 0, 0, ""},
	{"行业市场趋势解读", training.KindMarketTrends, auth.LevelSenior, 60, 0, 0, ""},
}

// demoPlans: the plan of each level, as course indexes with due offsets in days.
var demoPlans = []struct {
	name, level string
	courses     []int
	days        []int
}{
	{"新人入职计划", auth.LevelNewHire, []int{0, 1, 2}, []int{7, 14, 30}},
	{"初级成长计划", auth.LevelJunior, []int{3, 4, 5, 2}, []int{30, 45, 60, 90}},
	{"资深进阶计划", auth.LevelSenior, []int{6, 7, 2}, []int{45, 75, 120}},
}

var demoScenarios = []string{
	"客户认为报价比竞品高 15%，要求直接降价",
	"采购经理说决策人出差，两周后再谈",
	"老客户续约时提出交付周期太长",
	"客户拿竞品的免费试用来比较",
	"首次电话拜访，客户只给三分钟",
}

var demoFeedback = []string{
	"开场自然，能先确认客户的时间安排；需求挖掘时追问不够，过早进入产品介绍。",
	"产品价值讲得清楚，但面对价格异议时让步太快，没有先重申价值。",
	"倾听认真，复述客户需求准确；收尾时没有明确下一步行动和时间。",
	"节奏把握得好，能用案例回应质疑；可以多准备两组行业数据。",
}

var demoActions = []string{
	"整理三条价值陈述，替代直接降价",
	"与主管复练一次价格异议处理",
	"每次拜访结束前约定下一步和日期",
	"准备两个同行业成功案例",
	"按需求挖掘清单复盘最近三次拜访",
}

// addTraining gives the demo team a course catalogue, a plan per level,
// past sessions with attendance and scores, and role-play practice with
// feedback and follow-up tasks.
func addTraining(ctx context.Context, svc *training.Service, users *auth.Service, owner auth.Actor, c *clock, r *rand.Rand, now time.Time) error {
	c.t = now
	team, err := users.Users(ctx, owner)
	if err != nil {
		return err
	}
	var manager auth.Actor
	var reps []auth.User
	for _, u := range team {
		switch u.Role {
		case auth.RoleManager:
			manager = u.Actor()
		case auth.RoleRep:
			reps = append(reps, u)
		}
	}
	courses, err := addCourses(ctx, svc, manager)
	if err != nil {
		return err
	}
	c.t = now.AddDate(0, 0, -75) // the plans started 75 days ago
	err = addPlans(ctx, svc, manager, courses, reps)
	c.t = now
	if err != nil {
		return err
	}
	if err := addSessions(ctx, svc, manager, reps, c, r, now); err != nil {
		return err
	}
	return addRoleplays(ctx, svc, manager, reps, r, now)
}

func shanghai(context.Context) *time.Location {
	if loc, err := time.LoadLocation("Asia/Shanghai"); err == nil {
		return loc
	}
	return time.UTC
}

func addCourses(ctx context.Context, svc *training.Service, manager auth.Actor) ([]training.Course, error) {
	out := make([]training.Course, 0, len(demoCourses))
	for _, c := range demoCourses {
		course, err := svc.CreateCourse(ctx, manager, training.CourseInput{Title: c.title, Kind: c.kind, Level: c.level,
			Minutes: c.minutes, AssessmentRequired: c.passMark > 0, PassMark: c.passMark, CertificateMonths: c.certMonths,
			Description: "演示课程：" + c.title})
		if err != nil {
			return nil, fmt.Errorf("demo: course %s: %w", c.title, err)
		}
		if c.link != "" {
			if _, err := svc.AddMaterial(ctx, manager, training.MaterialInput{CourseID: course.ID, Kind: training.MaterialLink,
				Title: c.title + "资料", URL: c.link}); err != nil {
				return nil, fmt.Errorf("demo: material: %w", err)
			}
		}
		out = append(out, course)
	}
	return out, nil
}

// addPlans creates the plans (given automatically to new reps) and gives
// them to the team: new hires from their hire date, the others from the
// clock's day (75 days back), so the matrix shows done, due and overdue.
func addPlans(ctx context.Context, svc *training.Service, manager auth.Actor, courses []training.Course, reps []auth.User) error {
	for _, p := range demoPlans {
		in := training.PlanInput{Name: p.name, Level: p.level, AutoAssign: true}
		for i, idx := range p.courses {
			in.Items = append(in.Items, training.PlanItemInput{CourseID: courses[idx].ID, DueDays: p.days[i]})
		}
		plan, err := svc.CreatePlan(ctx, manager, in)
		if err != nil {
			return fmt.Errorf("demo: plan %s: %w", p.name, err)
		}
		for _, rep := range reps {
			if rep.Level != p.level {
				continue
			}
			fromHire := rep.Level == auth.LevelNewHire
			if _, err := svc.AssignPlan(ctx, manager, training.AssignPlanInput{PlanID: plan.ID, UserIDs: []string{rep.ID}, FromHireDate: fromHire}); err != nil {
				return fmt.Errorf("demo: assign %s: %w", p.name, err)
			}
		}
	}
	return nil
}
