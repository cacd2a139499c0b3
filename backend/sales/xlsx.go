package sales

import (
	"context"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"

	"github.com/xuri/excelize/v2"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/money"
)

// Report tables, each a sheet of the export.
const (
	TableFunnel      = "funnel"
	TableLostReasons = "lostReasons"
	TablePipeline    = "pipeline"
	TableTrend       = "trend"
	TableCompliance  = "compliance"
)

// ReportTables lists every table in export order.
func ReportTables() []string {
	return []string{TableFunnel, TableLostReasons, TablePipeline, TableTrend, TableCompliance}
}

// ReportQuery picks what an export holds, all for the same people: the
// funnel and lost reasons of the period, the pipeline now, the trend, and
// the SOP compliance of Month. Table names one table, "" all of them.
type ReportQuery struct {
	FunnelQuery
	Month       string `json:"month"`       // YYYY-MM; "": the month of To
	TrendMonths int    `json:"trendMonths"` // 0: 12
	Table       string `json:"table"`
}

// report is the data of an export.
type report struct {
	funnel     Funnel
	pipeline   Pipeline
	trend      Trend
	compliance []Compliance
	month      string
	stageNames map[string][2]string
}

// ExportXLSX writes the chosen tables as a workbook, a sheet each, with
// numbers as numbers (amounts in major units, rates as percentages).
// lang "en" gives English headers, anything else Chinese.
func (s *Service) ExportXLSX(ctx context.Context, actor auth.Actor, rq ReportQuery, lang string, w io.Writer) error {
	tables := ReportTables()
	if rq.Table != "" {
		if !slices.Contains(tables, rq.Table) {
			return apperr.Field("table", "validation.invalidChoice", nil)
		}
		tables = []string{rq.Table}
	}
	r, err := s.gather(ctx, actor, rq, tables)
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	book := excelize.NewFile()
	defer book.Close()
	l := labelsFor(lang)
	st, err := newStyles(book, r.funnel.Currency)
	if err != nil {
		return err
	}
	for i, t := range tables {
		if err := addSheet(book, i, l.sheets[t]); err != nil {
			return err
		}
		if err := writeTable(book, st, l, r, t); err != nil {
			return err
		}
	}
	if err := book.Write(w); err != nil {
		return fmt.Errorf("sales: export: write: %w", err)
	}
	return nil
}

// gather reads what the tables need; the funnel always (it names the period).
func (s *Service) gather(ctx context.Context, actor auth.Actor, rq ReportQuery, tables []string) (report, error) {
	var r report
	var err error
	if r.funnel, err = s.Funnel(ctx, actor, rq.FunnelQuery); err != nil {
		return r, err
	}
	ss, err := s.Stages(ctx)
	if err != nil {
		return r, err
	}
	r.stageNames = map[string][2]string{}
	for _, st := range ss {
		r.stageNames[st.ID] = [2]string{st.NameZh, st.NameEn}
	}
	if slices.Contains(tables, TablePipeline) {
		if r.pipeline, err = s.Pipeline(ctx, actor, rq.Filter); err != nil {
			return r, err
		}
	}
	if slices.Contains(tables, TableTrend) {
		if r.trend, err = s.Trend(ctx, actor, TrendQuery{Filter: rq.Filter, Months: rq.TrendMonths}); err != nil {
			return r, err
		}
	}
	if slices.Contains(tables, TableCompliance) {
		r.month = rq.Month
		if r.month == "" && len(rq.To) >= 7 {
			r.month = rq.To[:7]
		}
		r.compliance, err = s.TeamCompliance(ctx, actor, rq.Filter, r.month)
	}
	return r, err
}

func addSheet(book *excelize.File, i int, name string) error {
	var err error
	if i == 0 {
		err = book.SetSheetName("Sheet1", name)
	} else {
		_, err = book.NewSheet(name)
	}
	if err != nil {
		return fmt.Errorf("sales: export: sheet %s: %w", name, err)
	}
	return nil
}

type styles struct {
	head, money, percent, days, note int
	digits                           int
}

func newStyles(book *excelize.File, currency string) (styles, error) {
	st := styles{digits: money.MinorDigits(currency)}
	moneyFmt := "#,##0"
	if st.digits > 0 {
		moneyFmt += "." + strings.Repeat("0", st.digits)
	}
	percentFmt, daysFmt := "0.0%", "0.0"
	defs := []struct {
		id    *int
		style *excelize.Style
	}{
		{&st.head, &excelize.Style{Font: &excelize.Font{Bold: true},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"#D9E1F2"}}}},
		{&st.money, &excelize.Style{CustomNumFmt: &moneyFmt}},
		{&st.percent, &excelize.Style{CustomNumFmt: &percentFmt}},
		{&st.days, &excelize.Style{CustomNumFmt: &daysFmt}},
		{&st.note, &excelize.Style{Font: &excelize.Font{Italic: true, Color: "#595959"}}},
	}
	for _, d := range defs {
		id, err := book.NewStyle(d.style)
		if err != nil {
			return st, fmt.Errorf("sales: export: style: %w", err)
		}
		*d.id = id
	}
	return st, nil
}

// major turns minor units into a number of the currency's major units.
func (st styles) major(minor int64) float64 {
	return float64(minor) / math.Pow10(st.digits)
}

// ratio turns basis points into a fraction Excel shows as a percentage.
func ratio(bp int) float64 { return float64(bp) / 10000 }

// setRow writes values from column A of row; style 0 leaves cells plain.
func setRow(book *excelize.File, sheet string, row int, values []any, style int) error {
	cell, _ := excelize.CoordinatesToCellName(1, row)
	if err := book.SetSheetRow(sheet, cell, &values); err != nil {
		return fmt.Errorf("sales: export: %w", err)
	}
	if style == 0 {
		return nil
	}
	last, _ := excelize.CoordinatesToCellName(len(values), row)
	if err := book.SetCellStyle(sheet, cell, last, style); err != nil {
		return fmt.Errorf("sales: export: %w", err)
	}
	return nil
}

// styleColumns styles rows first..last of the named columns (A, B…).
func styleColumns(book *excelize.File, sheet string, first, last, style int, cols ...string) error {
	if last < first {
		return nil
	}
	for _, col := range cols {
		if err := book.SetCellStyle(sheet, fmt.Sprintf("%s%d", col, first), fmt.Sprintf("%s%d", col, last), style); err != nil {
			return fmt.Errorf("sales: export: %w", err)
		}
	}
	return nil
}
