package demo

import (
	"context"
	"fmt"
	"math/rand/v2"
	"time"

	"steady/backend/auth"
	"steady/backend/service"
	"steady/backend/services"
	"steady/backend/store"
)

// A year of after-sales: customers of the reps raise tickets (questions and
// repairs most, complaints and returns fewer) in working hours; the rep
// replies, sometimes waits for the customer, and resolves, mostly within
// target; many are closed and surveyed, by the rep with the customer's
// reply or by the manager on the phone. Scores lean to 4 and 5; a low one
// opens the manager's follow-up, done within days except the latest. Some
// won deals and revisits are surveyed too. The last days' tickets are open.

// maxTickets bounds the year's tickets, so a demo of many customers stays quick.
const maxTickets = 1500

// serviceCustomer is a customer with an owner, as the tickets pick them.
type serviceCustomer struct {
	id      string
	owner   auth.Actor
	created time.Time
}

func addService(ctx context.Context, db *store.DB, set *services.Set, c *clock, t team, r *rand.Rand, now time.Time, n int) error {
	customers, err := serviceCustomers(ctx, db)
	if err != nil || len(customers) == 0 {
		return err
	}
	loc := set.Company.Location(ctx)
	d := &desk{svc: set.Service, c: c, t: t, r: r, now: now, loc: loc}
	for range min(n*3/5, maxTickets) {
		at := d.workingTime(now.AddDate(-1, 0, 0), now.Add(-time.Hour))
		k := customers[r.IntN(len(customers))]
		if k.created.After(at) {
			continue // not a customer yet
		}
		if err := d.ticket(ctx, k, at); err != nil {
			return fmt.Errorf("demo: ticket: %w", err)
		}
	}
	if err := d.surveyDeals(ctx, db); err != nil {
		return err
	}
	c.t = now
	return nil
}

func serviceCustomers(ctx context.Context, db *store.DB) ([]serviceCustomer, error) {
	rows, err := db.Read().QueryContext(ctx, `SELECT c.id, c.owner_id, u.role, c.created_at FROM customers c
		JOIN users u ON u.id = c.owner_id WHERE c.deleted_at IS NULL ORDER BY c.id`)
	if err != nil {
		return nil, fmt.Errorf("demo: service customers: %w", err)
	}
	defer rows.Close()
	var out []serviceCustomer
	for rows.Next() {
		var k serviceCustomer
		var created string
		if err := rows.Scan(&k.id, &k.owner.ID, &k.owner.Role, &created); err != nil {
			return nil, fmt.Errorf("demo: service customers: %w", err)
		}
		if k.created, err = store.ParseTime(created); err != nil {
			return nil, err
		}
		out = append(out, k)
	}
	return out, rows.Err()
}

// desk plays tickets and surveys on the demo's clock.
type desk struct {
	svc *service.Service
	c   *clock
	t   team
	r   *rand.Rand
	now time.Time
	loc *time.Location
}

// workingTime is a moment in working hours (Monday to Friday, 09:00–18:00
// local) between from and to.
func (d *desk) workingTime(from, to time.Time) time.Time {
	for {
		at := from.Add(time.Duration(d.r.Int64N(int64(to.Sub(from)))))
		l := at.In(d.loc)
		if wd := l.Weekday(); wd != time.Saturday && wd != time.Sunday && l.Hour() >= 9 && l.Hour() < 18 {
			return at
		}
	}
}

// pick draws one of weights' keys in proportion to its weight.
func (d *desk) pick(keys []string, weights []int) string {
	total := 0
	for _, w := range weights {
		total += w
	}
	n := d.r.IntN(total)
	for i, w := range weights {
		if n < w {
			return keys[i]
		}
		n -= w
	}
	return keys[0]
}

// at moves the clock; false when the moment has not come yet.
func (d *desk) at(t time.Time) bool {
	if t.After(d.now) {
		return false
	}
	d.c.t = t
	return true
}

func (d *desk) ticket(ctx context.Context, k serviceCustomer, at time.Time) error {
	kind := d.pick([]string{"consultation", "repair", "complaint", "return", "other"}, []int{35, 25, 20, 8, 12})
	in := service.TicketInput{CustomerID: k.id, Kind: kind,
		Priority: d.pick([]string{"low", "normal", "high", "urgent"}, []int{15, 50, 25, 10}),
		Channel:  d.pick([]string{"phone", "wechat", "email", "visit"}, []int{40, 40, 10, 10}),
		Subject:  ticketTopics[kind][d.r.IntN(len(ticketTopics[kind]))]}
	d.c.t = at
	tk, err := d.svc.OpenTicket(ctx, k.owner, in)
	if err != nil {
		return err
	}
	step := func(after time.Duration, c service.Change, reply bool) (bool, error) {
		if !d.at(d.c.t.Add(after)) {
			return false, nil
		}
		c.TicketID, c.Version = tk.ID, tk.Version
		if reply {
			tk, err = d.svc.Reply(ctx, k.owner, c)
		} else {
			tk, err = d.svc.SetStatus(ctx, k.owner, c)
		}
		return err == nil, err
	}
	reply := ticketReplies[d.r.IntN(len(ticketReplies))]
	if ok, err := step(d.minutes(10, 300), service.Change{Note: reply}, true); !ok {
		return err
	}
	if d.r.IntN(6) == 0 { // the customer owes an answer for a day or two
		if ok, err := step(d.minutes(30, 240), service.Change{Status: service.StatusWaiting}, false); !ok {
			return err
		}
		if ok, err := step(d.minutes(24*60, 3*24*60), service.Change{Status: service.StatusInProgress}, false); !ok {
			return err
		}
	}
	// four in five within target: a working day or two; the rest drag on
	work := d.minutes(60, 2*24*60)
	if d.r.IntN(5) == 0 {
		work = d.minutes(4*24*60, 9*24*60)
	}
	resolution := ticketResolutions[d.r.IntN(len(ticketResolutions))]
	if ok, err := step(work, service.Change{Status: service.StatusResolved, Resolution: resolution}, false); !ok {
		return err
	}
	if d.r.IntN(10) < 7 {
		if ok, err := step(d.minutes(24*60, 3*24*60), service.Change{Status: service.StatusClosed}, false); !ok {
			return err
		}
	}
	if d.r.IntN(10) < 6 {
		return d.survey(ctx, k.owner, service.SurveyRef{TicketID: tk.ID}, d.c.t.Add(d.minutes(60, 2*24*60)))
	}
	return nil
}

