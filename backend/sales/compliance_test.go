package sales

import (
	"reflect"
	"testing"
	"time"

	"steady/backend/company"
)

// novemberStory gives the rep a November (Shanghai) of SOP tasks, each
// deal's lead task due three days after it began:
//   - A and G are won on the 10th, every task done on time (G in US dollars);
//   - B's task is done a day late; C's is never done;
//   - D is lost after its task fell due, E before its task fell due;
//   - F begins on the 27th, its task still ahead.
func novemberStory(t *testing.T) *world {
	w := newWorld(t)
	w.clock.T = time.Date(2026, 11, 2, 1, 0, 0, 0, time.UTC)
	mk := func(title, currency string) Deal {
		d, err := w.svc.CreateDeal(ctx, w.rep, DealInput{CustomerID: w.custRep, Title: title, AmountMinor: 100, Currency: currency})
		if err != nil {
			t.Fatal(err)
		}
		d, _ = w.svc.TickChecklist(ctx, w.rep, d.ID, d.Version, "lead.fit", true)
		return d
	}
	a, b, c, d, g := mk("A", ""), mk("B", ""), mk("C", ""), mk("D", ""), mk("G", "USD")
	w.clock.T = time.Date(2026, 11, 3, 1, 0, 0, 0, time.UTC)
	w.finishTasks(w.rep, a.ID)
	w.finishTasks(w.rep, g.ID)
	w.clock.T = time.Date(2026, 11, 6, 1, 0, 0, 0, time.UTC)
	w.finishTasks(w.rep, b.ID)
	e := mk("E", "")
	w.clock.T = time.Date(2026, 11, 7, 1, 0, 0, 0, time.UTC)
	for _, lost := range []Deal{d, e} {
		if _, err := w.svc.Lose(ctx, w.rep, lost.ID, LoseInput{Version: lost.Version, ReasonID: reasonPrice}); err != nil {
			t.Fatal(err)
		}
	}
	w.clock.T = time.Date(2026, 11, 10, 1, 0, 0, 0, time.UTC)
	for _, won := range []Deal{a, g} {
		won = w.ready(w.rep, won) // every checklist met, so a win from the first stage skips none
		if _, err := w.svc.Win(ctx, w.rep, won.ID, WinInput{Version: won.Version, AmountMinor: 1_000_00}); err != nil {
			t.Fatal(err)
		}
		w.finishTasks(w.rep, won.ID)
	}
	w.clock.T = time.Date(2026, 11, 27, 1, 0, 0, 0, time.UTC)
	mk("F", "")
	_ = c
	return w
}

func TestComplianceSortsTheMonthsTasks(t *testing.T) {
	w := novemberStory(t)
	got, err := w.svc.Compliance(ctx, w.manager, w.rep.ID, "2026-11")
	if err != nil {
		t.Fatal(err)
	}
	if got.UserName != "李强" || got.Due != 8 || got.OnTime != 4 || got.Late != 1 || got.Missed != 2 || got.Pending != 1 || *got.OnTimeBP != 5714 {
		t.Fatalf("compliance = %+v", got)
	}
	if len(got.LateTasks) != 1 || got.LateTasks[0].DealTitle != "B" || !got.LateTasks[0].Late {
		t.Fatalf("late = %+v", got.LateTasks)
	}
	if len(got.MissedTasks) != 2 || got.MissedTasks[0].DealTitle+got.MissedTasks[1].DealTitle != "CD" &&
		got.MissedTasks[0].DealTitle+got.MissedTasks[1].DealTitle != "DC" {
		t.Fatalf("missed = %+v", got.MissedTasks)
	}
	quiet, err := w.svc.Compliance(ctx, w.rep, w.rep.ID, "2026-10")
	if err != nil || quiet.Due != 0 || quiet.OnTimeBP != nil {
		t.Fatalf("a month without tasks = %+v, %v", quiet, err)
	}
	if _, err := w.svc.Compliance(ctx, w.rep2, w.rep.ID, "2026-11"); !isForbidden(err) {
		t.Fatalf("a colleague's compliance: %v", err)
	}
	if _, err := w.svc.Compliance(ctx, w.rep, w.rep.ID, "2026-13"); fieldCode(err, "month") != "validation.invalidDate" {
		t.Fatalf("bad month: %v", err)
	}
}

func TestTeamCompliance(t *testing.T) {
	w := novemberStory(t)
	rows, err := w.svc.TeamCompliance(ctx, w.manager, Filter{}, "2026-11")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, r := range rows {
		names = append(names, r.UserName)
	}
	if len(rows) != 3 || rows[0].UserName != "李强" || rows[0].Due != 8 || *rows[0].OnTimeBP != 5714 || rows[2].Due != 0 || rows[2].OnTimeBP != nil {
		t.Fatalf("team = %v %+v", names, rows)
	}
	if rows, _ := w.svc.TeamCompliance(ctx, w.owner, Filter{OwnerID: w.loner.ID}, "2026-11"); len(rows) != 1 || rows[0].UserName != "赵敏" {
		t.Fatalf("owner's view of one rep = %+v", rows)
	}
	if _, err := w.svc.TeamCompliance(ctx, w.manager, Filter{OwnerID: w.loner.ID}, "2026-11"); !isForbidden(err) {
		t.Fatalf("manager asking outside the team: %v", err)
	}
}

func TestMonthlyNumbersForTheAppraisal(t *testing.T) {
	w := novemberStory(t)
	start := time.Date(2026, 11, 1, 0, 0, 0, 0, shanghai)
	n, err := w.svc.MonthlyNumbers(ctx, w.rep.ID, start, start.AddDate(0, 1, 0))
	if err != nil {
		t.Fatal(err)
	}
	rate := 5714
	want := MonthlyNumbers{UserID: w.rep.ID, Currency: "CNY", WonMinor: 1_000_00, WonCount: 2, DealsCreated: 7,
		TasksDue: 8, TasksOnTime: 4, TasksLate: 1, TasksMissed: 2, TasksPending: 1, SOPComplianceBP: &rate}
	if n.SOPComplianceBP == nil || *n.SOPComplianceBP != rate {
		t.Fatalf("compliance = %v", n.SOPComplianceBP)
	}
	// G's US dollars have no November rate: counted as a win, listed as
	// not converted, adding nothing silently
	miss := n.Conversion.NotConverted
	if len(miss) != 1 || miss[0] != (company.NotConverted{Currency: "USD", Month: "2026-11", Count: 1, AmountMinor: 1_000_00}) {
		t.Fatalf("not converted = %+v", miss)
	}
	n.SOPComplianceBP, want.SOPComplianceBP, n.Conversion = nil, nil, company.Conversion{}
	if !reflect.DeepEqual(n, want) {
		t.Fatalf("numbers = %+v\nwant      %+v", n, want)
	}
	dec, _ := w.svc.MonthlyNumbers(ctx, w.rep.ID, start.AddDate(0, 1, 0), start.AddDate(0, 2, 0))
	if dec.WonCount != 0 || dec.DealsCreated != 0 || dec.SOPComplianceBP != nil {
		t.Fatalf("december = %+v", dec)
	}
}
