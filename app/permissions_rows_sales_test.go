package app

import (
	"fmt"
	"strings"
	"time"

	"steady/backend/auth"
	"steady/backend/sales"
)

func (f *fixture) newDeal(owner auth.Actor, customerID string) sales.Deal {
	f.t.Helper()
	d, err := f.set.Sales.CreateDeal(tctx, owner, sales.DealInput{CustomerID: customerID, Title: "复印机租赁", AmountMinor: 12_000_00})
	f.must(err)
	return d
}

// dealPair makes a deal r may work on and one of team B's, then acts on each.
func dealPair(f *fixture, r role, act func(d sales.Deal) error) error {
	own, other := f.newDeal(f.actor(asRep), f.custRep), f.newDeal(f.rep2.Actor(), f.custRep2)
	f.ready()
	return scopedPair(r, func() error { return act(own) }, func() error { return act(other) })
}

func (f *fixture) openStage() sales.Stage {
	f.t.Helper()
	ss, err := f.set.Sales.Stages(tctx)
	f.must(err)
	return ss[1]
}

func (f *fixture) lostReason() sales.LostReason {
	f.t.Helper()
	rs, err := f.set.Sales.LostReasons(tctx, false)
	f.must(err)
	return rs[0]
}

func (f *fixture) firstTask(owner auth.Actor) (sales.Task, bool) {
	ts, err := f.set.Sales.Tasks(tctx, owner, sales.TaskQuery{})
	f.must(err)
	for _, t := range ts {
		if t.Status == sales.TaskOpen {
			return t, true
		}
	}
	return sales.Task{}, false
}

