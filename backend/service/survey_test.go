package service

import (
	"bytes"
	"database/sql"
	"errors"
	"testing"

	"github.com/xuri/excelize/v2"

	"steady/backend/apperr"
	"steady/backend/customer"
)

// resolved opens and resolves a ticket of customerID as actor.
func (w *world) resolved(actor Actor, customerID string) Ticket {
	w.t.Helper()
	k := w.open(actor.actor, customerID, KindComplaint, PriorityNormal)
	return w.status(actor.actor, k, StatusResolved)
}

func intp(n int) *int { return &n }

// A rep paid on satisfaction tries the easy ways round the survey rule.
func TestTheSurveyRuleCannotBeGamed(t *testing.T) {
	w := newWorld(t)
	k := w.resolved(Actor{w.rep}, w.custRep)
	ref := SurveyRef{TicketID: k.ID}

	// their own survey typed without the customer's reply
	_, err := w.svc.RecordSurvey(ctx, w.rep, Answer{SurveyRef: ref, Score: 5})
	if code(err, "replyText") != "service.errors.replyRequired" {
		t.Fatalf("own survey without the reply: %v", err)
	}
	v, err := w.svc.RecordSurvey(ctx, w.rep, Answer{SurveyRef: ref, Score: 5, NPS: intp(10), ReplyText: "5分，师傅很专业"})
	if err != nil {
		t.Fatal(err)
	}
	if !v.ByOwner || v.OwnerID != w.rep.ID || v.RecordedBy != w.rep.ID {
		t.Errorf("own survey not marked as recorded by the rep: %+v", v)
	}
	// a second survey on the same ticket, by them or anyone
	for _, a := range []Actor{{w.rep}, {w.manager}} {
		_, err = w.svc.RecordSurvey(ctx, a.actor, Answer{SurveyRef: ref, Score: 5, ReplyText: "再来一次 5分"})
		if code(err, "ref") != "service.errors.alreadySurveyed" {
			t.Errorf("second survey by %s: %v", a.actor.Role, err)
		}
	}
	// the unique index holds even when the check is bypassed
	err = w.db.Tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.Exec(`INSERT INTO surveys(id, customer_id, ticket_id, status, sent_at, created_at, updated_at)
			VALUES ('x', ?, ?, 'sent', '2026-11-27T01:00:00.000Z', '2026-11-27T01:00:00.000Z', '2026-11-27T01:00:00.000Z')`, w.custRep, k.ID)
		return err
	})
	if err == nil {
		t.Error("the database took a second survey of one ticket")
	}
	// a survey on a ticket still open, on another rep's customer
	open := w.open(w.rep, w.custRep, KindRepair, PriorityLow)
	if _, err = w.svc.RecordSurvey(ctx, w.rep, Answer{SurveyRef: SurveyRef{TicketID: open.ID}, Score: 5, ReplyText: "5"}); code(err, "ref") != "service.errors.surveyRef" {
		t.Errorf("survey of an open ticket: %v", err)
	}
	other := w.resolved(Actor{w.loner}, w.custLo)
	if _, err = w.svc.RecordSurvey(ctx, w.rep, Answer{SurveyRef: SurveyRef{TicketID: other.ID}, Score: 1, ReplyText: "1"}); !errors.Is(err, apperr.ErrForbidden) {
		t.Errorf("survey on another rep's customer: %v", err)
	}
	// two subjects at once
	if _, err = w.svc.RecordSurvey(ctx, w.manager, Answer{SurveyRef: SurveyRef{TicketID: k.ID, DealID: "d"}, Score: 3}); code(err, "ref") != "service.errors.surveyRef" {
		t.Errorf("survey of two subjects: %v", err)
	}
}

func TestASurveyBySomeoneElseIsMarkedAndNeedsNoReply(t *testing.T) {
	w := newWorld(t)
	k := w.resolved(Actor{w.rep}, w.custRep)
	sent, err := w.svc.SendSurvey(ctx, w.rep, SurveyRef{TicketID: k.ID})
	if err != nil || sent.Status != "sent" {
		t.Fatalf("send: %+v %v", sent, err)
	}
	again, _ := w.svc.SendSurvey(ctx, w.rep, SurveyRef{TicketID: k.ID})
	if again.ID != sent.ID {
		t.Error("sending twice made two surveys")
	}
	v, err := w.svc.RecordSurvey(ctx, w.manager, Answer{SurveyRef: SurveyRef{TicketID: k.ID}, Score: 4, Comment: "电话回访"})
	if err != nil {
		t.Fatal(err)
	}
	if v.ID != sent.ID || v.ByOwner || v.RecordedBy != w.manager.ID || v.OwnerID != w.rep.ID || *v.Score != 4 {
		t.Errorf("manager's survey = %+v", v)
	}
}

