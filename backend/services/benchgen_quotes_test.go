package services_test

import (
	"database/sql"
	"fmt"
	"time"

	"steady/backend/sales"
	"steady/backend/store"
)

// benchQuote is one revision of a deal's quote.
type benchQuote struct {
	id, number, base, root string
	previous               any
	revision               int
	status                 string
	total                  int64
	created, sent, closed  time.Time // zero: not (yet)
}

const (
	insertQuote = `INSERT INTO quotes(id, number, base_number, revision, root_id, previous_id, status, customer_id,
		customer_name, deal_id, currency, tax_included, issue_date, valid_until, subtotal_minor, tax_minor, total_minor,
		sent_at, closed_at, owner_id, created_by, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	insertQuoteLine = `INSERT INTO quote_lines(id, quote_id, line_key, position, name, unit, qty_milli, unit_price_minor,
		tax_rate_bp, amount_minor, created_at, updated_at) VALUES (?, ?, ?, ?, ?, '套', 1000, ?, 1300, ?, ?, ?)`
	benchValidDays = 30
)

var benchProducts = []string{"激光打印机", "办公椅（人体工学）", "会议平板 86 寸", "文件柜", "投影仪", "碎纸机"}

// quotes are the revisions of the quote d's owner sent when d reached the
// quotation stage: a quarter revised once (the first superseded, a little
// dearer), the latest accepted when the deal was won, rejected when it was
// lost, expired when its validity ran out first, or still out.
func (g *benchGen) quotes(d *benchDeal) []benchQuote {
	if d.quotedAt.IsZero() {
		return nil
	}
	end := benchNow
	if d.status != sales.StatusOpen {
		end = d.closed
	}
	first := g.quote(d.quotedAt.Add(time.Duration(1+g.r.IntN(20))*time.Hour), end, d.amount)
	if first.created.IsZero() {
		return nil
	}
	first.id, first.revision = store.NewID(), 1
	first.root = first.id
	g.quoteSeq++
	first.base = fmt.Sprintf("QT-%s-BENCH-%05d", first.created.In(g.loc).Format("20060102"), g.quoteSeq)
	first.number = first.base
	out := []benchQuote{first}
	if !first.sent.IsZero() && g.r.IntN(4) == 0 {
		next := g.quote(first.sent.Add(time.Duration(24+g.r.IntN(48))*time.Hour), end, d.amount)
		if !next.created.IsZero() {
			out[0].status, out[0].closed, out[0].total = "superseded", next.created, d.amount*105/100
			next.id, next.root, next.previous, next.revision = store.NewID(), first.id, first.id, 2
			next.base, next.number = first.base, first.base+"-V2"
			out = append(out, next)
		}
	}
	g.closeQuote(d, &out[len(out)-1])
	return out
}

// quote is a revision made at created and sent a few hours later, if both
// happened before end; zero created when it was never made.
func (g *benchGen) quote(created, end time.Time, total int64) benchQuote {
	if !created.Before(end) {
		return benchQuote{}
	}
	q := benchQuote{created: created, status: "draft", total: total}
	if sent := created.Add(time.Duration(1+g.r.IntN(8)) * time.Hour); sent.Before(end) {
		q.sent, q.status = sent, "sent"
	}
	return q
}

// closeQuote ends the latest revision with its deal, or lets it expire.
func (g *benchGen) closeQuote(d *benchDeal, q *benchQuote) {
	if q.sent.IsZero() {
		return
	}
	expires := g.validEnd(q).Add(time.Duration(1+g.r.IntN(10)) * time.Hour) // marked at the next start-up
	switch {
	case d.status == sales.StatusWon:
		q.status, q.closed = "accepted", d.closed
	case d.status == sales.StatusLost && expires.Before(d.closed):
		q.status, q.closed = "expired", expires
	case d.status == sales.StatusLost:
		q.status, q.closed = "rejected", d.closed
	case expires.Before(benchNow):
		q.status, q.closed = "expired", expires
	}
}

// validEnd is the first moment after q's validity date.
func (g *benchGen) validEnd(q *benchQuote) time.Time {
	return g.day(q.created).AddDate(0, 0, benchValidDays+1)
}

// writeQuotes inserts the revisions with one to three lines each.
func (g *benchGen) writeQuotes(ins, lines *sql.Stmt, d *benchDeal, quotes []benchQuote) error {
	for _, q := range quotes {
		var sent, closed any
		if !q.sent.IsZero() {
			sent = store.FormatTime(q.sent)
		}
		if !q.closed.IsZero() {
			closed = store.FormatTime(q.closed)
		}
		created, updated := store.FormatTime(q.created), store.FormatTime(q.created)
		if !q.closed.IsZero() {
			updated = store.FormatTime(q.closed)
		}
		issue := g.day(q.created)
		tax := (q.total*1300*2 + 11300) / (2 * 11300)
		if _, err := ins.ExecContext(ctx, q.id, q.number, q.base, q.revision, q.root, q.previous, q.status, d.c.id,
			d.c.name, d.id, d.currency, issue.Format(time.DateOnly), issue.AddDate(0, 0, benchValidDays).Format(time.DateOnly),
			q.total, tax, q.total, sent, closed, d.owner, d.owner, created, updated); err != nil {
			return err
		}
		n, left := 1+g.r.IntN(3), q.total
		for i := range n {
			amount := left
			if i < n-1 {
				amount = q.total / int64(n)
			}
			left -= amount
			if _, err := lines.ExecContext(ctx, store.NewID(), q.id, store.NewID(), i+1,
				benchProducts[g.r.IntN(len(benchProducts))], amount, amount, created, created); err != nil {
				return err
			}
		}
	}
	return nil
}
