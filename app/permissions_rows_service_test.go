package app

import (
	"steady/backend/service"
)

// newTicket opens a ticket on customerID as the owner (who may on any
// customer), for the rows to act on.
func (f *fixture) newTicket(customerID string) service.Ticket {
	f.t.Helper()
	t, err := f.set.Service.OpenTicket(tctx, f.actor(asOwner), service.TicketInput{CustomerID: customerID,
		Kind: service.KindComplaint, Priority: service.PriorityNormal, Channel: "phone", Subject: "打印机卡纸"})
	f.must(err)
	return t
}

// resolvedTicket is a ticket on customerID the owner has resolved, ready for a survey.
func (f *fixture) resolvedTicket(customerID string) service.Ticket {
	f.t.Helper()
	t := f.newTicket(customerID)
	t, err := f.set.Service.SetStatus(tctx, f.actor(asOwner), service.Change{TicketID: t.ID, Status: service.StatusResolved,
		Resolution: "更换了搓纸轮", Version: t.Version})
	f.must(err)
	return t
}

// ticketPair opens a ticket on team A's customer and one on team B's, then acts on each.
func ticketPair(f *fixture, r role, make func(customerID string) service.Ticket, act func(t service.Ticket) error) error {
	own, other := make(f.custRep), make(f.custRep2)
	f.ready()
	return scopedPair(r, func() error { return act(own) }, func() error { return act(other) })
}

func serviceRows() map[string]row {
	change := func(f *fixture, c service.Change) func(t service.Ticket) error {
		return func(t service.Ticket) error {
			c.TicketID, c.Version = t.ID, t.Version
			return second(f.serviceDesk.SetStatus(c))
		}
	}
	return map[string]row{
		"ServiceDesk.Tickets": {want: every(scoped), call: func(f *fixture, r role) error {
			own, other := f.newTicket(f.custRep), f.newTicket(f.custRep2)
			f.ready()
			page, err := f.serviceDesk.Tickets(service.TicketQuery{})
			if err != nil {
				return err
			}
			return leaks(r, ids(page.Tickets, func(t service.Ticket) string { return t.ID }), []string{other.ID}, own.ID)
		}},
		"ServiceDesk.Ticket": {want: every(scoped), call: func(f *fixture, r role) error {
			return ticketPair(f, r, f.newTicket, func(t service.Ticket) error { return second(f.serviceDesk.Ticket(t.ID)) })
		}},
		"ServiceDesk.OpenTicket": {want: every(scoped), call: func(f *fixture, r role) error {
			open := func(customerID string) error {
				return second(f.serviceDesk.OpenTicket(service.TicketInput{CustomerID: customerID, Kind: service.KindRepair,
					Priority: service.PriorityHigh, Channel: "wechat", Subject: "设备报修"}))
			}
			return scopedPair(r, func() error { return open(f.custRep) }, func() error { return open(f.custRep2) })
		}},
		"ServiceDesk.Reply": {want: every(scoped), call: func(f *fixture, r role) error {
			return ticketPair(f, r, f.newTicket, func(t service.Ticket) error {
				return second(f.serviceDesk.Reply(service.Change{TicketID: t.ID, Note: "已安排上门", Version: t.Version}))
			})
		}},
		"ServiceDesk.SetStatus": {want: every(scoped), call: func(f *fixture, r role) error {
			return ticketPair(f, r, f.newTicket, change(f, service.Change{Status: service.StatusInProgress}))
		}},
		"ServiceDesk.Assign": {want: every(scoped), call: func(f *fixture, r role) error {
			return ticketPair(f, r, f.newTicket, func(t service.Ticket) error {
				return second(f.serviceDesk.Assign(service.Change{TicketID: t.ID, AssigneeID: f.actor(r).ID, Version: t.Version}))
			})
		}},
		"ServiceDesk.Assignees": {want: every(scoped), call: func(f *fixture, r role) error {
			return ticketPair(f, r, f.newTicket, func(t service.Ticket) error { return second(f.serviceDesk.Assignees(t.ID)) })
		}},
		"ServiceDesk.SendSurvey": {want: every(scoped), call: func(f *fixture, r role) error {
			return ticketPair(f, r, f.resolvedTicket, func(t service.Ticket) error {
				return second(f.serviceDesk.SendSurvey(service.SurveyRef{TicketID: t.ID}))
			})
		}},
		"ServiceDesk.RecordSurvey": {want: every(scoped), call: func(f *fixture, r role) error {
			return ticketPair(f, r, f.resolvedTicket, func(t service.Ticket) error {
				return second(f.serviceDesk.RecordSurvey(service.Answer{SurveyRef: service.SurveyRef{TicketID: t.ID}, Score: 4,
					ReplyText: "4 分，师傅很专业"}))
			})
		}},
		"ServiceDesk.Surveys": {want: every(allowed), call: func(f *fixture, r role) error {
			return second(f.serviceDesk.Surveys(service.SurveyQuery{}))
		}},
		"ServiceDesk.Followups": {want: every(allowed), call: func(f *fixture, r role) error {
			return second(f.serviceDesk.Followups(""))
		}},
		"ServiceDesk.CompleteFollowup": {want: roleWise(allowed, allowed, forbidden), call: func(f *fixture, r role) error {
			// A low score on team A's customer: the follow-up is the team
			// manager's; the owner and that manager complete it, the rep may not.
			t := f.resolvedTicket(f.custRep)
			if _, err := f.set.Service.RecordSurvey(tctx, f.actor(asOwner), service.Answer{SurveyRef: service.SurveyRef{TicketID: t.ID},
				Score: 1, ReplyText: "1 分"}); err != nil {
				return err
			}
			list, err := f.set.Service.Followups(tctx, f.actor(asOwner), "")
			if err != nil || len(list) == 0 {
				return err
			}
			fu := list[0]
			f.ready()
			return second(f.serviceDesk.CompleteFollowup(fu.ID, "已致电道歉", fu.Version))
		}},
		"ServiceDesk.Health": {want: every(scoped), call: func(f *fixture, r role) error {
			f.ready()
			return scopedPair(r, func() error { return second(f.serviceDesk.Health(f.custRep)) },
				func() error { return second(f.serviceDesk.Health(f.custRep2)) })
		}},
		"ServiceDesk.Report": {want: every(allowed), call: func(f *fixture, r role) error {
			return second(f.serviceDesk.Report("2026-11"))
		}},
		"ServiceDesk.Export": {want: every(allowed), call: func(f *fixture, r role) error {
			return f.withDialogs(func() error { return second(f.serviceDesk.Export("2026-11", "zh-CN")) })
		}},
		"ServiceDesk.Settings": {want: every(allowed), call: func(f *fixture, r role) error {
			return second(f.serviceDesk.Settings())
		}},
		"ServiceDesk.SaveSettings": {want: roleWise(allowed, allowed, forbidden), call: func(f *fixture, r role) error {
			st, err := f.set.Service.Settings(tctx)
			f.must(err)
			return second(f.serviceDesk.SaveSettings(st))
		}},
		"ServiceDesk.Hours": {want: every(allowed), call: func(f *fixture, r role) error {
			return second(f.serviceDesk.Hours())
		}},
		"ServiceDesk.SaveHours": {want: roleWise(allowed, forbidden, forbidden), call: func(f *fixture, r role) error {
			h, err := f.set.Company.Hours(tctx)
			f.must(err)
			return second(f.serviceDesk.SaveHours(h))
		}},
	}
}
