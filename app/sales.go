package app

import (
	"io"
	"os"
	"time"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/prefs"
	"steady/backend/sales"
	"steady/backend/store"
)

// Sales is the sales process: stages with exit checklists, SOP rules and
// tasks, deals on a board, the funnel, trend and dashboards.
type Sales struct {
	core    *Core
	session *Session
}

// NewSales binds the sales area.
func NewSales(core *Core, session *Session) *Sales {
	return &Sales{core: core, session: session}
}

// Stages lists the stages in board order, won and lost last.
func (s *Sales) Stages() ([]sales.Stage, error) {
	return asActor(s.session, "sales.stages", func(auth.Actor) ([]sales.Stage, error) { return s.core.Sales.Stages(bg()) })
}

// SaveStage adds a stage (no id) or changes one.
func (s *Sales) SaveStage(in sales.StageInput) (sales.Stage, error) {
	return asActor(s.session, "sales.saveStage", func(a auth.Actor) (sales.Stage, error) { return s.core.Sales.SaveStage(bg(), a, in) })
}

// DeleteStage removes a stage no open deal is in.
func (s *Sales) DeleteStage(id string, version int) error {
	return asActorDo(s.session, "sales.deleteStage", func(a auth.Actor) error { return s.core.Sales.DeleteStage(bg(), a, id, version) })
}

// ReorderStages puts the open stages in the given order.
func (s *Sales) ReorderStages(ids []string) ([]sales.Stage, error) {
	return asActor(s.session, "sales.reorderStages", func(a auth.Actor) ([]sales.Stage, error) { return s.core.Sales.ReorderStages(bg(), a, ids) })
}

// Rules lists a stage's SOP rules ("" for all).
func (s *Sales) Rules(stageID string) ([]sales.Rule, error) {
	return asActor(s.session, "sales.rules", func(auth.Actor) ([]sales.Rule, error) { return s.core.Sales.Rules(bg(), stageID) })
}

// SaveRule adds or changes an SOP rule; tasks already made keep their terms.
func (s *Sales) SaveRule(in sales.RuleInput) (sales.Rule, error) {
	return asActor(s.session, "sales.saveRule", func(a auth.Actor) (sales.Rule, error) { return s.core.Sales.SaveRule(bg(), a, in) })
}

// DeleteRule retires an SOP rule.
func (s *Sales) DeleteRule(id string, version int) error {
	return asActorDo(s.session, "sales.deleteRule", func(a auth.Actor) error { return s.core.Sales.DeleteRule(bg(), a, id, version) })
}

// LostReasons lists the reasons a deal can be lost for (all: retired ones too).
func (s *Sales) LostReasons(all bool) ([]sales.LostReason, error) {
	return asActor(s.session, "sales.lostReasons", func(auth.Actor) ([]sales.LostReason, error) { return s.core.Sales.LostReasons(bg(), all) })
}

// SaveLostReason adds or changes a lost reason.
func (s *Sales) SaveLostReason(in sales.LostReasonInput) (sales.LostReason, error) {
	return asActor(s.session, "sales.saveLostReason", func(a auth.Actor) (sales.LostReason, error) { return s.core.Sales.SaveLostReason(bg(), a, in) })
}

// CreateDeal opens a deal in its first stage (or the one given).
func (s *Sales) CreateDeal(in sales.DealInput) (sales.Deal, error) {
	return asActor(s.session, "sales.createDeal", func(a auth.Actor) (sales.Deal, error) { return s.core.Sales.CreateDeal(bg(), a, in) })
}

// UpdateDeal changes a deal's fields (not its stage).
func (s *Sales) UpdateDeal(in sales.DealInput) (sales.Deal, error) {
	return asActor(s.session, "sales.updateDeal", func(a auth.Actor) (sales.Deal, error) { return s.core.Sales.UpdateDeal(bg(), a, in) })
}

