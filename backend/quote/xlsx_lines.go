package quote

import (
	"fmt"
	"strings"
)

// The line table: visible columns A:J, and per line the hidden helpers
//
//	L gross  = ROUND(ROUND(qty×1000)×ROUND(price×scale)/1000)
//	M line discount, N share of the quote discount, O net, P tax
//
// in minor units, each rounded exactly like money.ComputeTotals, so sums of
// whole numbers give the totals to the cent.

func (s *sheet) lineTable(d document) int {
	for i, h := range d.l.cols {
		s.text(cell(string(rune('A'+i)), headerRow), h, s.st.head)
	}
	s.height(headerRow, 22)
	texts := make([]lineRows, len(d.q.Lines))
	last := headerRow
	for i, l := range d.q.Lines {
		texts[i] = splitLineText(l)
		last += texts[i].rows()
	}
	discRow := last + 2 // where the totals block puts the quote discount rate, which every line's helper N reads
	row := headerRow + 1
	for i, l := range d.q.Lines {
		s.line(d, row, l, i, discRow)
		s.lineTextRows(row, texts[i])
		row += texts[i].rows()
	}
	return last
}

// lineRows is a line's name and spec, split over as many rows as they need:
// the line's own row, then rows that carry only the rest of the text.
type lineRows struct{ name, spec []string }

// Narrower than the columns: spreadsheet apps wrap at word boundaries, so
// "900×400×1850" moves whole to the next line and needs room.
const nameWidth, specWidth = 20, 12

func splitLineText(l Line) lineRows {
	return lineRows{name: rowChunks(l.Name, nameWidth), spec: rowChunks(l.Spec, specWidth)}
}

func (t lineRows) rows() int { return max(len(t.name), len(t.spec)) }

func (s *sheet) lineTextRows(row int, t lineRows) {
	for k := range t.rows() {
		r := row + k
		if k > 0 {
			s.do(s.f.SetCellStyle(s.name, cell("A", r), cell("J", r), s.st.cellText)) // the table's borders
		}
		name, spec := part(t.name, k), part(t.spec, k)
		s.text(cell("C", r), name, s.st.cellText)
		s.text(cell("D", r), spec, s.st.cellText)
		if n := max(wrappedLines(name, nameWidth), wrappedLines(spec, specWidth)); n > 1 {
			s.height(r, rowHeight(n))
		}
	}
}

func part(chunks []string, k int) string {
	if k < len(chunks) {
		return chunks[k]
	}
	return ""
}

func (s *sheet) line(d document, row int, l Line, i int, discRow int) {
	r := func(col string) string { return cell(col, row) }
	lt := d.q.Totals.Lines[i]
	sc := fmt.Sprintf("%g", s.scale)
	s.number(r("A"), float64(l.Position), s.st.cellCenter)
	s.text(r("B"), l.SKU, s.st.cellText)
	s.text(r("E"), l.Unit, s.st.cellCenter)
	s.number(r("F"), float64(l.QtyMilli)/1000, s.st.cellQty)
	s.number(r("G"), float64(l.UnitPriceMinor)/s.scale, s.st.cellMoney)
	s.number(r("H"), float64(l.DiscountBP)/10000, s.st.pct(l.DiscountBP))
	s.number(r("I"), float64(l.TaxRateBP)/10000, s.st.pct(l.TaxRateBP))
	s.formula(r("L"), fmt.Sprintf("ROUND(ROUND(%s*1000,0)*ROUND(%s*%s,0)/1000,0)", r("F"), r("G"), sc), float64(lt.Gross), 0)
	s.formula(r("M"), fmt.Sprintf("ROUND(%s*ROUND(%s*10000,0)/10000,0)", r("L"), r("H")), float64(lt.LineDiscount), 0)
	s.formula(r("J"), fmt.Sprintf("(%s-%s)/%s", r("L"), r("M"), sc), float64(lt.Amount)/s.scale, s.st.cellMoney)
	s.formula(r("N"), fmt.Sprintf("ROUND((%s-%s)*ROUND($I$%d*10000,0)/10000,0)", r("L"), r("M"), discRow), float64(lt.QuoteDiscount), 0)
	due := fmt.Sprintf("(%s-%s-%s)", r("L"), r("M"), r("N"))
	if d.q.TaxIncluded {
		s.formula(r("O"), fmt.Sprintf("ROUND(%s*10000/(10000+ROUND(%s*10000,0)),0)", due, r("I")), float64(lt.Net), 0)
		s.formula(r("P"), fmt.Sprintf("%s-%s", due, r("O")), float64(lt.Tax), 0)
	} else {
		s.formula(r("O"), due, float64(lt.Net), 0)
		s.formula(r("P"), fmt.Sprintf("ROUND(%s*ROUND(%s*10000,0)/10000,0)", due, r("I")), float64(lt.Tax), 0)
	}
}

