package customer

import (
	"strings"
	"testing"
	"time"

	"steady/backend/apperr"
	"steady/backend/pinyin"
)

// hostilePhones are what phone cells and search boxes receive.
var hostilePhones = []string{"+86 138-0013-8000", "0086 13800138000", "8613800138000", "138 0013 8000",
	"＋８６ １３８００１３８０００", "+86 571-8765 4321", "0571-8765 4321", "(021) 6234 5678", "+1 (415) 555-0100",
	"+86", "0086", "86", "+86 0086 13800138000", "+860086", "00860086", "+86 86 13800138000", "+8686",
	"+86 0", "+86 00", "861", "86138001380000", "+", "", " ", "\x00", "\xff\xfe", "😀138", "138\u00a00013\u30008000",
	"9223372036854775807", "+86 138-0013-8000 转 123", "tel:+8613800138000", "٣٤٥", "１２３４５６７８９０"}

// FuzzNormalizePhone: the key phones are matched by holds only ASCII
// digits, all of them from what was typed (a trunk 0 may be put back);
// it is a fixed point (normalising it again changes nothing, so a stored
// key and a typed number meet); full-width typing gives the same key; and
// a mobile number is one key however the country code is written.
func FuzzNormalizePhone(f *testing.F) {
	for _, s := range hostilePhones {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := NormalizePhone(s)
		if strings.Trim(out, "0123456789") != "" {
			t.Fatalf("NormalizePhone(%q) = %q, not digits", s, out)
		}
		if typed := digitsOf(pinyin.Fold(s)); !strings.HasSuffix(typed, strings.TrimPrefix(out, "0")) {
			t.Fatalf("NormalizePhone(%q) = %q, not from the digits typed %q", s, out, typed)
		}
		if again := NormalizePhone(out); again != out {
			t.Fatalf("NormalizePhone(%q) = %q, then %q", s, out, again)
		}
		if wide := NormalizePhone(fullWidthDigits(s)); wide != out {
			t.Fatalf("NormalizePhone(%q) = %q, in full width %q", s, out, wide)
		}
		if len(out) == 11 && out[0] == '1' {
			for _, written := range []string{"+86 " + out, "+86-" + out[:3] + "-" + out[3:], "0086" + out, "86" + out} {
				if got := NormalizePhone(written); got != out {
					t.Fatalf("mobile %q written %q normalises to %q", out, written, got)
				}
			}
		}
	})
}

func digitsOf(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s)
}

func fullWidthDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if (r >= '0' && r <= '9') || r == '+' {
			return r - '!' + '！'
		}
		return r
	}, s)
}

// FuzzParseBirthday: whatever a birthday cell holds, the contact either
// refuses it or keeps a real calendar day (MM-DD, or YYYY-MM-DD), which
// reads back as itself.
func FuzzParseBirthday(f *testing.F) {
	for _, s := range []string{"1988/3/8", "1988年3月8日", "１９８８年３月８日", "3月8日", "3.8", "12.5", "19880308", "32210",
		"32210.0", "99999", "1000", "2/30", "1988-02-29", "2000-02-29", "02-29", "2/29", "13/1", "1988-13-01",
		"1988年2月30日", "0000-01-01", "24:00", "2016-12-31 23:59:60", "1e309", "-1", "", "\x00", "\xff", "😀", "9999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		day := parseBirthday(s)
		var v apperr.Validation
		c := cleanContact(&v, "contact.", ContactInput{Name: "王伟", Birthday: day})
		if v.Has("contact.birthday") || c.Birthday == "" {
			return
		}
		md, ok := birthdayMonthDay(c.Birthday)
		if !ok || !realDay(c.Birthday) {
			t.Fatalf("birthday %q kept as %q, not a calendar day", s, c.Birthday)
		}
		if again := parseBirthday(c.Birthday); again != c.Birthday {
			t.Fatalf("birthday %q kept as %q, which reads back as %q", s, c.Birthday, again)
		}
		if len(md) != len("01-02") {
			t.Fatalf("birthday %q: month and day %q", s, md)
		}
	})
}

// realDay: a YYYY-MM-DD or MM-DD (in a leap year) that is on the calendar.
func realDay(s string) bool {
	full := s
	if len(s) == len("01-02") {
		full = "2000-" + s
	}
	d, err := time.Parse(time.DateOnly, full)
	return err == nil && d.Format(time.DateOnly) == full
}
