// Package exportall writes the whole company database to one Excel
// workbook, a sheet per table people know with headers in their language,
// so a business can always leave with its data. It streams: a table of a
// million rows never sits in memory, and one longer than a sheet holds
// continues on the next sheet.
package exportall

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/xuri/excelize/v2"

	"steady/backend/auth"
	"steady/backend/store"
)

// Options says how to write. RowsPerSheet (header included) is Excel's
// limit when 0; tests set a small one to see a table continue.
type Options struct {
	Lang         string // "en", else Chinese
	RowsPerSheet int
	Progress     func(done, total int) // rows written of all; may be nil
}

// Summary says what the workbook holds.
type Summary struct {
	Tables    []TableSummary `json:"tables"`
	Rows      int            `json:"rows"`
	LongTexts int            `json:"longTexts"` // texts longer than a cell holds, continued on the long-texts sheet
}

// TableSummary is one table: its rows and the sheets they went to.
type TableSummary struct {
	Table  string   `json:"table"`
	Rows   int      `json:"rows"`
	Sheets []string `json:"sheets"`
}

// progressEvery is how many rows pass between progress reports; the caller
// throttles by time.
const progressEvery = 1000

// Write writes every table people know, as one consistent snapshot, to w.
// Only the owner takes the whole company away; password hashes and device
// secrets are never written. Nothing reaches w unless the whole workbook is
// built (a cancelled export returns the context's error).
func Write(ctx context.Context, db *store.DB, actor auth.Actor, w io.Writer, opt Options) (Summary, error) {
	if err := actor.MayCopyCompany(); err != nil {
		return Summary{}, err
	}
	tx, done, err := snapshot(ctx, db)
	if err != nil {
		return Summary{}, err
	}
	defer done()
	b, err := newBook(ctx, tx, opt)
	if err != nil {
		return Summary{}, err
	}
	defer b.f.Close()
	for _, s := range b.present {
		if err := b.writeTable(ctx, s); err != nil {
			return Summary{}, err
		}
	}
	if err := b.writeLong(); err != nil {
		return Summary{}, err
	}
	if err := b.f.DeleteSheet("Sheet1"); err != nil {
		return Summary{}, fmt.Errorf("exportall: %w", err)
	}
	if _, err := b.f.WriteTo(w); err != nil {
		return Summary{}, fmt.Errorf("exportall: write: %w", err)
	}
	return b.sum, nil
}

// querier reads; a connection inside one read transaction is one.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// snapshot holds one reading connection in a deferred transaction, so that
// every sheet is read from the same moment while others keep writing. (The
// pool's own BeginTx asks for a write lock, which a reader may not take.)
func snapshot(ctx context.Context, db *store.DB) (querier, func(), error) {
	conn, err := db.Read().Conn(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("exportall: connect: %w", err)
	}
	if _, err := conn.ExecContext(ctx, `BEGIN DEFERRED`); err != nil {
		conn.Close()
		return nil, nil, fmt.Errorf("exportall: begin: %w", err)
	}
	done := func() {
		_, _ = conn.ExecContext(context.Background(), `ROLLBACK`) // read only: nothing to keep or report
		conn.Close()
	}
	return conn, done, nil
}

// book is a workbook being written.
type book struct {
	f       *excelize.File
	tx      querier
	opt     Options
	present []sheet
	total   int
	sum     Summary
	long    []longPart // parts of texts too long for their cells, for the last sheet
}

func newBook(ctx context.Context, tx querier, opt Options) (*book, error) {
	if opt.RowsPerSheet <= 1 || opt.RowsPerSheet > excelize.TotalRows {
		opt.RowsPerSheet = excelize.TotalRows
	}
	have, err := tableNames(ctx, tx)
	if err != nil {
		return nil, err
	}
	b := &book{f: excelize.NewFile(), tx: tx, opt: opt}
	for _, s := range sheets {
		if !have[s.table] {
			continue
		}
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM `+s.table).Scan(&n); err != nil {
			b.f.Close()
			return nil, fmt.Errorf("exportall: count %s: %w", s.table, err)
		}
		b.present, b.total = append(b.present, s), b.total+n
	}
	return b, nil
}

// tableNames are the tables of this database, whatever its version.
func tableNames(ctx context.Context, tx querier) (map[string]bool, error) {
	rows, err := tx.QueryContext(ctx, `SELECT name FROM sqlite_master WHERE type = 'table'`)
	if err != nil {
		return nil, fmt.Errorf("exportall: tables: %w", err)
	}
	defer rows.Close()
	have := map[string]bool{}
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return nil, fmt.Errorf("exportall: tables: %w", err)
		}
		have[name] = true
	}
	return have, rows.Err()
}

// columnsOf lists the columns of a table that are written, in table order.
func columnsOf(ctx context.Context, tx querier, s sheet) ([]string, error) {
	rows, err := tx.QueryContext(ctx, `SELECT name FROM pragma_table_info(?) ORDER BY cid`, s.table)
	if err != nil {
		return nil, fmt.Errorf("exportall: columns of %s: %w", s.table, err)
	}
	defer rows.Close()
	var cols []string
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			return nil, fmt.Errorf("exportall: columns of %s: %w", s.table, err)
		}
		if !derivedCols[c] && !slices.Contains(s.hiddenCols, c) && !secret(c) {
			cols = append(cols, c)
		}
	}
	return cols, rows.Err()
}

// secret catches a secret column whatever table it lands in later.
func secret(col string) bool {
	for _, w := range []string{"hash", "token", "secret"} {
		if strings.Contains(col, w) {
			return true
		}
	}
	return false
}

func (b *book) lang() string {
	if b.opt.Lang == "en" {
		return "en"
	}
	return "zh-CN"
}
