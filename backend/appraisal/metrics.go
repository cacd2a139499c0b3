package appraisal

// The metrics a template can weigh. Computed metrics read the areas' monthly
// numbers; a manual metric is scored by the manager on a 1–5 rubric.
const (
	SalesAmount        = "sales_amount"        // won deals' amount against the rep's target
	NewBuyers          = "new_buyers"          // customers whose first win fell in the month, against target
	QuoteWinRate       = "quote_win_rate"      // accepted / closed quotes, against the template's rate
	SOPCompliance      = "sop_compliance"      // SOP tasks done on time / fallen due
	RevisitTimeliness  = "revisit_timeliness"  // revisits done on time / fallen due
	TrainingCompletion = "training_completion" // required courses completed / due
	Satisfaction       = "satisfaction"        // average survey score on the rep's customers, as a share of 5
	Manual             = "manual"              // scored by the manager on a rubric
)

// Units of a metric's target and actual.
const (
	UnitMoney = "money" // minor units of the company's currency
	UnitCount = "count"
	UnitRate  = "rate"  // basis points
	UnitLevel = "level" // a rubric level 1–5
)

// Scoring rules.
const (
	RuleLinear = "linear" // points = completion of the target, capped
	RuleSteps  = "steps"  // points by the highest threshold the completion reaches
	RuleRubric = "rubric" // points = level × 20
)

// Why a metric has no data: it is left out and the other weights rescaled.
const (
	NoDataNothingDue = "nothingDue" // nothing fell due, nothing was closed
	NoDataNoTarget   = "noTarget"   // no target was set for the month
	NoDataNotBuilt   = "notBuilt"   // the area that measures it is not in this version
	NoDataNotScored  = "notScored"  // the manager has not scored it
)

// kind describes one metric code.
type kind struct {
	unit      string
	perRep    bool // its target is set per rep and month (the targets grid)
	rateRules bool // its target is a rate on the template
}

var kinds = map[string]kind{
	SalesAmount:        {unit: UnitMoney, perRep: true},
	NewBuyers:          {unit: UnitCount, perRep: true},
	QuoteWinRate:       {unit: UnitRate, rateRules: true},
	SOPCompliance:      {unit: UnitRate, rateRules: true},
	RevisitTimeliness:  {unit: UnitRate, rateRules: true},
	TrainingCompletion: {unit: UnitRate, rateRules: true},
	Satisfaction:       {unit: UnitRate, rateRules: true},
	Manual:             {unit: UnitLevel},
}

// TargetCodes are the metrics whose targets are set per rep and month.
var TargetCodes = []string{SalesAmount, NewBuyers}

// Step is one threshold of a steps rule: a completion (of the target, basis
// points) at or above MinBP earns Points (hundredths of a point).
type Step struct {
	MinBP  int `json:"minBp"`
	Points int `json:"points"`
}
