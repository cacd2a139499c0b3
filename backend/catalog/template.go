package catalog

import (
	"fmt"
	"io"

	"github.com/xuri/excelize/v2"
)

// WriteTemplateXLSX writes an empty catalog to fill in and import: the
// export's header row in lang ("en", else Chinese), and no product.
func WriteTemplateXLSX(w io.Writer, lang string) error {
	if lang != "en" {
		lang = "zh-CN"
	}
	f := excelize.NewFile()
	defer f.Close()
	sheet := map[string]string{"zh-CN": "产品目录", "en": "Catalog"}[lang]
	err := f.SetSheetName("Sheet1", sheet)
	var sw *excelize.StreamWriter
	if err == nil {
		sw, err = f.NewStreamWriter(sheet)
	}
	if err == nil {
		err = writeCatalogRows(f, sw, nil, lang, true)
	}
	if err == nil {
		err = sw.Flush()
	}
	if err == nil {
		err = f.Write(w)
	}
	if err != nil {
		return fmt.Errorf("catalog: template: %w", err)
	}
	return nil
}
