package money

import (
	"math/big"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/width"
)

// strictDecimal is everything ParseDecimal may accept, after width folding.
var strictDecimal = regexp.MustCompile(`^\+?([0-9]{1,3}(,[0-9]{3})+|[0-9]*)(\.[0-9]*)?([eE][+-]?[0-9]{1,2})?$`)

// FuzzParseDecimal checks ParseDecimal against exact rational arithmetic:
// whatever it accepts is a plain decimal whose value, scaled, is exactly the
// integer returned (no wrap near the int64 limit, no "3/4", no "0x10"),
// and the value written back, plain or grouped, reads as the same integer.
func FuzzParseDecimal(f *testing.F) {
	for _, s := range []string{"3299", "3,299.00", "3299.5", "0.13", "１２３", "３，２９９．００", "￥3299",
		"1,2", "1,23,456", ",123", "3/4", "0x10", "0b11", "1e309", "1e5", "1.5E+3", "1E-2", "2.5e-1",
		"9223372036854775807", "9223372036854775808", "92233720368547758.07", "92233720368547758.08",
		"184467440737095516.16", "-1", "−1", "+5", "NaN", "Inf", "", ".", ".5", "5.", "1.2.3",
		"1\x00", "\xff\xfe", "1 000", "😀", "0.000", "00000000000000000000000000001", "1e99", "1e-99"} {
		f.Add(s, uint8(2))
	}
	f.Add("0.125", uint8(3))
	f.Add("9.223372036854775807", uint8(18))
	f.Fuzz(func(t *testing.T, s string, scaleSeed uint8) {
		scale := int(scaleSeed % 7)
		n, ok := ParseDecimal(s, scale)
		if !ok {
			if n != 0 {
				t.Fatalf("ParseDecimal(%q) refused but returned %d", s, n)
			}
			if plain := strings.TrimSpace(s); len(plain) > 0 && len(plain) <= 12 && allDigits(plain) {
				t.Fatalf("ParseDecimal(%q, %d) refused plain digits", s, scale)
			}
			return
		}
		folded := strings.TrimSpace(width.Fold.String(s))
		if n < 0 || !strictDecimal.MatchString(folded) {
			t.Fatalf("ParseDecimal(%q, %d) = %d: accepted what is not a plain decimal", s, scale, n)
		}
		exact, good := new(big.Rat).SetString(strings.ReplaceAll(strings.TrimPrefix(folded, "+"), ",", ""))
		if !good {
			t.Fatalf("ParseDecimal(%q) accepted what big.Rat cannot read", s)
		}
		exact.Mul(exact, new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(scale)), nil)))
		if !exact.IsInt() || !exact.Num().IsInt64() || exact.Num().Int64() != n {
			t.Fatalf("ParseDecimal(%q, %d) = %d, exactly %s", s, scale, n, exact.RatString())
		}
		for _, back := range []string{formatScaled(n, scale, false), formatScaled(n, scale, true)} {
			if again, ok := ParseDecimal(back, scale); !ok || again != n {
				t.Fatalf("ParseDecimal(%q) = %d, but its rendering %q reads as %d, %v", s, n, back, again, ok)
			}
		}
	})
}

// formatScaled writes n ÷ 10^scale with scale decimals, grouped by
// thousands when asked.
func formatScaled(n int64, scale int, grouped bool) string {
	digits := strconv.FormatInt(n, 10)
	if len(digits) <= scale {
		digits = strings.Repeat("0", scale-len(digits)+1) + digits
	}
	whole, frac := digits[:len(digits)-scale], digits[len(digits)-scale:]
	if grouped {
		var b strings.Builder
		for i, d := range whole {
			if i > 0 && (len(whole)-i)%3 == 0 {
				b.WriteByte(',')
			}
			b.WriteRune(d)
		}
		whole = b.String()
	}
	if frac == "" {
		return whole
	}
	return whole + "." + frac
}
