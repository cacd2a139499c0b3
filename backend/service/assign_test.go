package service

import "testing"

// Hand-overs stay within reach: a rep hands a ticket only back to the
// customer's owner (never into another team, nor to a teammate), a manager
// within their team, the owner to anyone; each hand-over is in the
// ticket's history under the new assignee's name and in the audit trail.
func TestReassigningStaysWithinReach(t *testing.T) {
	w := newWorld(t)
	// a ticket of rep2's customer, handed to rep by the manager
	k, err := w.svc.OpenTicket(ctx, w.manager, TicketInput{CustomerID: w.custRep2, Kind: KindRepair, Priority: PriorityNormal,
		Channel: "visit", Subject: "上门维修", AssigneeID: w.rep.ID})
	if err != nil {
		t.Fatal(err)
	}
	names := func(a Actor) map[string]bool {
		list, err := w.svc.Assignees(ctx, a.actor, k.ID)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]bool{}
		for _, p := range list {
			out[p.ID] = true
		}
		return out
	}
	for _, c := range []struct {
		who       Actor
		to        Actor
		may       bool
		inTheList bool
	}{
		{Actor{w.rep}, Actor{w.loner}, false, false},   // into another team
		{Actor{w.rep}, Actor{w.manager}, false, false}, // up, or to a teammate: not theirs to give
		{Actor{w.manager}, Actor{w.loner}, false, false},
		{Actor{w.rep}, Actor{w.rep2}, true, true}, // back to the customer's owner
	} {
		if got := names(c.who)[c.to.actor.ID]; got != c.inTheList {
			t.Errorf("%s's list holds %s: %v", c.who.actor.Role, c.to.actor.ID, got)
		}
		k = w.reload(k)
		_, err := w.svc.Assign(ctx, c.who.actor, Change{TicketID: k.ID, AssigneeID: c.to.actor.ID, Version: k.Version})
		if c.may != (err == nil) {
			t.Fatalf("%s hands to %s: %v", c.who.actor.Role, c.to.actor.ID, err)
		}
		if !c.may && code(err, "assigneeId") != "validation.invalidUser" {
			t.Errorf("%s hands to %s: %v", c.who.actor.Role, c.to.actor.ID, err)
		}
	}
	if !names(Actor{w.owner})[w.loner.ID] {
		t.Error("the owner may hand to anyone")
	}
	k = w.reload(k)
	if _, err := w.svc.Assign(ctx, w.owner, Change{TicketID: k.ID, AssigneeID: w.loner.ID, Version: k.Version}); err != nil {
		t.Fatal(err)
	}
	d, err := w.svc.Ticket(ctx, w.owner, k.ID)
	if err != nil {
		t.Fatal(err)
	}
	var handed []string
	for _, e := range d.History {
		if e.Action == "assign" {
			handed = append(handed, e.Note)
		}
	}
	if len(handed) != 2 || handed[0] != "陈静" || handed[1] != "赵敏" || d.Ticket.AssigneeID != w.loner.ID {
		t.Errorf("history of hand-overs = %v, assignee %s", handed, d.Ticket.AssigneeName)
	}
	var audited int
	if err := w.db.Read().QueryRow(`SELECT count(*) FROM audit_log WHERE entity = 'ticket' AND entity_id = ? AND action = 'assign'`, k.ID).Scan(&audited); err != nil || audited != 2 {
		t.Errorf("%d hand-overs audited, %v", audited, err)
	}
	// the rep who handed it on no longer sees it (neither theirs nor their customer's)
	if _, err := w.svc.Assignees(ctx, w.rep, k.ID); err == nil {
		t.Error("rep still reads a ticket handed away from them")
	}
}
