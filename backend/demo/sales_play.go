package demo

import (
	"context"
	"fmt"
	"sort"
	"time"

	"steady/backend/customer"
	"steady/backend/sales"
)

// step is one thing that happens to a deal at a moment of its story.
type step struct {
	at  time.Time
	seq int
	do  func(ctx context.Context, d *demoDeal) error
}

// demoDeal is a deal being played, with the steps still to come.
type demoDeal struct {
	account
	id      string
	version int // the deal's version after the last step
	steps   []step
	// later holds the checklist items ticked at their own moment (the quote
	// sent), not when their stage is first worked.
	later map[string]bool
}

// keep remembers the version of the deal a step returned.
func (d *demoDeal) keep(deal sales.Deal, err error) error {
	if err == nil {
		d.version = deal.Version
	}
	return err
}

func (d *demoDeal) at(t time.Time, do func(ctx context.Context, d *demoDeal) error) {
	d.steps = append(d.steps, step{at: t, seq: len(d.steps), do: do})
}

var (
	dealTopics    = []string{"采购", "更新换代", "年度框架采购", "扩容项目", "试点项目"}
	dealNeeds     = []string{"替换老旧设备，要求三年质保", "新办公区启用，需要整体配置", "统一全公司耗材供应商", "提升会议室协作效率"}
	dealDeciders  = []string{"总经理", "采购部经理", "行政总监", "IT 负责人", "财务总监"}
	dealTimelines = []string{"本月内", "下个月", "本季度内", "年底前", "明年一季度"}
)

// deal plays one deal from start to its fate and returns when its story
// ends (which may be after now: what lies beyond now does not happen).
func (p *player) deal(ctx context.Context, a account, start time.Time) (time.Time, error) {
	fate, target := p.fate(start)
	product := p.products[p.r.IntN(len(p.products))]
	p.c.t = officeHours(start)
	in := sales.DealInput{CustomerID: a.customerID,
		Title: product.Name + dealTopics[p.r.IntN(len(dealTopics))], AmountMinor: int64(5+p.r.IntN(200)) * 100_000}
	p.played++
	if p.played%usdEvery == 0 { // an export customer: the same size of deal, in dollars
		in.Currency, in.AmountMinor = "USD", max(in.AmountMinor/7/10_000*10_000, 100_000)
	}
	created, err := p.svc.CreateDeal(ctx, a.owner, in)
	if err != nil {
		return start, fmt.Errorf("demo: deal: %w", err)
	}
	d := &demoDeal{account: a, id: created.ID, version: created.Version}
	leave := start
	for i := 0; i <= target; i++ {
		leave = p.stay(d, p.open[i], leave, start)
		if i < target {
			d.at(leave, p.move(p.open[i+1].ID))
		}
	}
	switch fate {
	case "won":
		amount := created.AmountMinor * int64(85+p.r.IntN(21)) / 100 / 10_000 * 10_000
		d.at(leave, p.win(amount))
		leave = p.stay(d, p.won, leave, start)
		if p.r.IntN(10) < 6 {
			d.at(leave, p.move(p.after.ID))
			leave = p.stay(d, p.after, leave, start)
		}
	case "lost":
		d.at(leave, p.lose(p.reasons[p.r.IntN(len(p.reasons))].ID))
	}
	return leave, p.play(ctx, d)
}

// fate decides how a deal ends: recent deals are often still open, and
// still moving (now stops them in whatever stage they have come to, with
// that stage's tasks in hand); older ones are won or lost, the lost ones at
// any stage.
func (p *player) fate(start time.Time) (string, int) {
	last := len(p.open) - 1
	x := p.r.IntN(100)
	switch {
	case p.now.Sub(start) < 60*24*time.Hour && x < 70:
		return "open", last
	case x < 45:
		return "won", last
	}
	return "lost", p.r.IntN(len(p.open))
}

