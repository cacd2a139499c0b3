package sales

import (
	"context"
	"database/sql"
	"math/rand/v2"
	"time"

	"steady/backend/store"
)

// dealGen writes generated deals with the rows a real one leaves: a history
// row per stage entered and the SOP tasks of the seeded rules, done on
// time, late or never.
type dealGen struct {
	r         *rand.Rand
	reps      []string
	customers []string
	ss        stages // open stages, then won, after and lost
	rules     map[string][]Rule
	reasons   []string
	start     time.Time
	deal      *sql.Stmt
	history   *sql.Stmt
	task      *sql.Stmt
	stays     map[[3]string][2]int64 // stage, day, owner → exits, seconds
}

func newDealGen(ctx context.Context, db *store.DB, r *rand.Rand, reps, customers []string) (*dealGen, error) {
	g := &dealGen{r: r, reps: reps, customers: customers, rules: map[string][]Rule{}, stays: map[[3]string][2]int64{},
		start: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)}
	var err error
	if g.ss, err = loadStages(ctx, db.Read()); err != nil {
		return nil, err
	}
	rules, err := rulesWhere(ctx, db.Read(), `1 = 1`)
	if err != nil {
		return nil, err
	}
	for _, rule := range rules {
		g.rules[rule.StageID] = append(g.rules[rule.StageID], rule)
	}
	rows, err := db.Read().QueryContext(ctx, `SELECT id FROM sales_lost_reasons ORDER BY position`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		g.reasons = append(g.reasons, id)
	}
	return g, rows.Err()
}

// batch writes n deals inside tx.
func (g *dealGen) batch(ctx context.Context, tx *sql.Tx, n int) error {
	var err error
	if g.deal, err = tx.PrepareContext(ctx, `INSERT INTO deals(id, customer_id, title, amount_minor, currency,
		expected_close_on, owner_id, stage_id, stage_entered_at, reached_stage_id, status, won_at, lost_at, closed_at,
		lost_reason_id, lost_stage_id, created_by, created_at, updated_at)
		VALUES (?, ?, ?, ?, 'CNY', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`); err != nil {
		return err
	}
	defer g.deal.Close()
	if g.history, err = tx.PrepareContext(ctx, `INSERT INTO deal_stage_history(id, deal_id, owner_id, at, actor_id, action,
		from_stage_id, to_stage_id, from_entered_at, seconds_in_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`); err != nil {
		return err
	}
	defer g.history.Close()
	if g.task, err = tx.PrepareContext(ctx, `INSERT INTO sop_tasks(id, deal_id, rule_id, stage_id, assignee_id, title_zh,
		anchor, offset_hours, anchor_at, due_at, status, done_at, closed_at, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`); err != nil {
		return err
	}
	defer g.task.Close()
	for range n {
		if err := g.one(ctx); err != nil {
			return err
		}
	}
	return nil
}

// genDeal is one generated deal as it ends up.
type genDeal struct {
	id, customer, owner string
	created             time.Time
	stage, reached      Stage
	entered             time.Time
	status              string
	closed              time.Time
	lostStage, reason   string
	tasks               []genTask
	history             [][]any // rows written after the deal's own
}

type genTask struct {
	rule     Rule
	due      time.Time
	done     time.Time // zero: never done
	anchorAt time.Time
}

// one plays a deal: through the open stages for a few days each, then won
// (some on to after-sales), lost, or still open when now comes.
func (g *dealGen) one(ctx context.Context) error {
	span := benchNow.Sub(g.start)
	ci := g.r.IntN(len(g.customers))
	d := genDeal{id: store.NewID(), customer: g.customers[ci], owner: g.reps[ci%len(g.reps)], status: StatusOpen,
		created: g.start.Add(time.Duration(g.r.Int64N(int64(span))))}
	open := g.ss.ofKind(KindOpen)
	fate, target := "lost", g.r.IntN(len(open))
	if x := g.r.IntN(100); benchNow.Sub(d.created) < 60*24*time.Hour && x < 60 {
		fate = "open"
	} else if x < 40 {
		fate, target = "won", len(open)-1
	}
	path := append(stages{}, open[:target+1]...)
	if fate == "won" {
		path = append(path, g.ss.ofKind(KindWon)...)
		if g.r.IntN(2) == 0 {
			path = append(path, g.ss.ofKind(KindAfter)...)
		}
	}
	if err := g.walk(ctx, &d, path, fate); err != nil {
		return err
	}
	return g.write(ctx, d)
}

// walk moves d along path, writing its history, until the path ends or now.
func (g *dealGen) walk(ctx context.Context, d *genDeal, path stages, fate string) error {
	at, from := d.created, Stage{}
	for i, st := range path {
		if err := g.enter(ctx, d, from, st, at); err != nil {
			return err
		}
		from = st
		leave := at.Add(time.Duration(24+g.r.IntN(9*24)) * time.Hour)
		if leave.After(benchNow) {
			return nil
		}
		last := i == len(path)-1
		switch {
		case last && fate == "lost":
			d.lostStage, d.reason = st.ID, g.reasons[g.r.IntN(len(g.reasons))]
			lost, _ := g.ss.first(KindLost)
			return g.enter(ctx, d, st, lost, leave)
		case last:
			return nil
		}
		at = leave
	}
	return nil
}

