package quote

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"
)

// xlsxStyles are the workbook's cell styles.
type xlsxStyles struct {
	company, small, title, banner, label, value, valueBold, section int
	head, cellText, cellCenter, cellQty, cellMoney                  int
	pctWhole, pctFrac, pctWholePlain, pctFracPlain                  int
	totalLabel, totalMoney, grandTotal, signLine                    int
}

// pct picks a percentage format with decimals only when bp needs them.
func (s xlsxStyles) pct(bp int64) int {
	if bp%100 == 0 {
		return s.pctWhole
	}
	return s.pctFrac
}

func (s xlsxStyles) pctPlain(bp int64) int {
	if bp%100 == 0 {
		return s.pctWholePlain
	}
	return s.pctFracPlain
}

const xlsxFont = "Microsoft YaHei"

// styleDef is a style to create and where to keep its id.
type styleDef struct {
	dst   *int
	style excelize.Style
}

func newXLSXStyles(f *excelize.File, digits int) (xlsxStyles, error) {
	moneyFmt := "#,##0"
	if digits > 0 {
		moneyFmt += "." + strings.Repeat("0", digits)
	}
	border := []excelize.Border{{Type: "left", Color: "999999", Style: 1}, {Type: "right", Color: "999999", Style: 1},
		{Type: "top", Color: "999999", Style: 1}, {Type: "bottom", Color: "999999", Style: 1}}
	font := func(size float64, bold bool, color string) *excelize.Font {
		return &excelize.Font{Family: xlsxFont, Size: size, Bold: bold, Color: color}
	}
	wrap := func(h string) *excelize.Alignment {
		return &excelize.Alignment{Horizontal: h, Vertical: "center", WrapText: true}
	}
	numFmt := func(s string) *string { return &s }
	var st xlsxStyles
	var defs []styleDef
	add := func(dst *int, style excelize.Style) { defs = append(defs, styleDef{dst, style}) }
	add(&st.company, excelize.Style{Font: font(14, true, "1F2937"), Alignment: wrap("left")})
	add(&st.small, excelize.Style{Font: font(9, false, "4B5563"), Alignment: wrap("left")})
	add(&st.title, excelize.Style{Font: font(20, true, "1F2937"), Alignment: wrap("right")})
	add(&st.banner, excelize.Style{Font: font(14, true, "B91C1C"), Alignment: wrap("center"),
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FDE2E2"}}})
	add(&st.label, excelize.Style{Font: font(10, true, "374151"), Alignment: wrap("left")})
	add(&st.value, excelize.Style{Font: font(10, false, "111827"), Alignment: wrap("left")})
	add(&st.valueBold, excelize.Style{Font: font(10, true, "111827"), Alignment: wrap("left")})
	add(&st.section, excelize.Style{Font: font(11, true, "1F2937"), Alignment: wrap("left"),
		Border: []excelize.Border{{Type: "bottom", Color: "1F2937", Style: 1}}})
	add(&st.head, excelize.Style{Font: font(10, true, "111827"), Alignment: wrap("center"), Border: border,
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"E5E7EB"}}})
	add(&st.cellText, excelize.Style{Font: font(10, false, "111827"), Alignment: wrap("left"), Border: border})
	add(&st.cellCenter, excelize.Style{Font: font(10, false, "111827"), Alignment: wrap("center"), Border: border})
	add(&st.cellQty, excelize.Style{Font: font(10, false, "111827"), Alignment: wrap("right"), Border: border, NumFmt: 0})
	add(&st.cellMoney, excelize.Style{Font: font(10, false, "111827"), Alignment: wrap("right"), Border: border, CustomNumFmt: numFmt(moneyFmt)})
	add(&st.pctWhole, excelize.Style{Font: font(10, false, "111827"), Alignment: wrap("right"), Border: border, CustomNumFmt: numFmt("0%")})
	add(&st.pctFrac, excelize.Style{Font: font(10, false, "111827"), Alignment: wrap("right"), Border: border, CustomNumFmt: numFmt("0.00%")})
	add(&st.pctWholePlain, excelize.Style{Font: font(10, false, "111827"), Alignment: wrap("right"), CustomNumFmt: numFmt("0%")})
	add(&st.pctFracPlain, excelize.Style{Font: font(10, false, "111827"), Alignment: wrap("right"), CustomNumFmt: numFmt("0.00%")})
	add(&st.totalLabel, excelize.Style{Font: font(10, true, "374151"), Alignment: wrap("right")})
	add(&st.totalMoney, excelize.Style{Font: font(10, false, "111827"), Alignment: wrap("right"), CustomNumFmt: numFmt(moneyFmt)})
	add(&st.grandTotal, excelize.Style{Font: font(12, true, "111827"), Alignment: wrap("right"), CustomNumFmt: numFmt(moneyFmt),
		Border: []excelize.Border{{Type: "top", Color: "111827", Style: 1}, {Type: "bottom", Color: "111827", Style: 6}}})
	add(&st.signLine, excelize.Style{Font: font(10, false, "374151"), Alignment: &excelize.Alignment{Vertical: "bottom"},
		Border: []excelize.Border{{Type: "bottom", Color: "9CA3AF", Style: 1}}})
	for _, d := range defs {
		id, err := f.NewStyle(&d.style)
		if err != nil {
			return st, fmt.Errorf("quote: xlsx style: %w", err)
		}
		*d.dst = id
	}
	return st, nil
}

// pageSetup makes the sheet print on A4 portrait, fitted to the page width,
// the table header repeated on every page, page numbers in the footer, and
// freezes everything above the first line.
func (s *sheet) pageSetup(d document, last int) {
	size, fitW, fitH := 9, 1, 0 // 9 is A4 in the OOXML paper size list
	portrait := "portrait"
	s.do(s.f.SetPageLayout(s.name, &excelize.PageLayoutOptions{Size: &size, Orientation: &portrait, FitToWidth: &fitW, FitToHeight: &fitH}))
	fit := true
	s.do(s.f.SetSheetProps(s.name, &excelize.SheetPropsOptions{FitToPage: &fit}))
	m := 0.5
	s.do(s.f.SetPageMargins(s.name, &excelize.PageLayoutMarginsOptions{Left: &m, Right: &m, Top: &m, Bottom: &m}))
	ref := fmt.Sprintf("'%s'!", s.name)
	s.do(s.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", Scope: s.name,
		RefersTo: fmt.Sprintf("%s$%d:$%d", ref, headerRow, headerRow)}))
	s.do(s.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Area", Scope: s.name,
		RefersTo: fmt.Sprintf("%s$A$1:$J$%d", ref, last)}))
	footer := "&C" + strings.Replace(strings.Replace(d.l.pageOf, "%d", "&P", 1), "%s", "&N", 1)
	header := ""
	if d.draft {
		header = "&C&\"-,Bold\"&KB91C1C" + d.l.banner
	}
	s.do(s.f.SetHeaderFooter(s.name, &excelize.HeaderFooterOptions{OddHeader: header, OddFooter: footer}))
	s.do(s.f.SetPanes(s.name, &excelize.Panes{Freeze: true, YSplit: headerRow, TopLeftCell: cell("A", headerRow+1),
		ActivePane: "bottomLeft", Selection: []excelize.Selection{{SQRef: "A1", ActiveCell: "A1", Pane: "bottomLeft"}}}))
}
