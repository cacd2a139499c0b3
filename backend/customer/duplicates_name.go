package customer

import (
	"regexp"
	"strings"
	"unicode"

	"steady/backend/pinyin"
)

// legalForms are the endings that name a company's legal form rather than
// the company, longest first so that the longest one goes.
var legalForms = []string{
	"集团股份有限公司", "集团有限责任公司", "集团有限公司", "股份有限公司", "有限责任公司", "有限公司", "分公司",
	"总公司", "集团", "股份", "公司",
}

// englishForms are legal forms written as words after an English name.
var englishForms = regexp.MustCompile(`[\s,.]+(co[.,\s]*ltd|company|limited|ltd|inc|llc|corp|corporation|gmbh|co|group)\.?$`)

// nameKey is a customer's name reduced to what identifies it: width and
// case folded, bracketed parts, spaces and punctuation dropped, legal
// forms cut from the end, and the customer's own city cut from the start.
// "杭州明远智能科技有限公司" in 杭州 and "明远智能科技" share one key.
func nameKey(name, city string) string {
	s := strings.ToLower(strings.TrimSpace(pinyin.Fold(name)))
	s = bracketed.ReplaceAllString(s, "")
	for next := englishForms.ReplaceAllString(s, ""); next != s && next != ""; next = englishForms.ReplaceAllString(s, "") {
		s = next
	}
	s = strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
	for cut := true; cut; {
		cut = false
		for _, f := range legalForms {
			if strings.HasSuffix(s, f) && len(s) > len(f) {
				s, cut = strings.TrimSuffix(s, f), true
				break
			}
		}
	}
	if city = strings.TrimSuffix(strings.TrimSpace(city), "市"); city != "" {
		rest := strings.TrimPrefix(strings.TrimPrefix(s, city), "市")
		if rest != s && rest != "" {
			s = rest
		}
	}
	return s
}

var bracketed = regexp.MustCompile(`[（(【\[].*?[)）】\]]`)

// oneEditApart says whether a and b differ by at most one inserted,
// deleted or replaced character.
func oneEditApart(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	if len(rb)-len(ra) > 1 {
		return false
	}
	i := 0
	for i < len(ra) && ra[i] == rb[i] {
		i++
	}
	if len(ra) == len(rb) {
		return string(ra[i+min(1, len(ra)-i):]) == string(rb[i+min(1, len(rb)-i):])
	}
	return string(ra[i:]) == string(rb[i+1:])
}

// deletions returns s and every string one character shorter than s: two
// names one edit apart always share one of them.
func deletions(s string) []string {
	r := []rune(s)
	out := []string{s}
	for i := range r {
		out = append(out, string(r[:i])+string(r[i+1:]))
	}
	return out
}
