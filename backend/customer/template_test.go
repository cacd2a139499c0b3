package customer

import (
	"bytes"
	"context"
	"slices"
	"testing"

	"github.com/xuri/excelize/v2"
)

// The template's headers, in either language, are ones the import maps
// without help, and filled in it imports.
func TestTemplateImportsOnceFilledIn(t *testing.T) {
	t.Parallel()
	for _, lang := range []string{"zh-CN", "en"} {
		var buf bytes.Buffer
		if err := WriteTemplateXLSX(&buf, lang); err != nil {
			t.Fatal(err)
		}
		f, rows := readBook(t, buf.Bytes())
		if len(rows) != 1 {
			t.Fatalf("%s: template rows = %v", lang, rows)
		}
		if first := map[string]string{"zh-CN": "客户名称", "en": "Name"}[lang]; rows[0][0] != first {
			t.Fatalf("%s: first header %q", lang, rows[0][0])
		}
		mapping := GuessMapping(rows[0])
		if slices.Contains(mapping, "") || !slices.Contains(mapping, "website") || !slices.Contains(mapping, "contactPhone") {
			t.Fatalf("%s: headers %v map to %v", lang, rows[0], mapping)
		}
		sheet := f.GetSheetName(0)
		name, _ := f.GetCellValue(sheet, "A1")
		site := ""
		for i, h := range rows[0] {
			if mapping[i] == "website" {
				site = h
			}
		}
		if name == "" || site == "" {
			t.Fatalf("%s: name %q website %q", lang, name, site)
		}
		// filled in as a person would, it imports with no mapping by hand
		w := newWorld(t)
		at := slices.Index(mapping, "website")
		siteCell, _ := excelize.CoordinatesToCellName(at+1, 2)
		if err := f.SetCellValue(sheet, "A2", "杭州明远"); err != nil {
			t.Fatal(err)
		}
		if err := f.SetCellValue(sheet, siteCell, "www.mingyuan.cn"); err != nil {
			t.Fatal(err)
		}
		var filled bytes.Buffer
		if err := f.Write(&filled); err != nil {
			t.Fatal(err)
		}
		tbl, err := ReadImportFile("template.xlsx", &filled)
		if err != nil {
			t.Fatal(err)
		}
		sum, err := w.svc.Import(context.Background(), w.rep, tbl, ImportOptions{}, nil)
		if err != nil || sum.Created != 1 {
			t.Fatalf("%s: import = %+v, %v", lang, sum, err)
		}
		if c := customersByName(t, w)["杭州明远"]; c.Website != "www.mingyuan.cn" || c.OwnerID != w.rep.ID {
			t.Fatalf("%s: imported %+v", lang, c)
		}
	}
}