// totals writes subtotal, quote discount, charges, tax and total from row on
// and returns the last row used.
func (s *sheet) totals(d document, row int) int {
	q, l := d.q, d.l
	first, last := headerRow+1, row-1 // the line table, its text rows included
	sum := func(col string) string { return fmt.Sprintf("SUM(%s%d:%s%d)", col, first, col, last) }
	sc := fmt.Sprintf("%g", s.scale)
	money := func(minor int64) float64 { return float64(minor) / s.scale }
	label := func(row int, text string) { s.merged(cell("G", row), cell("H", row), text, s.st.totalLabel) }

	label(row, l.subtotal)
	s.formula(cell("J", row), fmt.Sprintf("(%s-%s)/%s", sum("L"), sum("M"), sc), money(q.Totals.Subtotal), s.st.totalMoney)
	row++
	label(row, l.discount)
	s.number(cell("I", row), float64(q.DiscountBP)/10000, s.st.pctPlain(q.DiscountBP))
	s.formula(cell("J", row), fmt.Sprintf("-%s/%s", sum("N"), sc), -money(q.Totals.Discount), s.st.totalMoney)
	chargeFirst := row + 1
	for _, c := range q.Charges {
		row++
		label(row, c.Label)
		s.number(cell("J", row), money(c.AmountMinor), s.st.totalMoney)
		s.formula(cell("Q", row), fmt.Sprintf("ROUND(J%d*%s,0)", row, sc), float64(c.AmountMinor), 0)
	}
	charges := fmt.Sprintf("SUM(Q%d:Q%d)", chargeFirst, max(row, chargeFirst))
	row++
	if q.TaxIncluded {
		label(row, l.net)
		s.formula(cell("J", row), fmt.Sprintf("%s/%s", sum("O"), sc), money(q.Totals.Net), s.st.totalMoney)
		row++
		label(row, l.taxWithin)
	} else {
		label(row, l.tax)
	}
	s.formula(cell("J", row), fmt.Sprintf("%s/%s", sum("P"), sc), money(q.Totals.Tax), s.st.totalMoney)
	row++
	label(row, l.total+" ("+q.Currency+")")
	s.formula(cell("J", row), fmt.Sprintf("(%s+%s+%s)/%s", sum("O"), sum("P"), charges, sc), money(q.Totals.Total), s.st.grandTotal)
	s.height(row, 20)
	if d.words != "" {
		row++
		s.merged(cell("A", row), cell("B", row), l.words, s.st.label)
		s.merged(cell("C", row), cell("J", row), d.words, s.st.valueBold)
	}
	return row
}

// termsWidth is the width, in wrappedLines units, of a term's merged cell.
const termsWidth = 90

// terms writes payment, delivery and warranty terms and notes from row on.
func (s *sheet) terms(d document, row int) int {
	q, l := d.q, d.l
	s.merged(cell("A", row), cell("J", row), l.terms, s.st.section)
	for _, t := range [][2]string{{l.payment, q.PaymentTerms}, {l.delivery, q.DeliveryTerms},
		{l.warranty, q.WarrantyTerms}, {l.notes, q.Notes}} {
		if strings.TrimSpace(t[1]) == "" {
			continue
		}
		for i, chunk := range rowChunks(t[1], termsWidth) {
			row++
			label := t[0]
			if i > 0 {
				label = ""
			}
			s.merged(cell("A", row), cell("B", row), label, s.st.label)
			s.merged(cell("C", row), cell("J", row), chunk, s.st.value)
			s.height(row, rowHeight(wrappedLines(chunk, termsWidth)))
		}
	}
	return row
}

// signatures leaves room for both sides' signature and company stamp.
func (s *sheet) signatures(d document, row int) int {
	l := d.l
	s.merged(cell("A", row), cell("E", row), l.supplier+l.colon+d.company.Name, s.st.valueBold)
	s.merged(cell("F", row), cell("J", row), l.buyer+l.colon+d.q.CustomerName, s.st.valueBold)
	s.height(row+1, 60) // room for the stamp
	for i, label := range []string{l.signature, l.date} {
		r := row + 2 + i
		s.merged(cell("A", r), cell("E", r), label+l.colon, s.st.signLine)
		s.merged(cell("F", r), cell("J", r), label+l.colon, s.st.signLine)
		s.height(r, 22)
	}
	row += 4
	s.merged(cell("A", row), cell("J", row), l.remark, s.st.small)
	return row
}

// wrappedLines estimates how many lines text takes in a cell width
// characters wide (a Chinese character is two).
func wrappedLines(text string, width int) int {
	n := 0
	for _, para := range strings.Split(text, "\n") {
		units := 0
		for _, r := range para {
			units++
			if r >= 0x2E80 {
				units++
			}
		}
		n += max(1, (units+width-1)/width)
	}
	return n
}
