package customer

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"steady/backend/pinyin"
)

// How well a field matched, best first.
const (
	matchExact = iota
	matchPrefix
	matchInside
	matchOther // found by the index through several terms or another reading
)

// fieldMatch compares one field with the compacted query.
func fieldMatch(field, q string) (int, bool) {
	switch {
	case field == "" || q == "":
		return 0, false
	case field == q:
		return matchExact, true
	case strings.HasPrefix(field, q):
		return matchPrefix, true
	case strings.Contains(field, q):
		return matchInside, true
	}
	return 0, false
}

// rankHits orders hits best first. A hit's rank is its best field match:
// the level counts most, then the field (name before pinyin before
// initials before phone, e-mail and WeChat), then customers before contacts.
func rankHits(hits []SearchHit, q string) {
	for i := range hits {
		hits[i].rank, hits[i].Matched = rankOf(hits[i], q)
	}
	slices.SortFunc(hits, func(a, b SearchHit) int {
		return cmp.Or(cmp.Compare(a.rank, b.rank),
			cmp.Compare(utf8.RuneCountInString(a.Name), utf8.RuneCountInString(b.Name)),
			strings.Compare(a.sortKey, b.sortKey), strings.Compare(a.CustomerID, b.CustomerID),
			strings.Compare(a.ContactID, b.ContactID))
	})
}

// rankField is one field of a hit with its weight (lower ranks higher).
type rankField struct {
	name, value string
	weight      int
}

func rankOf(h SearchHit, q string) (int, string) {
	fields := []rankField{{"name", pinyin.Fold(h.Name), 0}}
	for _, syl := range pinyin.Readings(h.Name) {
		fields = append(fields, rankField{"pinyin", pinyin.Join(syl), 1}, rankField{"initials", pinyin.Initials(syl), 2})
	}
	fields = append(fields, rankField{"phone", NormalizePhone(h.Phone), 3},
		rankField{"email", reachText(h.Email), 4}, rankField{"wechat", reachText(h.WeChat), 4})
	best, matched := matchOther*100+90, ""
	for _, f := range fields {
		level, ok := fieldMatch(f.value, q)
		if !ok {
			continue
		}
		if r := level*100 + f.weight*10; r < best {
			best, matched = r, f.name
		}
	}
	if h.ContactID != "" {
		best++ // a customer ranks above its equally matching contact
	}
	return best, matched
}
