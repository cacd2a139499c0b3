package services_test

import (
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"steady/backend/apperr"
	"steady/backend/appraisal"
	"steady/backend/auth"
	companyarea "steady/backend/company"
	"steady/backend/customer"
	"steady/backend/sales"
	"steady/backend/services"
	"steady/backend/setup"
	"steady/backend/store"
	"steady/backend/store/storetest"
)

var shanghai = func() *time.Location {
	loc, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		panic(err)
	}
	return loc
}()

// at is a moment of the company's calendar (Shanghai).
func at(month time.Month, day, hour, minute int) time.Time {
	return time.Date(2026, month, day, hour, minute, 0, 0, shanghai)
}

// fixtureTemplate weighs sales 50, new buyers 30 and training 20; nobody
// has a course due, so training is "no data" and the other two count 50/80
// and 30/80.
func fixtureTemplate() appraisal.Template {
	return appraisal.Template{Name: "销售代表（核算样例）", Role: auth.RoleRep, GradeA: 9000, GradeB: 7500, GradeC: 6000,
		Metrics: []appraisal.Metric{
			{Code: appraisal.SalesAmount, Weight: 50, Rule: appraisal.RuleLinear, CapBP: 12000},
			{Code: appraisal.NewBuyers, Weight: 30, Rule: appraisal.RuleLinear, CapBP: 12000},
			{Code: appraisal.TrainingCompletion, Weight: 20, Rule: appraisal.RuleLinear, TargetBP: 10000, CapBP: 10000},
		}}
}

// October 2026 in Shanghai, computed by hand. Targets: 100,000.00 of sales
// and 2 new buyers each; the USD rate for October is 7.123456.
//
// 李强 (with us since January):
//   - 15 Oct: a new customer buys for USD 1,000.00 → 7,123.46 yuan;
//   - 20 Oct: logs a visit and deletes it (the customer's last contact goes
//     back to never); a visit dated 10 Oct is refused (beyond the 3 days);
//     a deal still in its first stage cannot be won or moved past the
//     checklists it has not met;
//   - 31 Oct 23:30: a new customer buys for 30,000.00 (October);
//   - 1 Nov 00:30: a new customer buys for 20,000.00 (November, not October).
//     Sales 37,123.46 of 100,000.00 = 37.12 % → 37.12 points; new buyers
//     2 of 2 = 100 points; total (50 × 37.12 + 30 × 100) ÷ 80 = 60.70, C.
//
// 王新 (joined Friday 16 Oct: 11 of October's 22 working days): targets
// prorated to 50,000.00 and 1; buys 10,000.00 from a new customer on 20 Oct.
//
//	Sales 20 % → 20 points; new buyers 100; total (50 × 20 + 30 × 100) ÷ 80
//	= 50.00, D.
//
// August has no targets and no deals: no number at all, no total.
func TestAHandComputedMonth(t *testing.T) {
	db := storetest.Open(t)
	clock := storetest.NewClock()
	clock.T = at(time.October, 1, 9, 0)
	set := services.New(db, clock.Now, services.HashCost(bcrypt.MinCost))
	res, err := setup.Run(ctx, db, set.Users, set.Company,
		setup.Input{CompanyName: "上海示例贸易有限公司", OwnerName: "周明远", Login: "owner", Password: "steady-pass"})
	if err != nil {
		t.Fatal(err)
	}
	owner := auth.Actor{ID: res.OwnerID, Role: auth.RoleOwner}
	add := func(name, login, role, managerID, hired string) auth.Actor {
		u, err := set.Users.CreateUser(ctx, owner, auth.UserInput{Name: name, Login: login, Password: "steady-pass",
			Role: role, Level: auth.LevelSenior, ManagerID: managerID, Active: true, HireDate: hired})
		if err != nil {
			t.Fatalf("add %s: %v", login, err)
		}
		return u.Actor()
	}
	manager := add("王芳", "manager", auth.RoleManager, "", "2025-06-01")
	rep := add("李强", "liqiang", auth.RoleRep, manager.ID, "2026-01-05")
	newbie := add("王新", "wangxin", auth.RoleRep, manager.ID, "2026-10-16")
	if _, err := set.Appraisal.SaveTemplate(ctx, owner, fixtureTemplate()); err != nil {
		t.Fatal(err)
	}
	if _, err := set.Company.SaveRates(ctx, owner, "2026-10", []companyarea.RateChange{{Currency: "USD", RateMicro: 7_123456}}); err != nil {
		t.Fatal(err)
	}
	var targets []appraisal.TargetChange
	for _, id := range []string{rep.ID, newbie.ID} {
		targets = append(targets, appraisal.TargetChange{UserID: id, Code: appraisal.SalesAmount, Value: 100_000_00},
			appraisal.TargetChange{UserID: id, Code: appraisal.NewBuyers, Value: 2})
	}
	if _, err := set.Appraisal.SaveTargets(ctx, manager, "2026-10", targets); err != nil {
		t.Fatal(err)
	}

	clock.T = at(time.October, 15, 10, 0)
	usd := readyDeal(t, set, rep, "Acme Trading LLC", "USD", 1_000_00)
	win(t, set, rep, usd, 1_000_00)

	clock.T = at(time.October, 20, 10, 0)
	checkVisitCredit(t, set, rep, usd.CustomerID)
	checkNoSkippedStage(t, set, rep)
	win(t, set, newbie, readyDeal(t, set, newbie, "宁波海纳贸易有限公司", "", 10_000_00), 10_000_00)
	checkDashboardTargets(t, set, rep, manager)

	clock.T = at(time.October, 31, 23, 30)
	win(t, set, rep, readyDeal(t, set, rep, "杭州明远智能科技有限公司", "", 30_000_00), 30_000_00)
	clock.T = at(time.November, 1, 0, 30)
	win(t, set, rep, readyDeal(t, set, rep, "苏州恒信工业设备有限公司", "", 20_000_00), 20_000_00)

	clock.T = at(time.November, 3, 10, 0)
	if _, err := set.Appraisal.Generate(ctx, owner, "2026-10"); err != nil {
		t.Fatal(err)
	}
	list, err := set.Appraisal.Appraisals(ctx, owner, "2026-10")
	if err != nil || len(list) != 2 {
		t.Fatalf("October: %d appraisals, %v", len(list), err)
	}
	byUser := map[string]appraisal.Appraisal{}
	for _, a := range list {
		byUser[a.UserID] = a
	}
	checkAppraisal(t, byUser[rep.ID], 6070, "C", map[string]figure{
		appraisal.SalesAmount: {target: 100_000_00, full: 100_000_00, actual: 37_123_46, points: 3712, weightBP: 6250},
		appraisal.NewBuyers:   {target: 2, full: 2, actual: 2, points: 10000, weightBP: 3750},
	})
	checkAppraisal(t, byUser[newbie.ID], 5000, "D", map[string]figure{
		appraisal.SalesAmount: {target: 50_000_00, full: 100_000_00, actual: 10_000_00, points: 2000, weightBP: 6250},
		appraisal.NewBuyers:   {target: 1, full: 2, actual: 1, points: 10000, weightBP: 3750},
	})
	if p := byUser[newbie.ID].Proration; p == nil || p.WorkingDays != 11 || p.OfDays != 22 {
		t.Errorf("王新's proration = %+v", p)
	}
	// the win at 00:30 on 1 November is November's
	nov := at(time.November, 1, 0, 0)
	if n, err := set.Sales.MonthlyNumbers(ctx, rep.ID, nov, nov.AddDate(0, 1, 0)); err != nil || n.WonMinor != 20_000_00 || n.WonCount != 1 {
		t.Errorf("李强's November: %d from %d wins, %v", n.WonMinor, n.WonCount, err)
	}
	checkEmptyMonth(t, set, owner)
}