// The survey stays with the rep who held the customer when it was answered.
func TestTheSurveyKeepsTheOwnerOfItsMoment(t *testing.T) {
	w := newWorld(t)
	k := w.resolved(Actor{w.rep}, w.custRep)
	if _, err := w.svc.RecordSurvey(ctx, w.manager, Answer{SurveyRef: SurveyRef{TicketID: k.ID}, Score: 2}); err != nil {
		t.Fatal(err)
	}
	c, err := w.customers.Customer(ctx, w.owner, w.custRep)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.customers.Assign(ctx, w.owner, []customer.CustomerRef{{ID: c.ID, Version: c.Version}}, w.rep2.ID, "调岗"); err != nil {
		t.Fatal(err)
	}
	start, end := local(1, 0, 0), local(1, 0, 0).AddDate(0, 1, 0)
	for _, c := range []struct {
		who     Actor
		surveys int
	}{{Actor{w.rep}, 1}, {Actor{w.rep2}, 0}} {
		m, err := w.svc.MonthlyNumbers(ctx, c.who.actor.ID, start, end)
		if err != nil {
			t.Fatal(err)
		}
		if m.Surveys != c.surveys {
			t.Errorf("%s: %d surveys, want %d", c.who.actor.ID, m.Surveys, c.surveys)
		}
	}
	m, _ := w.svc.MonthlyNumbers(ctx, w.rep.ID, start, end)
	if avg, ok := m.AverageX100(); !ok || avg != 200 || m.Resolved != 1 || m.ResolvedOnTime != 1 {
		t.Errorf("rep's month = %+v", m)
	}
	if m, _ := w.svc.MonthlyNumbers(ctx, w.loner.ID, start, end); m.Surveys != 0 {
		t.Errorf("no survey must stay no data: %+v", m)
	}
}

