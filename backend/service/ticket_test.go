package service

import (
	"errors"
	"testing"

	"steady/backend/apperr"
)

// An urgent complaint (respond in 60, resolve in 540 working minutes) raised
// at 17:30 on a Friday is due on Monday: the weekend does not count.
func TestTargetsCountWorkingHoursOverTheWeekend(t *testing.T) {
	w := newWorld(t)
	w.at(local(27, 17, 30))
	k := w.open(w.rep, w.custRep, KindComplaint, PriorityUrgent)
	if k.ResponseDueAt != stampOf(local(30, 9, 30)) || k.ResolveDueAt != stampOf(local(30, 17, 30)) {
		t.Fatalf("due %s / %s, want Monday 09:30 and 17:30", k.ResponseDueAt, k.ResolveDueAt)
	}
	w.at(local(29, 20, 0)) // Sunday evening: nothing is late yet
	if k = w.reload(k); k.Overdue {
		t.Errorf("overdue on Sunday")
	}
	w.at(local(30, 9, 45))
	if k = w.reload(k); !k.Overdue || !k.ResponseOverdue {
		t.Errorf("no response by Monday 09:45 should be overdue: %+v", k)
	}
	k, err := w.svc.Reply(ctx, w.rep, Change{TicketID: k.ID, Note: "已联系客户，明天上门", Version: k.Version})
	if err != nil {
		t.Fatal(err)
	}
	if k.RespondedAt == "" || k.RespondedOnTime == nil || *k.RespondedOnTime {
		t.Errorf("a reply after the due time is a late response: %+v", k.RespondedOnTime)
	}
	w.at(local(30, 17, 45))
	k = w.status(w.rep, k, StatusResolved)
	if k.ResolvedOnTime == nil || *k.ResolvedOnTime {
		t.Errorf("resolved after Monday 17:30 must be late")
	}
}

// Waiting for the customer stops the clock: the same ticket, paused for a
// day, is resolved within target a day later.
func TestWaitingForTheCustomerPausesTheClock(t *testing.T) {
	w := newWorld(t)
	w.at(local(27, 17, 0))
	k := w.open(w.rep, w.custRep, KindRepair, PriorityUrgent)
	w.at(local(30, 10, 0)) // 2 working hours used (Fri 17–18, Mon 9–10)
	k = w.status(w.rep, k, StatusWaiting)
	if k.ResolveDueAt != "" || k.UsedMin != 120 {
		t.Fatalf("waiting: due %q used %d, want paused with 120", k.ResolveDueAt, k.UsedMin)
	}
	if k.RespondedOnTime != nil && *k.RespondedOnTime {
		t.Errorf("a status change after the response target is a late response")
	}
	w.at(local(31, 10, 0)) // the customer answers on Tuesday
	if k = w.reload(k); k.Overdue {
		t.Errorf("a paused ticket is not overdue")
	}
	k = w.status(w.rep, k, StatusInProgress)
	if k.ResolveDueAt != stampOf(local(31, 17, 0)) {
		t.Errorf("resumed due %s, want Tuesday 17:00 (420 minutes left)", k.ResolveDueAt)
	}
	w.at(local(31, 16, 0))
	k = w.status(w.rep, k, StatusResolved)
	if k.ResolvedOnTime == nil || !*k.ResolvedOnTime {
		t.Errorf("resolved within the paused target: %+v", k)
	}
	w.at(local(31, 16, 30))
	k = w.status(w.rep, k, StatusClosed)
	if k.ClosedAt == "" {
		t.Error("closed ticket has no closing time")
	}
	if _, err := w.svc.SetStatus(ctx, w.rep, Change{TicketID: k.ID, Status: StatusInProgress, Version: k.Version}); code(err, "status") != "service.errors.transition" {
		t.Errorf("a closed ticket reopened: %v", err)
	}
}

