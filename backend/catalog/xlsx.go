package catalog

import (
	"context"
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/xuri/excelize/v2"

	"steady/backend/auth"
	"steady/backend/money"
)

// columns of the catalog workbook, in order. Import finds them by header
// in either language, so an exported workbook imports again unchanged.
var columns = []struct{ key, zh, en string }{
	{"sku", "产品编号", "SKU"},
	{"nameZh", "中文名称", "Chinese name"},
	{"nameEn", "英文名称", "English name"},
	{"spec", "规格型号", "Specification"},
	{"unit", "单位", "Unit"},
	{"category", "类别", "Category"},
	{"currency", "币种", "Currency"},
	{"listPriceMinor", "标价", "List price"},
	{"floorPriceMinor", "底价", "Floor price"},
	{"costMinor", "成本", "Cost"},
	{"taxRateBp", "税率", "Tax rate"},
	{"active", "启用", "Active"},
}

// yes and no are how the active column reads.
var yes, no = map[string]string{"zh-CN": "是", "en": "yes"}, map[string]string{"zh-CN": "否", "en": "no"}

// ExportXLSX writes every product as a workbook that ImportXLSX reads back;
// lang "en" gives English headers. Reps get it without costs or floor prices.
func (s *Service) ExportXLSX(ctx context.Context, actor auth.Actor, lang string, w io.Writer) error {
	products, err := s.Products(ctx, actor, ProductFilter{})
	if err != nil {
		return err
	}
	if lang != "en" {
		lang = "zh-CN"
	}
	f := excelize.NewFile()
	defer f.Close()
	sheet := map[string]string{"zh-CN": "产品目录", "en": "Catalog"}[lang]
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return fmt.Errorf("catalog: export: %w", err)
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return fmt.Errorf("catalog: export: %w", err)
	}
	if err := writeCatalogRows(f, sw, products, lang, requireEditor(actor) == nil); err != nil {
		return err
	}
	if err := sw.Flush(); err != nil {
		return fmt.Errorf("catalog: export: %w", err)
	}
	if err := f.Write(w); err != nil {
		return fmt.Errorf("catalog: export: write: %w", err)
	}
	return nil
}

func writeCatalogRows(f *excelize.File, sw *excelize.StreamWriter, products []Product, lang string, withCost bool) error {
	head, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"E5E7EB"}}})
	if err != nil {
		return fmt.Errorf("catalog: export: %w", err)
	}
	widths := []float64{14, 24, 24, 26, 6, 12, 7, 12, 12, 12, 8, 6}
	for i, wd := range widths {
		if err := sw.SetColWidth(i+1, i+1, wd); err != nil {
			return fmt.Errorf("catalog: export: %w", err)
		}
	}
	header := make([]any, len(columns))
	for i, c := range columns {
		header[i] = excelize.Cell{StyleID: head, Value: map[string]string{"zh-CN": c.zh, "en": c.en}[lang]}
	}
	if err := sw.SetRow("A1", header, excelize.RowOpts{}); err != nil {
		return fmt.Errorf("catalog: export: %w", err)
	}
	for i, p := range products {
		cost, floor := any(majorUnits(p.CostMinor, p.Currency)), any(majorUnits(p.FloorPriceMinor, p.Currency))
		if !withCost {
			cost, floor = "", "" // a rep's copy of the catalog keeps neither
		}
		active := no[lang]
		if p.Active {
			active = yes[lang]
		}
		row := []any{p.SKU, p.NameZh, p.NameEn, p.Spec, p.Unit, p.Category, p.Currency,
			majorUnits(p.ListPriceMinor, p.Currency), floor, cost,
			fmt.Sprintf("%g%%", float64(p.TaxRateBP)/100), active}
		ref, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := sw.SetRow(ref, row); err != nil {
			return fmt.Errorf("catalog: export: %w", err)
		}
	}
	return nil
}

func majorUnits(minor int64, currency string) float64 {
	return float64(minor) / math.Pow10(money.MinorDigits(currency))
}

// headerIndex maps column keys to their position in a header row.
func headerIndex(row []string) map[string]int {
	idx := map[string]int{}
	for i, h := range row {
		h = strings.ToLower(strings.TrimSpace(h))
		for _, c := range columns {
			if h == strings.ToLower(c.zh) || h == strings.ToLower(c.en) || h == strings.ToLower(c.key) {
				idx[c.key] = i
			}
		}
	}
	return idx
}