// stay plans a deal's time in stage st from entered: the rep's work on the
// checklist, the first call in first contact, and each SOP task done on
// time, late or never. It returns when the deal may leave.
func (p *player) stay(d *demoDeal, st sales.Stage, entered, created time.Time) time.Time {
	leave := entered.Add(time.Duration(24*(1+p.r.IntN(9))+p.r.IntN(8)) * time.Hour)
	worked := entered.Add(time.Duration(1+p.r.IntN(5)) * time.Hour)
	mustFinish := false
	for _, it := range st.Checklist {
		mustFinish = mustFinish || it.Kind == sales.ItemTasks
	}
	var call time.Time
	if st.Code == "first_contact" {
		// the rep ticks "spoke with the key contact" once the call is made
		call = entered.Add(time.Duration(2+p.r.IntN(30)) * time.Hour)
		d.at(call, p.call)
		worked = call.Add(time.Duration(10+p.r.IntN(50)) * time.Minute)
	}
	d.at(worked, p.work(st))
	for _, rule := range p.rules[st.ID] {
		anchor := map[string]time.Time{sales.AnchorStageEntered: entered, sales.AnchorDealCreated: created, sales.AnchorFirstCall: call}[rule.Anchor]
		if anchor.IsZero() {
			continue
		}
		due := anchor.Add(time.Duration(rule.OffsetHours) * time.Hour)
		done := p.outcome(anchor, due, mustFinish)
		d.at(done, p.complete(rule.ID))
		if mustFinish && !done.Before(leave) {
			leave = done.Add(time.Hour)
		}
	}
	if !worked.Before(leave) {
		leave = worked.Add(time.Hour)
	}
	return leave
}

// outcome is when a task gets done: mostly before its deadline, sometimes
// a day or two late, and now and then forgotten until the rep catches up
// with the overdue list some days later (unless leaving needs it sooner). A
// team that works in the app daily leaves no task weeks overdue; what is
// missed for good is what the deal's end closes first.
func (p *player) outcome(anchor, due time.Time, mustFinish bool) time.Time {
	x := p.r.IntN(100)
	switch {
	case x < 70:
		share := time.Duration(10+p.r.IntN(80)) * due.Sub(anchor) / 100
		return anchor.Add(share)
	case x < 85 || mustFinish:
		return due.Add(time.Duration(2+p.r.IntN(46)) * time.Hour)
	}
	return due.Add(time.Duration(3*24+p.r.IntN(15*24)) * time.Hour)
}

// play runs the planned steps in time order, each in working hours, up to now.
func (p *player) play(ctx context.Context, d *demoDeal) error {
	sort.SliceStable(d.steps, func(i, j int) bool { return d.steps[i].at.Before(d.steps[j].at) })
	for _, s := range d.steps {
		at := officeHours(s.at)
		if at.After(p.now) {
			return nil
		}
		p.c.t = at
		if err := s.do(ctx, d); err != nil {
			return fmt.Errorf("demo: deal %s at %s: %w", d.id, at.Format(time.DateTime), err)
		}
	}
	return nil
}

// officeHours is when a moment of a deal's plan happens in the working day
// (09:00–18:00 in the company's zone): its day is pressed into those hours,
// keeping the order of its moments. So a stage entered at 03:52 is entered at
// 10:27, and its tasks, due whole days later, fall due at 10:27 too.
func officeHours(t time.Time) time.Time {
	l := t.In(quoteZone)
	day := time.Date(l.Year(), l.Month(), l.Day(), 0, 0, 0, 0, quoteZone)
	return day.Add(9*time.Hour + l.Sub(day)*9/24)
}

func (p *player) move(stageID string) func(ctx context.Context, d *demoDeal) error {
	return func(ctx context.Context, d *demoDeal) error {
		return d.keep(p.svc.MoveDeal(ctx, d.owner, d.id, d.version, stageID))
	}
}

func (p *player) win(amount int64) func(ctx context.Context, d *demoDeal) error {
	return func(ctx context.Context, d *demoDeal) error {
		return d.keep(p.svc.Win(ctx, d.owner, d.id, sales.WinInput{Version: d.version, AmountMinor: amount}))
	}
}

func (p *player) lose(reasonID string) func(ctx context.Context, d *demoDeal) error {
	notes := []string{"", "客户预算削减，项目推迟到明年", "对方最终选择了本地供应商", "价格差距超过 10%"}
	note := notes[p.r.IntN(len(notes))]
	return func(ctx context.Context, d *demoDeal) error {
		return d.keep(p.svc.Lose(ctx, d.owner, d.id, sales.LoseInput{Version: d.version, ReasonID: reasonID, Note: note}))
	}
}