func (d *desk) minutes(lo, hi int) time.Duration {
	return time.Duration(lo+d.r.IntN(hi-lo)) * time.Minute
}

// survey records an answer at at: three in five by the rep with the
// customer's reply, the rest by the manager on the phone; a low score's
// follow-up is done by the manager a day or three later.
func (d *desk) survey(ctx context.Context, owner auth.Actor, ref service.SurveyRef, at time.Time) error {
	if !d.at(at) {
		return nil
	}
	score := []int{5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 4, 3, 3, 3, 2, 2, 1}[d.r.IntN(21)]
	nps := map[int]int{5: 9, 4: 7, 3: 5, 2: 2, 1: 0}[score] + d.r.IntN(2)
	a := service.Answer{SurveyRef: ref, Score: score, NPS: &nps}
	by, replies := d.t.manager, surveyReplies[score]
	if owner.Role == auth.RoleRep && d.r.IntN(5) < 3 {
		by = owner
	} else {
		a.Comment = "电话回访"
	}
	if by.ID == owner.ID { // the holder's own answer carries the reply
		a.ReplyText = replies[d.r.IntN(len(replies))]
	}
	v, err := d.svc.RecordSurvey(ctx, by, a)
	if err != nil {
		return fmt.Errorf("survey: %w", err)
	}
	if v.FollowupID == "" || !d.at(at.Add(d.minutes(20*60, 3*24*60))) {
		return nil
	}
	list, err := d.svc.Followups(ctx, d.t.owner, "")
	if err != nil {
		return err
	}
	for _, f := range list {
		if f.ID == v.FollowupID {
			who := d.t.manager
			if f.AssigneeID == d.t.owner.ID {
				who = d.t.owner
			}
			_, err = d.svc.CompleteFollowup(ctx, who, f.ID,
				followupNotes[d.r.IntN(len(followupNotes))], f.Version)
			return err
		}
	}
	return nil
}

// surveyDeals asks about two in five of the year's won deals a week after
// the win, and about one in 25 of the last half year's revisits.
func (d *desk) surveyDeals(ctx context.Context, db *store.DB) error {
	rows, err := db.Read().QueryContext(ctx, `SELECT d.id, '', d.won_at, coalesce(c.owner_id, ''), coalesce(u.role, '') FROM deals d
		JOIN customers c ON c.id = d.customer_id LEFT JOIN users u ON u.id = c.owner_id
		WHERE d.deleted_at IS NULL AND d.status = 'won' AND d.won_at >= ?1
		UNION ALL SELECT '', r.id, r.done_at, coalesce(c.owner_id, ''), coalesce(u.role, '') FROM revisit_tasks r
		JOIN customers c ON c.id = r.customer_id LEFT JOIN users u ON u.id = c.owner_id
		WHERE r.deleted_at IS NULL AND r.status = 'done' AND r.done_at >= ?2 ORDER BY 3, 1, 2`,
		store.FormatTime(d.now.AddDate(-1, 0, 0)), store.FormatTime(d.now.AddDate(0, -6, 0)))
	if err != nil {
		return fmt.Errorf("demo: surveyed deals: %w", err)
	}
	type subject struct {
		ref   service.SurveyRef
		at    string
		owner auth.Actor
	}
	var subjects []subject
	for rows.Next() {
		var s subject
		if err := rows.Scan(&s.ref.DealID, &s.ref.RevisitID, &s.at, &s.owner.ID, &s.owner.Role); err != nil {
			rows.Close()
			return fmt.Errorf("demo: surveyed deals: %w", err)
		}
		subjects = append(subjects, s)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, s := range subjects {
		if (s.ref.DealID != "" && d.r.IntN(5) >= 2) || (s.ref.RevisitID != "" && d.r.IntN(25) != 0) {
			continue
		}
		at, err := store.ParseTime(s.at)
		if err != nil {
			return err
		}
		if err := d.survey(ctx, s.owner, s.ref, at.Add(d.minutes(3*24*60, 8*24*60))); err != nil {
			return fmt.Errorf("demo: survey of %+v: %w", s.ref, err)
		}
	}
	return nil
}
