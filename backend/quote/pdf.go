package quote

import (
	"context"
	"fmt"
	"io"

	"github.com/jung-kurt/gofpdf"

	"steady/backend/auth"
	"steady/backend/company"
	"steady/backend/docs"
)

// The PDF carries what the workbook does, laid out for A4 portrait: the
// letterhead, the quote's facts, the line table (its header repeated on
// every page), totals with the amount in words, terms, room for signatures
// and stamps, and "第 N 页 / 共 M 页" at the foot of each page. A quote
// that still waits for approval carries a banner and a watermark.

// ExportPDF writes quote id as a PDF document.
func (s *Service) ExportPDF(ctx context.Context, actor auth.Actor, id string, w io.Writer) error {
	d, err := s.load(ctx, actor, id)
	if err != nil {
		return err
	}
	return writePDF(w, d)
}

// WritePDF writes q (with totals) for company c as a PDF document.
func WritePDF(w io.Writer, q Quote, c company.Settings) error {
	return writePDF(w, newDocument(withTotals(q), c))
}

const (
	margin    = 15.0
	pageW     = 210.0
	pageH     = 297.0
	contentW  = pageW - 2*margin
	bottom    = pageH - 18 // where the footer begins
	lineH     = 5.0        // one line of 9-point text
	grayText  = 100
	darkText  = 20
	textSize  = 9.0
	smallSize = 8.0
)

func writePDF(w io.Writer, d document) error {
	return docs.RenderPDF(w, func(pdf *gofpdf.Fpdf) error {
		p := &page{pdf: pdf, d: d}
		pdf.SetMargins(margin, margin, margin)
		pdf.SetAutoPageBreak(true, pageH-bottom)
		pdf.SetTitle(docs.Printable(d.l.sheet+" "+d.q.Number), true)
		pdf.SetAuthor(docs.Printable(d.company.Name), true)
		pdf.SetCreator("Steady", true)
		pdf.SetHeaderFuncMode(p.header, false)
		pdf.SetFooterFunc(p.footer)
		pdf.AddPage()
		p.letterhead()
		p.meta()
		p.table()
		p.totals()
		p.terms()
		p.signatures()
		return pdf.Error()
	})
}

// page draws a document on pdf.
type page struct {
	pdf *gofpdf.Fpdf
	d   document
}

func (p *page) font(style string, size float64, gray int) {
	p.pdf.SetFont(docs.Font, style, size)
	p.pdf.SetTextColor(gray, gray, gray)
}

// header runs at the top of every page: the watermark for a draft, and on
// later pages a one-line reminder of whose quote this is.
func (p *page) header() {
	if p.d.draft {
		p.watermark()
	}
	if p.pdf.PageNo() > 1 {
		p.font("", smallSize, grayText)
		docs.Cell(p.pdf, contentW/2, lineH, p.d.company.Name, "", 0, "L", false)
		docs.Cell(p.pdf, contentW/2, lineH, p.d.l.number+" "+p.d.q.Number, "", 1, "R", false)
		p.pdf.Ln(2)
	}
}

func (p *page) watermark() {
	pdf := p.pdf
	pdf.SetFont(docs.Font, "B", 54)
	pdf.SetTextColor(250, 222, 222)
	pdf.TransformBegin()
	pdf.TransformRotate(35, pageW/2, pageH/2)
	w := docs.Width(pdf, p.d.l.banner)
	docs.Text(pdf, pageW/2-w/2, pageH/2, p.d.l.banner)
	pdf.TransformEnd()
}

// footer prints the page number and the quote number.
func (p *page) footer() {
	pdf := p.pdf
	pdf.SetY(bottom + 4)
	p.font("", smallSize, grayText)
	docs.Cell(pdf, contentW/3, lineH, p.d.q.Number, "", 0, "L", false)
	docs.Cell(pdf, contentW/3, lineH, fmt.Sprintf(p.d.l.pageOf, pdf.PageNo(), "{nb}"), "", 0, "C", false)
	docs.Cell(pdf, contentW/3, lineH, p.d.q.IssueDate, "", 0, "R", false)
}

// letterhead draws the logo, the company and the title.
func (p *page) letterhead() {
	pdf, c := p.pdf, p.d.company
	x := margin
	if p.d.logo.Ok() {
		x += p.d.logo.Draw(pdf, margin, margin, 16, 40) + 4
	}
	pdf.SetXY(x, margin)
	p.font("B", 14, darkText)
	docs.Cell(pdf, 110, 7, c.Name, "", 2, "L", false)
	p.font("", smallSize, grayText)
	docs.Cell(pdf, 110, 4.5, c.Address, "", 2, "L", false)
	details := ""
	if c.Phone != "" {
		details = p.d.l.tel + " " + c.Phone
	}
	if c.TaxID != "" {
		details += "    " + p.d.l.taxID + " " + c.TaxID
	}
	docs.Cell(pdf, 110, 4.5, details, "", 2, "L", false)
	pdf.SetXY(pageW-margin-60, margin)
	p.font("B", 20, darkText)
	docs.Cell(pdf, 60, 12, p.d.l.title, "", 0, "R", false)
	pdf.SetDrawColor(31, 41, 55)
	pdf.SetLineWidth(0.5)
	pdf.Line(margin, margin+20, pageW-margin, margin+20)
	pdf.SetY(margin + 23)
	if p.d.draft {
		pdf.SetFillColor(253, 226, 226)
		p.font("B", 12, 0)
		pdf.SetTextColor(185, 28, 28)
		docs.Cell(pdf, contentW, 9, p.d.l.banner, "", 1, "C", true)
		pdf.Ln(2)
	}
}

// meta draws the number, dates and customer as two columns of pairs.
func (p *page) meta() {
	q, l := p.d.q, p.d.l
	tax := l.taxAdded
	if q.TaxIncluded {
		tax = l.taxIncluded
	}
	left := [][2]string{{l.number, q.Number}, {l.customer, q.CustomerName}, {l.address, q.CustomerAddress},
		{l.contact, q.ContactName}, {l.phone, q.ContactPhone}, {l.email, q.ContactEmail}}
	right := [][2]string{{l.issueDate, q.IssueDate}, {l.validUntil, q.ValidUntil}, {l.preparedBy, q.OwnerName},
		{l.currency, q.Currency}, {l.taxMode, tax}}
	top := p.pdf.GetY()
	yl := p.pairs(left, margin, 104, top)
	yr := p.pairs(right, margin+112, contentW-112, top)
	p.pdf.SetY(max(yl, yr) + 4)
}

// pairs draws label/value rows in a block width wide at x from y and
// returns where they end.
func (p *page) pairs(rows [][2]string, x, width, y float64) float64 {
	pdf := p.pdf
	p.font("B", textSize, grayText)
	labelW := 0.0
	for _, r := range rows {
		labelW = max(labelW, docs.Width(pdf, r[0])+3)
	}
	valueW := width - labelW
	for i, r := range rows {
		if r[1] == "" && i > 1 {
			continue
		}
		p.font("B", textSize, grayText)
		pdf.SetXY(x, y)
		docs.Cell(pdf, labelW, lineH, r[0], "", 0, "L", false)
		style := ""
		if i == 0 || i == 1 && x == margin {
			style = "B"
		}
		p.font(style, textSize, darkText)
		for _, line := range docs.Wrap(pdf, r[1], valueW) {
			pdf.SetXY(x+labelW, y)
			docs.Cell(pdf, valueW, lineH, line, "", 0, "L", false)
			y += lineH
		}
	}
	return y
}
