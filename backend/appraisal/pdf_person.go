package appraisal

import (
	"fmt"
	"strconv"
	"strings"

	"steady/backend/docs"
)

// person prints one appraisal from a new page on.
func (sh *sheet) person(a Appraisal) {
	w := sh.d.w
	sh.letterhead(w.title)
	sh.facts(a)
	sh.metricTable(a)
	sh.rules(a)
	sh.heading(w.chart, 10+float64(len(a.Results))*7)
	sh.completionBars(a.Results)
	sh.heading(w.trend, 48)
	sh.trend(sh.d.history[a.UserID])
	sh.heading(w.selfAssessment, 20)
	sh.paragraph(a.SelfAssessment)
	sh.heading(w.comment, 20)
	sh.paragraph(a.ManagerComment)
	sh.signatures()
}

// facts prints who, when and where the appraisal stands, two pairs a row.
func (sh *sheet) facts(a Appraisal) {
	w := sh.d.w
	status := w.statuses[a.Status]
	if a.FinalisedAt != nil {
		status += "（" + a.FinalisedBy + " " + a.FinalisedAt.In(sh.d.zone).Format("2006-01-02") + "）"
	}
	pairs := [][2]string{{w.rep, a.UserName + " (" + a.Login + ")"}, {w.month, a.Month},
		{w.level, w.levels[a.Level]}, {w.template, a.TemplateName},
		{w.reviewer, a.ReviewerName}, {w.status, status}}
	for i := 0; i < len(pairs); i += 2 {
		y := sh.pdf.GetY()
		sh.pair(pairs[i], margin, y)
		sh.pair(pairs[i+1], margin+contentW/2, y)
		sh.pdf.SetY(y + lineH)
	}
	if p := a.Proration; p != nil {
		sh.font("", small, grayText)
		docs.Cell(sh.pdf, contentW, lineH, fmt.Sprintf(w.prorate, a.HireDate, p.WorkingDays, p.OfDays), "", 1, "L", false)
	}
	sh.pdf.Ln(2)
}

func (sh *sheet) pair(p [2]string, x, y float64) {
	sh.pdf.SetXY(x, y)
	sh.font("B", textSize, grayText)
	docs.Cell(sh.pdf, 22, lineH, p[0], "", 0, "L", false)
	sh.font("", textSize, darkText)
	docs.Cell(sh.pdf, contentW/2-22, lineH, p[1], "", 0, "L", false)
}

var columns = []float64{44, 34, 28, 28, 22, 24} // metric, weight, target, actual, completion, points

// metricTable prints one row per metric and the weighted total.
func (sh *sheet) metricTable(a Appraisal) {
	pdf, w := sh.pdf, sh.d.w
	sh.font("B", textSize, darkText)
	pdf.SetFillColor(238, 241, 245)
	for i, h := range []string{w.metric, w.weight, w.target, w.actual, w.completion, w.points} {
		docs.Cell(pdf, columns[i], 7, h, "1", 0, align(i), true)
	}
	pdf.Ln(-1)
	var noData []string
	for _, r := range a.Results {
		sh.font("", textSize, darkText)
		cells := sh.rowCells(r)
		for i, c := range cells {
			docs.Cell(pdf, columns[i], 7, c, "1", 0, align(i), false)
		}
		pdf.Ln(-1)
		if r.NoData != "" {
			noData = append(noData, fmt.Sprintf(w.because, w.metricName(r), w.noData[r.NoData]))
		}
	}
	sh.font("B", 11, darkText)
	total, grade := w.noGrade, w.noGrade
	if a.Total != nil {
		total, grade = points(*a.Total), a.Grade
	}
	docs.Cell(pdf, contentW-columns[5]*2, 8, w.total+" / "+w.grade, "1", 0, "R", false)
	docs.Cell(pdf, columns[5], 8, grade, "1", 0, "C", false)
	docs.Cell(pdf, columns[5], 8, total, "1", 1, "R", false)
	if len(noData) > 0 {
		sh.font("", small, grayText)
		for _, line := range docs.Wrap(pdf, w.noDataNote+strings.Join(noData, w.listSep), contentW) {
			docs.Cell(pdf, contentW, 4.5, line, "", 1, "L", false)
		}
	}
}

