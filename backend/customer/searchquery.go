package customer

import (
	"strings"
	"unicode"

	"steady/backend/pinyin"
)

// searchTerm is one part of what the user typed: Chinese characters (a
// phrase of name tokens) or a word of letters and digits (a prefix of any
// pinyin, initials, phone, e-mail or WeChat suffix, or a name word).
type searchTerm struct {
	phrase []string // name tokens, when the term holds Chinese
	word   string   // otherwise
}

// parseQuery splits a query into terms. A query that looks like a phone
// number ("+86 138-0013") is one term of its normalised digits.
func parseQuery(query string) []searchTerm {
	q := strings.TrimSpace(pinyin.Fold(query))
	if looksLikePhone(q) {
		if d := NormalizePhone(q); d != "" {
			return []searchTerm{{word: d}}
		}
	}
	var terms []searchTerm
	for _, field := range strings.Fields(q) {
		if strings.IndexFunc(field, isCJK) >= 0 {
			if tokens := nameTokens(field); len(tokens) > 0 {
				terms = append(terms, searchTerm{phrase: tokens})
			}
			continue
		}
		if w := reachText(field); w != "" {
			terms = append(terms, searchTerm{word: w})
		}
	}
	return terms
}

// looksLikePhone: digits with the separators people type in numbers.
func looksLikePhone(q string) bool {
	digits := 0
	for _, r := range q {
		switch {
		case unicode.IsDigit(r):
			digits++
		case strings.ContainsRune(" +-()", r):
		default:
			return false
		}
	}
	return digits > 0
}

// matchExpr renders terms as an FTS5 query, all terms required. With
// anchored, the first term must begin its column (a name that starts with
// the query, a phone that starts with the digits): those rank first.
func matchExpr(terms []searchTerm, scopeTokens []string, anchored bool) string {
	parts := make([]string, 0, len(terms)+1)
	if len(scopeTokens) > 0 {
		parts = append(parts, "scope : ("+strings.Join(scopeTokens, " OR ")+")")
	}
	for i, t := range terms {
		caret := ""
		if anchored && i == 0 {
			caret = "^ "
		}
		if t.phrase != nil {
			parts = append(parts, `name : `+caret+`"`+strings.Join(t.phrase, " ")+`"`)
		} else {
			parts = append(parts, `{name pinyin initials reach} : `+caret+`"`+t.word+`" *`)
		}
	}
	return strings.Join(parts, " AND ")
}

// compact is the query as one string to compare with fields when ranking.
func compact(query string) string {
	q := pinyin.Fold(query)
	if looksLikePhone(strings.TrimSpace(q)) {
		return NormalizePhone(q)
	}
	return strings.Join(strings.Fields(q), "")
}
