package customer

import (
	"io"

	"steady/backend/infile"
)

// ReadXLSX reads the first visible worksheet of a workbook, row by row,
// within infile's bounds on its size, what it unpacks to and its width.
// Cells are read as stored, not as displayed: a phone number keeps all its
// digits and a date is its serial number (see parseBirthday).
func ReadXLSX(r io.Reader) (ImportTable, error) {
	f, err := infile.OpenXLSX(r, true)
	if err != nil {
		return ImportTable{}, err
	}
	defer f.Close()
	t := ImportTable{Format: "xlsx", Sheet: f.FirstVisibleSheet()}
	if err := f.EachRow(t.Sheet, t.add); err != nil {
		return ImportTable{}, err
	}
	return t, t.check()
}
