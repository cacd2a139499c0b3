package exportall

import (
	"context"
	"fmt"

	"github.com/xuri/excelize/v2"
)

// sheetWriter streams rows into the current sheet of a table and moves to
// the next sheet when one is full.
type sheetWriter struct {
	b       *book
	s       sheet
	headers []any
	sw      *excelize.StreamWriter
	row     int // the last row written in the current sheet
	n       int // sheets used
	ts      *TableSummary
}

// writeTable writes one table to its sheet (and the sheets after it when it
// is longer than a sheet holds). An empty table still gets its sheet with
// the headers, so the workbook shows every table.
func (b *book) writeTable(ctx context.Context, s sheet) error {
	cols, err := columnsOf(ctx, b.tx, s)
	if err != nil {
		return err
	}
	order := s.orderBy
	if order == "" {
		order = "rowid"
	}
	rows, err := b.tx.QueryContext(ctx, `SELECT `+quoted(cols)+` FROM `+s.table+` ORDER BY `+order)
	if err != nil {
		return fmt.Errorf("exportall: read %s: %w", s.table, err)
	}
	defer rows.Close()
	b.sum.Tables = append(b.sum.Tables, TableSummary{Table: s.table, Sheets: []string{}})
	w := &sheetWriter{b: b, s: s, ts: &b.sum.Tables[len(b.sum.Tables)-1]}
	for _, c := range cols {
		w.headers = append(w.headers, header(c, b.lang()))
	}
	if err := w.next(); err != nil {
		return err
	}
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return fmt.Errorf("exportall: read %s: %w", s.table, err)
		}
		if err := w.add(ctx, vals); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("exportall: read %s: %w", s.table, err)
	}
	return w.flush()
}

// next ends the current sheet, if any, and starts the table's next one with
// its header row, frozen so it stays in view.
func (w *sheetWriter) next() error {
	if err := w.flush(); err != nil {
		return err
	}
	w.n++
	name := w.sheetName()
	if _, err := w.b.f.NewSheet(name); err != nil {
		return fmt.Errorf("exportall: sheet %s: %w", name, err)
	}
	sw, err := w.b.f.NewStreamWriter(name)
	if err != nil {
		return fmt.Errorf("exportall: sheet %s: %w", name, err)
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return fmt.Errorf("exportall: sheet %s: %w", name, err)
	}
	if err := sw.SetRow("A1", w.headers); err != nil {
		return fmt.Errorf("exportall: sheet %s: %w", name, err)
	}
	w.sw, w.row = sw, 1
	w.ts.Sheets = append(w.ts.Sheets, name)
	return nil
}

// sheetName is the name of the table's current sheet: "客户", "客户 (2)".
func (w *sheetWriter) sheetName() string {
	name := w.s.zh
	if w.b.lang() == "en" {
		name = w.s.en
	}
	if w.n > 1 {
		name = fmt.Sprintf("%s (%d)", name, w.n)
	}
	return name
}

func (w *sheetWriter) add(ctx context.Context, vals []any) error {
	if w.row >= w.b.opt.RowsPerSheet {
		if err := w.next(); err != nil {
			return err
		}
	}
	w.row++
	cells := make([]any, len(vals))
	for i, v := range vals {
		c, err := w.cell(i, v)
		if err != nil {
			return err
		}
		cells[i] = c
	}
	cell, err := excelize.CoordinatesToCellName(1, w.row)
	if err != nil {
		return fmt.Errorf("exportall: %w", err)
	}
	if err := w.sw.SetRow(cell, cells); err != nil {
		return fmt.Errorf("exportall: %s row %d: %w", w.s.table, w.row, err)
	}
	w.ts.Rows++
	w.b.sum.Rows++
	if w.b.sum.Rows%progressEvery == 0 || w.b.sum.Rows == w.b.total {
		if err := ctx.Err(); err != nil {
			return err
		}
		if w.b.opt.Progress != nil {
			w.b.opt.Progress(w.b.sum.Rows, w.b.total)
		}
	}
	return nil
}

func (w *sheetWriter) flush() error {
	if w.sw == nil {
		return nil
	}
	if err := w.sw.Flush(); err != nil {
		return fmt.Errorf("exportall: sheet of %s: %w", w.s.table, err)
	}
	w.sw = nil
	return nil
}

// cell is a stored value (of column col) as a cell holds it: numbers as
// numbers, text as text (never a formula; a text too long for a cell
// continues on the long-texts sheet), a file as a note of its size.
func (w *sheetWriter) cell(col int, v any) (any, error) {
	switch x := v.(type) {
	case nil:
		return nil, nil
	case []byte:
		if w.b.lang() == "en" {
			return fmt.Sprintf("[file, %d bytes]", len(x)), nil
		}
		return fmt.Sprintf("[文件，%d 字节]", len(x)), nil
	case string:
		if tooLong(x) {
			return w.keepLong(col, x)
		}
		return x, nil
	}
	return v, nil
}

// quoted lists columns for a SELECT.
func quoted(cols []string) string {
	out := ""
	for i, c := range cols {
		if i > 0 {
			out += ", "
		}
		out += `"` + c + `"`
	}
	return out
}
