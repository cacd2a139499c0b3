package customer

import (
	"strings"
	"unicode"

	"steady/backend/pinyin"
)

// searchDoc is one row of the full-text index (see 0002_customers.sql): a
// customer or a contact, as the tokens a query can meet.
type searchDoc struct {
	scope, name, pinyin, initials, reach string
}

// maxReach caps a phone, e-mail or WeChat id before its suffixes are indexed.
const maxReach = 64

// docFor builds the tokens of one customer or contact.
func docFor(ownerID, name, phone, email, wechat string) searchDoc {
	d := searchDoc{scope: scopeToken(ownerID), name: strings.Join(nameTokens(name), " ")}
	var py, ini []string
	for _, syl := range pinyin.Readings(name) {
		for i := range syl {
			py = append(py, pinyin.Join(syl[i:]))
		}
		ini = append(ini, suffixes(pinyin.Initials(syl))...)
	}
	d.pinyin = strings.Join(unique(py), " ")
	d.initials = strings.Join(unique(ini), " ")
	var reach []string
	for _, s := range []string{NormalizePhone(phone), reachText(email), reachText(wechat)} {
		reach = append(reach, suffixes(s)...)
	}
	d.reach = strings.Join(unique(reach), " ")
	return d
}

// scopeToken names who may find a document: its owner, or the pool.
func scopeToken(ownerID string) string {
	if ownerID == "" {
		return "pool"
	}
	return "o" + strings.ReplaceAll(ownerID, "-", "")
}

// nameTokens splits a name into one token per Chinese (or other CJK)
// character and one per run of letters or digits, so a phrase of
// characters finds any fragment of a Chinese name.
func nameTokens(s string) []string {
	var out []string
	var word strings.Builder
	flush := func() {
		if word.Len() > 0 {
			out = append(out, word.String())
			word.Reset()
		}
	}
	for _, r := range pinyin.Fold(s) {
		switch {
		case isCJK(r):
			flush()
			out = append(out, string(r))
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			word.WriteRune(r)
		default:
			flush()
		}
	}
	flush()
	return out
}

func isCJK(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

// reachText keeps the characters of an e-mail address or WeChat id that the
// index treats as part of a word.
func reachText(s string) string {
	var b strings.Builder
	for _, r := range pinyin.Fold(s) {
		if isReachRune(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isReachRune(r rune) bool {
	return (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') || strings.ContainsRune(".@_+-", r)
}

// suffixes returns every suffix of s (at most maxReach characters of it).
func suffixes(s string) []string {
	runes := []rune(s)
	if len(runes) > maxReach {
		runes = runes[:maxReach]
	}
	out := make([]string, 0, len(runes))
	for i := range runes {
		out = append(out, string(runes[i:]))
	}
	return out
}

func unique(list []string) []string {
	seen := make(map[string]bool, len(list))
	out := list[:0]
	for _, s := range list {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
