// Package appraisal is the monthly appraisal: KPI templates by role and level,
// per-rep monthly targets, and for each rep and month an appraisal computed
// from the areas' monthly numbers (weighted, graded, with "no data" left out),
// reviewed by the rep and their manager, finalised and printed.
package appraisal

import "time"

// Template is the set of weighted metrics that appraises one role and level
// (Level "" covers every level without a template of its own).
type Template struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Role    string   `json:"role"`
	Level   string   `json:"level"`
	GradeA  int      `json:"gradeA"` // hundredths of a point a total needs for A
	GradeB  int      `json:"gradeB"`
	GradeC  int      `json:"gradeC"`
	Metrics []Metric `json:"metrics"`
	Version int      `json:"version"`
}

// Metric is one weighted line of a template.
type Metric struct {
	ID       string   `json:"id"`
	Code     string   `json:"code"`
	Name     string   `json:"name"` // manual metrics only
	Weight   int      `json:"weight"`
	Rule     string   `json:"rule"`
	CapBP    int      `json:"capBp"`    // linear: the most a completion can count
	TargetBP int      `json:"targetBp"` // rate metrics: the template's target
	Steps    []Step   `json:"steps"`    // steps rule, ascending
	Rubric   []string `json:"rubric"`   // manual: what each level 1–5 means
}

// Result is one metric of an appraisal as computed. Pointers are nil where
// there is nothing to show; NoData says why a metric was left out.
type Result struct {
	Metric
	Unit         string         `json:"unit"`
	Target       *int64         `json:"target"`
	FullTarget   *int64         `json:"fullTarget"` // before proration
	Actual       *int64         `json:"actual"`
	CompletionBP *int           `json:"completionBp"`
	Points       *int           `json:"points"`   // hundredths of a point
	WeightBP     int            `json:"weightBp"` // the weight after rescaling, basis points of the total
	NoData       string         `json:"noData"`
	Counts       map[string]int `json:"counts"` // the figures behind a rate (due, onTime, late, missed…)
}

// Proration is how a target was scaled for a rep who joined in the month.
type Proration struct {
	WorkingDays int `json:"workingDays"` // from the hire date to the month's end
	OfDays      int `json:"ofDays"`      // in the whole month
}

// Appraisal is one rep's month.
type Appraisal struct {
	ID             string         `json:"id"`
	UserID         string         `json:"userId"`
	UserName       string         `json:"userName"`
	Login          string         `json:"login"`
	Level          string         `json:"level"`
	HireDate       string         `json:"hireDate"`
	ManagerID      string         `json:"managerId"`
	Month          string         `json:"month"`
	TemplateID     string         `json:"templateId"`
	TemplateName   string         `json:"templateName"`
	Status         string         `json:"status"`
	Results        []Result       `json:"results"`
	Proration      *Proration     `json:"proration"`
	Total          *int           `json:"total"`
	Grade          string         `json:"grade"`
	ComputedAt     time.Time      `json:"computedAt"`
	ManualScores   map[string]int `json:"manualScores"` // rubric level by manual metric name
	SelfAssessment string         `json:"selfAssessment"`
	ManagerComment string         `json:"managerComment"`
	ReviewerName   string         `json:"reviewerName"`
	FinalisedBy    string         `json:"finalisedBy"`
	FinalisedAt    *time.Time     `json:"finalisedAt"`
	Version        int            `json:"version"`
	// Drift lists, for a final appraisal, the numbers the data would give
	// today where they differ from what was finalised.
	Drift []Drift `json:"drift"`

	grades [3]int // the thresholds it was graded by
}

// Drift is a finalised number that the data no longer gives.
type Drift struct {
	Code      string `json:"code"`
	Name      string `json:"name"`
	Finalised *int64 `json:"finalised"`
	Now       *int64 `json:"now"`
}

// Statuses of an appraisal.
const (
	StatusDraft  = "draft"  // generated; the rep does not see it yet
	StatusReview = "review" // the rep sees it and writes a self-assessment; the manager scores
	StatusFinal  = "final"  // locked
)

// stored is what the result column keeps.
type stored struct {
	Results   []Result   `json:"results"`
	Proration *Proration `json:"proration"`
	Grades    [3]int     `json:"grades"` // the template's A, B and C thresholds when computed
}
