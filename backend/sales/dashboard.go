package sales

import (
	"context"
	"fmt"
	"time"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/company"
	"steady/backend/store"
)

// maxListed caps the task lists of the dashboard and notifications; the
// totals still count every task.
const maxListed = 100

// MonthToDate is the wins of the current month so far, in the company's
// currency (others converted at this month's rate). TargetMinor is the
// sales-amount target of the people counted, nil when none is set: the
// dashboard then shows no target rather than a made-up one.
type MonthToDate struct {
	Month       string             `json:"month"` // YYYY-MM
	Currency    string             `json:"currency"`
	WonMinor    int64              `json:"wonMinor"`
	WonCount    int                `json:"wonCount"`
	TargetMinor *int64             `json:"targetMinor"`
	Conversion  company.Conversion `json:"conversion"`
}

// RepDashboard is a rep's 工作台 from the sales area (revisits and
// birthdays come from the customer area's Today).
type RepDashboard struct {
	Today        []Task      `json:"today"`   // open tasks due later today
	Overdue      []Task      `json:"overdue"` // open tasks past their deadline, oldest first
	OverdueTotal int         `json:"overdueTotal"`
	Pipeline     Pipeline    `json:"pipeline"`
	MonthToDate  MonthToDate `json:"monthToDate"`
}

// RepDashboard returns the actor's own tasks, pipeline and month so far.
func (s *Service) RepDashboard(ctx context.Context, actor auth.Actor) (RepDashboard, error) {
	q := s.db.Read()
	fs, err := s.facts(ctx)
	if err != nil {
		return RepDashboard{}, err
	}
	now := s.now()
	stamp, dayEnd := store.FormatTime(now), store.FormatTime(dayOf(now, fs.loc).end)
	own := `t.assignee_id = ? AND t.status = 'open' AND t.deleted_at IS NULL AND t.due_at `
	var out RepDashboard
	if out.Today, err = tasksWhere(ctx, q, now, own+`>= ? AND t.due_at < ?`, []any{actor.ID, stamp, dayEnd}, `t.due_at, t.id`, maxListed); err != nil {
		return out, err
	}
	if out.Overdue, err = tasksWhere(ctx, q, now, own+`< ?`, []any{actor.ID, stamp}, `t.due_at, t.id`, maxListed); err != nil {
		return out, err
	}
	err = q.QueryRowContext(ctx, `SELECT count(*) FROM sop_tasks t WHERE `+own+`< ?`, actor.ID, stamp).Scan(&out.OverdueTotal)
	if err != nil {
		return out, fmt.Errorf("sales: overdue tasks: %w", err)
	}
	sc := scope{actor: actor, users: []string{actor.ID}}
	ss, err := loadStages(ctx, q)
	if err != nil {
		return out, err
	}
	am, err := s.amounts(ctx, q)
	if err != nil {
		return out, err
	}
	if out.Pipeline, err = pipeline(ctx, q, sc, ss, am.fresh()); err != nil {
		return out, err
	}
	out.MonthToDate, err = s.monthToDate(ctx, q, sc, now, fs, am.fresh())
	return out, err
}

// monthToDate sums the wins of the month holding now, and the target of
// the people in scope for it.
func (s *Service) monthToDate(ctx context.Context, q querier, sc scope, now time.Time, fs facts, am *amounts) (MonthToDate, error) {
	m := monthOf(now, fs.loc)
	out := MonthToDate{Month: m.start.Format("2006-01"), Currency: am.conv.Currency}
	cond, args := sc.where("owner_id")
	err := am.sum(ctx, q, nil, `won_at >= ? AND won_at < ? AND deleted_at IS NULL AND `+cond,
		append([]any{store.FormatTime(m.start), store.FormatTime(m.end)}, args...),
		func(_ []string, n int, amount int64) {
			out.WonCount, out.WonMinor = out.WonCount+n, out.WonMinor+amount
		})
	if err != nil {
		return out, fmt.Errorf("sales: month to date: %w", err)
	}
	out.Conversion = am.conversion()
	out.TargetMinor, err = s.targetOf(ctx, q, sc, out.Month)
	return out, err
}

// RepOverdue is how many open tasks are past their deadline for one person.
type RepOverdue struct {
	UserID      string `json:"userId"`
	UserName    string `json:"userName"`
	Overdue     int    `json:"overdue"`
	OldestDueAt string `json:"oldestDueAt"`
}

// ManagerDashboard is a manager's (or the owner's) 工作台: the team's
// pipeline and month so far, overdue tasks by person, and the funnel of the
// current month and the two before it.
type ManagerDashboard struct {
	Pipeline     Pipeline     `json:"pipeline"`
	MonthToDate  MonthToDate  `json:"monthToDate"`
	OverdueByRep []RepOverdue `json:"overdueByRep"`
	Funnel       Funnel       `json:"funnel"`
}

// ManagerDashboard returns the team view for the people in scope narrowed
// by f; reps have their own dashboard.
func (s *Service) ManagerDashboard(ctx context.Context, actor auth.Actor, f Filter) (ManagerDashboard, error) {
	if actor.Role != auth.RoleManager && actor.Role != auth.RoleOwner {
		return ManagerDashboard{}, apperr.Forbidden("errors.forbidden.managerOnly")
	}
	q := s.db.Read()
	sc, err := scopeFor(ctx, q, actor, f)
	if err != nil {
		return ManagerDashboard{}, err
	}
	fs, err := s.facts(ctx)
	if err != nil {
		return ManagerDashboard{}, err
	}
	ss, err := loadStages(ctx, q)
	if err != nil {
		return ManagerDashboard{}, err
	}
	now := s.now()
	var out ManagerDashboard
	am, err := s.amounts(ctx, q)
	if err != nil {
		return out, err
	}
	if out.Pipeline, err = pipeline(ctx, q, sc, ss, am.fresh()); err != nil {
		return out, err
	}
	if out.MonthToDate, err = s.monthToDate(ctx, q, sc, now, fs, am.fresh()); err != nil {
		return out, err
	}
	if out.OverdueByRep, err = overdueByRep(ctx, q, sc, now); err != nil {
		return out, err
	}
	from := monthOf(now, fs.loc).start.AddDate(0, -2, 0)
	p := period{start: from, end: dayOf(now, fs.loc).end}
	fq := FunnelQuery{From: from.Format(time.DateOnly), To: now.In(fs.loc).Format(time.DateOnly)}
	out.Funnel, err = funnel(ctx, q, sc, ss, p, am.fresh(), fq)
	return out, err
}

// overdueByRep counts open tasks past their deadline per person, most first.
func overdueByRep(ctx context.Context, q querier, sc scope, now time.Time) ([]RepOverdue, error) {
	cond, args := sc.where("t.assignee_id")
	rows, err := q.QueryContext(ctx, `SELECT t.assignee_id, coalesce(u.name, ''), count(*), min(t.due_at)
		FROM sop_tasks t LEFT JOIN users u ON u.id = t.assignee_id
		WHERE t.status = 'open' AND t.deleted_at IS NULL AND t.due_at < ? AND `+cond+`
		GROUP BY t.assignee_id ORDER BY count(*) DESC, u.name`, append([]any{store.FormatTime(now)}, args...)...)
	if err != nil {
		return nil, fmt.Errorf("sales: overdue by rep: %w", err)
	}
	defer rows.Close()
	out := []RepOverdue{}
	for rows.Next() {
		var r RepOverdue
		if err := rows.Scan(&r.UserID, &r.UserName, &r.Overdue, &r.OldestDueAt); err != nil {
			return nil, fmt.Errorf("sales: overdue by rep: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}
