package customer

import (
	"fmt"
	"io"

	"github.com/xuri/excelize/v2"
)

// WriteTemplateXLSX writes an empty customer list to fill in and import:
// the header row of every column the import takes, in the export's order,
// in lang ("en", else Chinese), each a header the import recognises.
func WriteTemplateXLSX(w io.Writer, lang string) error {
	f := excelize.NewFile()
	defer f.Close()
	sheet := "客户"
	if lang == "en" {
		sheet = "Customers"
	}
	err := f.SetSheetName(f.GetSheetName(0), sheet)
	var head int
	if err == nil {
		head, err = f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"E5E7EB"}}})
	}
	col := 0
	for _, c := range exportColumns {
		if c.key == "" || err != nil {
			continue
		}
		col++
		title := c.zh
		if lang == "en" {
			title = c.en
		}
		cell, _ := excelize.CoordinatesToCellName(col, 1)
		if err = f.SetCellValue(sheet, cell, title); err == nil {
			err = f.SetCellStyle(sheet, cell, cell, head)
		}
		if err == nil {
			name, _ := excelize.ColumnNumberToName(col)
			err = f.SetColWidth(sheet, name, name, c.width)
		}
	}
	if err == nil {
		err = f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"})
	}
	if err == nil {
		err = f.Write(w)
	}
	if err != nil {
		return fmt.Errorf("customer: template: %w", err)
	}
	return nil
}
