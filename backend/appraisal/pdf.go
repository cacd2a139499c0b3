package appraisal

import (
	"context"
	"fmt"
	"io"

	"github.com/jung-kurt/gofpdf"

	"steady/backend/apperr"
	"steady/backend/docs"
)

var errNothingToPrint = apperr.Field("month", "validation.nothingToPrint", nil)

// The printed appraisal, A4 portrait: a team summary when asked for, then
// each person on pages of their own — letterhead, who and when, the metric
// table with "no data" where so, the scoring rules, completion bars, a
// 6-month trend, the self-assessment and the manager's comment, and lines
// to sign — with "page N of M" at every foot.

const (
	margin   = 15.0
	pageW    = 210.0
	pageH    = 297.0
	contentW = pageW - 2*margin
	bottom   = pageH - 16 // where the footer begins
	lineH    = 5.5
	darkText = 20
	grayText = 100
	textSize = 9.5
	small    = 8.0
)

// sheet draws the report on one document.
type sheet struct {
	pdf  *gofpdf.Fpdf
	d    reportData
	logo docs.Logo
}

func writeReport(ctx context.Context, w io.Writer, d reportData, summary bool, progress Progress) error {
	return docs.RenderPDF(w, func(pdf *gofpdf.Fpdf) error {
		sh := &sheet{pdf: pdf, d: d}
		sh.logo = docs.DecodeLogo(d.company.LogoDataURL)
		pdf.SetMargins(margin, margin, margin)
		pdf.SetAutoPageBreak(true, pageH-bottom)
		pdf.SetTitle(docs.Printable(d.w.title+" "+d.month), true)
		pdf.SetAuthor(docs.Printable(d.company.Name), true)
		pdf.SetCreator("Steady", true)
		pdf.SetFooterFunc(sh.footer)
		if summary {
			sh.team()
		}
		for i, a := range d.items {
			if err := ctx.Err(); err != nil {
				return err
			}
			sh.person(a)
			if progress != nil {
				progress(i+1, len(d.items))
			}
		}
		return pdf.Error()
	})
}

func (sh *sheet) font(style string, size float64, gray int) {
	sh.pdf.SetFont(docs.Font, style, size)
	sh.pdf.SetTextColor(gray, gray, gray)
}

func (sh *sheet) footer() {
	pdf := sh.pdf
	pdf.SetY(bottom + 4)
	sh.font("", small, grayText)
	docs.Cell(pdf, contentW/3, lineH, sh.d.company.Name, "", 0, "L", false)
	docs.Cell(pdf, contentW/3, lineH, fmt.Sprintf(sh.d.w.pageOf, pdf.PageNo(), "{nb}"), "", 0, "C", false)
	docs.Cell(pdf, contentW/3, lineH, sh.d.w.month+" "+sh.d.month, "", 0, "R", false)
}

// letterhead starts a page: logo, company name, the title on the right, a rule.
func (sh *sheet) letterhead(title string) {
	pdf := sh.pdf
	pdf.AddPage()
	x := margin
	if sh.logo.Ok() {
		x += sh.logo.Draw(pdf, margin, margin, 14, 40) + 4
	}
	pdf.SetXY(x, margin+2)
	sh.font("B", 14, darkText)
	docs.Cell(pdf, 100, 8, sh.d.company.Name, "", 0, "L", false)
	pdf.SetXY(pageW-margin-80, margin+2)
	sh.font("B", 17, darkText)
	docs.Cell(pdf, 80, 8, title, "", 0, "R", false)
	pdf.SetDrawColor(31, 41, 55)
	pdf.SetLineWidth(0.5)
	pdf.Line(margin, margin+17, pageW-margin, margin+17)
	pdf.SetLineWidth(0.2)
	pdf.SetY(margin + 21)
}

// heading prints a section's name, moving to a new page when less than
// need millimetres are left under it.
func (sh *sheet) heading(text string, need float64) {
	pdf := sh.pdf
	if pdf.GetY()+need > bottom {
		pdf.AddPage()
	}
	pdf.Ln(2)
	sh.font("B", 10.5, darkText)
	docs.Cell(pdf, contentW, 7, text, "", 1, "L", false)
}

// paragraph prints wrapped text in a light box.
func (sh *sheet) paragraph(text string) {
	pdf := sh.pdf
	sh.font("", textSize, darkText)
	if text == "" {
		text = sh.d.w.none
	}
	for _, line := range docs.Wrap(pdf, text, contentW-4) {
		pdf.SetX(margin + 2)
		docs.Cell(pdf, contentW-4, lineH, line, "", 1, "L", false)
	}
}
