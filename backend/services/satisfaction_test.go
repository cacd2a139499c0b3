package services_test

import (
	"testing"

	"steady/backend/appraisal"
	"steady/backend/service"
)

// The appraisal's satisfaction metric is the average score of the surveys
// answered on the rep's customers, as a share of the top score.
func TestAppraisalSatisfactionIsTheSurveysAverage(t *testing.T) {
	c := newCompany(t)
	tpl := appraisal.StandardTemplate("zh")
	tpl.Metrics[len(tpl.Metrics)-1] = appraisal.Metric{Code: appraisal.Satisfaction, Weight: 5, Rule: appraisal.RuleLinear,
		TargetBP: 8000, CapBP: 10000}
	if _, err := c.set.Appraisal.SaveTemplate(ctx, c.owner, tpl); err != nil {
		t.Fatal(err)
	}
	for _, score := range []int{4, 5} {
		k, err := c.set.Service.OpenTicket(ctx, c.rep, service.TicketInput{CustomerID: c.customerID, Kind: service.KindRepair,
			Priority: service.PriorityNormal, Channel: "phone", Subject: "打印机卡纸"})
		if err != nil {
			t.Fatal(err)
		}
		k, err = c.set.Service.SetStatus(ctx, c.rep, service.Change{TicketID: k.ID, Status: service.StatusResolved,
			Resolution: "更换搓纸轮", Version: k.Version})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := c.set.Service.RecordSurvey(ctx, c.manager, service.Answer{SurveyRef: service.SurveyRef{TicketID: k.ID}, Score: score}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := c.set.Appraisal.Generate(ctx, c.manager, "2026-11"); err != nil {
		t.Fatal(err)
	}
	list, err := c.set.Appraisal.Appraisals(ctx, c.manager, "2026-11")
	if err != nil {
		t.Fatal(err)
	}
	var found bool
	for _, a := range list {
		for _, r := range a.Results {
			if a.UserID != c.rep.ID || r.Code != appraisal.Satisfaction {
				continue
			}
			found = true
			if r.NoData != "" || r.Actual == nil || *r.Actual != 9000 || r.Counts["surveys"] != 2 || r.Counts["averageX100"] != 450 {
				t.Errorf("satisfaction = %+v (actual %v), want 4.5 of 5 = 9000 from 2 surveys", r, r.Actual)
			}
		}
		if a.UserID == c.manager.ID {
			for _, r := range a.Results {
				if r.Code == appraisal.Satisfaction && r.NoData != appraisal.NoDataNothingDue {
					t.Errorf("the manager has no survey: want no data, got %+v", r)
				}
			}
		}
	}
	if !found {
		t.Fatal("no satisfaction result for the rep")
	}
	ap := list[0]
	for _, a := range list {
		if a.UserID == c.rep.ID {
			ap = a
		}
	}
	rows, err := c.set.Appraisal.Evidence(ctx, c.manager, ap.ID, appraisal.Satisfaction)
	if err != nil || len(rows) != 2 || rows[0].Kind != "survey" || rows[0].State != "recordedByOther" {
		t.Errorf("evidence = %+v, %v", rows, err)
	}
}
