package sales

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

func exportBook(t *testing.T, w *world, rq ReportQuery, lang string) *excelize.File {
	t.Helper()
	var buf bytes.Buffer
	if err := w.svc.ExportXLSX(ctx, w.manager, rq, lang, &buf); err != nil {
		t.Fatal(err)
	}
	book, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { book.Close() })
	return book
}

func TestExportWritesEveryTable(t *testing.T) {
	w := funnelStory(t)
	rq := ReportQuery{FunnelQuery: FunnelQuery{From: "2026-11-01", To: "2026-11-30"}, TrendMonths: 3}
	book := exportBook(t, w, rq, "zh-CN")
	if got := strings.Join(book.GetSheetList(), ","); got != "销售漏斗,输单原因,销售管道,销售趋势,SOP 执行" {
		t.Fatalf("sheets = %s", got)
	}
	cases := []struct {
		sheet, cell, want string
	}{
		{"销售漏斗", "A1", "统计期间：2026-11-01 至 2026-11-30（按创建日期）；金额币种：CNY"},
		{"销售漏斗", "A3", "潜在客户识别"},
		{"销售漏斗", "B3", "5"},
		{"销售漏斗", "C3", "2,100.00"},
		{"销售漏斗", "G3", "80.0%"},
		{"销售漏斗", "I4", "25.0%"},
		{"销售漏斗", "J3", "2.0"},
		{"销售漏斗", "A11", "合计"},
		{"输单原因", "A3", "潜在客户识别"},
		{"输单原因", "B3", "价格过高"},
		{"输单原因", "D4", "200.00"},
		{"销售管道", "B3", "5.0%"},
		{"销售管道", "D9", "350.00"},
		{"销售趋势", "A6", "2026-11（本月至今）"},
		{"销售趋势", "B6", "1,500.00"},
		{"销售趋势", "A7", "2026-12（预测）"}, // the forecast starts with the first full month ahead
		{"SOP 执行", "A3", "李强"},
	}
	for _, c := range cases {
		got, err := book.GetCellValue(c.sheet, c.cell)
		if err != nil || got != c.want {
			t.Errorf("%s!%s = %q, %v; want %q", c.sheet, c.cell, got, err, c.want)
		}
	}
	raw, _ := book.GetCellValue("销售漏斗", "C3", excelize.Options{RawCellValue: true})
	if raw != "2100" {
		t.Fatalf("amounts must be numbers, C3 holds %q", raw)
	}
	note, _ := book.GetCellValue("销售趋势", "A1")
	if !strings.Contains(note, "加权移动平均") {
		t.Fatalf("trend note = %q", note)
	}
}

func TestExportOneTableInEnglish(t *testing.T) {
	w := funnelStory(t)
	rq := ReportQuery{FunnelQuery: FunnelQuery{From: "2026-11-01", To: "2026-11-30"}, Table: TableLostReasons}
	book := exportBook(t, w, rq, "en")
	if got := book.GetSheetList(); len(got) != 1 || got[0] != "Lost reasons" {
		t.Fatalf("sheets = %v", got)
	}
	rows, _ := book.GetRows("Lost reasons")
	if len(rows) != 4 || rows[1][0] != "Lost in stage" || rows[2][1] != "Price too high" || rows[3][0] != "First contact" {
		t.Fatalf("rows = %q", rows)
	}
	var buf bytes.Buffer
	err := w.svc.ExportXLSX(ctx, w.manager, ReportQuery{FunnelQuery: rq.FunnelQuery, Table: "gossip"}, "en", &buf)
	if fieldCode(err, "table") != "validation.invalidChoice" || buf.Len() != 0 {
		t.Fatalf("unknown table: %v", err)
	}
}
