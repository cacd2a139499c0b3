package service

import (
	"context"
	"fmt"
	"io"

	"github.com/xuri/excelize/v2"

	"steady/backend/auth"
)

// xlsxHeaders are the report's columns in Chinese and English.
var xlsxHeaders = map[string][]string{
	"zh": {"销售代表", "新建工单", "已解决", "按时解决", "按时解决率", "回访份数", "平均满意度", "推荐度答复", "NPS"},
	"en": {"Rep", "Tickets opened", "Resolved", "Resolved within target", "Within target", "Surveys", "Average satisfaction", "NPS answers", "NPS"},
}

// ReportFileName names the month's workbook for people.
func ReportFileName(lang, month string) string {
	if lang == "en" {
		return "Service_report_" + month + ".xlsx"
	}
	return "售后满意度报表_" + month + ".xlsx"
}

// ExportXLSX writes the month's report as a workbook: a row per rep and
// the total, numbers as numbers (the share as a percentage, the average to
// two decimals, an empty cell for no data). lang "en" gives English headers.
func (s *Service) ExportXLSX(ctx context.Context, actor auth.Actor, month, lang string, w io.Writer) error {
	rep, err := s.Report(ctx, actor, month)
	if err != nil {
		return err
	}
	key, total := "zh", "合计"
	if lang == "en" {
		key, total = "en", "Total"
	}
	f := excelize.NewFile()
	defer f.Close()
	sheet := month
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return fmt.Errorf("service: export: %w", err)
	}
	pct, _ := f.NewStyle(&excelize.Style{NumFmt: 10})
	dec := "0.00"
	two, _ := f.NewStyle(&excelize.Style{CustomNumFmt: &dec})
	bold, _ := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	headers := make([]any, len(xlsxHeaders[key]))
	for i, h := range xlsxHeaders[key] {
		headers[i] = h
	}
	if err := f.SetSheetRow(sheet, "A1", &headers); err != nil {
		return fmt.Errorf("service: export: %w", err)
	}
	_ = f.SetRowStyle(sheet, 1, 1, bold)
	rows := append(rep.Rows, rep.Total)
	rows[len(rows)-1].UserName = total
	for i, r := range rows {
		line := i + 2
		cells := []any{r.UserName, r.Opened, r.Resolved, r.ResolvedOnTime, ratio(r.OnTimeBP, 10000), r.Surveys,
			ratio(r.AverageX100, 100), r.NPSAnswers, intOrEmpty(r.NPS)}
		if err := f.SetSheetRow(sheet, fmt.Sprintf("A%d", line), &cells); err != nil {
			return fmt.Errorf("service: export: %w", err)
		}
		_ = f.SetCellStyle(sheet, fmt.Sprintf("E%d", line), fmt.Sprintf("E%d", line), pct)
		_ = f.SetCellStyle(sheet, fmt.Sprintf("G%d", line), fmt.Sprintf("G%d", line), two)
	}
	_ = f.SetRowStyle(sheet, len(rows)+1, len(rows)+1, bold)
	_ = f.SetColWidth(sheet, "A", "A", 16)
	_ = f.SetColWidth(sheet, "B", "I", 14)
	if _, err := f.WriteTo(w); err != nil {
		return fmt.Errorf("service: export: %w", err)
	}
	return nil
}

// ratio is n/unit as a number, or an empty cell for no data.
func ratio(n *int, unit float64) any {
	if n == nil {
		return ""
	}
	return float64(*n) / unit
}

func intOrEmpty(n *int) any {
	if n == nil {
		return ""
	}
	return *n
}
