package training_test

import (
	"reflect"
	"testing"

	"steady/backend/apperr"
	"steady/backend/training"
)

func priceObjection(w *world) training.RoleplayInput {
	criteria := training.DefaultCriteria()
	for i, s := range []int{4, 3, 5, 2, 3} {
		criteria[i].Score = s
	}
	criteria = append(criteria, training.Criterion{Name: "产品演示节奏", Score: 7, MaxScore: 10})
	return training.RoleplayInput{RepID: w.rep.ID, EvaluatorID: w.manager.ID, HeldOn: "2026-11-24",
		Scenario: "客户嫌报价太高，要求再降 10%", Feedback: "开场自然；处理价格异议时过早让步。",
		Criteria: criteria,
		Actions: []training.ActionInput{
			{Title: "整理三条价值陈述，替代直接降价", DueOn: "2026-11-26"},
			{Title: "与主管复练一次价格异议", DueOn: "2026-12-03"},
		}}
}

func TestRoleplayKeepsRubricFeedbackAndTasks(t *testing.T) {
	w := newWorld(t)
	r, err := w.svc.CreateRoleplay(ctx, w.manager, priceObjection(w))
	if err != nil {
		t.Fatal(err)
	}
	// 4+3+5+2+3+7 = 24 of 5*5+10 = 35 → 68.57% → 6857 bp.
	if len(r.Criteria) != 6 || r.Criteria[3].Key != training.CriterionObjectionHandling || r.Score != 24 || r.MaxScore != 35 || r.ScoreBP != 6857 {
		t.Fatalf("rubric = %+v (%d/%d, %d bp)", r.Criteria, r.Score, r.MaxScore, r.ScoreBP)
	}
	if r.RepName != "李强" || r.EvaluatorName != "王芳" || len(r.Actions) != 2 || r.Actions[0].DueOn != "2026-11-26" {
		t.Fatalf("roleplay = %+v", r)
	}
	due, err := w.svc.Tasks(ctx, w.rep, training.TaskFilter{UserID: w.rep.ID, OpenOnly: true, DueBy: "2026-11-27"})
	if err != nil || len(due) != 1 || due[0].Scenario != r.Scenario {
		t.Fatalf("due tasks = %+v, %v", due, err)
	}
	done, err := w.svc.SetTaskDone(ctx, w.rep, due[0].ID, due[0].Version, true)
	if err != nil || done.DoneAt == "" {
		t.Fatalf("rep ticking their task = %+v, %v", done, err)
	}
	_, err = w.svc.SetTaskDone(ctx, w.rep, due[0].ID, due[0].Version, false)
	wantKind(t, err, apperr.ErrConflict)
	_, err = w.svc.SetTaskDone(ctx, w.junior, done.ID, done.Version, false)
	wantKind(t, err, apperr.ErrForbidden)
	if open, _ := w.svc.Tasks(ctx, w.manager, training.TaskFilter{OpenOnly: true}); len(open) != 1 {
		t.Fatalf("open tasks = %+v", open)
	}

	// Editing keeps the done task, changes the other, adds one, and the rubric is replaced.
	in := priceObjection(w)
	in.ID, in.Version = r.ID, r.Version
	in.Criteria = []training.Criterion{{Key: training.CriterionClosing, Score: 5, MaxScore: 5}}
	in.Actions = []training.ActionInput{
		{ID: r.Actions[0].ID, Title: r.Actions[0].Title, DueOn: r.Actions[0].DueOn},
		{Title: "跟进一位真实客户的价格异议", DueOn: "2026-12-10"},
	}
	updated, err := w.svc.UpdateRoleplay(ctx, w.manager, in)
	if err != nil || len(updated.Criteria) != 1 || updated.ScoreBP != 10000 || len(updated.Actions) != 2 {
		t.Fatalf("update = %+v, %v", updated, err)
	}
	if updated.Actions[0].DoneAt == "" || updated.Actions[1].Title != "跟进一位真实客户的价格异议" {
		t.Fatalf("actions = %+v", updated.Actions)
	}
	_, err = w.svc.UpdateRoleplay(ctx, w.manager, in)
	wantKind(t, err, apperr.ErrConflict)
	if err := w.svc.DeleteRoleplay(ctx, w.manager, r.ID, updated.Version); err != nil {
		t.Fatal(err)
	}
	if open, _ := w.svc.Tasks(ctx, w.rep, training.TaskFilter{OpenOnly: true}); len(open) != 0 {
		t.Fatalf("deleting the role-play should drop its open tasks: %+v", open)
	}
}

