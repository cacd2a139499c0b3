package training_test

import (
	"testing"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/training"
)

func TestProfileSumsUpARep(t *testing.T) {
	w, reps := monthFixture(t) // today is 2026-11-27
	if _, err := w.svc.CreateRoleplay(ctx, w.manager, priceObjection(w)); err != nil {
		t.Fatal(err)
	}
	p, err := w.svc.Profile(ctx, w.manager, reps["R2"].ID)
	if err != nil {
		t.Fatal(err)
	}
	// A done 11-12, B overdue since 11-16, C done 11-05, D due 2027-01-01.
	want := map[string]string{"产品基础知识": "done", "标准销售流程": "overdue", "合规": "done", "市场趋势": "due"}
	for _, r := range p.Required {
		if want[r.CourseTitle] != r.Status {
			t.Errorf("%s: %s, want %s", r.CourseTitle, r.Status, want[r.CourseTitle])
		}
	}
	if p.RequiredCount != 4 || p.CompletedCount != 2 || p.OverdueCount != 1 || p.Year != 2026 || p.Today != "2026-11-27" {
		t.Fatalf("counts = %+v", p)
	}
	if p.MinutesThisYear != 240 || p.ScoredCount != 3 || p.AverageScore != 6967 {
		t.Fatalf("year = %d min, %d scores averaging %d", p.MinutesThisYear, p.ScoredCount, p.AverageScore)
	}
	if len(p.Records) != 4 || p.Records[0].HeldOn != "2026-11-20" || p.Records[0].Status != "absent" {
		t.Fatalf("records = %+v", p.Records)
	}
	if len(p.OpenTasks) != 2 || p.OpenTasks[0].Title == "" {
		t.Fatalf("open tasks = %+v", p.OpenTasks)
	}
	cases := []struct {
		actor auth.Actor
		user  auth.Actor
		want  error
	}{
		{reps["R2"], reps["R2"], nil},
		{w.owner, reps["R1"], nil},
		{reps["R2"], reps["R3"], apperr.ErrForbidden},
		{w.manager, reps["R1"], apperr.ErrForbidden},
		{w.manager, auth.Actor{ID: "ghost"}, apperr.ErrNotFound},
	}
	for _, c := range cases {
		_, err := w.svc.Profile(ctx, c.actor, c.user.ID)
		if (c.want == nil && err != nil) || (c.want != nil && !errorIs(err, c.want)) {
			t.Errorf("%s reading %s: %v, want %v", c.actor.ID, c.user.ID, err, c.want)
		}
	}
}

func TestCertificatesExpireAndShowUpForRepAndManager(t *testing.T) {
	w := newWorld(t) // today is 2026-11-27
	yearly := w.course("合规与廉洁", training.KindCompliance, "junior", 60, true, 80, 12)
	monthly := w.course("新品速递", training.KindProductKnowledge, "junior", 30, false, 0, 1)
	old := w.course("安全生产", training.KindCompliance, "junior", 30, false, 0, 6)
	record := func(c training.Course, day string, who auth.Actor, status string, sc *int) {
		s := w.session(w.owner, c.ID, day)
		if _, err := w.svc.RecordAttendance(ctx, w.owner, s.ID, []training.AttendanceInput{{UserID: who.ID, Status: status, Score: sc}}); err != nil {
			t.Fatal(err)
		}
	}
	record(yearly, "2026-03-10", w.rep, "present", score(92))    // expires 2027-03-10
	record(yearly, "2026-11-05", w.junior, "present", score(70)) // failed: no certificate
	record(monthly, "2026-11-20", w.rep, "present", nil)         // expires 2026-12-20, in 23 days
	record(monthly, "2026-11-01", w.junior, "late", nil)         // expires 2026-12-01, in 4 days
	record(old, "2026-01-15", w.junior, "present", nil)          // expired 2026-07-15
	record(monthly, "2026-11-21", w.other, "present", nil)       // other team, expires 2026-12-21

	p, err := w.svc.Profile(ctx, w.rep, w.rep.ID)
	if err != nil || len(p.Certificates) != 2 || p.Certificates[0].ExpiresOn != "2026-12-20" || p.Certificates[0].DaysLeft != 23 ||
		p.Certificates[1].ExpiresOn != "2027-03-10" || p.Certificates[1].Expired {
		t.Fatalf("certificates = %+v, %v", p.Certificates, err)
	}
	cases := []struct {
		name   string
		actor  auth.Actor
		userID string
		days   int
		want   []string // user name + expiry
	}{
		{"manager, 30 days", w.manager, "", 30, []string{"刘洋 2026-07-15", "刘洋 2026-12-01", "李强 2026-12-20"}},
		{"manager, 7 days", w.manager, "", 7, []string{"刘洋 2026-07-15", "刘洋 2026-12-01"}},
		{"manager, one rep", w.manager, w.rep.ID, 30, []string{"李强 2026-12-20"}},
		{"rep", w.rep, "", 400, []string{"李强 2026-12-20", "李强 2027-03-10"}},
		{"owner, 30 days", w.owner, "", 30, []string{"刘洋 2026-07-15", "刘洋 2026-12-01", "李强 2026-12-20", "赵敏 2026-12-21"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := w.svc.ExpiringCertificates(ctx, c.actor, c.userID, c.days)
			if err != nil || len(got) != len(c.want) {
				t.Fatalf("got %+v, %v; want %v", got, err, c.want)
			}
			for i, cert := range got {
				if cert.UserName+" "+cert.ExpiresOn != c.want[i] {
					t.Fatalf("got[%d] = %s %s; want %v", i, cert.UserName, cert.ExpiresOn, c.want)
				}
			}
		})
	}
	if got, _ := w.svc.ExpiringCertificates(ctx, w.manager, "", 30); !got[0].Expired || got[0].DaysLeft >= 0 {
		t.Fatalf("an expired certificate should say so: %+v", got[0])
	}
	_, err = w.svc.ExpiringCertificates(ctx, w.rep, w.junior.ID, 30)
	wantKind(t, err, apperr.ErrForbidden)
}

func errorIs(err, target error) bool {
	e, ok := apperr.As(err)
	t, _ := apperr.As(target)
	return ok && t != nil && e.Kind == t.Kind
}
