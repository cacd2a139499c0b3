package money

import (
	"math"
	"strconv"
	"strings"

	"golang.org/x/text/width"
)

// maxExponent bounds the exponent of "1.5E+3": a larger one either
// overflows or leaves only zeros, and a huge one must not cost time.
const maxExponent = 40

// ParseDecimal reads a decimal number people typed or a spreadsheet shows
// ("3299", "3,299.00", "３２９９．５", "1.5E+3") as an integer scaled by
// 10^scale: ParseDecimal("12.5", 2) is 1250. It is strict, so that a cell
// holding something else is refused rather than misread: no sign but an
// optional "+", commas only between groups of three digits ("1,2" is a
// European 1.2, not 12), no fractions ("3/4" is a date), no hexadecimal,
// and no more decimals than scale unless they are zeros. A value above the
// largest int64 is refused, never wrapped.
func ParseDecimal(s string, scale int) (int64, bool) {
	s = strings.TrimPrefix(strings.TrimSpace(width.Fold.String(s)), "+")
	mantissa, exp, ok := splitExponent(s)
	if !ok {
		return 0, false
	}
	whole, frac, _ := strings.Cut(mantissa, ".")
	whole, ok = ungroup(whole)
	if !ok || !allDigits(frac) || whole+frac == "" {
		return 0, false
	}
	return scaled(whole+frac, len(whole)+exp+scale)
}

// splitExponent separates "1.5E+3" into "1.5" and 3.
func splitExponent(s string) (string, int, bool) {
	at := strings.IndexAny(s, "eE")
	if at < 0 {
		return s, 0, true
	}
	e := s[at+1:]
	neg := strings.HasPrefix(e, "-")
	e = strings.TrimLeft(e, "+-")
	if len(s[at+1:])-len(e) > 1 || e == "" || len(e) > 2 || !allDigits(e) {
		return "", 0, false
	}
	n, _ := strconv.Atoi(e) // two digits at most
	if n > maxExponent {
		return "", 0, false
	}
	if neg {
		n = -n
	}
	return s[:at], n, true
}

// ungroup removes thousands separators: "3,299" is 3299; "3,29" and ",329"
// are refused.
func ungroup(whole string) (string, bool) {
	if !strings.Contains(whole, ",") {
		return whole, allDigits(whole)
	}
	groups := strings.Split(whole, ",")
	if len(groups[0]) == 0 || len(groups[0]) > 3 {
		return "", false
	}
	for i, g := range groups {
		if !allDigits(g) || (i > 0 && len(g) != 3) {
			return "", false
		}
	}
	return strings.Join(groups, ""), true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// scaled reads digits with the decimal point after the first point digits
// (which may lie past either end); the digits after it must be zeros.
func scaled(digits string, point int) (int64, bool) {
	switch {
	case point < 0:
		point, digits = 0, strings.Repeat("0", -point)+digits
	case point > len(digits):
		digits += strings.Repeat("0", point-len(digits))
	}
	if strings.Trim(digits[point:], "0") != "" {
		return 0, false
	}
	var n int64
	for _, d := range strings.TrimLeft(digits[:point], "0") {
		if n > (math.MaxInt64-int64(d-'0'))/10 {
			return 0, false
		}
		n = n*10 + int64(d-'0')
	}
	return n, true
}
