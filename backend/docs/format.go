package docs

import (
	"strconv"
	"strings"

	"steady/backend/money"
)

// Amount formats minor units of currency with thousands separators and the
// currency's decimals: 1234560 CNY → "12,345.60".
func Amount(minor int64, currency string) string {
	digits := money.MinorDigits(currency)
	sign := ""
	if minor < 0 {
		sign, minor = "-", -minor
	}
	s := strconv.FormatInt(minor, 10)
	for len(s) <= digits {
		s = "0" + s
	}
	whole, frac := s[:len(s)-digits], s[len(s)-digits:]
	var b strings.Builder
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if digits > 0 {
		return sign + b.String() + "." + frac
	}
	return sign + b.String()
}

// Quantity formats thousandths without trailing zeros: 1500 → "1.5".
func Quantity(milli int64) string {
	s := strconv.FormatFloat(float64(milli)/1000, 'f', 3, 64)
	return strings.TrimSuffix(strings.TrimRight(s, "0"), ".")
}

// Rate formats basis points as a percentage: 1300 → "13%", 650 → "6.5%".
func Rate(bp int64) string {
	s := strconv.FormatFloat(float64(bp)/100, 'f', 2, 64)
	return strings.TrimSuffix(strings.TrimRight(s, "0"), ".") + "%"
}
