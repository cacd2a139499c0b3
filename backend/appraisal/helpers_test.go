package appraisal_test

import (
	"context"
	"database/sql"
	"errors"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"steady/backend/apperr"
	"steady/backend/appraisal"
	"steady/backend/auth"
	"steady/backend/company"
	"steady/backend/store"
	"steady/backend/store/storetest"
)

var ctx = context.Background()

// world is a small company: an owner, two managers, in the first manager's
// team a junior rep (full month) and a new hire who joined on 2026-10-15; in
// the second manager's team one rep. The areas' figures come from a table
// the test fills (the services package's test reads them from real data).
type world struct {
	t        *testing.T
	db       *store.DB
	clock    *storetest.Clock
	svc      *appraisal.Service
	owner    auth.Actor
	manager  auth.Actor                              // 王芳
	manager2 auth.Actor                              // 陈静
	junior   auth.Actor                              // 刘洋, junior since 2025-06-01
	joiner   auth.Actor                              // 李强, new hire since 2026-10-15
	other    auth.Actor                              // 赵敏, in 陈静's team
	figures  map[string]map[string]appraisal.Figures // month → user → figures
}

func shanghai(context.Context) *time.Location {
	loc, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		panic(err)
	}
	return loc
}

func newWorld(t *testing.T) *world {
	t.Helper()
	db := storetest.Open(t)
	w := &world{t: t, db: db, clock: storetest.NewClock(), figures: map[string]map[string]appraisal.Figures{}}
	w.svc = appraisal.NewService(db, w.clock.Now, shanghai, w.source)
	users := auth.NewService(db, w.clock.Now, bcrypt.MinCost)
	add := func(managerID, name, login, role, level, hired string) auth.Actor {
		id := store.NewID()
		err := db.Tx(ctx, func(tx *sql.Tx) error {
			return users.InsertUserTx(ctx, tx, "", auth.UserInput{ID: id, Name: name, Login: login, Password: "steady-pass1",
				Role: role, Level: level, ManagerID: managerID, HireDate: hired, Active: true})
		})
		if err != nil {
			t.Fatalf("add %s: %v", login, err)
		}
		return auth.Actor{ID: id, Role: role}
	}
	w.owner = add("", "周明远", "owner", auth.RoleOwner, auth.LevelSenior, "2020-01-01")
	err := db.Tx(ctx, func(tx *sql.Tx) error {
		_, err := company.NewService(db, w.clock.Now).InsertTx(ctx, tx, w.owner.ID, company.Defaults("杭州明远科技有限公司"))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	w.manager = add("", "王芳", "manager", auth.RoleManager, auth.LevelSenior, "2021-01-01")
	w.manager2 = add("", "陈静", "manager2", auth.RoleManager, auth.LevelSenior, "2021-01-01")
	w.junior = add(w.manager.ID, "刘洋", "junior", auth.RoleRep, auth.LevelJunior, "2025-06-01")
	w.joiner = add(w.manager.ID, "李强", "joiner", auth.RoleRep, auth.LevelNewHire, "2026-10-15")
	w.other = add(w.manager2.ID, "赵敏", "other", auth.RoleRep, auth.LevelJunior, "2024-03-01")
	return w
}

func (w *world) source(_ context.Context, m appraisal.Month, ids []string) (map[string]appraisal.Figures, error) {
	out := map[string]appraisal.Figures{}
	for _, id := range ids {
		out[id] = w.figures[m.Key][id]
	}
	return out, nil
}

func (w *world) setFigures(month string, user auth.Actor, f appraisal.Figures) {
	if w.figures[month] == nil {
		w.figures[month] = map[string]appraisal.Figures{}
	}
	w.figures[month][user.ID] = f
}

// standardTemplate is the fixture's template for reps of every level.
func standardTemplate() appraisal.Template {
	return appraisal.Template{Name: "销售代表", Role: auth.RoleRep, GradeA: 9000, GradeB: 7500, GradeC: 6000,
		Metrics: []appraisal.Metric{
			{Code: appraisal.SalesAmount, Weight: 40, Rule: appraisal.RuleLinear, CapBP: 12000},
			{Code: appraisal.NewBuyers, Weight: 15, Rule: appraisal.RuleLinear, CapBP: 10000},
			{Code: appraisal.QuoteWinRate, Weight: 10, Rule: appraisal.RuleSteps, TargetBP: 3000, Steps: []appraisal.Step{
				{MinBP: 5000, Points: 6000}, {MinBP: 8000, Points: 8000}, {MinBP: 10000, Points: 10000}}},
			{Code: appraisal.SOPCompliance, Weight: 15, Rule: appraisal.RuleLinear, TargetBP: 9000, CapBP: 10000},
			{Code: appraisal.RevisitTimeliness, Weight: 10, Rule: appraisal.RuleLinear, TargetBP: 9000, CapBP: 10000},
			{Code: appraisal.TrainingCompletion, Weight: 5, Rule: appraisal.RuleLinear, TargetBP: 10000, CapBP: 10000},
			{Code: appraisal.Manual, Name: "团队协作", Weight: 5, Rubric: []string{"不配合", "偶尔配合", "能配合", "主动配合", "带动团队"}},
		}}
}

func (w *world) template() appraisal.Template {
	w.t.Helper()
	t, err := w.svc.SaveTemplate(ctx, w.owner, standardTemplate())
	if err != nil {
		w.t.Fatalf("template: %v", err)
	}
	return t
}

func (w *world) targets(month string, by auth.Actor, changes ...appraisal.TargetChange) {
	w.t.Helper()
	if _, err := w.svc.SaveTargets(ctx, by, month, changes); err != nil {
		w.t.Fatalf("targets: %v", err)
	}
}

// appraisalOf finds user's appraisal of month as the owner sees it.
func (w *world) appraisalOf(month string, user auth.Actor) appraisal.Appraisal {
	w.t.Helper()
	list, err := w.svc.Appraisals(ctx, w.owner, month)
	if err != nil {
		w.t.Fatal(err)
	}
	for _, a := range list {
		if a.UserID == user.ID {
			return a
		}
	}
	w.t.Fatalf("no appraisal of %s in %s", user.ID, month)
	return appraisal.Appraisal{}
}

func result(t *testing.T, a appraisal.Appraisal, code string) appraisal.Result {
	t.Helper()
	for _, r := range a.Results {
		if r.Code == code {
			return r
		}
	}
	t.Fatalf("no %s in the appraisal", code)
	return appraisal.Result{}
}

func isKind(err error, kind apperr.Kind) bool {
	var e *apperr.Error
	return errors.As(err, &e) && e.Kind == kind
}

func ptr[T any](v T) *T { return &v }
