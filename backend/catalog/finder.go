package catalog

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"steady/backend/pinyin"
)

// How the finder ranks a product found through its Chinese name's pinyin or
// through some of its characters, after the exact and substring ranks of
// queryRank: a rep on site types "sjz", "shengjiangzhuo" or "升降桌" for
// 电动升降办公桌 and expects it in the list.
const (
	rankSpelledFirst = 4 // the query spells the name's first syllables: "shengjiang", "sj" for 升降架
	rankSpelled      = 5 // the query spells consecutive syllables later in the name
	rankSkipped      = 6 // syllables or characters in order with others between: "sjz", "升降桌"
)

// How spells may pass over syllables.
const (
	fromFirst   = iota // none: the query begins with the name
	consecutive        // those before the first one used
	withGaps           // any
)

// minSpelled is the shortest query matched by pinyin: one letter would be
// the first letter of some syllable in most of the catalog.
const minSpelled = 2

// fuzzyRank says whether the name is found by the query (a MatchKey) through
// its pinyin (full syllables, initials, or any mix of syllable beginnings) or
// through its characters in order, and how well.
func fuzzyRank(nameZh, query string) (int, bool) {
	if utf8.RuneCountInString(query) < minSpelled || nameZh == "" {
		return 0, false
	}
	if strings.IndexFunc(query, isHan) >= 0 {
		if inOrder([]rune(MatchKey(nameZh)), []rune(query)) {
			return rankSkipped, true
		}
		return 0, false
	}
	syllables := pinyin.Syllables(nameZh)
	switch {
	case spells(syllables, query, fromFirst):
		return rankSpelledFirst, true
	case spells(syllables, query, consecutive):
		return rankSpelled, true
	case spells(syllables, query, withGaps):
		return rankSkipped, true
	}
	return 0, false
}

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// inOrder says whether every rune of want appears in have, in order.
func inOrder(have, want []rune) bool {
	i := 0
	for _, r := range have {
		if i < len(want) && r == want[i] {
			i++
		}
	}
	return i == len(want)
}

// spells says whether query is the beginnings of syllables read in order,
// each beginning at least one letter long: "sjz", "shengjz" and
// "shengjiangzhuo" all spell sheng jiang zhuo. pass says which syllables
// may be passed over.
func spells(syllables []string, query string, pass int) bool {
	type at struct{ q, s int }
	memo := map[at]bool{}
	var from func(q, s int, started bool) bool
	from = func(q, s int, started bool) bool {
		if q == len(query) {
			return true
		}
		if s == len(syllables) {
			return false
		}
		key := at{q, s}
		if started {
			if seen, ok := memo[key]; ok {
				return seen
			}
		}
		found := false
		syl := syllables[s]
		for k := 1; k <= len(syl) && q+k <= len(query) && !found; k++ {
			if query[q:q+k] != syl[:k] {
				break
			}
			found = from(q+k, s+1, true)
		}
		if !found && (pass == withGaps || pass == consecutive && !started) {
			found = from(q, s+1, started)
		}
		if started {
			memo[key] = found
		}
		return found
	}
	return from(0, 0, pass == fromFirst)
}
