package appraisal

import (
	"sort"
	"strconv"
	"strings"

	"steady/backend/docs"
)

var teamColumns = []float64{16, 52, 30, 30, 22, 30} // rank, name, level, total, grade, status

// team prints the month's ranking and grade distribution on a page of its own.
func (sh *sheet) team() {
	pdf, w := sh.pdf, sh.d.w
	sh.letterhead(w.teamTitle)
	sh.font("", textSize, darkText)
	docs.Cell(pdf, contentW, lineH, w.month+w.colon+sh.d.month, "", 1, "L", false)
	pdf.Ln(2)
	ranked := append([]Appraisal(nil), sh.d.items...)
	sort.SliceStable(ranked, func(i, j int) bool { return totalOf(ranked[i]) > totalOf(ranked[j]) })
	sh.font("B", textSize, darkText)
	pdf.SetFillColor(238, 241, 245)
	for i, h := range []string{w.rank, w.name, w.level, w.total, w.grade, w.status} {
		docs.Cell(pdf, teamColumns[i], 7, h, "1", 0, "C", true)
	}
	pdf.Ln(-1)
	counts := map[string]int{}
	for i, a := range ranked {
		rank, total, grade := strconv.Itoa(i+1), w.noGrade, w.noGrade
		if a.Total != nil {
			total, grade = points(*a.Total), a.Grade
		} else {
			rank = "—"
		}
		counts[grade]++
		sh.font("", textSize, darkText)
		for c, v := range []string{rank, a.UserName, w.levels[a.Level], total, grade, w.statuses[a.Status]} {
			docs.Cell(pdf, teamColumns[c], 7, v, "1", 0, map[bool]string{true: "L", false: "C"}[c == 1], false)
		}
		pdf.Ln(-1)
	}
	sh.heading(w.distribution, 12)
	var parts []string
	for _, g := range []string{"A", "B", "C", "D", w.noGrade} {
		parts = append(parts, g+w.colon+strconv.Itoa(counts[g]))
	}
	sh.font("", textSize, darkText)
	docs.Cell(pdf, contentW, lineH, strings.Join(parts, "    "), "", 1, "L", false)
}

// totalOf sorts appraisals without a total last.
func totalOf(a Appraisal) int {
	if a.Total == nil {
		return -1
	}
	return *a.Total
}
