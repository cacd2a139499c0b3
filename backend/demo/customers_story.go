package demo

import (
	"slices"
	"time"

	"steady/backend/auth"
)

// story plans what happens to a customer after it is created: follow-ups by
// its owner, a move to prospect, wins, now and then a hand-over or a trip
// through the pool, and rarely a loss. Most customers still held at the end
// were followed up in the last four weeks (a kept one and one who bought
// always); the rest the pool rule takes.
func (p *planner) story(cp customerPlan, owner auth.Actor) []event {
	life := p.now.Sub(cp.created)
	at := func(from, to float64) time.Time {
		t := cp.created.Add(time.Duration((from + (to-from)*p.r.Float64()) * float64(life)))
		return p.clamp(p.workTime(t), cp.created)
	}
	var ev []event
	for range p.r.IntN(4) + p.r.IntN(4) + p.r.IntN(3)*p.r.IntN(5) {
		ev = append(ev, p.activity(at(0.02, 1), len(cp.in.Contacts)))
	}
	if p.r.IntN(100) < 55 {
		ev = append(ev, event{at: at(0.05, 0.4), kind: "prospect", reason: pickOf(p.r, demoProspectReasons)})
	}
	if p.r.IntN(100) < 20 {
		for range 1 + p.pick(4, []int{45, 30, 15, 10}) {
			ev = append(ev, event{at: at(0.3, 1), kind: "win", amount: p.amount()})
		}
	}
	if !cp.kept {
		ev = p.handOver(ev, at, owner)
		if p.r.IntN(100) < 2 {
			ev = append(ev, event{at: at(0.9, 1), kind: "churn", reason: pickOf(p.r, demoChurnReasons)})
		}
	}
	// A customer who bought stays in touch for sure: the pool rule takes only
	// leads and prospects, so nothing else would end its revisits. One left in
	// the pool has nobody to keep in touch; one claimed from it, its new owner.
	bought := slices.ContainsFunc(ev, func(e event) bool { return e.kind == "win" })
	held, since := heldSince(ev, cp.created)
	if (cp.kept || bought || p.r.IntN(100) < 88) && held {
		// the owner keeps in touch: a follow-up within the last four weeks
		recent := p.clamp(p.workTime(p.now.Add(-time.Duration(p.r.IntN(27*24))*time.Hour)), since)
		e := p.activity(recent, len(cp.in.Contacts))
		for (cp.kept || bought) && e.follow.kind == "note" { // a note is no contact: no revisit, and the pool rule would take it
			e = p.activity(recent, len(cp.in.Contacts))
		}
		ev = append(ev, e)
	}
	slices.SortStableFunc(ev, func(a, b event) int { return a.at.Compare(b.at) })
	return ev
}

// heldSince says whether the customer has an owner at the end of its story
// and since when that owner holds it: from its creation, or from a claim
// out of the pool after a release.
func heldSince(ev []event, created time.Time) (bool, time.Time) {
	held, since := true, created
	for _, e := range ev {
		switch e.kind {
		case "release":
			held = false
		case "claim":
			held, since = true, e.at
		}
	}
	return held, since
}

// handOver adds, to some customers, a release to the pool (and maybe a
// claim by another rep) or an assignment by the manager.
func (p *planner) handOver(ev []event, at func(from, to float64) time.Time, owner auth.Actor) []event {
	other := p.t.reps[p.r.IntN(len(p.t.reps))]
	if other.ID == owner.ID {
		other = p.t.reps[(slices.Index(p.t.reps, owner)+1)%len(p.t.reps)]
	}
	switch x := p.r.IntN(100); {
	case x < 10:
		release := at(0.3, 0.7)
		ev = append(ev, event{at: release, kind: "release", reason: pickOf(p.r, demoReleaseReasons)})
		if p.r.IntN(2) == 0 {
			claim := release.Add(time.Duration(1+p.r.IntN(20)) * 24 * time.Hour)
			if claim.Before(p.now) { // what lies beyond now does not happen
				ev = append(ev, event{at: claim, kind: "claim", to: other})
			}
		}
	case x < 18:
		ev = append(ev, event{at: at(0.2, 0.8), kind: "assign", to: other, reason: pickOf(p.r, demoAssignReasons)})
	}
	return ev
}

func (p *planner) activity(at time.Time, contacts int) event {
	e := event{at: at, kind: "activity", follow: demoFollowUps[p.r.IntN(len(demoFollowUps))], contact: -1}
	if contacts > 0 && e.follow.kind != "note" {
		e.contact = p.r.IntN(contacts)
	}
	return e
}

// amount is a won deal's value in fen: mostly ¥5,000 to ¥300,000, a few big ones.
func (p *planner) amount() int64 {
	yuan := int64(5_000 + p.r.IntN(295_000))
	if p.r.IntN(10) == 0 {
		yuan *= 5
	}
	return yuan / 100 * 100 * 100
}

// clamp keeps t after the customer existed and before now.
func (p *planner) clamp(t, created time.Time) time.Time {
	switch {
	case t.Before(created):
		return created.Add(time.Minute)
	case t.After(p.now):
		return p.now.Add(-time.Minute)
	}
	return t
}

func pickOf(r interface{ IntN(int) int }, list []string) string { return list[r.IntN(len(list))] }