// DeleteDeal removes a deal.
func (s *Sales) DeleteDeal(id string, version int) error {
	return asActorDo(s.session, "sales.deleteDeal", func(a auth.Actor) error { return s.core.Sales.DeleteDeal(bg(), a, id, version) })
}

// Deal returns a deal with its checklist, stage history, tasks and quotes.
func (s *Sales) Deal(id string) (sales.DealDetail, error) {
	return asActor(s.session, "sales.deal", func(a auth.Actor) (sales.DealDetail, error) { return s.core.Sales.Deal(bg(), a, id) })
}

// Deals lists deals one page at a time.
func (s *Sales) Deals(q sales.DealQuery) (sales.DealPage, error) {
	return asActor(s.session, "sales.deals", func(a auth.Actor) (sales.DealPage, error) { return s.core.Sales.Deals(bg(), a, q) })
}

// Board returns the kanban: a column per stage with its cards.
func (s *Sales) Board(q sales.BoardQuery) (sales.Board, error) {
	return asActor(s.session, "sales.board", func(a auth.Actor) (sales.Board, error) { return s.core.Sales.Board(bg(), a, q) })
}

// MoveDeal moves a deal to another stage; an unfinished exit checklist stops it.
func (s *Sales) MoveDeal(id string, version int, stageID string) (sales.Deal, error) {
	return asActor(s.session, "sales.moveDeal", func(a auth.Actor) (sales.Deal, error) { return s.core.Sales.MoveDeal(bg(), a, id, version, stageID) })
}

// TickChecklist marks an exit-checklist item done or not done.
func (s *Sales) TickChecklist(dealID string, version int, key string, done bool) (sales.Deal, error) {
	return asActor(s.session, "sales.tickChecklist", func(a auth.Actor) (sales.Deal, error) {
		return s.core.Sales.TickChecklist(bg(), a, dealID, version, key, done)
	})
}

// Win closes a deal as won.
func (s *Sales) Win(id string, in sales.WinInput) (sales.Deal, error) {
	return asActor(s.session, "sales.win", func(a auth.Actor) (sales.Deal, error) { return s.core.Sales.Win(bg(), a, id, in) })
}

// Lose closes a deal as lost, with a reason.
func (s *Sales) Lose(id string, in sales.LoseInput) (sales.Deal, error) {
	return asActor(s.session, "sales.lose", func(a auth.Actor) (sales.Deal, error) { return s.core.Sales.Lose(bg(), a, id, in) })
}

// Tasks lists SOP tasks, soonest due first.
func (s *Sales) Tasks(q sales.TaskQuery) ([]sales.Task, error) {
	return asActor(s.session, "sales.tasks", func(a auth.Actor) ([]sales.Task, error) { return s.core.Sales.Tasks(bg(), a, q) })
}

// CompleteTask marks an SOP task done now, with an optional note.
func (s *Sales) CompleteTask(id string, version int, note string) (sales.Task, error) {
	return asActor(s.session, "sales.completeTask", func(a auth.Actor) (sales.Task, error) {
		return s.core.Sales.CompleteTask(bg(), a, id, version, note)
	})
}

// Compliance is one rep's SOP compliance in a month (YYYY-MM).
func (s *Sales) Compliance(userID, month string) (sales.Compliance, error) {
	return asActor(s.session, "sales.compliance", func(a auth.Actor) (sales.Compliance, error) {
		return s.core.Sales.Compliance(bg(), a, userID, month)
	})
}

// TeamCompliance is every visible rep's SOP compliance in a month.
func (s *Sales) TeamCompliance(f sales.Filter, month string) ([]sales.Compliance, error) {
	return asActor(s.session, "sales.teamCompliance", func(a auth.Actor) ([]sales.Compliance, error) {
		return s.core.Sales.TeamCompliance(bg(), a, f, month)
	})
}

// Funnel is the funnel of deals created in a period.
func (s *Sales) Funnel(q sales.FunnelQuery) (sales.Funnel, error) {
	return asActor(s.session, "sales.funnel", func(a auth.Actor) (sales.Funnel, error) { return s.core.Sales.Funnel(bg(), a, q) })
}