// call logs the first call with the customer; the thank-you clock starts.
func (p *player) call(ctx context.Context, d *demoDeal) error {
	_, err := p.customers.LogActivity(ctx, d.owner, customer.ActivityInput{CustomerID: d.customerID, Kind: customer.ActivityCall,
		Summary: "首次电话沟通，了解采购计划和联系人", Outcome: "客户愿意进一步交流"})
	if err == nil {
		_, err = p.svc.Sweep(ctx)
	}
	return err
}

// complete finishes the deal's task of a rule, if it is still to do.
func (p *player) complete(ruleID string) func(ctx context.Context, d *demoDeal) error {
	return func(ctx context.Context, d *demoDeal) error {
		tasks, err := p.svc.Tasks(ctx, d.owner, sales.TaskQuery{DealID: d.id, Status: "all"})
		if err != nil {
			return err
		}
		for _, t := range tasks {
			if t.RuleID == ruleID && (t.Status == sales.TaskOpen || t.Status == sales.TaskWaiting) {
				_, err = p.svc.CompleteTask(ctx, d.owner, t.ID, t.Version, "")
				return err
			}
		}
		return nil
	}
}

// tick ticks one checklist item of the deal.
func (p *player) tick(key string) func(ctx context.Context, d *demoDeal) error {
	return func(ctx context.Context, d *demoDeal) error {
		return d.keep(p.svc.TickChecklist(ctx, d.owner, d.id, d.version, key, true))
	}
}

// work ticks the stage's checklist (but for the items ticked later) and
// fills the fields it asks for.
func (p *player) work(st sales.Stage) func(ctx context.Context, d *demoDeal) error {
	return func(ctx context.Context, d *demoDeal) error {
		var fields []string
		for _, it := range st.Checklist {
			switch it.Kind {
			case sales.ItemCheck:
				if d.later[it.Key] {
					continue
				}
				if err := d.keep(p.svc.TickChecklist(ctx, d.owner, d.id, d.version, it.Key, true)); err != nil {
					return err
				}
			case sales.ItemField:
				fields = append(fields, it.Field)
			}
		}
		if len(fields) == 0 {
			return nil
		}
		cur, err := p.svc.Deal(ctx, d.owner, d.id)
		if err != nil {
			return err
		}
		in := dealInput(cur.Deal)
		for _, f := range fields {
			p.fill(&in, f)
		}
		return d.keep(p.svc.UpdateDeal(ctx, d.owner, in))
	}
}

func dealInput(d sales.Deal) sales.DealInput {
	return sales.DealInput{ID: d.ID, Version: d.Version, CustomerID: d.CustomerID, Title: d.Title, AmountMinor: d.AmountMinor,
		Currency: d.Currency, ExpectedCloseOn: d.ExpectedCloseOn, OwnerID: d.OwnerID, Products: d.Products,
		BudgetMinor: d.BudgetMinor, DecisionMaker: d.DecisionMaker, PurchaseTimeline: d.PurchaseTimeline, Needs: d.Needs, Notes: d.Notes}
}

// fill gives one deal field a believable value.
func (p *player) fill(in *sales.DealInput, field string) {
	switch field {
	case "expectedCloseOn":
		in.ExpectedCloseOn = p.c.t.In(quoteZone).AddDate(0, 0, 14+p.r.IntN(45)).Format(time.DateOnly)
	case "products":
		for _, i := range p.r.Perm(len(p.products))[:min(1+p.r.IntN(3), len(p.products))] {
			in.Products = append(in.Products, p.products[i])
		}
	case "budgetMinor":
		budget := in.AmountMinor * int64(100+p.r.IntN(30)) / 100
		in.BudgetMinor = &budget
	case "decisionMaker":
		in.DecisionMaker = personName(p.r) + "（" + dealDeciders[p.r.IntN(len(dealDeciders))] + "）"
	case "purchaseTimeline":
		in.PurchaseTimeline = dealTimelines[p.r.IntN(len(dealTimelines))]
	case "needs":
		in.Needs = dealNeeds[p.r.IntN(len(dealNeeds))]
	}
}
