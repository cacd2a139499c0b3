package appraisal

import (
	"steady/backend/docs"
)

const (
	barLabelW = 44.0
	barMaxBP  = 15000 // the chart's right edge: 150 % completion
)

// completionBars draws one horizontal bar per metric with a completion,
// against a line at 100 %; metrics without data get their reason instead.
func (sh *sheet) completionBars(results []Result) {
	pdf, w := sh.pdf, sh.d.w
	x0 := margin + barLabelW
	width := contentW - barLabelW - 20
	top := pdf.GetY()
	for _, r := range results {
		y := pdf.GetY()
		sh.font("", small, darkText)
		pdf.SetX(margin)
		docs.Cell(pdf, barLabelW-2, 6, w.metricName(r), "", 0, "R", false)
		if r.CompletionBP == nil {
			sh.font("", small, grayText)
			label := w.noGrade
			if r.Points != nil { // a rubric has points but no completion
				label = points(*r.Points)
			}
			docs.Cell(pdf, width, 6, label, "", 1, "L", false)
			continue
		}
		bp := min(*r.CompletionBP, barMaxBP)
		pdf.SetFillColor(59, 130, 246)
		if *r.CompletionBP < 10000 {
			pdf.SetFillColor(245, 158, 11)
		}
		pdf.Rect(x0, y+1.2, width*float64(bp)/barMaxBP, 3.6, "F")
		pdf.SetXY(x0+width*float64(bp)/barMaxBP+1.5, y)
		docs.Cell(pdf, 20, 6, docs.Rate(int64(*r.CompletionBP)), "", 1, "L", false)
	}
	full := x0 + width*10000/barMaxBP
	pdf.SetDrawColor(120, 120, 120)
	pdf.SetDashPattern([]float64{1, 1}, 0)
	pdf.Line(full, top, full, pdf.GetY())
	pdf.SetDashPattern([]float64{}, 0)
	sh.font("", 7, grayText)
	pdf.SetXY(full-6, pdf.GetY())
	docs.Cell(pdf, 12, 4, "100%", "", 1, "C", false)
}

// trend draws the last six months' totals as columns, oldest on the left;
// a month without a total shows its grade's "no data" word.
func (sh *sheet) trend(history []HistoryPoint) {
	pdf, w := sh.pdf, sh.d.w
	const chartH, colW, gap = 30.0, 18.0, 8.0
	top := pdf.GetY() + 2
	base := top + chartH
	pdf.SetDrawColor(160, 160, 160)
	pdf.Line(margin, base, margin+6*(colW+gap), base)
	for i, h := range history {
		x := margin + gap/2 + float64(i)*(colW+gap)
		label := w.noGrade
		if h.Total != nil {
			height := chartH * float64(min(*h.Total, 12000)) / 12000
			pdf.SetFillColor(99, 102, 241)
			pdf.Rect(x, base-height, colW, height, "F")
			label = points(*h.Total) + " " + h.Grade
		}
		sh.font("", 7, darkText)
		pdf.SetXY(x-gap/2, base-chartH-5)
		if h.Total != nil {
			pdf.SetXY(x-gap/2, base-chartH*float64(min(*h.Total, 12000))/12000-5)
		}
		docs.Cell(pdf, colW+gap, 4, label, "", 0, "C", false)
		pdf.SetXY(x-gap/2, base+1)
		sh.font("", 7, grayText)
		docs.Cell(pdf, colW+gap, 4, h.Month, "", 0, "C", false)
	}
	if len(history) == 0 {
		sh.font("", small, grayText)
		pdf.SetXY(margin, top+chartH/2)
		docs.Cell(pdf, contentW, 5, w.none, "", 0, "L", false)
	}
	pdf.SetY(base + 7)
}
