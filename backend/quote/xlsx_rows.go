package quote

import "strings"

// Excel refuses a row taller than 409 points, and excelize fails the whole
// workbook on one. Text that would need a taller row is spread over several
// rows, each at most maxRowLines lines of lineHeight points.
const (
	lineHeight  = 14
	maxRowLines = 28 // 28×14+4 = 396 points
)

// rowHeight is the height of a row showing n wrapped lines.
func rowHeight(n int) float64 { return float64(min(n, maxRowLines))*lineHeight + 4 }

// rowChunks splits text into pieces that each wrap to at most maxRowLines
// lines in a cell width units wide (see wrappedLines). It breaks between
// paragraphs where it can and inside a paragraph only when one alone is too
// long; no character is lost (a break between paragraphs drops that
// newline, since the next row starts a new line anyway).
func rowChunks(text string, width int) []string {
	var chunks, cur []string
	lines := 0
	flush := func() {
		if len(cur) > 0 {
			chunks = append(chunks, strings.Join(cur, "\n"))
			cur, lines = nil, 0
		}
	}
	for _, para := range strings.Split(text, "\n") {
		n := wrappedLines(para, width)
		if n > maxRowLines {
			flush()
			pieces := splitUnits(para, maxRowLines*width)
			chunks = append(chunks, pieces[:len(pieces)-1]...)
			para, n = pieces[len(pieces)-1], wrappedLines(pieces[len(pieces)-1], width)
		}
		if lines+n > maxRowLines {
			flush()
		}
		cur, lines = append(cur, para), lines+n
	}
	flush()
	return chunks
}

// splitUnits cuts a paragraph into pieces of at most limit width units
// (a Chinese character is two).
func splitUnits(para string, limit int) []string {
	var pieces []string
	start, units := 0, 0
	for i, r := range para {
		w := 1
		if r >= 0x2E80 {
			w = 2
		}
		if units+w > limit {
			pieces = append(pieces, para[start:i])
			start, units = i, 0
		}
		units += w
	}
	return append(pieces, para[start:])
}

// oneRow folds text that would not fit one row onto fewer lines: its line
// breaks become spaces (for the fixed blocks, where rows cannot be added).
func oneRow(text string, width int) string {
	if wrappedLines(text, width) <= maxRowLines {
		return text
	}
	return strings.ReplaceAll(text, "\n", " ")
}
