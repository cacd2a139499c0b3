package catalog

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"strings"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/infile"
	"steady/backend/money"
	"steady/backend/store"
)

// RowError is why one row of an import was refused. Line is the row number
// as the spreadsheet shows it; Code is an i18n key.
type RowError struct {
	Line   int            `json:"line"`
	Field  string         `json:"field"`
	Code   string         `json:"code"`
	Params map[string]any `json:"params,omitempty"`
}

// ImportDefaults fill a row's empty currency and tax rate cells.
type ImportDefaults struct {
	Currency  string `json:"currency"`
	TaxRateBP int64  `json:"taxRateBp"`
}

// ImportSummary says what an import did (or, for a dry run, would do).
type ImportSummary struct {
	Rows     int        `json:"rows"`
	Created  int        `json:"created"`
	Updated  int        `json:"updated"`
	Rejected []RowError `json:"rejected"`
}

// ImportXLSX reads products from the first sheet of a workbook laid out as
// ExportXLSX writes it (headers in either language, in any order; SKU and
// Chinese name required). A row whose SKU exists updates that product,
// keeping its picture; others are created. Every row is checked first; the
// good ones land together in one transaction and each refused row is
// reported with its line and reason. dryRun only checks.
func (s *Service) ImportXLSX(ctx context.Context, actor auth.Actor, r io.Reader, defaults ImportDefaults, dryRun bool) (ImportSummary, error) {
	if err := requireEditor(actor); err != nil {
		return ImportSummary{}, err
	}
	rows, err := readRows(r)
	if err != nil {
		return ImportSummary{}, err
	}
	sum := ImportSummary{Rejected: []RowError{}}
	err = s.db.Tx(ctx, func(tx *sql.Tx) error {
		if err := s.importRowsTx(ctx, tx, actor, rows, defaults, &sum); err != nil {
			return err
		}
		if dryRun {
			return errDryRun
		}
		return nil
	})
	if errors.Is(err, errDryRun) {
		err = nil
	}
	return sum, err
}

// errDryRun rolls a dry run's transaction back.
var errDryRun = errors.New("catalog: dry run")

// maxImportRows bounds the rows of one catalog workbook, so a hostile
// file cannot fill memory with empty rows.
const maxImportRows = 100_000

// readRows reads the first sheet within infile's bounds (size, what it
// unpacks to, row width), one row per row number so that lines stay true.
func readRows(r io.Reader) ([][]string, error) {
	f, err := infile.OpenXLSX(r, false)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var rows [][]string
	filled := 0
	err = f.EachRow(f.GetSheetName(0), func(_ int, cells []string) error {
		if len(cells) > 0 {
			filled++
		}
		if filled > maxImportRows {
			return apperr.Field("file", "validation.tooManyRows", map[string]any{"max": maxImportRows})
		}
		rows = append(rows, cells)
		return nil
	})
	if err != nil {
		return nil, err
	}
	for len(rows) > 0 && len(rows[len(rows)-1]) == 0 { // as GetRows, without the empty rows at the end
		rows = rows[:len(rows)-1]
	}
	if len(rows) == 0 {
		return nil, apperr.Field("file", "validation.missingColumns", map[string]any{"columns": "SKU, 中文名称"})
	}
	idx := headerIndex(rows[0])
	if _, ok := idx["sku"]; !ok {
		return nil, apperr.Field("file", "validation.missingColumns", map[string]any{"columns": "SKU, 中文名称"})
	}
	if _, ok := idx["nameZh"]; !ok {
		return nil, apperr.Field("file", "validation.missingColumns", map[string]any{"columns": "SKU, 中文名称"})
	}
	return rows, nil
}

func (s *Service) importRowsTx(ctx context.Context, tx *sql.Tx, actor auth.Actor, rows [][]string, defaults ImportDefaults, sum *ImportSummary) error {
	idx := headerIndex(rows[0])
	seen := map[string]int{}
	for i, row := range rows[1:] {
		line := i + 2
		get := func(key string) string {
			if at, ok := idx[key]; ok && at < len(row) {
				return strings.TrimSpace(row[at])
			}
			return ""
		}
		if strings.Join(row, "") == "" {
			continue
		}
		sum.Rows++
		in, rowErr := parseRow(get, defaults)
		if rowErr == nil {
			rowErr = s.importOneTx(ctx, tx, actor, in, seen, line, sum)
		}
		if rowErr != nil {
			e, ok := apperr.As(rowErr)
			if !ok || e.Kind != apperr.KindValidation {
				return rowErr
			}
			sum.Rejected = append(sum.Rejected, firstProblem(line, e))
		}
	}
	return nil
}

