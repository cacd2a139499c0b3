package sales

import (
	"context"
	"reflect"
	"slices"
	"testing"
	"time"

	"steady/backend/auth"
	"steady/backend/company"
)

// dashboardStory ends on 27 November 09:00 in Shanghai. Each deal's lead
// task is due three days after it began: A's yesterday (overdue), B's at
// 13:00 today, C's tomorrow; rep2's D was due two days ago. E was won this
// morning for 880.00.
func dashboardStory(t *testing.T) *world {
	w := newWorld(t)
	at := func(day, hour int) { w.clock.T = time.Date(2026, 11, day, hour, 0, 0, 0, time.UTC) }
	at(22, 1)
	w.deal(w.rep2, w.custRep2, "D", 100_00)
	at(23, 2)
	w.deal(w.rep, w.custRep, "A", 100_00)
	at(24, 5)
	w.deal(w.rep, w.custRep, "B", 200_00)
	at(25, 1)
	w.deal(w.rep, w.custRep, "C", 300_00)
	at(27, 1)
	w.win(w.rep, w.ready(w.rep, w.deal(w.rep, w.custRep, "E", 0)), 880_00)
	return w
}

func titles(tasks []Task) []string {
	out := []string{}
	for _, t := range tasks {
		out = append(out, t.DealTitle)
	}
	return out
}

func TestRepDashboard(t *testing.T) {
	w := dashboardStory(t)
	d, err := w.svc.RepDashboard(ctx, w.rep)
	if err != nil {
		t.Fatal(err)
	}
	if got := titles(d.Today); len(got) != 1 || got[0] != "B" {
		t.Fatalf("today = %v", got)
	}
	if got := titles(d.Overdue); len(got) != 1 || got[0] != "A" || d.OverdueTotal != 1 || !d.Overdue[0].Overdue {
		t.Fatalf("overdue = %v (%d)", got, d.OverdueTotal)
	}
	if d.Pipeline.Count != 3 || d.Pipeline.AmountMinor != 600_00 || d.Pipeline.Stages[0].WeightedMinor != 30_00 {
		t.Fatalf("pipeline = %+v", d.Pipeline)
	}
	want := MonthToDate{Month: "2026-11", Currency: "CNY", WonMinor: 880_00, WonCount: 1}
	got := d.MonthToDate
	got.Conversion = company.Conversion{}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("month to date = %+v", d.MonthToDate)
	}
}

func TestManagerDashboard(t *testing.T) {
	w := dashboardStory(t)
	d, err := w.svc.ManagerDashboard(ctx, w.manager, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.OverdueByRep) != 2 || d.OverdueByRep[0].UserName != "李强" || d.OverdueByRep[1].UserID != w.rep2.ID ||
		d.OverdueByRep[1].OldestDueAt != "2026-11-25T01:00:00.000Z" {
		t.Fatalf("overdue by rep = %+v", d.OverdueByRep)
	}
	if d.Pipeline.Count != 4 || d.MonthToDate.WonMinor != 880_00 || d.MonthToDate.TargetMinor != nil {
		t.Fatalf("pipeline %d, month %+v", d.Pipeline.Count, d.MonthToDate)
	}
	if d.Funnel.From != "2026-09-01" || d.Funnel.To != "2026-11-27" || d.Funnel.Deals != 5 || d.Funnel.Won != 1 {
		t.Fatalf("funnel = %s…%s %d deals %d won", d.Funnel.From, d.Funnel.To, d.Funnel.Deals, d.Funnel.Won)
	}
	cases := []struct {
		name  string
		actor auth.Actor
		f     Filter
		ok    bool
	}{
		{"a rep", w.rep, Filter{}, false},
		{"one of the team", w.manager, Filter{OwnerID: w.rep2.ID}, true},
		{"outside the team", w.manager, Filter{OwnerID: w.loner.ID}, false},
		{"the owner", w.owner, Filter{}, true},
	}
	for _, c := range cases {
		if _, err := w.svc.ManagerDashboard(ctx, c.actor, c.f); (err == nil) != c.ok || (err != nil && !isForbidden(err)) {
			t.Errorf("%s: %v", c.name, err)
		}
	}
	one, _ := w.svc.ManagerDashboard(ctx, w.manager, Filter{OwnerID: w.rep2.ID})
	if len(one.OverdueByRep) != 1 || one.Pipeline.Count != 1 {
		t.Fatalf("one rep = %+v", one)
	}
}

func TestDueSinceFindsWhatFellDue(t *testing.T) {
	w := dashboardStory(t)
	n, err := w.svc.DueSince(ctx, w.rep, time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC))
	if err != nil || n.Total != 1 || titles(n.Tasks)[0] != "A" || n.Until != "2026-11-27T01:00:00.000Z" {
		t.Fatalf("since yesterday = %+v, %v", n, err)
	}
	w.clock.T = time.Date(2026, 11, 27, 6, 0, 0, 0, time.UTC)
	n, _ = w.svc.DueSince(ctx, w.rep, time.Date(2026, 11, 27, 1, 0, 0, 0, time.UTC))
	if n.Total != 1 || titles(n.Tasks)[0] != "B" {
		t.Fatalf("since the last poll = %+v", n)
	}
	if n, _ := w.svc.DueSince(ctx, w.rep2, time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)); n.Total != 0 || len(n.Tasks) != 0 {
		t.Fatalf("rep2's task fell due before = %+v", n)
	}
}

// The dashboards show the month so far against the sales-amount target of
// the people they count: a rep's own, a manager's team's, the owner's
// everyone's; none when the appraisal area has no target for them.
func TestDashboardsShowTheTargetOfThePeopleCounted(t *testing.T) {
	w := dashboardStory(t)
	var asked [][]string
	w.svc.SetTargets(func(_ context.Context, month string, userIDs []string) (*int64, error) {
		if month != "2026-11" {
			t.Errorf("target asked for %s", month)
		}
		asked = append(asked, userIDs)
		if slices.Contains(userIDs, w.loner.ID) && len(userIDs) == 1 {
			return nil, nil
		}
		sum := int64(len(userIDs)) * 100_000_00
		return &sum, nil
	})
	rep, err := w.svc.RepDashboard(ctx, w.rep)
	if err != nil || rep.MonthToDate.TargetMinor == nil || *rep.MonthToDate.TargetMinor != 100_000_00 || !slices.Equal(asked[0], []string{w.rep.ID}) {
		t.Fatalf("the rep's target = %v for %v (%v)", rep.MonthToDate.TargetMinor, asked, err)
	}
	m, err := w.svc.ManagerDashboard(ctx, w.manager, Filter{})
	team := []string{w.manager.ID, w.rep.ID, w.rep2.ID}
	slices.Sort(team)
	got := slices.Sorted(slices.Values(asked[1]))
	if err != nil || *m.MonthToDate.TargetMinor != 300_000_00 || !slices.Equal(got, team) {
		t.Fatalf("the team's target = %v for %v (%v)", m.MonthToDate.TargetMinor, asked[1], err)
	}
	if _, err := w.svc.ManagerDashboard(ctx, w.owner, Filter{}); err != nil || len(asked[2]) != 5 {
		t.Fatalf("the owner's target covers %v (%v)", asked[2], err)
	}
	loner, err := w.svc.RepDashboard(ctx, w.loner)
	if err != nil || loner.MonthToDate.TargetMinor != nil {
		t.Fatalf("a rep without a target: %v (%v)", loner.MonthToDate.TargetMinor, err)
	}
}
