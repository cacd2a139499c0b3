package docs

import (
	"strings"

	"github.com/jung-kurt/gofpdf"
)

// Documents draw text through these rather than gofpdf's own calls, so that
// every text goes through Printable: a character the font lacks prints as
// Mark instead of an empty box, and one outside the BMP cannot panic.

// Cell prints text on one line, like pdf.CellFormat without a link; line
// breaks in text print as spaces (use Wrap for several lines).
func Cell(pdf *gofpdf.Fpdf, w, h float64, text, border string, ln int, align string, fill bool) {
	pdf.CellFormat(w, h, oneLine(text), border, ln, align, fill, 0, "")
}

// Text prints text with its baseline starting at x, y, like pdf.Text.
func Text(pdf *gofpdf.Fpdf, x, y float64, text string) {
	pdf.Text(x, y, oneLine(text))
}

// Width is the width of text as Cell and Text print it, in the current font.
func Width(pdf *gofpdf.Fpdf, text string) float64 {
	return pdf.GetStringWidth(oneLine(text))
}

func oneLine(text string) string {
	return strings.ReplaceAll(Printable(text), "\n", " ")
}