// checkDashboardTargets: the month so far against target, the rep's own and
// the manager's team's (王新's prorated to 50,000.00).
func checkDashboardTargets(t *testing.T, set *services.Set, rep, manager auth.Actor) {
	t.Helper()
	r, err := set.Sales.RepDashboard(ctx, rep)
	if err != nil || r.MonthToDate.TargetMinor == nil || *r.MonthToDate.TargetMinor != 100_000_00 || r.MonthToDate.WonMinor != 7_123_46 {
		t.Errorf("李强's month so far: %+v, %v", r.MonthToDate, err)
	}
	m, err := set.Sales.ManagerDashboard(ctx, manager, sales.Filter{})
	if err != nil || m.MonthToDate.TargetMinor == nil || *m.MonthToDate.TargetMinor != 150_000_00 || m.MonthToDate.WonMinor != 17_123_46 {
		t.Errorf("the team's month so far: %+v, %v", m.MonthToDate, err)
	}
}

type figure struct {
	target, full, actual int64
	points, weightBP     int
}

func checkAppraisal(t *testing.T, a appraisal.Appraisal, total int, grade string, want map[string]figure) {
	t.Helper()
	if a.Total == nil || *a.Total != total || a.Grade != grade {
		t.Errorf("%s: total %v, grade %q; want %d, %s", a.UserName, a.Total, a.Grade, total, grade)
	}
	for _, r := range a.Results {
		w, ok := want[r.Code]
		if !ok {
			if r.Actual != nil || r.Points != nil || r.NoData == "" || r.WeightBP != 0 {
				t.Errorf("%s %s: should be no data, is %+v", a.UserName, r.Code, r)
			}
			continue
		}
		prorated := w.full != w.target // the full target is shown only beside a prorated one
		if r.Target == nil || *r.Target != w.target || prorated && (r.FullTarget == nil || *r.FullTarget != w.full) || r.Actual == nil ||
			*r.Actual != w.actual || r.Points == nil || *r.Points != w.points || r.WeightBP != w.weightBP {
			t.Errorf("%s %s: target %v of %v, actual %v, points %v, weight %d; want %+v", a.UserName, r.Code,
				deref(r.Target), deref(r.FullTarget), deref(r.Actual), derefInt(r.Points), r.WeightBP, w)
		}
	}
}