func TestResolvingNeedsAResolutionAndTheVersionRead(t *testing.T) {
	w := newWorld(t)
	k := w.open(w.rep, w.custRep, KindConsultation, PriorityNormal)
	_, err := w.svc.SetStatus(ctx, w.rep, Change{TicketID: k.ID, Status: StatusResolved, Version: k.Version})
	if code(err, "resolution") != "validation.required" {
		t.Errorf("resolve without a resolution: %v", err)
	}
	w.status(w.rep, k, StatusInProgress)
	_, err = w.svc.Reply(ctx, w.rep, Change{TicketID: k.ID, Note: "旧版本", Version: k.Version})
	if !errors.Is(err, apperr.ErrConflict) {
		t.Errorf("a stale version was accepted: %v", err)
	}
	d, err := w.svc.Ticket(ctx, w.rep, k.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.History) != 2 || d.History[0].Action != "open" || d.History[1].ToStatus != StatusInProgress {
		t.Errorf("history = %+v", d.History)
	}
}

// The backdating window stops a ticket being logged as received long ago
// (or in the future) to move its clock.
func TestReceivedTimeStaysInTheBackdatingWindow(t *testing.T) {
	w := newWorld(t)
	for _, c := range []struct{ at, want string }{
		{stampOf(local(20, 9, 0)), "validation.backdateLimit"},
		{stampOf(local(28, 9, 0)), "validation.inFuture"},
		{stampOf(local(25, 9, 0)), ""},
	} {
		_, err := w.svc.OpenTicket(ctx, w.rep, TicketInput{CustomerID: w.custRep, Kind: KindRepair, Priority: PriorityLow,
			Channel: "wechat", Subject: "维修", ReceivedAt: c.at})
		if code(err, "receivedAt") != c.want {
			t.Errorf("received %s: %v, want %q", c.at, err, c.want)
		}
	}
}

func TestTicketsAreScopedLikeCustomers(t *testing.T) {
	w := newWorld(t)
	own := w.open(w.rep, w.custRep, KindComplaint, PriorityHigh)
	// the manager gives a ticket of rep2's customer to rep
	handed, err := w.svc.OpenTicket(ctx, w.manager, TicketInput{CustomerID: w.custRep2, Kind: KindRepair, Priority: PriorityLow,
		Channel: "visit", Subject: "上门维修", AssigneeID: w.rep.ID})
	if err != nil {
		t.Fatal(err)
	}
	lone := w.open(w.loner, w.custLo, KindReturn, PriorityNormal)
	visible := func(a Actor) map[string]bool {
		page, err := w.svc.Tickets(ctx, a.actor, TicketQuery{Status: "all"})
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]bool{}
		for _, k := range page.Tickets {
			out[k.ID] = true
		}
		return out
	}
	cases := []struct {
		name string
		who  Actor
		want []string
	}{
		{"rep: own customer and assigned to them", Actor{w.rep}, []string{own.ID, handed.ID}},
		{"rep2: own customer's ticket handed to another", Actor{w.rep2}, []string{handed.ID}},
		{"manager: the team's", Actor{w.manager}, []string{own.ID, handed.ID}},
		{"loner: only theirs", Actor{w.loner}, []string{lone.ID}},
		{"owner: all", Actor{w.owner}, []string{own.ID, handed.ID, lone.ID}},
	}
	for _, c := range cases {
		got := visible(c.who)
		if len(got) != len(c.want) {
			t.Errorf("%s: sees %d tickets, want %d", c.name, len(got), len(c.want))
		}
		for _, id := range c.want {
			if !got[id] {
				t.Errorf("%s: misses %s", c.name, id)
			}
		}
	}
	if _, err := w.svc.Ticket(ctx, w.loner, own.ID); !errors.Is(err, apperr.ErrForbidden) {
		t.Errorf("loner read another's ticket: %v", err)
	}
	if _, err := w.svc.Reply(ctx, w.rep2, Change{TicketID: own.ID, Note: "x", Version: own.Version}); !errors.Is(err, apperr.ErrForbidden) {
		t.Errorf("rep2 changed rep's ticket: %v", err)
	}
	_, err = w.svc.OpenTicket(ctx, w.rep, TicketInput{CustomerID: w.custLo, Kind: KindComplaint, Priority: PriorityLow, Channel: "phone", Subject: "x"})
	if !errors.Is(err, apperr.ErrForbidden) {
		t.Errorf("rep opened a ticket on another's customer: %v", err)
	}
	_, err = w.svc.OpenTicket(ctx, w.rep, TicketInput{CustomerID: w.custRep, Kind: KindComplaint, Priority: PriorityLow, Channel: "phone",
		Subject: "x", AssigneeID: w.loner.ID})
	if code(err, "assigneeId") != "validation.invalidUser" {
		t.Errorf("rep handed a ticket outside their reach: %v", err)
	}
}

