package customer

import (
	"strings"

	"steady/backend/pinyin"
)

// NormalizePhone reduces a phone number to the digits that identify it, so
// that "+86 138-0013-8000", "0086 13800138000" and "138 0013 8000" match:
// spaces, dashes, dots and brackets go, and so does China's country code,
// however many times it was typed ("+86 0086 138…"): the result normalises
// to itself, so a stored key and a number typed again always meet.
func NormalizePhone(s string) string {
	out := normalizeOnce(s)
	for {
		next := normalizeOnce(out) // shorter, or out itself
		if next == out {
			return out
		}
		out = next
	}
}

// normalizeOnce keeps the digits and drops one country code.
func normalizeOnce(s string) string {
	var b strings.Builder
	for _, r := range pinyin.Fold(s) {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	digits := b.String()
	trimmed := strings.TrimSpace(pinyin.Fold(s))
	switch {
	case strings.HasPrefix(trimmed, "+86"):
		return withTrunkPrefix(strings.TrimPrefix(digits, "86"))
	case strings.HasPrefix(digits, "0086"):
		return withTrunkPrefix(digits[4:])
	case len(digits) == 13 && strings.HasPrefix(digits, "861"):
		// a mobile number written with the country code but without the plus
		return digits[2:]
	}
	return digits
}

// withTrunkPrefix puts back the 0 a landline drops after +86, so that
// "+86 571-8765 4321" and "0571-8765 4321" match; mobiles start with 1.
func withTrunkPrefix(national string) string {
	if national == "" || strings.HasPrefix(national, "1") || strings.HasPrefix(national, "0") {
		return national
	}
	return "0" + national
}
