// Package validate holds the field checks that several areas share. Each
// check adds an i18n-coded problem to an apperr.Validation.
package validate

import (
	"net/mail"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/width"

	"steady/backend/apperr"
)

// Text trims s, requires it when required, and limits its length in characters.
func Text(v *apperr.Validation, field, s string, required bool, max int) string {
	s = strings.TrimSpace(s)
	switch {
	case required && s == "":
		v.Add(field, "validation.required", nil)
	case utf8.RuneCountInString(s) > max:
		v.Add(field, "validation.tooLong", map[string]any{"max": max})
	}
	return s
}

var phonePattern = regexp.MustCompile(`^\+?[0-9(][0-9 ()\-]{3,24}$`)

// minPhoneDigits: the shortest number worth keeping (an extension, a
// five-digit service line); "( - )" fits the pattern but dials nothing.
const minPhoneDigits = 4

// Phone accepts an empty value or something dialable: digits with spaces,
// dashes, brackets and an optional leading plus. Full-width digits and
// signs (a Chinese input method's "１３８－００１３") are read as, and
// returned in, their ASCII forms.
func Phone(v *apperr.Validation, field, s string) string {
	s = strings.TrimSpace(width.Fold.String(s))
	if s != "" && (!phonePattern.MatchString(s) || digits(s) < minPhoneDigits) {
		v.Add(field, "validation.invalidPhone", nil)
	}
	return s
}

func digits(s string) int {
	n := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			n++
		}
	}
	return n
}

// Email accepts an empty value or a plain address (no display name).
func Email(v *apperr.Validation, field, s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return s
	}
	addr, err := mail.ParseAddress(s)
	if err != nil || addr.Address != s || !strings.Contains(s[strings.LastIndex(s, "@"):], ".") {
		v.Add(field, "validation.invalidEmail", nil)
	}
	return s
}

// Date accepts an empty value or a calendar date as YYYY-MM-DD.
func Date(v *apperr.Validation, field, s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return s
	}
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		v.Add(field, "validation.invalidDate", nil)
	}
	return s
}

// OneOf requires s to be one of allowed, reporting code otherwise.
func OneOf(v *apperr.Validation, field, s, code string, allowed ...string) string {
	for _, a := range allowed {
		if s == a {
			return s
		}
	}
	v.Add(field, code, nil)
	return s
}
