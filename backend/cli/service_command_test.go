package cli

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"steady/backend/auth"
	"steady/backend/customer"
	"steady/backend/demo"
	"steady/backend/service"
	"steady/backend/services"
	"steady/backend/store"
)

// serviceMonth writes a March of after-sales into a demo company without
// customers: rep1 resolves a ticket on time and their customer answers 5
// (NPS 10); rep2 has one ticket still open and one resolved late, which
// the manager surveys at 2 (NPS 3).
func serviceMonth(t *testing.T, path string) {
	t.Helper()
	ctx := context.Background()
	if _, err := demo.Create(ctx, path, demo.Options{Seed: 5, Customers: 0, HashCost: bcrypt.MinCost}); err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	loc, _ := time.LoadLocation("Asia/Shanghai")
	now := time.Date(2026, 3, 2, 10, 0, 0, 0, loc) // a Monday
	set := services.New(db, func() time.Time { return now })
	who := func(login string) auth.Actor {
		var a auth.Actor
		if err := db.Read().QueryRow(`SELECT id, role FROM users WHERE login = ?`, login).Scan(&a.ID, &a.Role); err != nil {
			t.Fatal(err)
		}
		return a
	}
	rep1, rep2, manager := who("rep1"), who("rep2"), who("manager")
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	ticket := func(rep auth.Actor, name string) service.Ticket {
		c, err := set.Customers.CreateCustomer(ctx, rep, customer.CustomerInput{Kind: customer.KindCompany, Name: name})
		must(err)
		k, err := set.Service.OpenTicket(ctx, rep, service.TicketInput{CustomerID: c.ID, Kind: service.KindComplaint,
			Priority: service.PriorityNormal, Channel: "phone", Subject: "设备异响"})
		must(err)
		return k
	}
	resolve := func(rep auth.Actor, k service.Ticket) {
		_, err := set.Service.SetStatus(ctx, rep, service.Change{TicketID: k.ID, Status: service.StatusResolved, Resolution: "已处理", Version: k.Version})
		must(err)
	}
	nps := func(n int) *int { return &n }
	quick := ticket(rep1, "杭州明远智能科技有限公司")
	ticket(rep2, "苏州恒信工业设备有限公司")
	late := ticket(rep2, "成都蓉锦办公用品有限公司")
	now = now.Add(time.Hour)
	resolve(rep1, quick)
	_, err = set.Service.RecordSurvey(ctx, rep1, service.Answer{SurveyRef: service.SurveyRef{TicketID: quick.ID}, Score: 5, NPS: nps(10), ReplyText: "5分，很满意"})
	must(err)
	now = now.AddDate(0, 0, 10) // three working days was the target
	resolve(rep2, late)
	_, err = set.Service.RecordSurvey(ctx, manager, service.Answer{SurveyRef: service.SurveyRef{TicketID: late.ID}, Score: 2, NPS: nps(3)})
	must(err)
}

func TestServiceReportCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "service.db")
	serviceMonth(t, db)
	r := run("service", "report", "--db", db, "--month", "2026-03", "--json")
	if r.code != 0 || !r.asOwner {
		t.Fatalf("%+v", r)
	}
	var rep service.Report
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatalf("%v in %s", err, r.stdout)
	}
	type line struct{ opened, resolved, onTime, onTimeBP, surveys, avg, nps int }
	get := func(x service.ReportRow) line {
		v := func(p *int) int {
			if p == nil {
				return -999
			}
			return *p
		}
		return line{x.Opened, x.Resolved, x.ResolvedOnTime, v(x.OnTimeBP), x.Surveys, v(x.AverageX100), v(x.NPS)}
	}
	if len(rep.Rows) != 2 || rep.Month != "2026-03" {
		t.Fatalf("rows = %+v", rep.Rows)
	}
	want := map[int]line{1: {1, 1, 1, 10000, 1, 500, 100}, 2: {2, 1, 0, 0, 1, 200, -100}}
	for _, x := range rep.Rows {
		n := 1
		if x.Opened == 2 {
			n = 2
		}
		if got := get(x); got != want[n] || x.UserName == "" {
			t.Errorf("%s: %+v, want %+v", x.UserName, got, want[n])
		}
	}
	if got := get(rep.Total); got != (line{3, 2, 1, 5000, 2, 350, 0}) {
		t.Errorf("total %+v", got)
	}
	// a rep sees their own numbers only; another month has no data, not zero
	r = run("service", "report", "--db", db, "--month", "2026-03", "--json", "--as", "rep1")
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil || len(rep.Rows) != 1 || get(rep.Total) != want[1] {
		t.Fatalf("as rep1: %v %+v", err, r)
	}
	r = run("service", "report", "--db", db, "--month", "2026-04", "--json")
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil || len(rep.Rows) != 0 || rep.Total.AverageX100 != nil ||
		!strings.Contains(r.stdout, `"averageX100": null`) {
		t.Fatalf("empty month: %v %s", err, r.stdout)
	}
	text := run("service", "report", "--db", db, "--month", "2026-03")
	if text.code != 0 || !strings.Contains(text.stdout, "TOTAL") || !strings.Contains(text.stdout, "3.50") ||
		!strings.Contains(text.stdout, "50.00") {
		t.Fatalf("text: %+v", text)
	}
	for _, args := range [][]string{
		{"service"}, {"service", "list"}, {"service", "report", "--db", db}, {"service", "report", "--db", db, "--month", "2026-3x"},
		{"service", "report", "--db", db, "--month", "2026-03", "extra"},
	} {
		if r := run(args...); r.code != 2 {
			t.Errorf("%v: exit %d, want 2 (usage)", args, r.code)
		}
	}
	if r := run("service", "report", "--db", db, "--month", "2026-03", "--as", "nobody"); r.code != 1 {
		t.Errorf("unknown --as: %+v", r)
	} else {
		r.oneLineError(t)
	}
}
