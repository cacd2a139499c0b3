package customer

import (
	"io"

	"github.com/xuri/excelize/v2"

	"steady/backend/apperr"
)

// ReadXLSX reads the first visible worksheet of a workbook. Cells are read
// as stored, not as displayed: a phone number keeps all its digits and a
// date is its serial number (see parseBirthday).
func ReadXLSX(r io.Reader) (ImportTable, error) {
	f, err := excelize.OpenReader(r, excelize.Options{RawCellValue: true})
	if err != nil {
		return ImportTable{}, apperr.Field("file", "validation.invalidWorkbook", nil)
	}
	defer f.Close()
	t := ImportTable{Format: "xlsx", Sheet: firstVisibleSheet(f)}
	rows, err := f.Rows(t.Sheet)
	if err != nil {
		return ImportTable{}, apperr.Field("file", "validation.invalidWorkbook", nil)
	}
	defer rows.Close()
	for line := 1; rows.Next(); line++ {
		cells, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return ImportTable{}, apperr.Field("file", "validation.invalidWorkbook", nil)
		}
		t.add(line, cells)
		if len(t.Rows) > maxImportRows {
			break
		}
	}
	if rows.Error() != nil {
		return ImportTable{}, apperr.Field("file", "validation.invalidWorkbook", nil)
	}
	return t, t.check()
}

func firstVisibleSheet(f *excelize.File) string {
	for _, name := range f.GetSheetList() {
		if visible, err := f.GetSheetVisible(name); err == nil && visible {
			return name
		}
	}
	return f.GetSheetName(0)
}