// importOneTx creates or updates the product of one row, refusing a SKU an
// earlier row of the file already used.
func (s *Service) importOneTx(ctx context.Context, tx *sql.Tx, actor auth.Actor, in ProductInput, seen map[string]int, line int, sum *ImportSummary) error {
	key := strings.ToLower(in.SKU)
	if first, dup := seen[key]; dup {
		return apperr.Field("sku", "validation.duplicateInFile", map[string]any{"line": first})
	}
	seen[key] = line
	var id string
	var version int
	err := tx.QueryRowContext(ctx, `SELECT id, version FROM products WHERE sku = ? AND deleted_at IS NULL`, in.SKU).Scan(&id, &version)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		in.ID = store.NewID()
		if err := s.insertProductTx(ctx, tx, actor.ID, in); err != nil {
			return err
		}
		sum.Created++
	case err != nil:
		return fmt.Errorf("catalog: import: %w", err)
	default:
		in.ID, in.Version, in.KeepImage = id, version, true
		if err := s.updateProductTx(ctx, tx, actor.ID, in); err != nil {
			return err
		}
		sum.Updated++
	}
	return nil
}

// firstProblem reports one problem of a refused row, by field name.
func firstProblem(line int, e *apperr.Error) RowError {
	for _, c := range columns {
		if fe, ok := e.Fields[c.key]; ok {
			return RowError{Line: line, Field: c.key, Code: fe.Code, Params: fe.Params}
		}
	}
	for field, fe := range e.Fields {
		return RowError{Line: line, Field: field, Code: fe.Code, Params: fe.Params}
	}
	return RowError{Line: line, Code: e.Code}
}

// parseRow turns the cells of one row into product input.
func parseRow(get func(string) string, defaults ImportDefaults) (ProductInput, error) {
	var v apperr.Validation
	in := ProductInput{SKU: get("sku"), NameZh: get("nameZh"), NameEn: get("nameEn"), Spec: get("spec"),
		Unit: get("unit"), Category: get("category"), Currency: strings.ToUpper(get("currency")), Active: true}
	if in.Currency == "" {
		in.Currency = defaults.Currency
	}
	digits := money.MinorDigits(in.Currency)
	in.ListPriceMinor = parseAmount(&v, "listPriceMinor", get("listPriceMinor"), digits)
	in.FloorPriceMinor = parseAmount(&v, "floorPriceMinor", get("floorPriceMinor"), digits)
	in.CostMinor = parseAmount(&v, "costMinor", get("costMinor"), digits)
	in.TaxRateBP = defaults.TaxRateBP
	if rate := get("taxRateBp"); rate != "" {
		in.TaxRateBP = parseRate(&v, "taxRateBp", rate)
	}
	switch strings.ToLower(get("active")) {
	case "", "是", "yes", "y", "true", "1", "启用":
	case "否", "no", "n", "false", "0", "停用":
		in.Active = false
	default:
		v.Add("active", "validation.invalidChoice", nil)
	}
	return in, v.Err()
}

// parseAmount reads "3,299.00" (or "¥3299", "３２９９") as minor units
// with digits decimals; see money.ParseDecimal for what is refused.
func parseAmount(v *apperr.Validation, field, s string, digits int) int64 {
	s = strings.NewReplacer("¥", "", "￥", "", "$", "", " ", "").Replace(s)
	if s == "" {
		return 0
	}
	n, ok := money.ParseDecimal(s, digits)
	if !ok {
		v.Add(field, "validation.invalidAmount", nil)
		return 0
	}
	return n
}

// parseRate reads "13%", "13" or "6.5" as percent; a plain fraction below 1
// such as "0.13" (a percentage cell's raw value) counts as 13 %.
func parseRate(v *apperr.Validation, field, s string) int64 {
	s = strings.ReplaceAll(strings.ReplaceAll(s, " ", ""), "％", "%")
	number, percent := strings.CutSuffix(s, "%")
	if !percent && strings.Contains(number, ".") {
		if bp, ok := money.ParseDecimal(number, 4); ok && bp < 10000 { // a fraction below 1
			return bp
		}
	}
	bp, ok := money.ParseDecimal(number, 2) // percent → basis points
	if !ok || bp > 10000 {
		v.Add(field, "validation.rateRange", map[string]any{"min": 0, "max": 100})
		return 0
	}
	return bp
}
