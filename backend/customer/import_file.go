package customer

import (
	"bytes"
	"io"
	"path/filepath"
	"strings"

	"steady/backend/apperr"
	"steady/backend/infile"
)

// ImportTable is an import file read into cells: the header row, then the
// data rows with the line (CSV) or row (XLSX) number people see.
type ImportTable struct {
	Format   string `json:"format"`   // "csv" or "xlsx"
	Encoding string `json:"encoding"` // of a CSV file (see ReadCSV); "" for XLSX
	// Confidence is how sure the encoding is, in percent: 100 for UTF-8
	// and UTF-16, the share of common Chinese characters for GBK
	Confidence int         `json:"confidence"`
	Sheet      string      `json:"sheet"` // the worksheet read, for XLSX
	Headers    []string    `json:"headers"`
	Rows       []ImportRow `json:"rows"`

	textBytes int // of the cells kept so far
}

// ImportRow is one data row of an import file.
type ImportRow struct {
	Line  int      `json:"line"`
	Cells []string `json:"cells"`
}

// Bounds of one import, so a wrong or hostile file cannot exhaust memory:
// rows, and the text of all cells kept (a workbook's shared strings can
// repeat one long text in every cell).
const (
	maxImportRows      = 100_000
	maxImportTextBytes = 256 << 20
)

// ReadImportFile reads a CSV or XLSX file: an XLSX file is a zip archive,
// whatever its name says; anything else is read as CSV. A file over
// infile.MaxFileBytes is refused before any of it is read.
func ReadImportFile(name string, r io.Reader) (ImportTable, error) {
	rs, err := seekable(r)
	if err != nil {
		return ImportTable{}, err
	}
	head := make([]byte, 4)
	head = head[:readHead(rs, head)]
	switch {
	case bytes.Equal(head, []byte("PK\x03\x04")) || strings.EqualFold(filepath.Ext(name), ".xlsx"):
		return ReadXLSX(rs)
	case bytes.Equal(head, []byte{0xD0, 0xCF, 0x11, 0xE0}): // an Excel 97–2003 .xls: save it as .xlsx first
		return ImportTable{}, apperr.Field("file", "validation.invalidWorkbook", nil)
	}
	return ReadCSV(rs)
}

// add takes one row: the first one with any text is the header, rows
// without text are skipped. It refuses the row past the row limit, and
// any row past the bound on text, as soon as it comes.
func (t *ImportTable) add(line int, cells []string) error {
	blank := true
	for i, c := range cells {
		cells[i] = cleanCell(c)
		blank = blank && cells[i] == ""
		t.textBytes += len(cells[i])
	}
	switch {
	case blank:
	case t.Headers == nil:
		t.Headers = cells
	case len(t.Rows) == maxImportRows:
		return apperr.Field("file", "validation.tooManyRows", map[string]any{"max": maxImportRows})
	default:
		t.Rows = append(t.Rows, ImportRow{Line: line, Cells: cells})
	}
	if t.textBytes > maxImportTextBytes {
		return infile.TooLarge(infile.MaxFileBytes)
	}
	return nil
}

// check refuses a file without a header or with too many rows.
func (t *ImportTable) check() error {
	if t.Headers == nil {
		return apperr.Field("file", "validation.missingColumns", map[string]any{"columns": "客户名称 / Name"})
	}
	if len(t.Rows) > maxImportRows {
		return apperr.Field("file", "validation.tooManyRows", map[string]any{"max": maxImportRows})
	}
	return nil
}

// cleanCell trims a cell and drops the apostrophe the rejected-rows report
// puts before text that a spreadsheet would take for a formula.
func cleanCell(c string) string {
	c = strings.TrimSpace(c)
	if len(c) > 1 && c[0] == '\'' && strings.ContainsRune(formulaStarts, rune(c[1])) {
		return c[1:]
	}
	return c
}

// formulaStarts are the first characters that make a spreadsheet read a
// cell as a formula.
const formulaStarts = "=+-@\t\r"

// cell returns the cell of row at column i, or "".
func (r ImportRow) cell(i int) string {
	if i < 0 || i >= len(r.Cells) {
		return ""
	}
	return r.Cells[i]
}
