package validate

import (
	"net/mail"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"steady/backend/apperr"
)

// hostileText is what people and files put in form fields.
var hostileText = []string{"", " ", "张三", "  李 四  ", "😀😀", "\x00", "a\x00b", "\xff\xfe\xfd", "\u200b", "\u3000张三\u3000",
	"+86 138-0013-8000", "＋８６ １３８－００１３－８０００", "（０２１）６２３４ ５６７８", "0086 13800138000", "(021) 6234 5678",
	"( - )", "((((", "+( )", "1234", "123", "95588", "13800138000\x00", "１３８\u00a0００１３", "+861380013800012345678901234",
	"2026-02-28", "2026-02-29", "2024-02-29", "2026-02-30", "2026-2-3", " 2026-02-28 ", "2026-13-01", "0000-01-01",
	"9999-12-31", "2026-02-28T00:00:00Z", "2016-12-31T23:59:60Z", "24:00", "２０２６－０２－２８", "2026/02/28",
	"a@b.cn", "张三@公司.中国", "a b@c.cn", `"a b"@c.cn`, "A <a@b.cn>", "a@b", "@b.cn", "a@@b.cn", "a@b.cn\x00"}

// FuzzPhone: a phone accepted is trimmed, ASCII, holds enough digits to
// dial, and is accepted again unchanged; the same number typed in full
// width is accepted as the same ASCII text.
func FuzzPhone(f *testing.F) {
	for _, s := range hostileText {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var v apperr.Validation
		out := Phone(&v, "phone", s)
		if v.Err() != nil || out == "" {
			return
		}
		if out != strings.TrimSpace(out) || strings.Trim(out, "+0123456789 ()-") != "" || digits(out) < minPhoneDigits {
			t.Fatalf("Phone(%q) accepted %q", s, out)
		}
		var again apperr.Validation
		if twice := Phone(&again, "phone", out); twice != out || again.Err() != nil {
			t.Fatalf("Phone(%q) = %q, then %q (%v)", s, out, twice, again.Err())
		}
		var wide apperr.Validation
		if got := Phone(&wide, "phone", fullWidth(out)); got != out || wide.Err() != nil {
			t.Fatalf("Phone(%q) = %q, but typed in full width %q (%v)", s, out, got, wide.Err())
		}
	})
}

// fullWidth types s as a Chinese input method in full-width mode does.
func fullWidth(s string) string {
	return strings.Map(func(r rune) rune {
		if r > ' ' && r < 0x7F {
			return r - '!' + '！'
		}
		return r
	}, s)
}

// FuzzDate: a date accepted is a real calendar date written as YYYY-MM-DD
// (no 2/30, no 24:00, no time of day), and is accepted again unchanged.
func FuzzDate(f *testing.F) {
	for _, s := range hostileText {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var v apperr.Validation
		out := Date(&v, "day", s)
		if v.Err() != nil || out == "" {
			return
		}
		d, err := time.Parse(time.DateOnly, out)
		if err != nil || d.Format(time.DateOnly) != out {
			t.Fatalf("Date(%q) accepted %q, which is not a calendar date (%v)", s, out, err)
		}
		var again apperr.Validation
		if twice := Date(&again, "day", out); twice != out || again.Err() != nil {
			t.Fatalf("Date(%q) = %q, then %q (%v)", s, out, twice, again.Err())
		}
	})
}

// FuzzText: text accepted is trimmed, within its length in characters
// (not bytes), present when required, and accepted again unchanged.
func FuzzText(f *testing.F) {
	for _, s := range hostileText {
		f.Add(s, true, uint8(4))
	}
	f.Add(strings.Repeat("长", 40), true, uint8(40))
	f.Fuzz(func(t *testing.T, s string, required bool, max uint8) {
		var v apperr.Validation
		out := Text(&v, "name", s, required, int(max))
		if out != strings.TrimSpace(out) {
			t.Fatalf("Text(%q) = %q, untrimmed", s, out)
		}
		if v.Err() != nil {
			return
		}
		if utf8.RuneCountInString(out) > int(max) || (required && out == "") {
			t.Fatalf("Text(%q, required %v, max %d) accepted %q", s, required, max, out)
		}
		var again apperr.Validation
		if twice := Text(&again, "name", out, required, int(max)); twice != out || again.Err() != nil {
			t.Fatalf("Text(%q) = %q, then %q (%v)", s, out, twice, again.Err())
		}
	})
}

// FuzzEmail: an address accepted is a bare address (no display name, no
// quotes, no spaces) whose domain has a dot, and is accepted again.
func FuzzEmail(f *testing.F) {
	for _, s := range hostileText {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var v apperr.Validation
		out := Email(&v, "email", s)
		if v.Err() != nil || out == "" {
			return
		}
		addr, err := mail.ParseAddress(out)
		at := strings.LastIndex(out, "@")
		if err != nil || addr.Address != out || addr.Name != "" || at < 1 || !strings.Contains(out[at:], ".") ||
			strings.ContainsAny(out, " <>\x00") {
			t.Fatalf("Email(%q) accepted %q", s, out)
		}
		var again apperr.Validation
		if twice := Email(&again, "email", out); twice != out || again.Err() != nil {
			t.Fatalf("Email(%q) = %q, then %q (%v)", s, out, twice, again.Err())
		}
	})
}

// TestPhoneNeedsDigitsAndReadsFullWidth: brackets and dashes alone are no
// phone number, and a number typed in full width is one.
func TestPhoneNeedsDigitsAndReadsFullWidth(t *testing.T) {
	for _, s := range []string{"( - )", "((((", "(   )", "+(- )", "(1) -"} {
		var v apperr.Validation
		if Phone(&v, "phone", s); !v.Has("phone") {
			t.Errorf("Phone(%q) accepted", s)
		}
	}
	for in, want := range map[string]string{"＋８６ １３８－００１３－８０００": "+86 138-0013-8000", "（０２１） ６２３４ ５６７８": "(021) 6234 5678", "95588": "95588"} {
		var v apperr.Validation
		if got := Phone(&v, "phone", in); got != want || v.Has("phone") {
			t.Errorf("Phone(%q) = %q (%v), want %q", in, got, v.Err(), want)
		}
	}
}
