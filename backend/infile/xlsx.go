package infile

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/xuri/excelize/v2"

	"steady/backend/apperr"
)

// Bounds on what a workbook may unpack to. A zip bomb of a few megabytes
// can declare gigabytes of sheet XML; everything is refused beyond
// MaxUnzipBytes in all (a workbook of 100,000 wide rows unpacks to about
// 120 MB), and parts larger than maxXMLInMemory are unpacked to a private
// temporary folder and streamed rather than held in memory.
const (
	MaxUnzipBytes  = 256 << 20
	maxXMLInMemory = 16 << 20
	// MaxColumns bounds the columns a row may use up to its last filled
	// cell: a cell at column XFD would otherwise make every row 16,384
	// cells wide.
	MaxColumns = 256
)

// Workbook is a workbook opened with the bounds above. Close removes what it
// unpacked.
type Workbook struct {
	*excelize.File
	tmp string
	raw bool
}

// OpenXLSX reads a workbook of at most MaxFileBytes whose parts unpack to
// at most MaxUnzipBytes. raw reads cells as stored rather than as
// displayed. A file that is not a workbook is validation.invalidWorkbook.
func OpenXLSX(r io.Reader, raw bool) (*Workbook, error) {
	b, err := ReadAll(r, MaxFileBytes)
	if err != nil {
		return nil, err
	}
	if err := checkUnzipped(b); err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp("", "steady-xlsx-")
	if err != nil {
		return nil, fmt.Errorf("infile: temporary folder: %w", err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(b), excelize.Options{RawCellValue: raw,
		UnzipSizeLimit: MaxUnzipBytes, UnzipXMLSizeLimit: maxXMLInMemory, TmpDir: tmp})
	if err != nil {
		if f != nil {
			_ = f.Close() // the workbook is refused either way
		}
		_ = os.RemoveAll(tmp) // excelize leaves what it unpacked when it fails
		return nil, invalidWorkbook()
	}
	return &Workbook{File: f, tmp: tmp, raw: raw}, nil
}

// checkUnzipped refuses a file that is not a zip archive, or whose parts
// declare more than MaxUnzipBytes in all. The zip reader refuses a part
// that unpacks to more than it declared, so the declaration bounds it.
func checkUnzipped(b []byte) error {
	if err := checkEntryCount(b); err != nil {
		return err
	}
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return invalidWorkbook()
	}
	var total uint64
	for _, f := range zr.File {
		total += f.UncompressedSize64
		if total > MaxUnzipBytes {
			return TooLarge(MaxUnzipBytes)
		}
	}
	return nil
}

// maxZipEntries bounds the parts of a workbook (a sheet, its styles, each
// picture…): a workbook has tens, and the zip reader keeps a record of
// every part it lists, so a file of a million empty parts would fill
// memory before any bound on sizes applies.
const maxZipEntries = 10_000

// checkEntryCount reads the number of parts from the zip's end record
// before the zip reader lists them.
func checkEntryCount(b []byte) error {
	const endRecord = 22 // bytes, before its comment of at most 65,535
	from := max(0, len(b)-endRecord-0xFFFF)
	at := bytes.LastIndex(b[from:], []byte("PK\x05\x06"))
	if at < 0 || from+at+endRecord > len(b) {
		return invalidWorkbook()
	}
	end := b[from+at:]
	if entries := binary.LittleEndian.Uint16(end[10:12]); entries > maxZipEntries { // 0xFFFF: zip64, never a workbook this small
		return invalidWorkbook()
	}
	return nil
}

func invalidWorkbook() error { return apperr.Field("file", "validation.invalidWorkbook", nil) }

// Close closes the workbook and removes what it unpacked.
func (w *Workbook) Close() error {
	return errors.Join(w.File.Close(), os.RemoveAll(w.tmp))
}

// FirstVisibleSheet is the sheet a person sees on opening the workbook.
func (w *Workbook) FirstVisibleSheet() string {
	for _, name := range w.GetSheetList() {
		if visible, err := w.GetSheetVisible(name); err == nil && visible {
			return name
		}
	}
	return w.GetSheetName(0)
}

// EachRow streams the rows of sheet, one call of fn per row number from 1
// (empty rows give no cells), each row cut after its last filled cell. A
// row wider than MaxColumns is refused as validation.tooManyColumns; an
// error from fn stops the walk and is returned.
func (w *Workbook) EachRow(sheet string, fn func(row int, cells []string) error) error {
	rows, err := w.Rows(sheet)
	if err != nil {
		return invalidWorkbook()
	}
	defer rows.Close()
	for row := 1; rows.Next(); row++ {
		cells, err := rows.Columns(excelize.Options{RawCellValue: w.raw})
		if err != nil {
			return invalidWorkbook()
		}
		cells = trimRight(cells)
		if len(cells) > MaxColumns {
			return apperr.Field("file", "validation.tooManyColumns", map[string]any{"max": MaxColumns, "line": row})
		}
		if err := fn(row, cells); err != nil {
			return err
		}
	}
	if rows.Error() != nil {
		return invalidWorkbook()
	}
	return nil
}

// trimRight drops the blank cells after the last filled one, copying the
// rest so that a wide row's backing array is not kept alive.
func trimRight(cells []string) []string {
	n := len(cells)
	for n > 0 && strings.TrimSpace(cells[n-1]) == "" {
		n--
	}
	if n == len(cells) {
		return cells
	}
	return append([]string(nil), cells[:n]...)
}
