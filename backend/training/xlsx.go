package training

import (
	"context"
	"fmt"
	"io"
	"sort"

	"github.com/xuri/excelize/v2"

	"steady/backend/auth"
)

// ExportXLSX writes a workbook with two sheets: the team matrix (reps the
// actor may see, filtered by f) and every training record of those reps,
// sessions and role-plays alike. lang "en" gives English headers and words,
// anything else Chinese.
func (s *Service) ExportXLSX(ctx context.Context, actor auth.Actor, lang string, f MatrixFilter, w io.Writer) error {
	m, err := s.TeamMatrix(ctx, actor, f)
	if err != nil {
		return err
	}
	l := labelsFor(lang)
	lines, err := s.exportLines(ctx, actor, l)
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	book := excelize.NewFile()
	defer book.Close()
	if err := book.SetSheetName("Sheet1", l.matrixSheet); err != nil {
		return fmt.Errorf("training: export: %w", err)
	}
	if _, err := book.NewSheet(l.recordsSheet); err != nil {
		return fmt.Errorf("training: export: %w", err)
	}
	st, err := newStyles(book)
	if err != nil {
		return err
	}
	if err := writeMatrix(book, st, l, m); err != nil {
		return err
	}
	if err := writeRecords(book, st, l, lines); err != nil {
		return err
	}
	if err := book.Write(w); err != nil {
		return fmt.Errorf("training: export: write: %w", err)
	}
	return nil
}

type styles struct {
	head   int
	status map[string]int
}

func newStyles(book *excelize.File) (styles, error) {
	st := styles{status: map[string]int{}}
	fill := func(color string) *excelize.Style {
		return &excelize.Style{Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{color}}}
	}
	head := fill("#D9E1F2")
	head.Font = &excelize.Font{Bold: true}
	var err error
	if st.head, err = book.NewStyle(head); err != nil {
		return st, fmt.Errorf("training: export: style: %w", err)
	}
	colors := map[string]string{StatusDone: "#C6EFCE", StatusDue: "#FFEB9C", StatusOverdue: "#FFC7CE", StatusNone: "#F2F2F2"}
	for status, color := range colors {
		if st.status[status], err = book.NewStyle(fill(color)); err != nil {
			return st, fmt.Errorf("training: export: style: %w", err)
		}
	}
	return st, nil
}

func writeMatrix(book *excelize.File, st styles, l labels, m Matrix) error {
	sheet := l.matrixSheet
	head := append([]any{}, toAny(l.matrixHead)...)
	for _, c := range m.Courses {
		head = append(head, c.Title)
	}
	head = append(head, toAny(l.totals)...)
	if err := setRow(book, sheet, 1, head, st.head); err != nil {
		return err
	}
	for i, r := range m.Rows {
		row := []any{r.Name, l.word(r.Level)}
		for _, c := range r.Cells {
			row = append(row, cellText(l, c))
		}
		row = append(row, r.Done, r.Due, r.Overdue)
		if err := setRow(book, sheet, i+2, row, 0); err != nil {
			return err
		}
		for j, c := range r.Cells {
			cell, _ := excelize.CoordinatesToCellName(j+3, i+2)
			if err := book.SetCellStyle(sheet, cell, cell, st.status[c.Status]); err != nil {
				return fmt.Errorf("training: export: %w", err)
			}
		}
	}
	last, _ := excelize.ColumnNumberToName(len(head))
	if err := book.SetColWidth(sheet, "A", last, 16); err != nil {
		return fmt.Errorf("training: export: %w", err)
	}
	return book.SetPanes(sheet, &excelize.Panes{Freeze: true, XSplit: 2, YSplit: 1, TopLeftCell: "C2", ActivePane: "bottomRight"})
}

// cellText is a matrix cell as a person reads it: the status and its day.
func cellText(l labels, c MatrixCell) string {
	switch c.Status {
	case StatusDone:
		return l.word(c.Status) + " " + c.CompletedOn
	case StatusDue, StatusOverdue:
		return l.word(c.Status) + " " + c.DueOn
	}
	return l.word(c.Status)
}

// exportLine is one row of the records sheet.
type exportLine struct {
	day string
	row []any
}

func (s *Service) exportLines(ctx context.Context, actor auth.Actor, l labels) ([]exportLine, error) {
	cond, args := scope(actor, "t.user_id")
	recs, err := records(ctx, s.db.Read(), cond, args)
	if err != nil {
		return nil, err
	}
	plays, err := s.Roleplays(ctx, actor, RoleplayFilter{})
	if err != nil {
		return nil, err
	}
	lines := make([]exportLine, 0, len(recs)+len(plays))
	for _, r := range recs {
		var score, result any = "", ""
		if r.Score != nil {
			score = *r.Score
		}
		if r.Passed != nil {
			result = map[bool]string{true: l.passed, false: l.failed}[*r.Passed]
		}
		hours := 0.0
		if r.Status == AttendPresent || r.Status == AttendLate {
			hours = float64((r.Minutes*200+60)/120) / 100 // hundredths of an hour, half up
		}
		lines = append(lines, exportLine{r.HeldOn, []any{r.HeldOn, r.UserName, l.session, r.CourseTitle,
			l.word(r.CourseKind), r.TrainerName, l.word(r.Mode), l.word(r.Status), score, result, hours}})
	}
	for _, p := range plays {
		lines = append(lines, exportLine{p.HeldOn, []any{p.HeldOn, p.RepName, l.roleplay, p.Scenario,
			l.word(KindRolePlay), p.EvaluatorName, "", "", float64(p.ScoreBP) / 100, "", ""}})
	}
	sort.SliceStable(lines, func(i, j int) bool { return lines[i].day > lines[j].day })
	return lines, nil
}

func writeRecords(book *excelize.File, st styles, l labels, lines []exportLine) error {
	sheet := l.recordsSheet
	if err := setRow(book, sheet, 1, toAny(l.recordsHead), st.head); err != nil {
		return err
	}
	for i, line := range lines {
		if err := setRow(book, sheet, i+2, line.row, 0); err != nil {
			return err
		}
	}
	last, _ := excelize.ColumnNumberToName(len(l.recordsHead))
	if err := book.SetColWidth(sheet, "A", last, 14); err != nil {
		return fmt.Errorf("training: export: %w", err)
	}
	if err := book.SetColWidth(sheet, "D", "D", 28); err != nil {
		return fmt.Errorf("training: export: %w", err)
	}
	return book.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"})
}

// setRow writes values from column A of row n, styled when style is not 0.
func setRow(book *excelize.File, sheet string, n int, values []any, style int) error {
	start, _ := excelize.CoordinatesToCellName(1, n)
	if err := book.SetSheetRow(sheet, start, &values); err != nil {
		return fmt.Errorf("training: export: %w", err)
	}
	if style == 0 || len(values) == 0 {
		return nil
	}
	end, _ := excelize.CoordinatesToCellName(len(values), n)
	if err := book.SetCellStyle(sheet, start, end, style); err != nil {
		return fmt.Errorf("training: export: %w", err)
	}
	return nil
}

func toAny(words []string) []any {
	out := make([]any, len(words))
	for i, w := range words {
		out[i] = w
	}
	return out
}
