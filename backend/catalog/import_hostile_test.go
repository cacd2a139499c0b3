package catalog_test

import (
	"bytes"
	"context"
	"testing"

	"steady/backend/apperr"
	"steady/backend/catalog"
	"steady/backend/infile/infiletest"
)

// The catalog reads a chosen workbook through the same bounds as the
// customer import: a zip bomb and rows 16,384 cells wide are refused.
func TestCatalogImportRefusesHostileWorkbooks(t *testing.T) {
	w := newWorld(t)
	cases := map[string]struct {
		file []byte
		code string
	}{
		"zip bomb":  {infiletest.Bomb(t, 300), "validation.importTooLarge"},
		"wide rows": {infiletest.WideRows(t, 300), "validation.tooManyColumns"},
		"not a zip": {[]byte("SKU,中文名称\n"), "validation.invalidWorkbook"},
	}
	for name, c := range cases {
		_, err := w.svc.ImportXLSX(context.Background(), w.owner, bytes.NewReader(c.file), catalog.ImportDefaults{Currency: "CNY"}, true)
		e, ok := apperr.As(err)
		if !ok || e.Fields["file"].Code != c.code {
			t.Errorf("%s: %v, want %s", name, err, c.code)
		}
	}
}
