package training

import (
	"strings"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/validate"
)

// Limits the forms show and the backend enforces.
const (
	maxTitle       = 100
	maxText        = 2000
	maxCourseMins  = 100 * 60
	maxCertMonths  = 120
	maxDueDays     = 3650
	maxScore       = 100
	maxCriterion   = 100
	maxCriteria    = 20
	maxPlanCourses = 100
)

const (
	codeChoice = "validation.invalidChoice"
	codeRange  = "validation.numberRange"
	codeDup    = "validation.duplicate"
)

// inRange adds a problem when n is outside [min, max].
func inRange(v *apperr.Validation, field string, n, min, max int) {
	if n < min || n > max {
		v.Add(field, codeRange, map[string]any{"min": min, "max": max})
	}
}

// requiredDate wants a YYYY-MM-DD day.
func requiredDate(v *apperr.Validation, field, s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		v.Add(field, "validation.required", nil)
		return s
	}
	return validate.Date(v, field, s)
}

// requiredID wants a non-empty reference.
func requiredID(v *apperr.Validation, field, s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		v.Add(field, "validation.required", nil)
	}
	return s
}

func level(v *apperr.Validation, field, s string) string {
	return validate.OneOf(v, field, strings.TrimSpace(s), "validation.invalidLevel",
		auth.LevelNewHire, auth.LevelJunior, auth.LevelSenior)
}

func cleanCourse(in CourseInput) (CourseInput, error) {
	var v apperr.Validation
	in.Title = validate.Text(&v, "title", in.Title, true, maxTitle)
	in.Kind = validate.OneOf(&v, "kind", strings.TrimSpace(in.Kind), codeChoice, Kinds()...)
	in.Level = level(&v, "level", in.Level)
	inRange(&v, "minutes", in.Minutes, 1, maxCourseMins)
	in.Description = validate.Text(&v, "description", in.Description, false, maxText)
	if in.AssessmentRequired {
		inRange(&v, "passMark", in.PassMark, 0, maxScore)
	} else {
		in.PassMark = 0
	}
	inRange(&v, "certificateMonths", in.CertificateMonths, 0, maxCertMonths)
	return in, v.Err()
}