func TestRoleplayRejectsBadRubrics(t *testing.T) {
	w := newWorld(t)
	cases := []struct {
		name  string
		edit  func(*training.RoleplayInput)
		field string
		code  string
	}{
		{"no scenario", func(r *training.RoleplayInput) { r.Scenario = "" }, "scenario", "validation.required"},
		{"no criteria", func(r *training.RoleplayInput) { r.Criteria = nil }, "criteria", "validation.required"},
		{"score above max", func(r *training.RoleplayInput) { r.Criteria[0].Score = 6 }, "criteria.0.score", "validation.numberRange"},
		{"unknown key", func(r *training.RoleplayInput) { r.Criteria[1].Key = "charm" }, "criteria.1.key", "validation.invalidChoice"},
		{"custom without name", func(r *training.RoleplayInput) { r.Criteria[5].Name = "" }, "criteria.5.name", "validation.required"},
		{"zero max", func(r *training.RoleplayInput) { r.Criteria[2].MaxScore = 0 }, "criteria.2.maxScore", "validation.numberRange"},
		{"action without day", func(r *training.RoleplayInput) { r.Actions[1].DueOn = "" }, "actions.1.dueOn", "validation.required"},
		{"bad day", func(r *training.RoleplayInput) { r.HeldOn = "yesterday" }, "heldOn", "validation.invalidDate"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := priceObjection(w)
			c.edit(&in)
			_, err := w.svc.CreateRoleplay(ctx, w.manager, in)
			wantCode(t, err, c.field, c.code)
		})
	}
	_, err := w.svc.CreateRoleplay(ctx, w.rep, priceObjection(w))
	wantKind(t, err, apperr.ErrForbidden)
	_, err = w.svc.CreateRoleplay(ctx, w.manager2, priceObjection(w))
	wantKind(t, err, apperr.ErrForbidden)
	if list, _ := w.svc.Roleplays(ctx, w.owner, training.RoleplayFilter{}); len(list) != 0 {
		t.Fatalf("refused role-plays were stored: %+v", list)
	}
	if tasks, _ := w.svc.Tasks(ctx, w.owner, training.TaskFilter{}); len(tasks) != 0 {
		t.Fatalf("refused role-plays left tasks: %+v", tasks)
	}
}

func TestRoleplaysAreScoped(t *testing.T) {
	w := newWorld(t)
	mine, err := w.svc.CreateRoleplay(ctx, w.manager, priceObjection(w))
	if err != nil {
		t.Fatal(err)
	}
	theirs := priceObjection(w)
	theirs.RepID, theirs.EvaluatorID = w.other.ID, w.manager2.ID
	if _, err := w.svc.CreateRoleplay(ctx, w.manager2, theirs); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		list func() ([]training.Roleplay, error)
		want int
	}{
		{"owner", func() ([]training.Roleplay, error) { return w.svc.Roleplays(ctx, w.owner, training.RoleplayFilter{}) }, 2},
		{"manager", func() ([]training.Roleplay, error) { return w.svc.Roleplays(ctx, w.manager, training.RoleplayFilter{}) }, 1},
		{"the rep", func() ([]training.Roleplay, error) { return w.svc.Roleplays(ctx, w.rep, training.RoleplayFilter{}) }, 1},
		{"a colleague", func() ([]training.Roleplay, error) { return w.svc.Roleplays(ctx, w.junior, training.RoleplayFilter{}) }, 0},
		{"owner, one rep", func() ([]training.Roleplay, error) {
			return w.svc.Roleplays(ctx, w.owner, training.RoleplayFilter{UserID: w.other.ID})
		}, 1},
	} {
		got, err := c.list()
		if err != nil || len(got) != c.want {
			t.Fatalf("%s sees %d role-plays, want %d (%v)", c.name, len(got), c.want, err)
		}
	}
	_, err = w.svc.Roleplay(ctx, w.junior, mine.ID)
	wantKind(t, err, apperr.ErrNotFound)
	if err := w.svc.DeleteRoleplay(ctx, w.rep, mine.ID, mine.Version); !errorsIsForbidden(err, "errors.forbidden.managerOnly") {
		t.Fatalf("rep deleting = %v", err)
	}
}

// The list reads every role-play's rubric and follow-ups at once; each must
// come out exactly as the role-play shows on its own.
func TestRoleplayListShowsEachAsItShowsAlone(t *testing.T) {
	w := newWorld(t)
	plain := priceObjection(w)
	plain.Criteria, plain.Actions = training.DefaultCriteria(), nil
	other := priceObjection(w)
	other.RepID, other.EvaluatorID, other.HeldOn = w.other.ID, w.manager2.ID, "2026-11-20"
	other.Actions = append(other.Actions, training.ActionInput{Title: "先复述客户的顾虑", DueOn: "2026-11-21"})
	for _, err := range []error{
		created(w.svc.CreateRoleplay(ctx, w.manager, priceObjection(w))),
		created(w.svc.CreateRoleplay(ctx, w.manager, plain)),
		created(w.svc.CreateRoleplay(ctx, w.manager2, other)),
	} {
		if err != nil {
			t.Fatal(err)
		}
	}
	list, err := w.svc.Roleplays(ctx, w.owner, training.RoleplayFilter{})
	if err != nil || len(list) != 3 {
		t.Fatalf("list = %d, %v", len(list), err)
	}
	for _, r := range list {
		alone, err := w.svc.Roleplay(ctx, w.owner, r.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(r, alone) {
			t.Errorf("in the list:\n%+v\nalone:\n%+v", r, alone)
		}
	}
	if a := list[2].Actions; len(a) != 3 || a[0].DueOn != "2026-11-21" {
		t.Errorf("the earliest role-play's actions = %+v", a)
	}
	for _, r := range list {
		if r.Actions == nil || r.Criteria == nil { // the form reads [] and never null
			t.Errorf("role-play %s: actions %#v, criteria %#v", r.ID, r.Actions, r.Criteria)
		}
	}
}

func created(_ training.Roleplay, err error) error { return err }
