package customer

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"steady/backend/auth"
	"steady/backend/store"
)

// ExportSummary says what an export wrote; a cancelled export writes nothing.
type ExportSummary struct {
	Rows      int  `json:"rows"`
	Cancelled bool `json:"cancelled"`
}

// ExportXLSX writes every customer of the list the actor sees, with lq's
// filters and sort (its paging is ignored), as one worksheet in lang ("en",
// else Chinese). Text cells are written as text, never as formulas, so a
// name such as "=1+1" stays a name. The workbook reaches w only when every
// row is in; progress hears rows done.
func (s *Service) ExportXLSX(ctx context.Context, actor auth.Actor, lq ListQuery, lang string, w io.Writer, progress Progress) (ExportSummary, error) {
	q := s.db.Read()
	sc, err := scopeOf(ctx, q, actor)
	if err != nil {
		return ExportSummary{}, err
	}
	loc, err := s.zone(ctx)
	if err != nil {
		return ExportSummary{}, err
	}
	f, err := listFilter(sc, lq, loc)
	if err != nil {
		return ExportSummary{}, err
	}
	if f, err = s.withHealth(f, lq.Health); err != nil {
		return ExportSummary{}, err
	}
	var total int
	if err := q.QueryRowContext(ctx, `SELECT count(*) FROM customers c WHERE `+f.where, f.args...).Scan(&total); err != nil {
		return ExportSummary{}, fmt.Errorf("customer: export count: %w", err)
	}
	book, err := newExportBook(lang, loc)
	if err != nil {
		return ExportSummary{}, err
	}
	defer book.f.Close()
	n, err := book.fill(ctx, q, lq, f, total, newThrottle(progress))
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return ExportSummary{Rows: n, Cancelled: true}, nil
	}
	if err != nil {
		return ExportSummary{}, err
	}
	return ExportSummary{Rows: n}, book.write(w)
}

// exportBook is a customer workbook being written row by row.
type exportBook struct {
	f          *excelize.File
	sw         *excelize.StreamWriter
	lang       string
	loc        *time.Location
	timeStyle  int
	headStyle  int
	sheetTitle string
}

func newExportBook(lang string, loc *time.Location) (*exportBook, error) {
	b := &exportBook{f: excelize.NewFile(), lang: lang, loc: loc, sheetTitle: "客户"}
	if lang == "en" {
		b.sheetTitle = "Customers"
	}
	err := b.f.SetSheetName(b.f.GetSheetName(0), b.sheetTitle)
	if err == nil {
		b.headStyle, err = b.f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"E5E7EB"}}})
	}
	if err == nil {
		format := "yyyy-mm-dd hh:mm"
		b.timeStyle, err = b.f.NewStyle(&excelize.Style{CustomNumFmt: &format})
	}
	if err == nil {
		b.sw, err = b.f.NewStreamWriter(b.sheetTitle)
	}
	if err == nil {
		err = b.header()
	}
	if err != nil {
		b.f.Close()
		return nil, fmt.Errorf("customer: export: %w", err)
	}
	return b, nil
}

func (b *exportBook) header() error {
	if err := b.sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	head := make([]any, len(exportColumns))
	for i, c := range exportColumns {
		if err := b.sw.SetColWidth(i+1, i+1, c.width); err != nil {
			return err
		}
		title := c.zh
		if b.lang == "en" {
			title = c.en
		}
		head[i] = excelize.Cell{StyleID: b.headStyle, Value: title}
	}
	return b.sw.SetRow("A1", head, excelize.RowOpts{})
}

const exportColumnsSQL = `c.name, c.kind, coalesce(u.name, ''), c.stage, c.segment, c.source, c.industry, c.region,
	c.city, c.country, c.address, c.phone, c.email, c.wechat, c.website, c.tags, c.notes, coalesce(p.name, ''),
	coalesce(p.title, ''), coalesce(p.phone, ''), coalesce(p.email, ''), c.last_contact_at, c.created_at`

// fill writes the rows of the list in its order and returns how many.
func (b *exportBook) fill(ctx context.Context, q Querier, lq ListQuery, f filter, total int, th *throttle) (int, error) {
	order, _ := orderBy(lq, "")
	rows, err := q.QueryContext(ctx, `SELECT `+exportColumnsSQL+` FROM customers c
		LEFT JOIN users u ON u.id = c.owner_id
		LEFT JOIN contacts p ON p.customer_id = c.id AND p.is_primary = 1 AND p.deleted_at IS NULL
		WHERE `+f.where+` ORDER BY `+order, f.args...)
	if err != nil {
		return 0, fmt.Errorf("customer: export: %w", err)
	}
	defer rows.Close()
	th.report(0, total)
	n := 0
	for rows.Next() {
		if err := ctx.Err(); err != nil {
			return n, err
		}
		if err := b.row(rows, n+2); err != nil {
			return n, err
		}
		n++
		th.report(min(n, total), total)
	}
	if err := rows.Err(); err != nil {
		return n, fmt.Errorf("customer: export: %w", err)
	}
	return n, nil
}

// row writes one customer at spreadsheet row at.
func (b *exportBook) row(rows *sql.Rows, at int) error {
	var v [23]string
	ptrs := make([]any, len(v))
	for i := range v {
		ptrs[i] = &v[i]
	}
	if err := rows.Scan(ptrs...); err != nil {
		return fmt.Errorf("customer: export: %w", err)
	}
	var tags []string
	if err := json.Unmarshal([]byte(v[15]), &tags); err != nil {
		return fmt.Errorf("customer: export tags: %w", err)
	}
	sep := "、"
	if b.lang == "en" {
		sep = ", "
	}
	v[1], v[3], v[4], v[5], v[15] = label(v[1], b.lang), label(v[3], b.lang), label(v[4], b.lang), label(v[5], b.lang),
		strings.Join(tags, sep)
	cells := make([]any, len(v))
	for i, s := range v[:21] {
		cells[i] = s // a string cell is text: excelize writes it as an inline string, never a formula
	}
	cells[21], cells[22] = b.when(v[21]), b.when(v[22])
	ref, _ := excelize.CoordinatesToCellName(1, at)
	if err := b.sw.SetRow(ref, cells); err != nil {
		return fmt.Errorf("customer: export: %w", err)
	}
	return nil
}

// when is a stored time as a date cell in the company's zone ("" stays empty).
func (b *exportBook) when(stored string) any {
	t, err := store.ParseTime(stored)
	if stored == "" || err != nil {
		return ""
	}
	l := t.In(b.loc)
	// Excel has no time zones: the cell holds the local wall clock
	wall := time.Date(l.Year(), l.Month(), l.Day(), l.Hour(), l.Minute(), l.Second(), 0, time.UTC)
	return excelize.Cell{StyleID: b.timeStyle, Value: wall}
}

func (b *exportBook) write(w io.Writer) error {
	if err := b.sw.Flush(); err != nil {
		return fmt.Errorf("customer: export: %w", err)
	}
	if err := b.f.Write(w); err != nil {
		return fmt.Errorf("customer: export: write: %w", err)
	}
	return nil
}
