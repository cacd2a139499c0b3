package sales

import (
	"context"
	"fmt"

	"steady/backend/auth"
	"steady/backend/store"
)

// Compliance is one person's SOP record for a month: the tasks whose
// deadline fell in it, done on time (by the deadline), done late, missed
// (open past the deadline, or ended undone after it) and pending (deadline
// still ahead). A task its deal's close ended before its deadline does not
// count.
type Compliance struct {
	UserID   string `json:"userId"`
	UserName string `json:"userName"`
	Month    string `json:"month"` // YYYY-MM
	Due      int    `json:"due"`
	OnTime   int    `json:"onTime"`
	Late     int    `json:"late"`
	Missed   int    `json:"missed"`
	Pending  int    `json:"pending"`
	// OnTimeBP is OnTime / (OnTime + Late + Missed) in basis points, rounded
	// half up; nil (no data) while no deadline has passed: a month with
	// nothing owed is not full marks.
	OnTimeBP    *int   `json:"onTimeBp"`
	LateTasks   []Task `json:"lateTasks"`
	MissedTasks []Task `json:"missedTasks"`
}

// taskCounts is how the tasks of a month ended.
type taskCounts struct {
	onTime, late, missed, pending int
}

func (c taskCounts) due() int { return c.onTime + c.late + c.missed + c.pending }

// onTimeBP is the share done on time of the tasks whose deadline has
// passed; nil when none has (nothing to measure).
func (c taskCounts) onTimeBP() *int {
	settled := int64(c.onTime + c.late + c.missed)
	if settled == 0 {
		return nil
	}
	r := bp(int64(c.onTime), settled)
	return &r
}

// The conditions that sort a month's tasks; ?1 is now. A task counts when
// its deadline is in the month and it did not end before its deadline.
const (
	countedTask = `t.due_at IS NOT NULL AND t.deleted_at IS NULL AND NOT (t.status = 'closed' AND t.closed_at < t.due_at)`
	onTimeTask  = `t.status = 'done' AND t.done_at <= t.due_at`
	lateTask    = `t.status = 'done' AND t.done_at > t.due_at`
	missedTask  = `((t.status = 'open' AND t.due_at <= ?1) OR t.status = 'closed')`
	pendingTask = `t.status = 'open' AND t.due_at > ?1`
)

const countColumns = `coalesce(sum(` + onTimeTask + `), 0), coalesce(sum(` + lateTask + `), 0),
	coalesce(sum(` + missedTask + `), 0), coalesce(sum(` + pendingTask + `), 0)`

// monthCounts counts userID's tasks due in p.
func monthCounts(ctx context.Context, q querier, userID string, p period, now string) (taskCounts, error) {
	from, to := p.stamps()
	var c taskCounts
	err := q.QueryRowContext(ctx, `SELECT `+countColumns+` FROM sop_tasks t WHERE t.assignee_id = ?2
		AND t.due_at >= ?3 AND t.due_at < ?4 AND `+countedTask, now, userID, from, to).Scan(&c.onTime, &c.late, &c.missed, &c.pending)
	if err != nil {
		return c, fmt.Errorf("sales: task counts: %w", err)
	}
	return c, nil
}

// Compliance returns userID's SOP record for month (YYYY-MM, the company's
// calendar), with the late and missed tasks listed.
func (s *Service) Compliance(ctx context.Context, actor auth.Actor, userID, month string) (Compliance, error) {
	q := s.db.Read()
	sc, err := scopeOf(ctx, q, actor)
	if err != nil {
		return Compliance{}, err
	}
	if err := sc.can(userID); err != nil {
		return Compliance{}, err
	}
	f, err := s.facts(ctx)
	if err != nil {
		return Compliance{}, err
	}
	p, err := monthPeriod(month, f.loc)
	if err != nil {
		return Compliance{}, err
	}
	now := s.now()
	c, err := monthCounts(ctx, q, userID, p, store.FormatTime(now))
	if err != nil {
		return Compliance{}, err
	}
	out := compliance(userID, month, c)
	if err := q.QueryRowContext(ctx, `SELECT name FROM users WHERE id = ?`, userID).Scan(&out.UserName); err != nil {
		return Compliance{}, fmt.Errorf("sales: compliance of %s: %w", userID, err)
	}
	from, to := p.stamps()
	cond := `t.assignee_id = ?2 AND t.due_at >= ?3 AND t.due_at < ?4 AND ` + countedTask + ` AND `
	args := []any{store.FormatTime(now), userID, from, to}
	if out.LateTasks, err = tasksWhere(ctx, q, now, cond+lateTask, args, `t.due_at, t.id`, 0); err != nil {
		return Compliance{}, err
	}
	if out.MissedTasks, err = tasksWhere(ctx, q, now, cond+missedTask, args, `t.due_at, t.id`, 0); err != nil {
		return Compliance{}, err
	}
	return out, nil
}

func compliance(userID, month string, c taskCounts) Compliance {
	return Compliance{UserID: userID, Month: month, Due: c.due(), OnTime: c.onTime, Late: c.late, Missed: c.missed,
		Pending: c.pending, OnTimeBP: c.onTimeBP(), LateTasks: []Task{}, MissedTasks: []Task{}}
}

// TeamCompliance returns the month's record of every active rep and
// manager in the actor's scope narrowed by f (without the task lists), by name.
func (s *Service) TeamCompliance(ctx context.Context, actor auth.Actor, f Filter, month string) ([]Compliance, error) {
	q := s.db.Read()
	sc, err := scopeFor(ctx, q, actor, f)
	if err != nil {
		return nil, err
	}
	fs, err := s.facts(ctx)
	if err != nil {
		return nil, err
	}
	p, err := monthPeriod(month, fs.loc)
	if err != nil {
		return nil, err
	}
	people, err := peopleIn(ctx, q, sc)
	if err != nil {
		return nil, err
	}
	now := store.FormatTime(s.now())
	out := make([]Compliance, 0, len(people))
	for _, u := range people {
		c, err := monthCounts(ctx, q, u[0], p, now)
		if err != nil {
			return nil, err
		}
		row := compliance(u[0], month, c)
		row.UserName = u[1]
		out = append(out, row)
	}
	return out, nil
}

// peopleIn lists the active reps and managers in scope as id and name.
func peopleIn(ctx context.Context, q querier, sc scope) ([][2]string, error) {
	cond, args := sc.where("id")
	rows, err := q.QueryContext(ctx, `SELECT id, name FROM users WHERE deleted_at IS NULL AND active = 1
		AND role <> 'owner' AND `+cond+` ORDER BY name, id`, args...)
	if err != nil {
		return nil, fmt.Errorf("sales: people: %w", err)
	}
	defer rows.Close()
	var out [][2]string
	for rows.Next() {
		var u [2]string
		if err := rows.Scan(&u[0], &u[1]); err != nil {
			return nil, fmt.Errorf("sales: people: %w", err)
		}
		out = append(out, u)
	}
	return out, rows.Err()
}
