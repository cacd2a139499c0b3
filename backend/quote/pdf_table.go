package quote

import (
	"strconv"

	"steady/backend/docs"
)

// colW are the line table's column widths in mm (they add up to contentW).
var colW = [10]float64{8, 21, 33, 34, 10, 14, 19, 11, 10, 20}

// colAlign aligns each column: text left, figures right.
var colAlign = [10]string{"C", "L", "L", "L", "C", "R", "R", "R", "R", "R"}

// tableHead draws the header row of the line table.
func (p *page) tableHead() {
	pdf := p.pdf
	pdf.SetFillColor(229, 231, 235)
	pdf.SetDrawColor(153, 153, 153)
	pdf.SetLineWidth(0.2)
	p.font("B", textSize, darkText)
	for i, h := range p.d.l.cols {
		docs.Cell(pdf, colW[i], 7, h, "1", 0, "C", true)
	}
	pdf.Ln(-1)
}

// table draws every line; a line that does not fit opens a new page, which
// starts with the header row again.
func (p *page) table() {
	pdf := p.pdf
	p.tableHead()
	for _, l := range p.d.q.Lines {
		cells := p.lineCells(l)
		p.font("", textSize, darkText)
		wrapped := make([][]string, len(cells))
		rows := 1
		for i, c := range cells {
			wrapped[i] = docs.Wrap(pdf, c, colW[i]-2)
			rows = max(rows, len(wrapped[i]))
		}
		h := float64(rows)*4.2 + 2.4
		if pdf.GetY()+h > bottom {
			pdf.AddPage()
			p.tableHead()
			p.font("", textSize, darkText)
		}
		x, y := margin, pdf.GetY()
		for i := range cells {
			pdf.Rect(x, y, colW[i], h, "D")
			for j, line := range wrapped[i] {
				pdf.SetXY(x+1, y+1.2+float64(j)*4.2)
				docs.Cell(pdf, colW[i]-2, 4.2, line, "", 0, colAlign[i], false)
			}
			x += colW[i]
		}
		pdf.SetXY(margin, y+h)
	}
}

func (p *page) lineCells(l Line) [10]string {
	cur := p.d.q.Currency
	disc := ""
	if l.DiscountBP > 0 {
		disc = docs.Rate(l.DiscountBP)
	}
	return [10]string{strconv.Itoa(l.Position), l.SKU, l.Name, l.Spec, l.Unit, docs.Quantity(l.QtyMilli),
		docs.Amount(l.UnitPriceMinor, cur), disc, docs.Rate(l.TaxRateBP), docs.Amount(l.Totals.Amount, cur)}
}

// totals draws the sums right-aligned under the table, then the amount in words.
func (p *page) totals() {
	pdf, q, l := p.pdf, p.d.q, p.d.l
	cur := q.Currency
	rows := [][3]string{{l.subtotal, "", docs.Amount(q.Totals.Subtotal, cur)}}
	if q.DiscountBP > 0 {
		rows = append(rows, [3]string{l.discount, docs.Rate(q.DiscountBP), "-" + docs.Amount(q.Totals.Discount, cur)})
	}
	for _, c := range q.Charges {
		rows = append(rows, [3]string{c.Label, "", docs.Amount(c.AmountMinor, cur)})
	}
	if q.TaxIncluded {
		rows = append(rows, [3]string{l.net, "", docs.Amount(q.Totals.Net, cur)}, [3]string{l.taxWithin, "", docs.Amount(q.Totals.Tax, cur)})
	} else {
		rows = append(rows, [3]string{l.tax, "", docs.Amount(q.Totals.Tax, cur)})
	}
	p.keep(float64(len(rows))*lineH + 20)
	pdf.Ln(2)
	for _, r := range rows {
		p.font("", textSize, grayText)
		pdf.SetX(margin + contentW - 90)
		docs.Cell(pdf, 45, lineH, r[0], "", 0, "R", false)
		docs.Cell(pdf, 20, lineH, r[1], "", 0, "R", false)
		p.font("", textSize, darkText)
		docs.Cell(pdf, 25, lineH, r[2], "", 1, "R", false)
	}
	pdf.SetX(margin + contentW - 90)
	p.font("B", 11, darkText)
	docs.Cell(pdf, 65, 8, l.total+" ("+cur+")", "T", 0, "R", false)
	docs.Cell(pdf, 25, 8, docs.Amount(q.Totals.Total, cur), "T", 1, "R", false)
	if p.d.words != "" {
		p.font("B", textSize, grayText)
		w := docs.Width(pdf, l.words) + 4
		docs.Cell(pdf, w, lineH+1, l.words, "", 0, "L", false)
		p.font("B", textSize+1, darkText)
		docs.Cell(pdf, contentW-w, lineH+1, p.d.words, "", 1, "L", false)
	}
	pdf.Ln(4)
}

// keep opens a new page when less than h mm are left on this one.
func (p *page) keep(h float64) {
	if p.pdf.GetY()+h > bottom {
		p.pdf.AddPage()
	}
}

// terms draws each term as a label and its wrapped text.
func (p *page) terms() {
	pdf, q, l := p.pdf, p.d.q, p.d.l
	p.keep(20)
	p.font("B", 11, darkText)
	docs.Cell(pdf, contentW, 7, l.terms, "B", 1, "L", false)
	pdf.Ln(1)
	for _, t := range [][2]string{{l.payment, q.PaymentTerms}, {l.delivery, q.DeliveryTerms},
		{l.warranty, q.WarrantyTerms}, {l.notes, q.Notes}} {
		if t[1] == "" {
			continue
		}
		p.font("", textSize, darkText)
		lines := docs.Wrap(pdf, t[1], contentW-24)
		p.keep(float64(len(lines)) * lineH)
		p.font("B", textSize, grayText)
		docs.Cell(pdf, 24, lineH, t[0], "", 0, "L", false)
		p.font("", textSize, darkText)
		for i, line := range lines {
			if i > 0 {
				pdf.SetX(margin + 24)
			}
			docs.Cell(pdf, contentW-24, lineH, line, "", 1, "L", false)
		}
	}
}

// signatures leaves both sides room to sign and stamp.
func (p *page) signatures() {
	pdf, l := p.pdf, p.d.l
	p.keep(52)
	pdf.Ln(6)
	half := contentW/2 - 5
	y := pdf.GetY()
	for i, who := range []string{l.supplier + l.colon + p.d.company.Name, l.buyer + l.colon + p.d.q.CustomerName} {
		x := margin + float64(i)*(half+10)
		p.font("B", textSize, darkText)
		for j, line := range docs.Wrap(pdf, who, half) {
			pdf.SetXY(x, y+float64(j)*lineH)
			docs.Cell(pdf, half, lineH, line, "", 0, "L", false)
		}
		p.font("", textSize, grayText)
		for j, label := range []string{l.signature, l.date} {
			ly := y + 30 + float64(j)*9
			pdf.SetXY(x, ly)
			docs.Cell(pdf, half, 7, label+l.colon, "", 0, "L", false)
			pdf.SetDrawColor(156, 163, 175)
			pdf.Line(x+14, ly+6, x+half, ly+6)
		}
	}
	pdf.SetY(y + 50)
	p.font("", smallSize, grayText)
	docs.Cell(pdf, contentW, lineH, l.remark, "", 1, "L", false)
}