// Pipeline is the open deals per stage, weighted by win probability.
func (s *Sales) Pipeline(f sales.Filter) (sales.Pipeline, error) {
	return asActor(s.session, "sales.pipeline", func(a auth.Actor) (sales.Pipeline, error) { return s.core.Sales.Pipeline(bg(), a, f) })
}

// Trend is the monthly wins with a three-month forecast.
func (s *Sales) Trend(q sales.TrendQuery) (sales.Trend, error) {
	return asActor(s.session, "sales.trend", func(a auth.Actor) (sales.Trend, error) { return s.core.Sales.Trend(bg(), a, q) })
}

// RepDashboard is the signed-in rep's work bench.
func (s *Sales) RepDashboard() (sales.RepDashboard, error) {
	return asActor(s.session, "sales.repDashboard", func(a auth.Actor) (sales.RepDashboard, error) { return s.core.Sales.RepDashboard(bg(), a) })
}

// ManagerDashboard is the team's pipeline, overdue tasks by rep and funnel.
func (s *Sales) ManagerDashboard(f sales.Filter) (sales.ManagerDashboard, error) {
	return asActor(s.session, "sales.managerDashboard", func(a auth.Actor) (sales.ManagerDashboard, error) {
		return s.core.Sales.ManagerDashboard(bg(), a, f)
	})
}

// ReportTables names the tables an export may hold.
func (s *Sales) ReportTables() []string { return sales.ReportTables() }

// ExportReport saves the report tables (one, or all when q.Table is "") as
// a workbook where the user chooses; "" means cancelled.
func (s *Sales) ExportReport(q sales.ReportQuery, lang string) (string, error) {
	return asActor(s.session, "sales.export", func(a auth.Actor) (string, error) {
		target := saveTarget{name: sales.ReportFileName(lang, time.Now().Format(time.DateOnly)), filter: "Excel (*.xlsx)", ext: ".xlsx"}
		return s.core.saveAs(target, func(w io.Writer) error { return s.core.Sales.ExportXLSX(bg(), a, q, lang, w) })
	})
}

// ExportReportTo writes the report to a path chosen elsewhere (tests cannot
// drive the native dialog and register theirs first); only a path the app
// gave out is taken, and an existing file is never replaced.
func (s *Sales) ExportReportTo(q sales.ReportQuery, lang, path string) (string, error) {
	return asActor(s.session, "sales.exportTo", func(a auth.Actor) (string, error) {
		if err := s.core.paths.check(path); err != nil { // a path the app gave out, never one the page made up
			return "", err
		}
		if _, err := os.Stat(path); err == nil {
			return "", apperr.Field("path", "validation.fileExists", nil)
		}
		return path, writeFileAtomically(path, func(w io.Writer) error { return s.core.Sales.ExportXLSX(bg(), a, q, lang, w) })
	})
}

// firstLook is how far back the very first check on a computer looks.
const firstLook = 24 * time.Hour

// DueNotices returns the signed-in person's tasks that fell due since this
// computer last asked, and remembers that it has now told them: called on
// start it gives the summary of what became due while the app was closed,
// and polled while the app is open it gives each task as it falls due.
func (s *Sales) DueNotices() (sales.DueNotice, error) {
	return asActor(s.session, "sales.dueNotices", func(a auth.Actor) (sales.DueNotice, error) {
		key := prefs.DueSeen + a.ID
		since := time.Now().Add(-firstLook)
		if v, err := s.core.Prefs.Get(bg(), key); err != nil {
			return sales.DueNotice{}, err
		} else if t, err := store.ParseTime(v); err == nil {
			since = t
		}
		n, err := s.core.Sales.DueSince(bg(), a, since)
		if err != nil {
			return n, err
		}
		return n, s.core.Prefs.Set(bg(), key, n.Until)
	})
}