func align(column int) string {
	if column == 0 {
		return "L"
	}
	return "R"
}

// rowCells are a metric's six cells; "—" where there is nothing to show.
func (sh *sheet) rowCells(r Result) []string {
	weight := strconv.Itoa(r.Weight) + "%"
	if r.Points != nil && r.WeightBP != r.Weight*100 {
		weight += " → " + docs.Rate(int64(r.WeightBP))
	}
	cells := []string{sh.d.w.metricName(r), weight, "—", "—", "—", "—"}
	if r.NoData != "" {
		cells[5] = sh.d.w.noGrade
	}
	if r.Target != nil {
		cells[2] = sh.value(r.Unit, *r.Target)
	}
	if r.Actual != nil {
		cells[3] = sh.value(r.Unit, *r.Actual)
	}
	if r.CompletionBP != nil {
		cells[4] = docs.Rate(int64(*r.CompletionBP))
	}
	if r.Points != nil {
		cells[5] = points(*r.Points)
	}
	return cells
}

func (sh *sheet) value(unit string, v int64) string {
	switch unit {
	case UnitMoney:
		return docs.Amount(v, sh.d.currency)
	case UnitRate:
		return docs.Rate(v)
	case UnitLevel:
		return strconv.FormatInt(v, 10) + " / 5"
	}
	return strconv.FormatInt(v, 10)
}

// points formats hundredths of a point: 9354 → "93.54".
func points(h int) string { return fmt.Sprintf("%d.%02d", h/100, h%100) }

// rules prints each metric's scoring rule in plain words.
func (sh *sheet) rules(a Appraisal) {
	w := sh.d.w
	sh.heading(w.rules, 20)
	sh.font("", small, darkText)
	for _, r := range a.Results {
		for _, line := range docs.Wrap(sh.pdf, w.metricName(r)+w.colon+sh.ruleWords(r.Metric), contentW-4) {
			sh.pdf.SetX(margin + 2)
			docs.Cell(sh.pdf, contentW-4, 4.5, line, "", 1, "L", false)
		}
	}
}

func (sh *sheet) ruleWords(m Metric) string {
	w := sh.d.w
	switch m.Rule {
	case RuleRubric:
		levels := make([]string, len(m.Rubric))
		for i, words := range m.Rubric {
			levels[i] = strconv.Itoa(i+1) + " " + words
		}
		return w.rubric + w.colon + strings.Join(levels, w.listSep)
	case RuleSteps:
		items := make([]string, len(m.Steps))
		for i, s := range m.Steps {
			items[i] = fmt.Sprintf(w.stepItem, docs.Rate(int64(s.MinBP)), points(s.Points))
		}
		return w.steps + strings.Join(items, w.listSep)
	}
	return fmt.Sprintf(w.linear, points(m.CapBP))
}

func (sh *sheet) signatures() {
	pdf, w := sh.pdf, sh.d.w
	if pdf.GetY()+24 > bottom {
		pdf.AddPage()
	}
	pdf.Ln(10)
	sh.font("", textSize, darkText)
	y := pdf.GetY()
	for i, who := range []string{w.repSign, w.reviewerSign} {
		x := margin + float64(i)*contentW/2
		pdf.SetXY(x, y)
		docs.Cell(pdf, 28, lineH, who+w.colon, "", 0, "L", false)
		pdf.Line(x+28, y+lineH, x+contentW/2-8, y+lineH)
		pdf.SetXY(x, y+lineH+5)
		docs.Cell(pdf, 28, lineH, w.date+w.colon, "", 0, "L", false)
		pdf.Line(x+28, y+2*lineH+5, x+contentW/2-8, y+2*lineH+5)
	}
	pdf.SetY(y + 2*lineH + 8)
}
