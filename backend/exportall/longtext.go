package exportall

import (
	"fmt"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"
)

// A text longer than an Excel cell holds (32,767 UTF-16 units: a long audit
// document, years of notes) is never cut: its cell keeps the beginning and
// says where the rest is, and the whole text goes, in cell-sized parts, to
// a last sheet of long texts that names the sheet, row and column it
// belongs to. Joining the parts in order gives the text back.

// longPart is one cell-sized part of a long text.
type longPart struct {
	sheet, column string
	row, part     int
	text          string
}

// cellChars leaves room in a long text's own cell for the pointer to the rest.
const cellChars = excelize.TotalCellChars - 200

// tooLong says whether s exceeds what one cell holds.
func tooLong(s string) bool { return utf16Len(s) > excelize.TotalCellChars }

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// splitCells cuts s into parts of at most limit UTF-16 units, never inside
// a character.
func splitCells(s string, limit int) []string {
	var parts []string
	start, units := 0, 0
	for i, r := range s {
		w := utf16.RuneLen(r)
		if units+w > limit {
			parts = append(parts, s[start:i])
			start, units = i, 0
		}
		units += w
	}
	return append(parts, s[start:])
}

// keepLong files text (the cell at column col of the current row) as parts of
// the long-texts sheet and returns what its own cell shows.
func (w *sheetWriter) keepLong(col int, text string) (string, error) {
	name := w.sheetName()
	parts := splitCells(text, cellChars)
	for i, p := range parts {
		w.b.long = append(w.b.long, longPart{sheet: name, column: fmt.Sprint(w.headers[col]), row: w.row, part: i + 1, text: p})
	}
	w.b.sum.LongTexts++
	head := parts[0]
	if w.b.lang() == "en" {
		return head + fmt.Sprintf(" […continued in the sheet %q, %d parts]", longSheet("en"), len(parts)), nil
	}
	return head + fmt.Sprintf(" [……未完，全文分 %d 段见工作表“%s”]", len(parts), longSheet("zh")), nil
}

func longSheet(lang string) string {
	if lang == "en" {
		return "Long texts"
	}
	return "长文本"
}

// writeLong adds the long-texts sheet when any text needed it.
func (b *book) writeLong() error {
	if len(b.long) == 0 {
		return nil
	}
	name := longSheet(b.lang())
	if _, err := b.f.NewSheet(name); err != nil {
		return fmt.Errorf("exportall: sheet %s: %w", name, err)
	}
	sw, err := b.f.NewStreamWriter(name)
	if err != nil {
		return fmt.Errorf("exportall: sheet %s: %w", name, err)
	}
	head := []any{"工作表", "行", "列", "段", "内容"}
	if b.lang() == "en" {
		head = []any{"Sheet", "Row", "Column", "Part", "Text"}
	}
	if err := sw.SetRow("A1", head); err != nil {
		return fmt.Errorf("exportall: sheet %s: %w", name, err)
	}
	for i, p := range b.long {
		cell, err := excelize.CoordinatesToCellName(1, i+2)
		if err != nil {
			return fmt.Errorf("exportall: %w", err)
		}
		if err := sw.SetRow(cell, []any{p.sheet, p.row, p.column, p.part, p.text}); err != nil {
			return fmt.Errorf("exportall: sheet %s: %w", name, err)
		}
	}
	return sw.Flush()
}
