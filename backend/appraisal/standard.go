package appraisal

import "steady/backend/auth"

// StandardTemplate is a sensible starting template for reps of every level:
// sales carries most weight, the routine (SOP, revisits, training) keeps a
// steady share, and the manager scores teamwork on a described rubric.
func StandardTemplate(lang string) Template {
	name, teamwork := "销售代表", "团队协作"
	rubric := []string{"很少配合同事，需要反复提醒", "偶尔配合，主动性不足", "能按要求配合团队工作",
		"主动分享客户和经验，乐于帮助同事", "带动团队，成为大家的榜样"}
	if lang == "en" {
		name, teamwork = "Sales rep", "Teamwork"
		rubric = []string{"Rarely works with colleagues, needs reminders", "Helps now and then, seldom on their own",
			"Works with the team as asked", "Shares customers and know-how, helps colleagues unasked",
			"Lifts the whole team; an example to others"}
	}
	return Template{Name: name, Role: auth.RoleRep, GradeA: 9000, GradeB: 7500, GradeC: 6000, Metrics: []Metric{
		{Code: SalesAmount, Weight: 40, Rule: RuleLinear, CapBP: 12000},
		{Code: NewBuyers, Weight: 15, Rule: RuleLinear, CapBP: 12000},
		{Code: QuoteWinRate, Weight: 10, Rule: RuleLinear, TargetBP: 3000, CapBP: 10000},
		{Code: SOPCompliance, Weight: 15, Rule: RuleSteps, TargetBP: 9000,
			Steps: []Step{{MinBP: 6000, Points: 6000}, {MinBP: 8000, Points: 8000}, {MinBP: 10000, Points: 10000}}},
		{Code: RevisitTimeliness, Weight: 10, Rule: RuleLinear, TargetBP: 9000, CapBP: 10000},
		{Code: TrainingCompletion, Weight: 5, Rule: RuleLinear, TargetBP: 10000, CapBP: 10000},
		{Code: Manual, Name: teamwork, Weight: 5, Rule: RuleRubric, Rubric: rubric},
	}}
}
