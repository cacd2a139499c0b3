package sales

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"steady/backend/apperr"
)

// Stage kinds: open stages make the pipeline; a deal enters the one won
// stage by being won and may move on to after stages (after-sales); the one
// lost stage holds lost deals.
const (
	KindOpen  = "open"
	KindWon   = "won"
	KindAfter = "after"
	KindLost  = "lost"
)

// Checklist item kinds.
const (
	ItemCheck = "check" // ticked by hand
	ItemField = "field" // a deal field must be filled
	ItemTasks = "tasks" // the deal's SOP tasks of the stage must be done
)

// DealFields lists the deal fields a checklist item may require.
func DealFields() []string {
	return []string{"amountMinor", "expectedCloseOn", "products", "budgetMinor", "decisionMaker", "purchaseTimeline", "needs"}
}

// ChecklistItem is one condition for leaving a stage.
type ChecklistItem struct {
	Key     string `json:"key"`
	Kind    string `json:"kind"`
	Field   string `json:"field"` // for a field item: one of DealFields
	LabelZh string `json:"labelZh"`
	LabelEn string `json:"labelEn"`
}

// Stage is one step of the sales process.
type Stage struct {
	ID            string          `json:"id"`
	Code          string          `json:"code"` // the seeded stages' stable key; "" for added ones
	Kind          string          `json:"kind"`
	Position      int             `json:"position"`
	NameZh        string          `json:"nameZh"`
	NameEn        string          `json:"nameEn"`
	GoalZh        string          `json:"goalZh"`
	GoalEn        string          `json:"goalEn"`
	ProbabilityBP int             `json:"probabilityBp"`
	Checklist     []ChecklistItem `json:"checklist"`
	Version       int             `json:"version"`
}

// kindRank orders the kinds: pipeline, won, after-sales, lost.
const kindRank = `CASE kind WHEN 'open' THEN 0 WHEN 'won' THEN 1 WHEN 'after' THEN 2 ELSE 3 END`

const stageColumns = `id, code, kind, position, name_zh, name_en, goal_zh, goal_en, probability_bp, checklist, version`

func scanStage(row scanner) (Stage, error) {
	var st Stage
	var list string
	err := row.Scan(&st.ID, &st.Code, &st.Kind, &st.Position, &st.NameZh, &st.NameEn, &st.GoalZh, &st.GoalEn,
		&st.ProbabilityBP, &list, &st.Version)
	if err != nil {
		return st, err
	}
	if err := json.Unmarshal([]byte(list), &st.Checklist); err != nil {
		return st, fmt.Errorf("sales: checklist of stage %s: %w", st.ID, err)
	}
	if st.Checklist == nil {
		st.Checklist = []ChecklistItem{}
	}
	return st, nil
}

// stages is the live stages in process order.
type stages []Stage

func loadStages(ctx context.Context, q querier) (stages, error) {
	rows, err := q.QueryContext(ctx, `SELECT `+stageColumns+` FROM sales_stages WHERE deleted_at IS NULL
		ORDER BY `+kindRank+`, position, id`)
	if err != nil {
		return nil, fmt.Errorf("sales: stages: %w", err)
	}
	defer rows.Close()
	out := stages{}
	for rows.Next() {
		st, err := scanStage(rows)
		if err != nil {
			return nil, fmt.Errorf("sales: stages: %w", err)
		}
		out = append(out, st)
	}
	return out, rows.Err()
}

// loadStage reads one live stage.
func loadStage(ctx context.Context, q querier, id string) (Stage, error) {
	st, err := scanStage(q.QueryRowContext(ctx, `SELECT `+stageColumns+` FROM sales_stages WHERE id = ? AND deleted_at IS NULL`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return Stage{}, apperr.NotFound("salesStage")
	}
	if err != nil {
		return Stage{}, fmt.Errorf("sales: stage %s: %w", id, err)
	}
	return st, nil
}

// byID finds a stage.
func (ss stages) byID(id string) (Stage, bool) {
	for _, st := range ss {
		if st.ID == id {
			return st, true
		}
	}
	return Stage{}, false
}

// order is the stage's place in the process, -1 when it is not live.
func (ss stages) order(id string) int {
	for i, st := range ss {
		if st.ID == id {
			return i
		}
	}
	return -1
}

// first returns the first stage of a kind.
func (ss stages) first(kind string) (Stage, bool) {
	for _, st := range ss {
		if st.Kind == kind {
			return st, true
		}
	}
	return Stage{}, false
}

// passing lists the stages a move from one stage to a later one leaves
// behind: from and every stage between them, in process order.
func (ss stages) passing(fromID, toID string) stages {
	from, to := ss.order(fromID), ss.order(toID)
	if from < 0 || to <= from {
		return nil
	}
	return ss[from:to]
}

// openFrom lists the open stages from the deal's one to the last: what
// winning an open deal leaves behind.
func (ss stages) openFrom(id string) stages {
	var out stages
	for i, st := range ss {
		if st.Kind == KindOpen && i >= ss.order(id) {
			out = append(out, st)
		}
	}
	return out
}

// ofKind lists the stages of a kind in order.
func (ss stages) ofKind(kind string) stages {
	var out stages
	for _, st := range ss {
		if st.Kind == kind {
			out = append(out, st)
		}
	}
	return out
}

// Stages returns the live stages in process order; everyone may read them.
func (s *Service) Stages(ctx context.Context) ([]Stage, error) {
	return loadStages(ctx, s.db.Read())
}

// statusOf is the deal status a stage of this kind means.
func statusOf(kind string) string {
	switch kind {
	case KindWon, KindAfter:
		return StatusWon
	case KindLost:
		return StatusLost
	}
	return StatusOpen
}

// stageIDs lists the stages' ids in order.
func stageIDs(ss stages) []string {
	ids := make([]string, len(ss))
	for i, st := range ss {
		ids[i] = st.ID
	}
	return ids
}

// inList is placeholders for ids and their arguments.
func inList(ids []string) (string, []any) {
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	return marks(len(ids)), args
}