// checkVisitCredit: a deleted visit takes its credit back, and a visit dated
// beyond the backdating window is refused.
func checkVisitCredit(t *testing.T, set *services.Set, rep auth.Actor, customerID string) {
	t.Helper()
	visit, err := set.Customers.LogActivity(ctx, rep, customer.ActivityInput{CustomerID: customerID, Kind: customer.ActivityVisit,
		Summary: "上门拜访，演示新机型", At: store.FormatTime(at(time.October, 20, 9, 30))})
	if err != nil {
		t.Fatal(err)
	}
	if k, _ := set.Customers.Customer(ctx, rep, customerID); k.LastContactAt == "" {
		t.Fatal("the visit gave no last contact")
	}
	if err := set.Customers.DeleteActivity(ctx, rep, visit.ID, visit.Version); err != nil {
		t.Fatal(err)
	}
	if k, _ := set.Customers.Customer(ctx, rep, customerID); k.LastContactAt != "" {
		t.Errorf("after deleting the only visit, last contact = %q", k.LastContactAt)
	}
	_, err = set.Customers.LogActivity(ctx, rep, customer.ActivityInput{CustomerID: customerID, Kind: customer.ActivityVisit,
		Summary: "补记上周的拜访", At: store.FormatTime(at(time.October, 10, 15, 0))})
	if e, ok := apperr.As(err); !ok || e.Fields["at"].Code != "validation.backdateLimit" {
		t.Errorf("a visit dated ten days back: %v", err)
	}
}

// checkNoSkippedStage: a deal in its first stage with nothing ticked cannot
// be won, nor moved to negotiation, and adds nothing to the month.
func checkNoSkippedStage(t *testing.T, set *services.Set, rep auth.Actor) {
	t.Helper()
	k, err := set.Customers.CreateCustomer(ctx, rep, customer.CustomerInput{Kind: customer.KindCompany, Name: "成都蓉锦办公用品有限公司",
		Source: customer.Sources()[0], Contacts: []customer.ContactInput{{Name: "刘洋", Primary: true}}})
	if err != nil {
		t.Fatal(err)
	}
	d, err := set.Sales.CreateDeal(ctx, rep, sales.DealInput{CustomerID: k.ID, Title: "跳过阶段的单", AmountMinor: 90_000_00})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := set.Sales.Win(ctx, rep, d.ID, sales.WinInput{Version: d.Version, AmountMinor: 90_000_00}); !isValidation(err) {
		t.Errorf("winning from the first stage past unmet checklists: %v", err)
	}
	stages, err := set.Sales.Stages(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range stages {
		if st.Code == "negotiation" {
			if _, err := set.Sales.MoveDeal(ctx, rep, d.ID, d.Version, st.ID); !isValidation(err) {
				t.Errorf("jumping to negotiation: %v", err)
			}
		}
	}
}

// checkEmptyMonth: a month with no targets and no deals has no numbers and
// no total (not zero).
func checkEmptyMonth(t *testing.T, set *services.Set, owner auth.Actor) {
	t.Helper()
	if _, err := set.Appraisal.Generate(ctx, owner, "2026-08"); err != nil {
		t.Fatal(err)
	}
	list, err := set.Appraisal.Appraisals(ctx, owner, "2026-08")
	if err != nil || len(list) == 0 {
		t.Fatalf("August: %d appraisals, %v", len(list), err)
	}
	for _, a := range list {
		if a.Total != nil || a.Grade != "" {
			t.Errorf("August, %s: total %v, grade %q", a.UserName, *a.Total, a.Grade)
		}
		for _, r := range a.Results {
			if r.Actual != nil && *r.Actual != 0 || r.Points != nil {
				t.Errorf("August, %s %s: %+v", a.UserName, r.Code, r)
			}
		}
	}
}

func isValidation(err error) bool {
	e, ok := apperr.As(err)
	return ok && e.Kind == apperr.KindValidation
}

func deref(p *int64) any {
	if p == nil {
		return nil
	}
	return *p
}

func derefInt(p *int) any {
	if p == nil {
		return nil
	}
	return *p
}