// A low score opens a follow-up in the task list of the owner's manager;
// without a manager, the company owner's.
func TestALowScoreOpensAFollowUpForTheManager(t *testing.T) {
	w := newWorld(t)
	k := w.resolved(Actor{w.rep}, w.custRep)
	if _, err := w.svc.RecordSurvey(ctx, w.rep, Answer{SurveyRef: SurveyRef{TicketID: k.ID}, Score: 2, ReplyText: "2分，等太久了"}); err != nil {
		t.Fatal(err)
	}
	list, err := w.svc.Followups(ctx, w.manager, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 || list[0].AssigneeID != w.manager.ID || list[0].Score != 2 || list[0].CustomerID != w.custRep {
		t.Fatalf("manager's follow-ups = %+v", list)
	}
	if mine, _ := w.svc.Followups(ctx, w.rep, ""); len(mine) != 0 {
		t.Errorf("the rep sees the follow-up about themselves: %+v", mine)
	}
	good := w.resolved(Actor{w.rep}, w.custRep)
	w.svc.RecordSurvey(ctx, w.rep, Answer{SurveyRef: SurveyRef{TicketID: good.ID}, Score: 3, ReplyText: "3分"})
	if list, _ = w.svc.Followups(ctx, w.manager, ""); len(list) != 1 {
		t.Errorf("a 3 opened a follow-up")
	}
	lone := w.resolved(Actor{w.loner}, w.custLo)
	if _, err := w.svc.RecordSurvey(ctx, w.owner, Answer{SurveyRef: SurveyRef{TicketID: lone.ID}, Score: 1}); err != nil {
		t.Fatal(err)
	}
	mine, _ := w.svc.Followups(ctx, w.owner, "")
	var ownerHas bool
	for _, f := range mine {
		ownerHas = ownerHas || (f.AssigneeID == w.owner.ID && f.CustomerID == w.custLo)
	}
	if !ownerHas {
		t.Errorf("a rep without a manager: follow-up not with the owner: %+v", mine)
	}
	f, err := w.svc.CompleteFollowup(ctx, w.manager, list[0].ID, "已致电道歉并补发配件", list[0].Version)
	if err != nil || f.Status != "done" {
		t.Errorf("complete: %+v %v", f, err)
	}
	h, err := w.svc.Health(ctx, w.rep, w.custRep)
	if err != nil {
		t.Fatal(err)
	}
	if h.Surveys != 2 || *h.AverageX100 != 250 || h.Low { // 2 and 3 average 2.5: above the low mark
		t.Errorf("health = %+v", h)
	}
}

func TestHealthCountsOpenComplaints(t *testing.T) {
	w := newWorld(t)
	w.open(w.rep, w.custRep, KindComplaint, PriorityHigh)
	w.open(w.rep, w.custRep, KindRepair, PriorityHigh)
	w.resolved(Actor{w.rep}, w.custRep)
	h, err := w.svc.Health(ctx, w.manager, w.custRep)
	if err != nil {
		t.Fatal(err)
	}
	if h.OpenComplaints != 1 || h.OpenTickets != 2 || h.AverageX100 != nil || h.Low {
		t.Errorf("health = %+v", h)
	}
	if _, err := w.svc.Health(ctx, w.loner, w.custRep); !errors.Is(err, apperr.ErrForbidden) {
		t.Errorf("loner read another's customer health: %v", err)
	}
}

func TestMonthReportAndItsWorkbook(t *testing.T) {
	w := newWorld(t)
	w.at(local(27, 9, 0))
	onTime := w.resolved(Actor{w.rep}, w.custRep)
	late := w.open(w.rep, w.custRep, KindComplaint, PriorityUrgent)
	w.open(w.rep2, w.custRep2, KindRepair, PriorityLow)
	w.at(local(30, 15, 0))
	late = w.status(w.rep, late, StatusResolved)
	w.svc.RecordSurvey(ctx, w.manager, Answer{SurveyRef: SurveyRef{TicketID: onTime.ID}, Score: 5, NPS: intp(10)})
	w.svc.RecordSurvey(ctx, w.manager, Answer{SurveyRef: SurveyRef{TicketID: late.ID}, Score: 2, NPS: intp(3)})
	rep, err := w.svc.Report(ctx, w.manager, "2026-11")
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Rows) != 2 {
		t.Fatalf("rows = %+v", rep.Rows)
	}
	r := rep.Rows[0] // 李强 sorts before 陈静
	if r.UserID != w.rep.ID || r.Opened != 2 || r.Resolved != 2 || r.ResolvedOnTime != 1 || *r.OnTimeBP != 5000 ||
		r.Surveys != 2 || *r.AverageX100 != 350 || *r.NPS != 0 {
		t.Errorf("rep's row = %+v", r)
	}
	if t2 := rep.Total; t2.Opened != 3 || t2.Resolved != 2 || rep.Rows[1].OnTimeBP != nil || rep.Rows[1].AverageX100 != nil {
		t.Errorf("total = %+v, rep2 = %+v", t2, rep.Rows[1])
	}
	if own, _ := w.svc.Report(ctx, w.rep2, "2026-11"); len(own.Rows) != 1 || own.Total.Opened != 1 {
		t.Errorf("rep2 sees %+v", own)
	}
	var buf bytes.Buffer
	if err := w.svc.ExportXLSX(ctx, w.manager, "2026-11", "zh", &buf); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := f.GetRows("2026-11", excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"销售代表", "新建工单", "已解决", "按时解决", "按时解决率", "回访份数", "平均满意度", "推荐度答复", "NPS"},
		{"李强", "2", "2", "1", "0.5", "2", "3.5", "2", "0"},
		{"陈静", "1", "0", "0", "", "0", "", "0", ""},
		{"合计", "3", "2", "1", "0.5", "2", "3.5", "2", "0"},
	}
	for i, row := range want {
		for j, cell := range row {
			got := ""
			if i < len(rows) && j < len(rows[i]) {
				got = rows[i][j]
			}
			if got != cell {
				t.Errorf("cell %d,%d = %q, want %q", i+1, j+1, got, cell)
			}
		}
	}
	shown, _ := f.GetCellValue("2026-11", "E2")
	if shown != "50.00%" {
		t.Errorf("share shows %q, want 50.00%%", shown)
	}
}

// A ticket shows on its customer's timeline.
func TestATicketShowsOnTheCustomersTimeline(t *testing.T) {
	w := newWorld(t)
	k := w.open(w.rep, w.custRep, KindComplaint, PriorityHigh)
	page, err := w.customers.Timeline(ctx, w.rep, w.custRep, 20, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range page.Entries {
		if e.Kind == "ticket" && e.ID == k.ID && e.Ticket.Subject == k.Subject && e.Ticket.Kind == KindComplaint {
			return
		}
	}
	t.Errorf("no ticket on the timeline: %+v", page.Entries)
}
