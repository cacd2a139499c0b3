package services_test

import (
	"database/sql"
	"slices"
	"sort"
	"time"

	"steady/backend/sales"
	"steady/backend/store"
)

// benchStages are the seeded stages and SOP rules the deals walk.
type benchStages struct {
	open             []sales.Stage // in order
	won, after, lost sales.Stage
	quotation        string // the stage in which a quote goes out
	rules            map[string][]sales.Rule
	reasons          []string
}

func (g *benchGen) stages() (benchStages, error) {
	all, err := g.set.Sales.Stages(ctx)
	if err != nil {
		return benchStages{}, err
	}
	ss := benchStages{rules: map[string][]sales.Rule{}}
	for _, st := range all {
		switch st.Kind {
		case sales.KindOpen:
			ss.open = append(ss.open, st)
		case sales.KindWon:
			ss.won = st
		case sales.KindAfter:
			ss.after = st
		case sales.KindLost:
			ss.lost = st
		}
		if st.Code == "quotation" {
			ss.quotation = st.ID
		}
		if ss.rules[st.ID], err = g.set.Sales.Rules(ctx, st.ID); err != nil {
			return ss, err
		}
	}
	slices.SortFunc(ss.open, func(a, b sales.Stage) int { return a.Position - b.Position })
	reasons, err := g.set.Sales.LostReasons(ctx, false)
	for _, r := range reasons {
		ss.reasons = append(ss.reasons, r.ID)
	}
	return ss, err
}

// benchDeal is one generated deal as it stands at benchNow.
type benchDeal struct {
	id, owner, currency string
	c                   *benchCustomer
	created             time.Time
	amount              int64
	stage, reached      sales.Stage
	entered             time.Time
	status              string
	closed              time.Time
	lostStage, reason   string
	quotedAt            time.Time // when it entered the quotation stage
	tasks               []benchTask
	history             [][]any
}

type benchTask struct {
	rule                sales.Rule
	waiting             bool // its anchor event has not happened
	made, anchorAt, due time.Time
	done                time.Time // zero: never done
}

