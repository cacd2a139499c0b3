package validate

import (
	"testing"

	"steady/backend/apperr"
)

func codeOf(v *apperr.Validation, field string) string {
	e, ok := apperr.As(v.Err())
	if !ok {
		return ""
	}
	return e.Fields[field].Code
}

func TestFieldChecks(t *testing.T) {
	cases := []struct {
		name  string
		check func(v *apperr.Validation)
		want  string
	}{
		{"required text missing", func(v *apperr.Validation) { Text(v, "f", "   ", true, 10) }, "validation.required"},
		{"chinese counted by character", func(v *apperr.Validation) { Text(v, "f", "上海示例贸易有限公司", true, 10) }, ""},
		{"text too long", func(v *apperr.Validation) { Text(v, "f", "上海示例贸易有限公司呀", true, 10) }, "validation.tooLong"},
		{"mobile with +86", func(v *apperr.Validation) { Phone(v, "f", "+86 138-0013-8000") }, ""},
		{"landline with brackets", func(v *apperr.Validation) { Phone(v, "f", "(021) 6234 5678") }, ""},
		{"phone with letters", func(v *apperr.Validation) { Phone(v, "f", "call me") }, "validation.invalidPhone"},
		{"empty phone allowed", func(v *apperr.Validation) { Phone(v, "f", "") }, ""},
		{"good email", func(v *apperr.Validation) { Email(v, "f", "li.na@example.cn") }, ""},
		{"email without domain dot", func(v *apperr.Validation) { Email(v, "f", "li@localhost") }, "validation.invalidEmail"},
		{"email with display name", func(v *apperr.Validation) { Email(v, "f", "Li <li@example.cn>") }, "validation.invalidEmail"},
		{"good date", func(v *apperr.Validation) { Date(v, "f", "2026-02-28") }, ""},
		{"impossible date", func(v *apperr.Validation) { Date(v, "f", "2026-02-30") }, "validation.invalidDate"},
		{"one of", func(v *apperr.Validation) { OneOf(v, "f", "boss", "validation.invalidRole", "owner", "rep") }, "validation.invalidRole"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var v apperr.Validation
			c.check(&v)
			if got := codeOf(&v, "f"); got != c.want {
				t.Fatalf("code = %q, want %q", got, c.want)
			}
		})
	}
}
