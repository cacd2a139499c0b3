package appraisal

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"steady/backend/apperr"
	"steady/backend/auth"
)

const (
	maxNameLen    = 60
	maxRubricLen  = 200
	maxMetrics    = 12
	maxSteps      = 6
	maxCapBP      = 20000
	rubricLevels  = 5
	fullPointsBP  = 10000
	maxGradePoint = 20000
)

// cleanTemplate trims what people type and fills what a rule does not use.
func cleanTemplate(in Template) Template {
	in.Name = strings.TrimSpace(in.Name)
	for i := range in.Metrics {
		m := &in.Metrics[i]
		m.Name = strings.TrimSpace(m.Name)
		if m.Code == Manual {
			m.Rule, m.CapBP, m.TargetBP, m.Steps = RuleRubric, fullPointsBP, 0, nil
		} else {
			m.Rubric = nil
			m.Name = ""
		}
		if m.Rule == RuleLinear && m.CapBP == 0 {
			m.CapBP = fullPointsBP
		}
		if !kinds[m.Code].rateRules {
			m.TargetBP = 0
		}
		for j := range m.Rubric {
			m.Rubric[j] = strings.TrimSpace(m.Rubric[j])
		}
	}
	return in
}

// validateTemplate checks a template as the owner would get it wrong.
func validateTemplate(in Template) error {
	var v apperr.Validation
	switch n := utf8.RuneCountInString(in.Name); {
	case n == 0:
		v.Add("name", "validation.required", nil)
	case n > maxNameLen:
		v.Add("name", "validation.tooLong", map[string]any{"max": maxNameLen})
	}
	if in.Role != auth.RoleRep && in.Role != auth.RoleManager {
		v.Add("role", "validation.invalidRole", nil)
	}
	switch in.Level {
	case "", auth.LevelNewHire, auth.LevelJunior, auth.LevelSenior:
	default:
		v.Add("level", "validation.invalidLevel", nil)
	}
	validateGrades(&v, in)
	validateMetrics(&v, in.Metrics)
	return v.Err()
}

func validateGrades(v *apperr.Validation, in Template) {
	for field, g := range map[string]int{"gradeA": in.GradeA, "gradeB": in.GradeB, "gradeC": in.GradeC} {
		if g < 0 || g > maxGradePoint {
			v.Add(field, "validation.numberRange", map[string]any{"min": 0, "max": maxGradePoint / 100})
		}
	}
	if !(in.GradeA > in.GradeB && in.GradeB > in.GradeC) {
		v.Add("gradeB", "validation.gradesOrder", nil)
	}
}

func validateMetrics(v *apperr.Validation, metrics []Metric) {
	if len(metrics) == 0 {
		v.Add("metrics", "validation.required", nil)
		return
	}
	if len(metrics) > maxMetrics {
		v.Add("metrics", "validation.tooManyItems", map[string]any{"max": maxMetrics})
		return
	}
	seen := map[string]bool{}
	sum := 0
	for i, m := range metrics {
		field := fmt.Sprintf("metrics.%d.", i)
		if _, ok := kinds[m.Code]; !ok {
			v.Add(field+"code", "validation.invalidChoice", nil)
			continue
		}
		key := m.Code
		if m.Code == Manual {
			key += "/" + m.Name
		}
		if seen[key] {
			v.Add(field+"code", "validation.duplicate", nil)
		}
		seen[key] = true
		if m.Weight < 1 || m.Weight > 100 {
			v.Add(field+"weight", "validation.numberRange", map[string]any{"min": 1, "max": 100})
		}
		sum += m.Weight
		validateRule(v, field, m)
	}
	if sum != 100 {
		v.Add("metrics", "validation.weightsSum", map[string]any{"sum": sum})
	}
}

func validateRule(v *apperr.Validation, field string, m Metric) {
	if m.Code == Manual {
		validateRubric(v, field, m)
		return
	}
	if kinds[m.Code].rateRules && (m.TargetBP < 1 || m.TargetBP > fullPointsBP) {
		v.Add(field+"targetBp", "validation.rateRange", map[string]any{"min": "0.01", "max": "100"})
	}
	switch m.Rule {
	case RuleLinear:
		if m.CapBP < fullPointsBP || m.CapBP > maxCapBP {
			v.Add(field+"capBp", "validation.rateRange", map[string]any{"min": "100", "max": "200"})
		}
	case RuleSteps:
		validateSteps(v, field, m.Steps)
	default:
		v.Add(field+"rule", "validation.invalidChoice", nil)
	}
}

func validateRubric(v *apperr.Validation, field string, m Metric) {
	switch n := utf8.RuneCountInString(m.Name); {
	case n == 0:
		v.Add(field+"name", "validation.required", nil)
	case n > maxNameLen:
		v.Add(field+"name", "validation.tooLong", map[string]any{"max": maxNameLen})
	}
	if len(m.Rubric) != rubricLevels {
		v.Add(field+"rubric", "validation.rubricLevels", map[string]any{"count": rubricLevels})
		return
	}
	for j, words := range m.Rubric {
		switch n := utf8.RuneCountInString(words); {
		case n == 0:
			v.Add(fmt.Sprintf("%srubric.%d", field, j), "validation.required", nil)
		case n > maxRubricLen:
			v.Add(fmt.Sprintf("%srubric.%d", field, j), "validation.tooLong", map[string]any{"max": maxRubricLen})
		}
	}
}

func validateSteps(v *apperr.Validation, field string, steps []Step) {
	if len(steps) == 0 || len(steps) > maxSteps {
		v.Add(field+"steps", "validation.numberRange", map[string]any{"min": 1, "max": maxSteps})
		return
	}
	for j, s := range steps {
		if s.MinBP < 0 || s.MinBP > maxCapBP || s.Points < 0 || s.Points > maxCapBP {
			v.Add(fmt.Sprintf("%ssteps.%d", field, j), "validation.numberRange", map[string]any{"min": 0, "max": maxCapBP / 100})
		}
		if j > 0 && (s.MinBP <= steps[j-1].MinBP || s.Points < steps[j-1].Points) {
			v.Add(fmt.Sprintf("%ssteps.%d", field, j), "validation.stepsOrder", nil)
		}
	}
}
