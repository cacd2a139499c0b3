package service

import (
	"database/sql"
	"errors"
	"testing"

	"steady/backend/apperr"
	"steady/backend/customer"
	"steady/backend/store"
)

// deal writes a deal of customerID held by owner with status (won deals
// were won now); the sales area's rules for getting there are its own.
func (w *world) deal(owner Actor, customerID, title, status string) string {
	w.t.Helper()
	id, now := store.NewID(), stampOf(w.clock.Now())
	wonAt := any(nil)
	stage := "lead"
	if status == "won" {
		wonAt, stage = now, "won"
	}
	err := w.db.Tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.Exec(`INSERT INTO deals(id, customer_id, title, currency, owner_id, stage_id, stage_entered_at, reached_stage_id,
			status, won_at, created_at, updated_at) SELECT ?, ?, ?, 'CNY', ?, s.id, ?, s.id, ?, ?, ?, ? FROM sales_stages s WHERE s.code = ?`,
			id, customerID, title, owner.actor.ID, now, status, wonAt, now, now, stage)
		return err
	})
	if err != nil {
		w.t.Fatal(err)
	}
	return id
}

// revisit logs a visit to customerID as its owner, which completes the
// customer's open revisit, and returns that revisit's id.
func (w *world) revisit(owner Actor, customerID string) string {
	w.t.Helper()
	a, err := w.customers.LogActivity(ctx, owner.actor, customer.ActivityInput{CustomerID: customerID, Kind: "visit", Summary: "季度回访，设备运行正常"})
	if err != nil {
		w.t.Fatal(err)
	}
	var id string
	if err := w.db.Read().QueryRow(`SELECT id FROM revisit_tasks WHERE activity_id = ? AND status = 'done'`, a.ID).Scan(&id); err != nil {
		w.t.Fatalf("the visit completed no revisit: %v", err)
	}
	return id
}

// A rep paid on satisfaction tries the survey rule on a won deal and on a
// revisit: their own answer without the reply, a second answer, a deal
// not won.
func TestDealAndRevisitSurveysFollowTheRule(t *testing.T) {
	w := newWorld(t)
	won := w.deal(Actor{w.rep}, w.custRep, "年度维保合同", "won")
	open := w.deal(Actor{w.rep}, w.custRep, "二期扩容", "open")
	visit := w.revisit(Actor{w.rep}, w.custRep)

	h, err := w.svc.Health(ctx, w.rep, w.custRep)
	if err != nil {
		t.Fatal(err)
	}
	if h.OwnerID != w.rep.ID || h.CustomerName != "杭州明远智能科技有限公司" || len(h.Pending) != 2 || h.Pending[0].DealID != won || h.Pending[0].About != "年度维保合同" ||
		h.Pending[1].RevisitID != visit || h.Pending[1].About != "季度回访，设备运行正常" {
		t.Fatalf("health before the surveys = %+v", h)
	}
	for _, ref := range []SurveyRef{{DealID: won}, {RevisitID: visit}} {
		if _, err := w.svc.RecordSurvey(ctx, w.rep, Answer{SurveyRef: ref, Score: 5}); code(err, "replyText") != "service.errors.replyRequired" {
			t.Errorf("%+v: own survey without the reply: %v", ref, err)
		}
		v, err := w.svc.RecordSurvey(ctx, w.rep, Answer{SurveyRef: ref, Score: 5, ReplyText: "满意，5分"})
		if err != nil || !v.ByOwner || v.OwnerID != w.rep.ID || v.RecordedBy != w.rep.ID {
			t.Fatalf("%+v: own survey with the reply = %+v, %v", ref, v, err)
		}
		for _, a := range []Actor{{w.rep}, {w.manager}, {w.owner}} {
			if _, err := w.svc.RecordSurvey(ctx, a.actor, Answer{SurveyRef: ref, Score: 5, ReplyText: "再来一次 5分"}); code(err, "ref") != "service.errors.alreadySurveyed" {
				t.Errorf("%+v: second survey by %s: %v", ref, a.actor.Role, err)
			}
		}
	}
	if _, err := w.svc.RecordSurvey(ctx, w.manager, Answer{SurveyRef: SurveyRef{DealID: open}, Score: 5}); code(err, "ref") != "service.errors.surveyRef" {
		t.Errorf("survey of a deal not won: %v", err)
	}
	other := w.deal(Actor{w.loner}, w.custLo, "办公家具采购", "won")
	if _, err := w.svc.RecordSurvey(ctx, w.rep, Answer{SurveyRef: SurveyRef{DealID: other}, Score: 1, ReplyText: "1"}); !errors.Is(err, apperr.ErrForbidden) {
		t.Errorf("survey on another rep's won deal: %v", err)
	}
	if h, _ = w.svc.Health(ctx, w.rep, w.custRep); len(h.Pending) != 0 || h.Surveys != 2 {
		t.Errorf("health after the surveys = %+v", h)
	}
}

// The survey of a deal counts for whoever held the customer when it was
// answered: a manager's survey after a hand-over counts for the new holder
// and stays with them when the customer moves again.
func TestADealSurveyKeepsTheOwnerOfItsMoment(t *testing.T) {
	w := newWorld(t)
	won := w.deal(Actor{w.rep}, w.custRep, "年度维保合同", "won")
	move := func(to Actor) {
		c, err := w.customers.Customer(ctx, w.owner, w.custRep)
		if err != nil {
			t.Fatal(err)
		}
		if err := w.customers.Assign(ctx, w.owner, []customer.CustomerRef{{ID: c.ID, Version: c.Version}}, to.actor.ID, "调岗"); err != nil {
			t.Fatal(err)
		}
	}
	move(Actor{w.rep2})
	// the new holder's own answer needs the reply as well
	if _, err := w.svc.RecordSurvey(ctx, w.rep2, Answer{SurveyRef: SurveyRef{DealID: won}, Score: 4}); code(err, "replyText") != "service.errors.replyRequired" {
		t.Fatalf("new holder without the reply: %v", err)
	}
	v, err := w.svc.RecordSurvey(ctx, w.manager, Answer{SurveyRef: SurveyRef{DealID: won}, Score: 4, Comment: "电话回访"})
	if err != nil || v.OwnerID != w.rep2.ID || v.ByOwner {
		t.Fatalf("manager's survey = %+v, %v", v, err)
	}
	move(Actor{w.rep})
	list, err := w.svc.Surveys(ctx, w.owner, SurveyQuery{CustomerID: w.custRep})
	if err != nil || len(list) != 1 || list[0].OwnerID != w.rep2.ID || list[0].About != "年度维保合同" {
		t.Fatalf("after the customer moved back: %+v, %v", list, err)
	}
}
