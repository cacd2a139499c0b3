package customer

import (
	"context"
	"testing"
	"time"

	"steady/backend/store"
)

// monthOf counts userID's revisit numbers for the Shanghai calendar month.
func (w *world) monthOf(userID string, month int) MonthlyNumbers {
	w.t.Helper()
	from := time.Date(2026, time.Month(month), 1, 0, 0, 0, 0, shanghai)
	n, err := w.svc.MonthlyNumbers(context.Background(), userID, from.UTC(), from.AddDate(0, 1, 0).UTC())
	if err != nil {
		w.t.Fatal(err)
	}
	return n
}

// dueToday says whether name is on the due list, due today (not overdue).
func dueToday(due map[string]int, name string) bool {
	d, ok := due[name]
	return ok && d == 0
}

// logAt records a follow-up dated at (RFC 3339) and returns the result.
func (w *world) logAt(customerID, kind string, at time.Time) (Activity, error) {
	return w.svc.LogActivity(context.Background(), w.rep, ActivityInput{CustomerID: customerID, Kind: kind,
		Summary: "上门拜访", At: store.FormatTime(at)})
}

func TestDeletingAVisitTakesItsCreditBack(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	weeklyRevisits(t, w)
	w.at(3, 2, 9)
	c := w.create(w.rep, CustomerInput{Name: "明远科技"})
	w.at(3, 9, 10) // due today
	visit := w.log(w.rep, c.ID, ActivityVisit)
	if due := dueNames(t, w, w.rep); len(due) != 0 {
		t.Fatalf("due after the visit: %v", due)
	}
	if err := w.svc.DeleteActivity(ctx, w.rep, visit.ID, visit.Version); err != nil {
		t.Fatal(err)
	}
	if due := dueNames(t, w, w.rep); len(due) != 1 || !dueToday(due, "明远科技") {
		t.Fatalf("the revisit the deleted visit completed is not due again: %v", due)
	}
	if got := w.get(c.ID).LastContactAt; got != "" {
		t.Fatalf("last contact after deleting the only visit = %q", got)
	}
	w.at(3, 11, 10)
	if n := w.monthOf(w.rep.ID, 3); n.RevisitsOnTime != 0 || n.RevisitsMissed != 1 {
		t.Fatalf("March after the deletion = %+v", n)
	}
	// a later real visit completes it, late
	w.log(w.rep, c.ID, ActivityCall)
	if n := w.monthOf(w.rep.ID, 3); n.RevisitsLate != 1 || n.RevisitsOnTime != 0 || n.RevisitsMissed != 0 {
		t.Fatalf("March after a late call = %+v", n)
	}
}

func TestADeletedVisitNoLongerKeepsTheCustomerFromThePool(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	c := w.create(w.rep, CustomerInput{Name: "无人跟进"})
	w.days(25)
	visit := w.log(w.rep, c.ID, ActivityVisit)
	if err := w.svc.DeleteActivity(ctx, w.rep, visit.ID, visit.Version); err != nil {
		t.Fatal(err)
	}
	w.days(6) // 31 days since it was handed over, none with a visit
	if res, err := w.svc.Sweep(ctx, w.clock.T); err != nil || res.ToPool != 1 || w.get(c.ID).OwnerID != "" {
		t.Fatalf("sweep = %+v, %v; owner %q", res, err, w.get(c.ID).OwnerID)
	}
}

func TestDeletingAnEarlierVisitMovesCreditToTheNextOne(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	weeklyRevisits(t, w)
	w.at(3, 2, 9)
	c := w.create(w.rep, CustomerInput{Name: "甲"})
	w.at(3, 9, 10)
	first := w.log(w.rep, c.ID, ActivityVisit) // completes the task due 3-9, opens one due 3-16
	w.at(3, 16, 10)
	w.log(w.rep, c.ID, ActivityCall) // completes the task due 3-16
	if n := w.monthOf(w.rep.ID, 3); n.RevisitsOnTime != 2 {
		t.Fatalf("before: %+v", n)
	}
	if err := w.svc.DeleteActivity(ctx, w.rep, first.ID, first.Version); err != nil {
		t.Fatal(err)
	}
	// the call now completes the task due 3-9, a week late; the next counts from the call
	n := w.monthOf(w.rep.ID, 3)
	if n.RevisitsOnTime != 0 || n.RevisitsLate != 1 || n.RevisitsPending != 1 || n.RevisitsDue != 2 {
		t.Fatalf("after deleting the first visit: %+v", n)
	}
	w.at(3, 23, 10)
	if due := dueNames(t, w, w.rep); !dueToday(due, "甲") || len(due) != 1 {
		t.Fatalf("next revisit (a week after the call) = %v", due)
	}
}

func TestTurningAVisitIntoANoteReopensTheRevisit(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	weeklyRevisits(t, w)
	w.at(3, 2, 9)
	c := w.create(w.rep, CustomerInput{Name: "乙"})
	w.at(3, 9, 10)
	visit := w.log(w.rep, c.ID, ActivityVisit)
	_, err := w.svc.UpdateActivity(ctx, w.rep, ActivityInput{ID: visit.ID, Kind: ActivityNote, At: visit.At,
		Summary: "其实只是内部备注", Version: visit.Version})
	if err != nil {
		t.Fatal(err)
	}
	if due := dueNames(t, w, w.rep); !dueToday(due, "乙") {
		t.Fatalf("a visit turned into a note still completes the revisit: %v", due)
	}
	if got := w.get(c.ID).LastContactAt; got != "" {
		t.Fatalf("last contact after the only visit became a note = %q", got)
	}
}

