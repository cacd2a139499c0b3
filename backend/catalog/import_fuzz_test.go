package catalog

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/width"

	"steady/backend/apperr"
)

// hostileNumbers are cells a price or rate column meets: what people type
// (full-width digits, ￥, commas), what a mis-mapped column holds (dates,
// phones), and numbers at and past the int64 limit.
var hostileNumbers = []string{"3299", "3,299.00", "¥3,299.00", "￥３２９９．５", "３，２９９", "$12.5", "12.345",
	"3/4", "2024/2/30", "1,2", "1,23,456", "0x10", "0b11", "0o7", "1e5", "1e309", "1E-3", "1e1000000000",
	"-1", "−1", "+5", "(12.00)", "NaN", "Inf", "", " ", ".", "5.", ".5", "1\x00", "\xff\xfe", "😀",
	"9223372036854775807", "9223372036854775808", "92233720368547758.07", "92233720368547758.08",
	"184467440737095516.16", "18446744073709551716", "13%", "13 %", "13％", "0.13", "0.09", "6.5", "100%",
	"100.01%", "0.125", "1.5", "+86 138 0013 8000", "24:00"}

// FuzzParseAmount: a price cell is refused or read as a non-negative
// amount, never both; an amount read, written back as the export shows it
// (symbol, thousands separators, all decimals), reads as the same amount.
func FuzzParseAmount(f *testing.F) {
	for _, s := range hostileNumbers {
		f.Add(s, uint8(2))
	}
	f.Add("3299", uint8(0))
	f.Add("1.234", uint8(3))
	f.Fuzz(func(t *testing.T, s string, digitsSeed uint8) {
		digits := int(digitsSeed % 4)
		var v apperr.Validation
		n := parseAmount(&v, "listPriceMinor", s, digits)
		refused := v.Err() != nil
		switch {
		case refused && n != 0:
			t.Fatalf("parseAmount(%q) refused and returned %d", s, n)
		case refused:
			return
		case n < 0 || !plainNumber(s):
			t.Fatalf("parseAmount(%q) = %d: read what is not an amount", s, n)
		}
		for _, back := range []string{"¥" + grouped(n, digits), strings.ReplaceAll(grouped(n, digits), ",", "")} {
			var again apperr.Validation
			if got := parseAmount(&again, "listPriceMinor", back, digits); again.Err() != nil || got != n {
				t.Fatalf("parseAmount(%q) = %d, but %q reads as %d (%v)", s, n, back, got, again.Err())
			}
		}
	})
}

// FuzzParseRate: a rate cell is refused or read as 0–100 % in basis
// points, never both; a rate read, written back as "6.50%" or as the
// fraction a percentage cell stores ("0.065"), reads as the same rate.
func FuzzParseRate(f *testing.F) {
	for _, s := range hostileNumbers {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var v apperr.Validation
		bp := parseRate(&v, "taxRateBp", s)
		refused := v.Err() != nil
		switch {
		case refused && bp != 0:
			t.Fatalf("parseRate(%q) refused and returned %d", s, bp)
		case refused:
			return
		case bp < 0 || bp > 10000:
			t.Fatalf("parseRate(%q) = %d basis points, outside 0–100 %%", s, bp)
		case !plainNumber(strings.TrimRight(width.Fold.String(s), "% ")):
			t.Fatalf("parseRate(%q) = %d: read what is not a rate", s, bp)
		}
		backs := []string{fmt.Sprintf("%d.%02d%%", bp/100, bp%100)}
		if bp < 10000 {
			backs = append(backs, fmt.Sprintf("0.%04d", bp))
		}
		for _, back := range backs {
			var again apperr.Validation
			if got := parseRate(&again, "taxRateBp", back); again.Err() != nil || got != bp {
				t.Fatalf("parseRate(%q) = %d, but %q reads as %d (%v)", s, bp, back, got, again.Err())
			}
		}
	})
}

// plainNumber: digits, a decimal point, an exponent (its sign the only
// minus), a currency symbol, and commas only before groups of three digits.
func plainNumber(s string) bool {
	s = strings.NewReplacer("e-", "e", "E-", "E").Replace(strings.TrimSpace(width.Fold.String(s)))
	if strings.Trim(s, "0123456789,.eE+¥$ ") != "" {
		return false
	}
	for _, part := range strings.Split(s, ",")[1:] {
		if len(part) < 3 || strings.Trim(part[:3], "0123456789") != "" || (len(part) > 3 && part[3] >= '0' && part[3] <= '9') {
			return false
		}
	}
	return true
}

// grouped writes minor units as the export shows them: "3,299.00".
func grouped(n int64, digits int) string {
	s := strconv.FormatInt(n, 10)
	if len(s) <= digits {
		s = strings.Repeat("0", digits-len(s)+1) + s
	}
	whole, frac := s[:len(s)-digits], s[len(s)-digits:]
	var b strings.Builder
	for i, d := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(d)
	}
	if frac != "" {
		b.WriteString("." + frac)
	}
	return b.String()
}

// TestImportRefusesMisreadNumbers: cells that the old reader took for
// numbers (a fraction, hexadecimal, a European decimal comma, a rate past
// the int64 limit that wrapped to 0 %) are refused; real ones still read.
func TestImportRefusesMisreadNumbers(t *testing.T) {
	for _, s := range []string{"3/4", "0x10", "0b11", "1,2", "1,23,456", "1e1000000000", "-1"} {
		var v apperr.Validation
		if n := parseAmount(&v, "listPriceMinor", s, 2); v.Err() == nil {
			t.Errorf("amount %q read as %d", s, n)
		}
	}
	for _, s := range []string{"184467440737095516.16", "18446744073709551716", "1e100000", "3/4", "0x10", "1,2"} {
		var v apperr.Validation
		if bp := parseRate(&v, "taxRateBp", s); v.Err() == nil {
			t.Errorf("rate %q read as %d bp", s, bp)
		}
	}
	amounts := map[string]int64{"3,299.00": 329900, "¥3299": 329900, "３２９９．５": 329950, "1,234,567": 123456700, "899.5": 89950}
	for s, want := range amounts {
		var v apperr.Validation
		if got := parseAmount(&v, "listPriceMinor", s, 2); v.Err() != nil || got != want {
			t.Errorf("amount %q = %d (%v), want %d", s, got, v.Err(), want)
		}
	}
	rates := map[string]int64{"13%": 1300, "13": 1300, "6.5": 650, "0.13": 1300, "0.09": 900, "0.125": 1250, "１３％": 1300, "100%": 10000}
	for s, want := range rates {
		var v apperr.Validation
		if got := parseRate(&v, "taxRateBp", s); v.Err() != nil || got != want {
			t.Errorf("rate %q = %d (%v), want %d", s, got, v.Err(), want)
		}
	}
}
