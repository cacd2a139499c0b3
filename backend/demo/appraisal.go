package demo

import (
	"context"
	"fmt"
	"math/rand/v2"
	"time"

	"steady/backend/appraisal"
	"steady/backend/auth"
	"steady/backend/services"
)

// Past months of appraisals: the owner set up the standard template half a
// year ago; each month the manager set targets by level, and a few days
// after the month ended generated it, sent it for review, read the reps'
// self-assessments, scored teamwork and finalised. The last full month is
// generated and still in review.
const appraisedMonths = 6

var monthlySalesTarget = map[string]int64{ // in fen, by level
	auth.LevelSenior: 30_000_000, auth.LevelJunior: 18_000_000, auth.LevelNewHire: 8_000_000,
}

var selfAssessments = []string{
	"本月重点跟进了老客户的二期需求，回访基本按时完成；新客户开发偏少，下月多参加行业展会。",
	"报价响应比上月快，但有两单价格谈判拖得太久。下月先把方案讲透再谈价格。",
	"按 SOP 把每个阶段的任务做完了，培训课程也已完成。希望下月能独立负责一个大客户。",
	"成交金额达标，但回访有几次晚了一两天，已经在日历里设置提醒。",
}

var managerComments = []string{
	"目标完成得不错，继续保持对老客户的跟进节奏。",
	"新客户开发需要加强，下月一起复盘三个重点线索。",
	"执行很扎实，SOP 和回访都很及时，值得团队学习。",
	"价格谈判还需要练习，下周安排一次情景演练。",
}

func addAppraisals(ctx context.Context, set *services.Set, c *clock, t team, r *rand.Rand, now time.Time) error {
	svc := set.Appraisal
	loc := set.Company.Location(ctx)
	current, err := appraisal.ParseMonth(now.In(loc).Format("2006-01"), loc)
	if err != nil {
		return err
	}
	months := []appraisal.Month{current}
	for len(months) <= appraisedMonths {
		months = append([]appraisal.Month{months[0].Previous()}, months...)
	}
	c.t = months[0].Start.AddDate(0, 0, -5)
	if _, err := svc.SaveTemplate(ctx, t.owner, appraisal.StandardTemplate("zh-CN")); err != nil {
		return fmt.Errorf("demo: appraisal template: %w", err)
	}
	for i, m := range months {
		c.t = m.Start.Add(2 * time.Hour)
		if err := setTargets(ctx, svc, t, r, m.Key); err != nil {
			return err
		}
		if i == len(months)-1 {
			break // the current month only has its targets
		}
		c.t = m.End.Add(50 * time.Hour) // two days into the next month
		if err := appraiseMonth(ctx, svc, t, r, m.Key, i < len(months)-2); err != nil {
			return err
		}
	}
	c.t = now
	return nil
}

// setTargets gives every rep a sales target by level (±10 %) and 1–4 new customers.
func setTargets(ctx context.Context, svc *appraisal.Service, t team, r *rand.Rand, month string) error {
	rows, err := svc.Targets(ctx, t.manager, month)
	if err != nil {
		return fmt.Errorf("demo: targets: %w", err)
	}
	var changes []appraisal.TargetChange
	for _, row := range rows {
		base := monthlySalesTarget[row.Level]
		amount := base + base*int64(r.IntN(21)-10)/100
		changes = append(changes,
			appraisal.TargetChange{UserID: row.UserID, Code: appraisal.SalesAmount, Value: amount / 100_000 * 100_000},
			appraisal.TargetChange{UserID: row.UserID, Code: appraisal.NewBuyers, Value: int64(1 + r.IntN(4))})
	}
	if _, err := svc.SaveTargets(ctx, t.manager, month, changes); err != nil {
		return fmt.Errorf("demo: targets %s: %w", month, err)
	}
	return nil
}

// appraiseMonth generates month and takes every appraisal through review;
// final decides whether the manager also finalised it.
func appraiseMonth(ctx context.Context, svc *appraisal.Service, t team, r *rand.Rand, month string, final bool) error {
	if _, err := svc.Generate(ctx, t.manager, month); err != nil {
		return fmt.Errorf("demo: generate %s: %w", month, err)
	}
	list, err := svc.Appraisals(ctx, t.manager, month)
	if err != nil {
		return err
	}
	for _, a := range list {
		if a, err = svc.SendForReview(ctx, t.manager, a.ID, a.Version); err != nil {
			return fmt.Errorf("demo: review %s: %w", month, err)
		}
		if !final {
			continue
		}
		rep := auth.Actor{ID: a.UserID, Role: auth.RoleRep}
		if a, err = svc.SaveSelfAssessment(ctx, rep, a.ID, a.Version, selfAssessments[r.IntN(len(selfAssessments))]); err != nil {
			return fmt.Errorf("demo: self-assessment %s: %w", month, err)
		}
		scores := map[string]int{}
		for _, res := range a.Results {
			if res.Code == appraisal.Manual {
				scores[res.Name] = 3 + r.IntN(3)
			}
		}
		review := appraisal.ReviewInput{ManualScores: scores, Comment: managerComments[r.IntN(len(managerComments))]}
		if a, err = svc.SaveReview(ctx, t.manager, a.ID, a.Version, review); err != nil {
			return fmt.Errorf("demo: scores %s: %w", month, err)
		}
		if _, err = svc.Finalise(ctx, t.manager, a.ID, a.Version); err != nil {
			return fmt.Errorf("demo: finalise %s: %w", month, err)
		}
	}
	return nil
}