// enter records d entering st at at, with the tasks st's rules give it.
func (g *dealGen) enter(ctx context.Context, d *genDeal, from, st Stage, at time.Time) error {
	action := map[string]string{KindOpen: "move", KindWon: "win", KindAfter: "move", KindLost: "lose"}[st.Kind]
	var fromID, fromEntered any
	var seconds int64
	if from.ID == "" {
		action = "create"
	} else {
		fromID, fromEntered, seconds = from.ID, store.FormatTime(d.entered), int64(at.Sub(d.entered).Seconds())
		key := [3]string{from.ID, at.In(shanghai).Format(time.DateOnly), d.owner}
		g.stays[key] = [2]int64{g.stays[key][0] + 1, g.stays[key][1] + seconds}
	}
	if st.Kind == KindWon || st.Kind == KindLost {
		d.status, d.closed = statusOf(st.Kind), at
	}
	if st.Kind != KindLost && g.ss.order(st.ID) > g.ss.order(d.reached.ID) {
		d.reached = st
	}
	d.stage, d.entered = st, at
	d.history = append(d.history, []any{store.NewID(), d.id, d.owner, store.FormatTime(at), d.owner, action, fromID, st.ID,
		fromEntered, seconds})
	for _, rule := range g.rules[st.ID] {
		t := genTask{rule: rule, anchorAt: at, due: at.Add(time.Duration(rule.OffsetHours) * time.Hour)}
		switch x := g.r.IntN(100); {
		case x < 70:
			t.done = at.Add(time.Duration(g.r.Int64N(int64(t.due.Sub(at)))))
		case x < 85:
			t.done = t.due.Add(time.Duration(2+g.r.IntN(46)) * time.Hour)
		}
		d.tasks = append(d.tasks, t)
	}
	return nil
}

// write inserts the deal and its tasks as they stand at benchNow.
func (g *dealGen) write(ctx context.Context, d genDeal) error {
	var wonAt, lostAt, closedAt, reason, lostStage any
	if d.status != StatusOpen {
		closedAt = store.FormatTime(d.closed)
	}
	if d.status == StatusWon {
		wonAt = closedAt
	}
	if d.status == StatusLost {
		lostAt, reason, lostStage = closedAt, d.reason, d.lostStage
	}
	created := store.FormatTime(d.created)
	_, err := g.deal.ExecContext(ctx, d.id, d.customer, "商机 "+d.id[len(d.id)-6:], int64(1_000+g.r.IntN(500_000))*100,
		d.created.AddDate(0, 0, 30+g.r.IntN(60)).Format(time.DateOnly), d.owner, d.stage.ID, store.FormatTime(d.entered),
		d.reached.ID, d.status, wonAt, lostAt, closedAt, reason, lostStage, d.owner, created, store.FormatTime(d.entered))
	if err != nil {
		return err
	}
	for _, h := range d.history {
		if _, err := g.history.ExecContext(ctx, h...); err != nil {
			return err
		}
	}
	for _, t := range d.tasks {
		status, doneAt, closed := g.taskEnd(d, t)
		_, err := g.task.ExecContext(ctx, store.NewID(), d.id, t.rule.ID, t.rule.StageID, d.owner, t.rule.TitleZh, t.rule.Anchor,
			t.rule.OffsetHours, store.FormatTime(t.anchorAt), store.FormatTime(t.due), status, doneAt, closed,
			store.FormatTime(t.anchorAt), store.FormatTime(t.anchorAt))
		if err != nil {
			return err
		}
	}
	return nil
}

// taskEnd is how a task stands at benchNow: done, closed by its deal's
// close before it was done, or open.
func (g *dealGen) taskEnd(d genDeal, t genTask) (string, any, any) {
	closedFirst := d.status != StatusOpen && t.anchorAt.Before(d.closed)
	switch {
	case !t.done.IsZero() && !t.done.After(benchNow) && !(closedFirst && t.done.After(d.closed)):
		return TaskDone, store.FormatTime(t.done), nil
	case closedFirst:
		return TaskClosed, nil, store.FormatTime(d.closed)
	}
	return TaskOpen, nil, nil
}

// writeStays fills the daily stay totals the moves added up.
func (g *dealGen) writeStays(ctx context.Context, tx *sql.Tx) error {
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO sales_stage_days(stage_id, day, owner_id, exits, seconds) VALUES (?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for k, v := range g.stays {
		if _, err := stmt.ExecContext(ctx, k[0], k[1], k[2], v[0], v[1]); err != nil {
			return err
		}
	}
	return nil
}