func TestOverdueListsForAssigneeAndManager(t *testing.T) {
	w := newWorld(t)
	w.at(local(27, 9, 0))
	late := w.open(w.rep, w.custRep, KindComplaint, PriorityUrgent)
	w.open(w.rep, w.custRep, KindConsultation, PriorityLow)
	w.at(local(27, 11, 0)) // urgent response (60 min) missed; low (540) not
	for _, a := range []Actor{{w.rep}, {w.manager}, {w.owner}} {
		page, err := w.svc.Tickets(ctx, a.actor, TicketQuery{Status: "overdue"})
		if err != nil {
			t.Fatal(err)
		}
		if len(page.Tickets) != 1 || page.Tickets[0].ID != late.ID || !page.Tickets[0].Overdue {
			t.Errorf("%s overdue list = %+v", a.actor.Role, page.Tickets)
		}
	}
	page, _ := w.svc.Tickets(ctx, w.rep2, TicketQuery{Status: "overdue"})
	if len(page.Tickets) != 0 {
		t.Errorf("rep2 sees rep's overdue ticket")
	}
}

// A rep's and a manager's active list merges the tickets assigned to them
// with those of their customers, pages without a gap or a repeat, and
// leaves out what is resolved.
func TestActiveListsMergeAssignedAndOwnCustomers(t *testing.T) {
	w := newWorld(t)
	var want []string
	for i := range 5 {
		w.at(local(23, 9, i))
		want = append(want, w.open(w.rep, w.custRep, KindRepair, PriorityLow).ID)
	}
	w.at(local(23, 10, 0))
	// rep2's customer, handed to rep; rep's customer, handed to rep2
	for _, in := range []TicketInput{{CustomerID: w.custRep2, AssigneeID: w.rep.ID}, {CustomerID: w.custRep, AssigneeID: w.rep2.ID}} {
		in.Kind, in.Priority, in.Channel, in.Subject = KindRepair, PriorityLow, "phone", "上门"
		k, err := w.svc.OpenTicket(ctx, w.manager, in)
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, k.ID)
		w.at(local(23, 10, 1))
	}
	w.status(w.rep, w.open(w.rep, w.custRep, KindRepair, PriorityLow), StatusResolved)
	w.open(w.loner, w.custLo, KindRepair, PriorityLow)
	for _, a := range []Actor{{w.rep}, {w.manager}} {
		var got []string
		before := ""
		for range 10 {
			page, err := w.svc.Tickets(ctx, a.actor, TicketQuery{Before: before, Limit: 3})
			if err != nil {
				t.Fatal(err)
			}
			for _, k := range page.Tickets {
				got = append(got, k.ID)
			}
			if before = page.Next; before == "" {
				break
			}
		}
		if len(got) != len(want) {
			t.Fatalf("%s: %d active tickets, want %d", a.actor.Role, len(got), len(want))
		}
		for i := range got {
			if got[i] != want[len(want)-1-i] {
				t.Errorf("%s: place %d holds %s, want %s (newest first)", a.actor.Role, i, got[i], want[len(want)-1-i])
			}
		}
	}
}
