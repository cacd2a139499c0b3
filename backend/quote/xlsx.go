package quote

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"math"

	"github.com/xuri/excelize/v2"

	"steady/backend/auth"
	"steady/backend/company"
	"steady/backend/money"
)

// The workbook has one A4 portrait sheet that prints fitted to the page
// width with the line table's header on every page. Every amount is a live
// formula that repeats money.ComputeTotals step by step in hidden helper
// columns L:Q (minor units), so a purchaser who edits a quantity sees
// totals the app would compute; the app's own results are stored as the
// formulas' cached values, and the workbook asks for a full recalculation
// when opened.

// ExportXLSX writes quote id as an Excel workbook.
func (s *Service) ExportXLSX(ctx context.Context, actor auth.Actor, id string, w io.Writer) error {
	d, err := s.load(ctx, actor, id)
	if err != nil {
		return err
	}
	return writeXLSX(w, d)
}

// WriteXLSX writes q (with totals) for company c as an Excel workbook.
func WriteXLSX(w io.Writer, q Quote, c company.Settings) error {
	return writeXLSX(w, newDocument(withTotals(q), c))
}

const (
	metaRow   = 5  // first row of the number, dates and customer block
	headerRow = 12 // the line table's header, repeated on every printed page
)

func writeXLSX(w io.Writer, d document) error {
	f := excelize.NewFile()
	defer f.Close()
	sh := &sheet{f: f, name: d.l.sheet, scale: math.Pow10(money.MinorDigits(d.q.Currency))}
	if err := f.SetSheetName("Sheet1", sh.name); err != nil {
		return fmt.Errorf("quote: xlsx: %w", err)
	}
	st, err := newXLSXStyles(f, money.MinorDigits(d.q.Currency))
	if err != nil {
		return err
	}
	sh.st = st
	sh.columns()
	sh.letterhead(d)
	sh.meta(d)
	last := sh.lineTable(d)
	last = sh.totals(d, last+1)
	last = sh.terms(d, last+2)
	last = sh.signatures(d, last+2)
	sh.pageSetup(d, last)
	if sh.err != nil {
		return fmt.Errorf("quote: xlsx: %w", sh.err)
	}
	full := true
	if err := f.SetCalcProps(&excelize.CalcPropsOptions{FullCalcOnLoad: &full}); err != nil {
		return fmt.Errorf("quote: xlsx: %w", err)
	}
	var book bytes.Buffer
	if err := f.Write(&book); err != nil {
		return fmt.Errorf("quote: xlsx: write: %w", err)
	}
	return numericFormulas(book.Bytes(), w)
}

// sheet writes cells and keeps the first error.
type sheet struct {
	f     *excelize.File
	name  string
	st    xlsxStyles
	scale float64 // 10^minor digits: minor units per major unit
	err   error
}

func cell(col string, row int) string { return fmt.Sprintf("%s%d", col, row) }

func (s *sheet) do(err error) {
	if s.err == nil {
		s.err = err
	}
}

func (s *sheet) text(ref, v string, style int) {
	s.do(s.f.SetCellStr(s.name, ref, v))
	s.do(s.f.SetCellStyle(s.name, ref, ref, style))
}

func (s *sheet) number(ref string, v float64, style int) {
	s.do(s.f.SetCellFloat(s.name, ref, v, -1, 64))
	s.do(s.f.SetCellStyle(s.name, ref, ref, style))
}

// formula writes a formula with the app's result as its cached value, so a
// viewer that does not calculate still shows the right number.
func (s *sheet) formula(ref, formula string, cached float64, style int) {
	s.number(ref, cached, style)
	s.do(s.f.SetCellFormula(s.name, ref, formula))
}

// merged writes v into the range from a to b, merged, styled throughout.
func (s *sheet) merged(a, b, v string, style int) {
	s.do(s.f.MergeCell(s.name, a, b))
	s.do(s.f.SetCellStr(s.name, a, v))
	s.do(s.f.SetCellStyle(s.name, a, b, style))
}

func (s *sheet) height(row int, points float64) {
	s.do(s.f.SetRowHeight(s.name, row, points))
}

// columns sets the widths (in characters) of A:J and hides the helpers.
func (s *sheet) columns() {
	widths := []float64{5, 11, 24, 16, 6, 8, 11, 7, 7, 14}
	for i, w := range widths {
		col, _ := excelize.ColumnNumberToName(i + 1)
		s.do(s.f.SetColWidth(s.name, col, col, w))
	}
	s.do(s.f.SetColVisible(s.name, "L:Q", false))
}

// letterhead writes the logo, the company's name and details and the title.
func (s *sheet) letterhead(d document) {
	c := d.company
	if d.logo.Ok() {
		scale := 56.0 / float64(d.logo.Height) // about 15 mm high
		if w := float64(d.logo.Width) * scale; w > 110 {
			scale = 110.0 / float64(d.logo.Width)
		}
		s.do(s.f.AddPictureFromBytes(s.name, "A1", &excelize.Picture{Extension: d.logo.Ext, File: d.logo.Data,
			Format: &excelize.GraphicOptions{ScaleX: scale, ScaleY: scale, OffsetX: 2, OffsetY: 2, Positioning: "oneCell"}}))
	}
	s.merged("C1", "G1", c.Name, s.st.company)
	s.merged("C2", "G2", c.Address, s.st.small)
	details := ""
	if c.Phone != "" {
		details = d.l.tel + " " + c.Phone
	}
	if c.TaxID != "" {
		details += "    " + d.l.taxID + " " + c.TaxID
	}
	s.merged("C3", "G3", details, s.st.small)
	s.merged("H1", "J3", d.l.title, s.st.title)
	s.height(1, 24)
	if d.draft {
		s.merged("A4", "J4", d.l.banner, s.st.banner)
		s.height(4, 26)
	}
}

// addressWidth is the width, in wrappedLines units, of the address cell.
const addressWidth = 44

// meta writes the number, dates and customer as label/value pairs.
func (s *sheet) meta(d document) {
	q, l := d.q, d.l
	tax := l.taxAdded
	if q.TaxIncluded {
		tax = l.taxIncluded
	}
	address := oneRow(q.CustomerAddress, addressWidth)
	left := [][2]string{{l.number, q.Number}, {l.customer, q.CustomerName}, {l.address, address},
		{l.contact, q.ContactName}, {l.phone, q.ContactPhone}, {l.email, q.ContactEmail}}
	right := [][2]string{{l.issueDate, q.IssueDate}, {l.validUntil, q.ValidUntil}, {l.preparedBy, q.OwnerName},
		{l.currency, q.Currency}, {l.taxMode, tax}, {"", ""}}
	for i := range left {
		row := metaRow + i
		s.merged(cell("A", row), cell("B", row), left[i][0], s.st.label)
		s.merged(cell("C", row), cell("E", row), left[i][1], s.st.value)
		s.merged(cell("F", row), cell("G", row), right[i][0], s.st.label)
		s.merged(cell("H", row), cell("J", row), right[i][1], s.st.value)
	}
	s.do(s.f.SetCellStyle(s.name, cell("C", metaRow), cell("E", metaRow), s.st.valueBold))
	if lines := wrappedLines(address, addressWidth); lines > 1 {
		s.height(metaRow+2, rowHeight(lines))
	}
}