func salesRows() map[string]row {
	ownerOnly := roleWise(allowed, forbidden, forbidden)
	return map[string]row{
		"Sales.Stages":       {want: every(allowed), call: func(f *fixture, r role) error { return second(f.sales.Stages()) }},
		"Sales.Rules":        {want: every(allowed), call: func(f *fixture, r role) error { return second(f.sales.Rules("")) }},
		"Sales.LostReasons":  {want: every(allowed), call: func(f *fixture, r role) error { return second(f.sales.LostReasons(true)) }},
		"Sales.ReportTables": {want: every(public), call: func(f *fixture, r role) error { f.sales.ReportTables(); return nil }},
		"Sales.SaveStage": {want: ownerOnly, call: func(f *fixture, r role) error {
			return second(f.sales.SaveStage(sales.StageInput{Kind: sales.KindOpen, NameZh: fmt.Sprintf("样品试用%d", time.Now().UnixNano()),
				NameEn: "Trial", ProbabilityBP: 5000}))
		}},
		"Sales.DeleteStage": {want: ownerOnly, call: func(f *fixture, r role) error {
			s, err := f.set.Sales.SaveStage(tctx, f.actor(asOwner), sales.StageInput{Kind: sales.KindOpen,
				NameZh: fmt.Sprintf("临时阶段%d", time.Now().UnixNano()), NameEn: "Temp", ProbabilityBP: 5000})
			f.must(err)
			f.ready()
			return f.sales.DeleteStage(s.ID, s.Version)
		}},
		"Sales.ReorderStages": {want: ownerOnly, call: func(f *fixture, r role) error {
			ss, err := f.set.Sales.Stages(tctx)
			f.must(err)
			var ids []string
			for _, s := range ss {
				if s.Kind == sales.KindOpen {
					ids = append(ids, s.ID)
				}
			}
			return second(f.sales.ReorderStages(ids))
		}},
		"Sales.SaveRule": {want: ownerOnly, call: func(f *fixture, r role) error {
			return second(f.sales.SaveRule(sales.RuleInput{StageID: f.openStage().ID, TitleZh: "三天内回访", TitleEn: "Call back",
				Anchor: sales.AnchorStageEntered, OffsetHours: 72, Active: true}))
		}},
		"Sales.DeleteRule": {want: ownerOnly, call: func(f *fixture, r role) error {
			rule, err := f.set.Sales.SaveRule(tctx, f.actor(asOwner), sales.RuleInput{StageID: f.openStage().ID, TitleZh: "临时规则",
				TitleEn: "Temp", Anchor: sales.AnchorStageEntered, OffsetHours: 24, Active: true})
			f.must(err)
			f.ready()
			return f.sales.DeleteRule(rule.ID, rule.Version)
		}},
		"Sales.SaveLostReason": {want: ownerOnly, call: func(f *fixture, r role) error {
			return second(f.sales.SaveLostReason(sales.LostReasonInput{NameZh: "预算取消" + r.String(), NameEn: "Budget cut", Active: true}))
		}},
		"Sales.CreateDeal": {want: every(scoped), call: func(f *fixture, r role) error {
			create := func(customerID string) error {
				return second(f.sales.CreateDeal(sales.DealInput{CustomerID: customerID, Title: "新商机", AmountMinor: 1_000_00}))
			}
			return scopedPair(r, func() error { return create(f.custRep) }, func() error { return create(f.custRep2) })
		}},
		"Sales.UpdateDeal": {want: every(scoped), call: func(f *fixture, r role) error {
			return dealPair(f, r, func(d sales.Deal) error {
				return second(f.sales.UpdateDeal(sales.DealInput{ID: d.ID, Version: d.Version, CustomerID: d.CustomerID,
					Title: d.Title + "（二期）", AmountMinor: d.AmountMinor, OwnerID: d.OwnerID}))
			})
		}},
		"Sales.DeleteDeal": {want: every(scoped), call: func(f *fixture, r role) error {
			return dealPair(f, r, func(d sales.Deal) error { return f.sales.DeleteDeal(d.ID, d.Version) })
		}},
		"Sales.Deal": {want: every(scoped), call: func(f *fixture, r role) error {
			return scopedPair(r, func() error { return second(f.sales.Deal(f.dealRep.ID)) },
				func() error { return second(f.sales.Deal(f.dealRep2.ID)) })
		}},
		"Sales.Deals": {want: every(scoped), call: func(f *fixture, r role) error {
			page, err := f.sales.Deals(sales.DealQuery{Limit: 200})
			if err != nil {
				return err
			}
			return leaks(r, ids(page.Deals, func(c sales.Card) string { return c.ID }), []string{f.dealRep2.ID}, f.dealRep.ID)
		}},
		"Sales.Board": {want: every(scoped), call: func(f *fixture, r role) error {
			b, err := f.sales.Board(sales.BoardQuery{})
			if err != nil {
				return err
			}
			var got []string
			for _, c := range b.Columns {
				got = append(got, ids(c.Cards, func(c sales.Card) string { return c.ID })...)
			}
			return leaks(r, got, []string{f.dealRep2.ID}, f.dealRep.ID)
		}},
		"Sales.MoveDeal": {want: every(scoped), call: func(f *fixture, r role) error {
			return dealPair(f, r, func(d sales.Deal) error { return second(f.sales.MoveDeal(d.ID, d.Version, d.StageID)) })
		}},
		"Sales.TickChecklist": {want: every(scoped), call: func(f *fixture, r role) error {
			key := ""
			for _, item := range f.stageOf().Checklist {
				if item.Kind == sales.ItemCheck {
					key = item.Key
				}
			}
			return dealPair(f, r, func(d sales.Deal) error { return second(f.sales.TickChecklist(d.ID, d.Version, key, true)) })
		}},
		"Sales.Win": {want: every(scoped), call: func(f *fixture, r role) error {
			// A new deal cannot be won before its checklists are done: for
			// the deal r may win, that refusal (after the access check) is
			// the pass; team B's deal must be refused before it.
			win := func(d sales.Deal) error {
				_, err := f.sales.Win(d.ID, sales.WinInput{Version: d.Version, AmountMinor: d.AmountMinor, WonOn: "2026-11-27"})
				if errKind(err) == "validation" && strings.Contains(err.Error(), "validation.checklistIncomplete") {
					return nil
				}
				return err
			}
			own, other := f.newDeal(f.actor(asRep), f.custRep), f.newDeal(f.rep2.Actor(), f.custRep2)
			f.ready()
			return scopedPair(r, func() error { return win(own) }, func() error { return win(other) })
		}},
		"Sales.Lose": {want: every(scoped), call: func(f *fixture, r role) error {
			reason := f.lostReason()
			return dealPair(f, r, func(d sales.Deal) error {
				return second(f.sales.Lose(d.ID, sales.LoseInput{Version: d.Version, ReasonID: reason.ID, Note: "价格"}))
			})
		}},
		"Sales.Tasks": {want: every(scoped), call: func(f *fixture, r role) error {
			list, err := f.sales.Tasks(sales.TaskQuery{})
			if err != nil {
				return err
			}
			theirs, _ := f.firstTask(f.rep2.Actor())
			return leaks(r, ids(list, func(t sales.Task) string { return t.ID }), []string{theirs.ID})
		}},
		"Sales.CompleteTask": {want: every(scoped), call: func(f *fixture, r role) error {
			f.newDeal(f.actor(asRep), f.custRep)
			f.newDeal(f.rep2.Actor(), f.custRep2)
			own, ok1 := f.firstTask(f.actor(asRep))
			other, ok2 := f.firstTask(f.rep2.Actor())
			if !ok1 || !ok2 {
				return fmt.Errorf("no open SOP task to complete")
			}
			f.ready()
			return scopedPair(r, func() error { return second(f.sales.CompleteTask(own.ID, own.Version, "已电话沟通")) },
				func() error { return second(f.sales.CompleteTask(other.ID, other.Version, "已电话沟通")) })
		}},
		"Sales.Compliance": {want: every(scoped), call: func(f *fixture, r role) error {
			return scopedPair(r, func() error { return second(f.sales.Compliance(f.people[asRep].ID, "2026-11")) },
				func() error { return second(f.sales.Compliance(f.rep2.ID, "2026-11")) })
		}},
		"Sales.TeamCompliance": {want: every(scoped), call: func(f *fixture, r role) error {
			list, err := f.sales.TeamCompliance(sales.Filter{}, "2026-11")
			if err != nil {
				return err
			}
			return leaks(r, ids(list, func(c sales.Compliance) string { return c.UserID }), []string{f.rep2.ID})
		}},
		"Sales.Funnel": {want: every(allowed), call: func(f *fixture, r role) error {
			return second(f.sales.Funnel(sales.FunnelQuery{From: "2026-11-01", To: "2026-11-30"}))
		}},
		"Sales.Pipeline":     {want: every(allowed), call: func(f *fixture, r role) error { return second(f.sales.Pipeline(sales.Filter{})) }},
		"Sales.Trend":        {want: every(allowed), call: func(f *fixture, r role) error { return second(f.sales.Trend(sales.TrendQuery{Months: 6})) }},
		"Sales.RepDashboard": {want: every(allowed), call: func(f *fixture, r role) error { return second(f.sales.RepDashboard()) }},
		"Sales.ManagerDashboard": {want: roleWise(allowed, allowed, forbidden), call: func(f *fixture, r role) error {
			return second(f.sales.ManagerDashboard(sales.Filter{}))
		}},
		"Sales.ExportReport": {want: every(allowed), call: func(f *fixture, r role) error {
			return f.withDialogs(func() error {
				return second(f.sales.ExportReport(sales.ReportQuery{FunnelQuery: sales.FunnelQuery{From: "2026-11-01", To: "2026-11-30"}}, "zh-CN"))
			})
		}},
		"Sales.ExportReportTo": {want: every(scoped), call: func(f *fixture, r role) error {
			// Team B's filter is refused to a rep and to another team's manager.
			return scopedPair(r,
				func() error {
					return second(f.sales.ExportReportTo(sales.ReportQuery{FunnelQuery: sales.FunnelQuery{From: "2026-11-01", To: "2026-11-30"}}, "zh-CN", f.newPath(".xlsx")))
				},
				func() error {
					return second(f.sales.ExportReportTo(sales.ReportQuery{FunnelQuery: sales.FunnelQuery{From: "2026-11-01", To: "2026-11-30",
						Filter: sales.Filter{OwnerID: f.rep2.ID}}}, "zh-CN", f.newPath(".xlsx")))
				})
		}},
		"Sales.DueNotices": {want: every(allowed), call: func(f *fixture, r role) error { return second(f.sales.DueNotices()) }},
	}
}

func (f *fixture) stageOf() sales.Stage {
	d, err := f.set.Sales.Deal(tctx, f.actor(asOwner), f.dealRep.ID)
	f.must(err)
	ss, err := f.set.Sales.Stages(tctx)
	f.must(err)
	for _, s := range ss {
		if s.ID == d.StageID {
			return s
		}
	}
	return sales.Stage{}
}
