package docs

import (
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"unicode"
)

// Mark stands in a PDF for a character the embedded font cannot draw: one
// outside the Basic Multilingual Plane (emoji, 𠮷; gofpdf draws none of
// them and panics on some), or one Noto Sans SC has no glyph for. It is the
// mark Chinese print uses for a missing character (geta, 〓).
const Mark = "〓"

// Printable returns s as the embedded fonts can draw it: every character
// either font lacks becomes Mark, except invisible joiners and variation
// selectors (as in 👍🏻 or ❤️), which are dropped; a tab becomes a space and
// line breaks become "\n" (Wrap breaks lines there; Cell prints them as
// spaces). What it replaces while RenderPDF builds a document is logged
// once for that document. Every text that reaches a PDF goes through it:
// this package's Cell, Text, Width and Wrap call it themselves.
func Printable(s string) string {
	f, err := fonts()
	if err != nil || printableAlready(f, s) {
		return s // without fonts RenderPDF fails anyway
	}
	var b strings.Builder
	var missing []rune
	s = strings.ReplaceAll(s, "\r\n", "\n")
	for _, r := range s {
		switch {
		case r == '\n' || r == ' ' || f.glyphs.Has(r) && r != unicode.ReplacementChar:
			b.WriteRune(r)
		case r == '\t':
			b.WriteByte(' ')
		case r == '\r':
			b.WriteByte('\n')
		case invisible(r):
			missing = append(missing, r)
		default:
			b.WriteString(Mark)
			missing = append(missing, r)
		}
	}
	if len(missing) > 0 {
		noteMissing(missing)
	}
	return b.String()
}

// printableAlready is Printable's fast path: most text needs no change.
func printableAlready(f *embedded, s string) bool {
	for _, r := range s {
		if r == '\r' || r == '\t' || r == unicode.ReplacementChar || r != '\n' && r != ' ' && !f.glyphs.Has(r) {
			return false
		}
	}
	return true
}

// invisible says whether r draws nothing by itself: zero-width joiners and
// other format characters, variation selectors, emoji skin-tone modifiers
// are covered by their base character being replaced.
func invisible(r rune) bool {
	return unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Variation_Selector, r)
}

// MissingGlyphs returns the characters of s, in order and each once, that
// the embedded fonts (Regular or Bold) have no glyph for, including every
// character outside the Basic Multilingual Plane; Printable prints these as
// Mark (or drops them when invisible). Line breaks, tabs and spaces are
// never missing.
func MissingGlyphs(s string) []rune {
	f, err := fonts()
	if err != nil {
		return addUnique(nil, []rune(s)...)
	}
	var out []rune
	for _, r := range s {
		if r == '\n' || r == '\r' || r == '\t' || r == ' ' || f.glyphs.Has(r) && r != unicode.ReplacementChar {
			continue
		}
		out = addUnique(out, r)
	}
	return out
}

func addUnique(set []rune, rs ...rune) []rune {
	for _, r := range rs {
		if !slices.Contains(set, r) {
			set = append(set, r)
		}
	}
	return set
}

// building collects what Printable replaced while RenderPDF builds a
// document. RenderPDF builds one document at a time, so there is at most
// one; a Printable call outside any document is logged at once.
var building struct {
	sync.Mutex
	active  bool
	missing []rune
	count   int
}

// beginDocument starts collecting; the returned func logs, once, what the
// document printed as Mark.
func beginDocument() (end func()) {
	building.Lock()
	building.active, building.missing, building.count = true, nil, 0
	building.Unlock()
	return func() {
		building.Lock()
		missing, count := building.missing, building.count
		building.active, building.missing, building.count = false, nil, 0
		building.Unlock()
		if count > 0 {
			logMissing(missing, count)
		}
	}
}

func noteMissing(rs []rune) {
	building.Lock()
	if !building.active {
		building.Unlock()
		logMissing(addUnique(nil, rs...), len(rs))
		return
	}
	building.missing = addUnique(building.missing, rs...)
	building.count += len(rs)
	building.Unlock()
}

func logMissing(missing []rune, count int) {
	codes := make([]string, len(missing))
	for i, r := range missing {
		codes[i] = fmt.Sprintf("%U", r)
	}
	slog.Warn("docs: characters the PDF font cannot draw were printed as "+Mark,
		"chars", string(missing), "codes", strings.Join(codes, " "), "count", count)
}