func TestEditingAnActivityKeepsItsDateUnlessSent(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	c := w.create(w.rep, CustomerInput{Name: "丙"})
	visit := w.log(w.rep, c.ID, ActivityVisit)
	w.days(20)
	got, err := w.svc.UpdateActivity(ctx, w.rep, ActivityInput{ID: visit.ID, Kind: ActivityVisit,
		Summary: "补充纪要", Version: visit.Version})
	if err != nil || got.At != visit.At {
		t.Fatalf("edit without a date = %+v, %v (was %s)", got, err, visit.At)
	}
	if lc := w.get(c.ID).LastContactAt; lc != visit.At {
		t.Fatalf("last contact moved to %s by an edit of the summary", lc)
	}
	// the form sends the date back to the minute: an old visit's summary can still be fixed
	was, _ := store.ParseTime(visit.At)
	got, err = w.svc.UpdateActivity(ctx, w.rep, ActivityInput{ID: visit.ID, Kind: ActivityVisit, Summary: "再补充",
		At: was.Truncate(time.Minute).Format(time.RFC3339), Version: got.Version})
	if err != nil || got.At != visit.At {
		t.Fatalf("edit sending the same minute = %+v, %v", got, err)
	}
}

func TestTimelinessIsJudgedByWhenAVisitWasRecorded(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	weeklyRevisits(t, w)
	w.at(3, 2, 9)
	c := w.create(w.rep, CustomerInput{Name: "丁"})
	w.at(3, 11, 9) // two days after the due day, the visit is dated on it
	if _, err := w.logAt(c.ID, ActivityVisit, time.Date(2026, 3, 9, 15, 0, 0, 0, shanghai)); err != nil {
		t.Fatal(err)
	}
	if n := w.monthOf(w.rep.ID, 3); n.RevisitsOnTime != 0 || n.RevisitsLate != 1 {
		t.Fatalf("a visit recorded late but dated on time = %+v", n)
	}
	// the next revisit counts from when the visit happened
	w.at(3, 16, 9)
	if due := dueNames(t, w, w.rep); !dueToday(due, "丁") {
		t.Fatalf("next revisit = %v", due)
	}
}

func TestBackdatingBeyondTheWindowIsRefused(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	w.at(3, 20, 10)
	c := w.create(w.rep, CustomerInput{Name: "戊"})
	if _, err := w.logAt(c.ID, ActivityVisit, time.Date(2026, 3, 16, 23, 0, 0, 0, shanghai)); fieldCode(err, "at") != "validation.backdateLimit" {
		t.Fatalf("dated four days back = %v", err)
	}
	ok, err := w.logAt(c.ID, ActivityVisit, time.Date(2026, 3, 17, 8, 0, 0, 0, shanghai))
	if err != nil {
		t.Fatalf("dated three days back = %v", err)
	}
	// an edit cannot move it further back either
	_, err = w.svc.UpdateActivity(ctx, w.rep, ActivityInput{ID: ok.ID, Kind: ActivityVisit, Summary: "改日期",
		At: store.FormatTime(time.Date(2026, 3, 10, 8, 0, 0, 0, shanghai)), Version: ok.Version})
	if fieldCode(err, "at") != "validation.backdateLimit" {
		t.Fatalf("edit to ten days back = %v", err)
	}
}

func TestDeletingAVisitOfAnEarlierOwnerReplaysTheirChainOnly(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	weeklyRevisits(t, w)
	w.at(3, 2, 9)
	c := w.create(w.rep, CustomerInput{Name: "己"})
	w.at(3, 9, 10)
	visit := w.log(w.rep, c.ID, ActivityVisit)
	w.at(3, 10, 10)
	if err := w.svc.Assign(ctx, w.manager, w.refs(c.ID), w.rep2.ID, "调整"); err != nil {
		t.Fatal(err)
	}
	if err := w.svc.DeleteActivity(ctx, w.manager, visit.ID, visit.Version); err != nil {
		t.Fatal(err)
	}
	if n := w.monthOf(w.rep.ID, 3); n.RevisitsOnTime != 0 || n.RevisitsMissed != 1 || n.RevisitsPending != 0 {
		t.Fatalf("the first owner's March = %+v", n)
	}
	w.at(3, 17, 10)
	if due := dueNames(t, w, w.rep2); !dueToday(due, "己") {
		t.Fatalf("the new owner's revisit moved: %v", due)
	}
	if due := dueNames(t, w, w.rep); len(due) != 0 {
		t.Fatalf("the first owner owes a customer they no longer hold: %v", due)
	}
}

func TestTheOwnerMayBackdateFurtherWithAReason(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	c := w.create(w.owner, CustomerInput{Name: "庚"})
	at := store.FormatTime(w.clock.T.AddDate(0, 0, -10))
	in := ActivityInput{CustomerID: c.ID, Kind: ActivityVisit, Summary: "补录出差拜访", At: at}
	if _, err := w.svc.LogActivity(ctx, w.owner, in); fieldCode(err, "at") != "validation.backdateLimit" {
		t.Fatalf("owner without a reason = %v", err)
	}
	in.BackdateReason = "出差回来补录"
	if _, err := w.svc.LogActivity(ctx, w.owner, in); err != nil {
		t.Fatalf("owner with a reason = %v", err)
	}
	r := w.create(w.rep, CustomerInput{Name: "辛"})
	in.CustomerID = r.ID
	if _, err := w.svc.LogActivity(ctx, w.rep, in); fieldCode(err, "at") != "validation.backdateLimit" {
		t.Fatalf("a rep with a reason = %v", err)
	}
}
