package docs

import (
	"strings"
	"unicode"

	"github.com/jung-kurt/gofpdf"
)

// noLineStart are closing marks that must not begin a line; they hang at
// the end of the previous one instead.
const noLineStart = "，。、；：？！）》」』】〉”’,.;:?!)%…—·"

// Wrap splits text into lines no wider than width (in the document's unit)
// with the current font: Chinese breaks between any two characters, Latin
// words and numbers stay whole where they fit, closing punctuation never
// starts a line, and newlines in text are kept. gofpdf's MultiCell drops a
// CJK character at each break, so documents wrap with this and print each
// line with Cell. The lines are Printable: characters the font lacks are
// already Mark.
func Wrap(pdf *gofpdf.Fpdf, text string, width float64) []string {
	var out []string
	for _, para := range strings.Split(Printable(text), "\n") {
		out = append(out, wrapParagraph(pdf, para, width)...)
	}
	return out
}

func wrapParagraph(pdf *gofpdf.Fpdf, text string, width float64) []string {
	lines := []string{}
	line := ""
	for _, tok := range tokens(text) {
		switch {
		case pdf.GetStringWidth(line+tok) <= width || line == "" && pdf.GetStringWidth(tok) <= width:
			line += tok
		case strings.ContainsAny(tok, noLineStart) && len([]rune(tok)) == 1:
			line += tok // hangs a little past the edge rather than opening a line
		case strings.TrimSpace(tok) == "":
			lines, line = append(lines, line), ""
		case pdf.GetStringWidth(tok) > width:
			for _, r := range tok { // a word longer than a line breaks anywhere
				if line != "" && pdf.GetStringWidth(line+string(r)) > width {
					lines, line = append(lines, line), ""
				}
				line += string(r)
			}
		default:
			lines, line = append(lines, strings.TrimRight(line, " ")), tok
		}
	}
	return append(lines, line)
}

// tokens splits text into Latin words and numbers, runs of spaces, and
// single other characters (each hanzi can stand at a break).
func tokens(text string) []string {
	const other, latin, space = 0, 1, 2
	kind := func(r rune) int {
		switch {
		case r == ' ' || r == '\t':
			return space
		case r < 0x2E80 && (unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("-_./@#&+'", r)):
			return latin
		}
		return other
	}
	var out []string
	var word []rune
	for _, r := range text {
		k := kind(r)
		if len(word) > 0 && (k == other || kind(word[0]) != k) {
			out, word = append(out, string(word)), nil
		}
		switch k {
		case other:
			out = append(out, string(r))
		case space:
			word = append(word, ' ')
		default:
			word = append(word, r)
		}
	}
	if len(word) > 0 {
		out = append(out, string(word))
	}
	return out
}
