package catalog_test

import (
	"bytes"
	"testing"

	"github.com/xuri/excelize/v2"

	"steady/backend/catalog"
)

// The template is the catalog's header row in the person's language;
// filled in, the import takes it as it is.
func TestTemplateImportsOnceFilledIn(t *testing.T) {
	t.Parallel()
	for lang, want := range map[string][]string{"zh-CN": {"产品编号", "中文名称", "标价"}, "en": {"SKU", "Chinese name", "List price"}} {
		var buf bytes.Buffer
		if err := catalog.WriteTemplateXLSX(&buf, lang); err != nil {
			t.Fatal(err)
		}
		f, err := excelize.OpenReader(&buf)
		if err != nil {
			t.Fatal(err)
		}
		sheet := f.GetSheetName(0)
		rows, err := f.GetRows(sheet)
		if err != nil || len(rows) != 1 || rows[0][0] != want[0] || rows[0][1] != want[1] || rows[0][7] != want[2] {
			t.Fatalf("%s: rows = %v, %v", lang, rows, err)
		}
		for cell, v := range map[string]string{"A2": "DESK-1", "B2": "电动升降办公桌", "E2": "张", "G2": "CNY", "H2": "2999"} {
			if err := f.SetCellValue(sheet, cell, v); err != nil {
				t.Fatal(err)
			}
		}
		var filled bytes.Buffer
		if err := f.Write(&filled); err != nil {
			t.Fatal(err)
		}
		w := newWorld(t)
		sum, err := w.svc.ImportXLSX(ctx, w.owner, &filled, catalog.ImportDefaults{Currency: "CNY", TaxRateBP: 1300}, false)
		if err != nil || sum.Created != 1 || len(sum.Rejected) != 0 {
			t.Fatalf("%s: import = %+v, %v", lang, sum, err)
		}
		p, err := w.svc.Products(ctx, w.owner, catalog.ProductFilter{})
		if err != nil || len(p) != 1 || p[0].ListPriceMinor != 299900 {
			t.Fatalf("%s: products = %+v, %v", lang, p, err)
		}
	}
}