const (
	insertDeal = `INSERT INTO deals(id, customer_id, title, amount_minor, currency, expected_close_on, owner_id, stage_id,
		stage_entered_at, reached_stage_id, status, won_at, lost_at, closed_at, lost_reason_id, lost_stage_id, quote_id,
		created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	insertHistory = `INSERT INTO deal_stage_history(id, deal_id, owner_id, at, actor_id, action, from_stage_id,
		to_stage_id, from_entered_at, seconds_in_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	insertTask = `INSERT INTO sop_tasks(id, deal_id, rule_id, stage_id, assignee_id, title_zh, title_en, anchor,
		offset_hours, anchor_at, due_at, status, done_at, done_by, closed_at, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	insertWon = `INSERT INTO won_deals(id, customer_id, owner_id, won_at, amount_minor, currency, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
)

// addDeals writes about ten deals a month for each rep, on their own
// customers, new ones (of the last 90 days) about half the time.
func (g *benchGen) addDeals() error {
	ss, err := g.stages()
	if err != nil {
		return err
	}
	return g.db.Tx(ctx, func(tx *sql.Tx) error {
		ins, err := prepareAll(tx, insertDeal, insertHistory, insertTask, insertWon, insertQuote, insertQuoteLine)
		if err != nil {
			return err
		}
		defer closeAll(ins)
		for _, rep := range g.reps {
			for range int(months(rep.since, benchNow) * dealsPerMonth) {
				created := g.workTime(rep.since, benchNow)
				c := g.dealCustomer(rep, created)
				if c == nil {
					continue
				}
				if err := g.writeDeal(ins, g.playDeal(ss, rep.id, c, created)); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// dealCustomer picks one of rep's customers created before at.
func (g *benchGen) dealCustomer(rep *benchRep, at time.Time) *benchCustomer {
	cs := rep.customers
	n := sort.Search(len(cs), func(i int) bool { return !cs[i].created.Before(at) })
	if n == 0 {
		return nil
	}
	recent := sort.Search(n, func(i int) bool { return !cs[i].created.Before(at.AddDate(0, 0, -90)) })
	if recent < n && g.r.IntN(2) == 0 {
		return cs[recent+g.r.IntN(n-recent)]
	}
	return cs[g.r.IntN(n)]
}

// playDeal plays a deal through the open stages, a few days each, to a win
// (half of them on to after-sales), a loss, or (when young) still open.
func (g *benchGen) playDeal(ss benchStages, owner string, c *benchCustomer, created time.Time) *benchDeal {
	d := &benchDeal{id: store.NewID(), owner: owner, c: c, created: created, status: sales.StatusOpen, currency: "CNY",
		amount: int64(2_000+g.r.IntN(80_000)) * 100}
	if g.r.IntN(50) == 0 { // a deal priced in dollars counts as a win but adds no yuan
		d.currency, d.amount = "USD", d.amount/7
	}
	fate, target := "lost", g.r.IntN(len(ss.open))
	switch x := g.r.IntN(100); {
	case benchNow.Sub(created) < 60*24*time.Hour && x < 45:
		fate = "open"
	case x < 42:
		fate, target = "won", len(ss.open)-1
	}
	path := slices.Clone(ss.open[:target+1])
	if fate == "won" {
		path = append(path, ss.won)
		if g.r.IntN(2) == 0 {
			path = append(path, ss.after)
		}
	}
	g.walk(ss, d, path, fate)
	return d
}

// walk moves d along path, one to nine days a stage, until the path ends or now.
func (g *benchGen) walk(ss benchStages, d *benchDeal, path []sales.Stage, fate string) {
	at, from := d.created, sales.Stage{}
	for i, st := range path {
		g.enter(ss, d, from, st, at)
		from = st
		leave := at.Add(time.Duration(24+g.r.IntN(9*24)) * time.Hour)
		if leave.After(benchNow) || i == len(path)-1 && fate != "lost" {
			return
		}
		if i == len(path)-1 {
			d.lostStage, d.reason = st.ID, ss.reasons[g.r.IntN(len(ss.reasons))]
			g.enter(ss, d, st, ss.lost, leave)
			return
		}
		at = leave
	}
}

// enter records d entering st at at, with the SOP tasks st's rules give it:
// about 70 % done in time, 16 % late, the rest never.
func (g *benchGen) enter(ss benchStages, d *benchDeal, from, st sales.Stage, at time.Time) {
	action := map[string]string{sales.KindOpen: "move", sales.KindWon: "win", sales.KindAfter: "move", sales.KindLost: "lose"}[st.Kind]
	var fromID, fromEntered any
	var seconds int64
	if from.ID == "" {
		action = "create"
	} else {
		fromID, fromEntered, seconds = from.ID, store.FormatTime(d.entered), int64(at.Sub(d.entered).Seconds())
	}
	switch st.Kind {
	case sales.KindWon:
		d.status, d.closed = sales.StatusWon, at
	case sales.KindLost:
		d.status, d.closed = sales.StatusLost, at
	}
	if st.Kind != sales.KindLost {
		d.reached = st
	}
	if st.ID == ss.quotation {
		d.quotedAt = at
	}
	d.stage, d.entered = st, at
	d.history = append(d.history, []any{store.NewID(), d.id, d.owner, store.FormatTime(at), d.owner, action, fromID,
		st.ID, fromEntered, seconds})
	for _, rule := range ss.rules[st.ID] {
		if rule.Active {
			d.tasks = append(d.tasks, g.task(d, rule, at))
		}
	}
}

func (g *benchGen) task(d *benchDeal, rule sales.Rule, entered time.Time) benchTask {
	t := benchTask{rule: rule, made: entered, anchorAt: entered}
	switch rule.Anchor {
	case sales.AnchorDealCreated:
		t.anchorAt = d.created
	case sales.AnchorFirstCall:
		t.anchorAt = entered.Add(time.Duration(2+g.r.IntN(40)) * time.Hour)
		t.waiting = t.anchorAt.After(benchNow)
	}
	t.due = t.anchorAt.Add(time.Duration(rule.OffsetHours) * time.Hour)
	switch x := g.r.IntN(100); {
	case x < 70:
		t.done = g.between(t.anchorAt, t.due)
	case x < 86:
		t.done = t.due.Add(time.Duration(2+g.r.IntN(70)) * time.Hour)
	}
	return t
}

// writeDeal inserts d with its history, tasks, win and quotes.
func (g *benchGen) writeDeal(ins []*sql.Stmt, d *benchDeal) error {
	quotes := g.quotes(d)
	var wonAt, lostAt, closedAt, reason, lostStage any
	if d.status != sales.StatusOpen {
		closedAt = store.FormatTime(d.closed)
	}
	if d.status == sales.StatusWon {
		wonAt = closedAt
	}
	if d.status == sales.StatusLost {
		lostAt, reason, lostStage = closedAt, d.reason, d.lostStage
	}
	quoteID := ""
	if n := len(quotes); n > 0 && quotes[n-1].status == "accepted" {
		quoteID = quotes[n-1].id
	}
	created := store.FormatTime(d.created)
	if _, err := ins[0].ExecContext(ctx, d.id, d.c.id, string([]rune(d.c.name)[:4])+"采购项目", d.amount, d.currency,
		d.created.AddDate(0, 0, 30+g.r.IntN(60)).In(g.loc).Format(time.DateOnly), d.owner, d.stage.ID,
		store.FormatTime(d.entered), d.reached.ID, d.status, wonAt, lostAt, closedAt, reason, lostStage, quoteID, d.owner,
		created, store.FormatTime(d.entered)); err != nil {
		return err
	}
	for _, h := range d.history {
		if _, err := ins[1].ExecContext(ctx, h...); err != nil {
			return err
		}
	}
	for _, t := range d.tasks {
		if err := writeTask(ins[2], d, t); err != nil {
			return err
		}
	}
	if d.status == sales.StatusWon {
		if _, err := ins[3].ExecContext(ctx, store.NewID(), d.c.id, d.owner, wonAt, d.amount, d.currency, wonAt, wonAt); err != nil {
			return err
		}
	}
	return g.writeQuotes(ins[4], ins[5], d, quotes)
}

func writeTask(ins *sql.Stmt, d *benchDeal, t benchTask) error {
	status, anchorAt, due, doneAt, doneBy, closed := taskEnd(d, t)
	_, err := ins.ExecContext(ctx, store.NewID(), d.id, t.rule.ID, t.rule.StageID, d.owner, t.rule.TitleZh, t.rule.TitleEn,
		t.rule.Anchor, t.rule.OffsetHours, anchorAt, due, status, doneAt, doneBy, closed,
		store.FormatTime(t.made), store.FormatTime(t.made))
	return err
}

// taskEnd is how a task stands at benchNow: done; closed by its deal's
// close before it was done (never due if it was still waiting for its first
// call); waiting; or open.
func taskEnd(d *benchDeal, t benchTask) (status string, anchorAt, due, doneAt, doneBy, closed any) {
	over := d.status != sales.StatusOpen
	closedFirst := over && t.anchorAt.Before(d.closed)
	if t.rule.Anchor == sales.AnchorFirstCall && (t.waiting || over && !closedFirst) {
		if over {
			return sales.TaskClosed, nil, nil, nil, nil, store.FormatTime(d.closed)
		}
		return sales.TaskWaiting, nil, nil, nil, nil, nil
	}
	anchorAt, due = store.FormatTime(t.anchorAt), store.FormatTime(t.due)
	switch {
	case !t.done.IsZero() && !t.done.After(benchNow) && !(closedFirst && t.done.After(d.closed)):
		return sales.TaskDone, anchorAt, due, store.FormatTime(t.done), d.owner, nil
	case closedFirst:
		return sales.TaskClosed, anchorAt, due, nil, nil, store.FormatTime(d.closed)
	}
	return sales.TaskOpen, anchorAt, due, nil, nil, nil
}
