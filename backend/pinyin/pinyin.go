// Package pinyin turns Chinese text into the pinyin people type to find it:
// full syllables (张三 → zhang san) and initials (zs). Letters and digits
// pass through as lower-case words; everything else only separates.
package pinyin

import (
	"strings"
	"sync"
	"unicode"

	gopinyin "github.com/mozillazg/go-pinyin"
	"golang.org/x/text/width"
)

// readings caches one syllable per Han character: the library's lookup runs
// a regular expression per character, and names repeat the same few hundred.
var readings sync.Map // rune → string

// reading returns the usual toneless syllable of r, or "" when r has none.
func reading(r rune) string {
	if s, ok := readings.Load(r); ok {
		return s.(string)
	}
	s := ""
	if got := gopinyin.SinglePinyin(r, gopinyin.NewArgs()); len(got) > 0 {
		s = got[0]
	}
	if fixed, ok := usualInNames[r]; ok {
		s = fixed
	}
	readings.Store(r, s)
	return s
}

// Fold makes text comparable: full-width letters and digits (typed with a
// Chinese input method) become ASCII, and everything becomes lower case.
func Fold(s string) string {
	return strings.ToLower(width.Fold.String(s))
}

// Syllables returns the usual reading of s: one syllable per Han character
// and one word per run of letters or digits.
func Syllables(s string) []string {
	var out []string
	var word strings.Builder
	flush := func() {
		if word.Len() > 0 {
			out = append(out, word.String())
			word.Reset()
		}
	}
	runes := []rune(Fold(s))
	for i := 0; i < len(runes); i++ {
		r := runes[i]
		switch {
		case unicode.Is(unicode.Han, r):
			flush()
			if pair, ok := phrase(runes, i); ok {
				out = append(out, pair...)
				i++
				continue
			}
			if py := reading(r); py != "" {
				out = append(out, py)
			}
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			word.WriteRune(r)
		default:
			flush()
		}
	}
	flush()
	return out
}

// Readings returns the syllable lists to index for a name: the usual one
// and, when the name starts with a surname read otherwise (曾 zeng, 单 shan),
// that reading too.
func Readings(s string) [][]string {
	usual := Syllables(s)
	out := [][]string{usual}
	first, _ := firstRune(Fold(s))
	if alt, ok := surnames[first]; ok && len(usual) > 0 && usual[0] != alt {
		other := append([]string{alt}, usual[1:]...)
		out = append(out, other)
	}
	return out
}

func firstRune(s string) (rune, bool) {
	for _, r := range s {
		return r, true
	}
	return 0, false
}

// Join is the full pinyin without spaces: zhangsan.
func Join(syllables []string) string { return strings.Join(syllables, "") }

// Initials is the first letter of every syllable: zs.
func Initials(syllables []string) string {
	var b strings.Builder
	for _, s := range syllables {
		r, _ := firstRune(s)
		b.WriteRune(r)
	}
	return b.String()
}
