package customer

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"steady/backend/apperr"
)

// A page of the list is read by key (keyset), not by position: a cursor
// holds the sort key of the row next to the page (its sort's values and the
// id that breaks ties), so reading the 20,000th row costs what the first
// does, and rows added or removed between two reads shift nothing.

// cursor is the decoded form of ListQuery.Cursor and CustomerPage.Next/Prev.
// It names its sort, so a cursor of another order is refused, not misread.
type cursor struct {
	Sort string `json:"s"`
	Desc bool   `json:"d"`
	Keys []any  `json:"k"`
}

func (c cursor) encode() string {
	b, _ := json.Marshal(c) // strings and integers only
	return base64.RawURLEncoding.EncodeToString(b)
}

// decodeCursor reads a cursor of the query's sort; anything else is a field
// error on "cursor" (a screen that changed the sort must start over).
func decodeCursor(s string, sortName string, sort listSort, desc bool) ([]any, error) {
	bad := apperr.Field("cursor", "validation.invalidChoice", nil)
	raw, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return nil, bad
	}
	dec := json.NewDecoder(strings.NewReader(string(raw)))
	dec.UseNumber()
	var c cursor
	if err := dec.Decode(&c); err != nil || c.Sort != sortName || c.Desc != desc || len(c.Keys) != len(sort.keys) {
		return nil, bad
	}
	for i, k := range c.Keys {
		switch v := k.(type) {
		case string:
		case json.Number:
			n, err := v.Int64()
			if err != nil {
				return nil, bad
			}
			c.Keys[i] = n
		default:
			return nil, bad
		}
	}
	return c.Keys, nil
}

// sortOf is the query's sort and its name, name when unknown.
func sortOf(lq ListQuery) (string, listSort) {
	if sort, ok := listSorts[lq.Sort]; ok {
		return lq.Sort, sort
	}
	return "name", listSorts["name"]
}

// keyedRow is a row of the list with the values of its sort key.
type keyedRow struct {
	row  CustomerRow
	keys []any
}

// listPage reads one page in two steps: the ids, from indexes alone, then
// the columns of those rows only, so skipped rows cost no joins. Going back
// (lq.Back) walks the order the other way from the cursor and turns the rows
// round. It returns the rows and the cursors of the pages beside it ("" at
// an end of the list).
func listPage(ctx context.Context, q Querier, lq ListQuery, f filter, total int) ([]CustomerRow, string, string, error) {
	name, sort := sortOf(lq)
	limit := pageSize(lq.Limit, 50, maxPage)
	var after []any
	if lq.Cursor != "" {
		var err error
		if after, err = decodeCursor(lq.Cursor, name, sort, lq.Desc); err != nil {
			return nil, "", "", err
		}
	}
	stmt, args := pageQuery(lq, sort, f, total, limit+1, after)
	rows, err := readPage(ctx, q, sort, stmt, args)
	if err != nil {
		return nil, "", "", err
	}
	more := len(rows) > limit
	rows = rows[:min(len(rows), limit)]
	if lq.Back {
		slices.Reverse(rows)
	}
	items := make([]CustomerRow, len(rows))
	for i, r := range rows {
		items[i] = r.row
	}
	if len(rows) == 0 {
		return items, "", "", nil
	}
	hasPrev, hasNext := lq.Cursor != "" || lq.Offset > 0, more
	if lq.Back {
		hasPrev, hasNext = more, lq.Cursor != ""
	}
	next, prev := "", ""
	if hasNext {
		next = cursor{Sort: name, Desc: lq.Desc, Keys: rows[len(rows)-1].keys}.encode()
	}
	if hasPrev {
		prev = cursor{Sort: name, Desc: lq.Desc, Keys: rows[0].keys}.encode()
	}
	return items, next, prev, nil
}

// pageQuery is the statement of a page and its arguments, up to limit rows
// in the order walked (backwards when lq.Back).
func pageQuery(lq ListQuery, sort listSort, f filter, total, limit int, after []any) (string, []any) {
	walkDesc := lq.Desc != lq.Back
	offset := 0
	if lq.Cursor == "" && !lq.Back {
		offset = max(lq.Offset, 0) // "jump to page N": costs its depth, kept for callers that still ask
	}
	if total <= walkSortAbove {
		// a unary plus hides the sort from the indexes, so the planner
		// picks a filter's index instead of walking the whole sort order
		where, args := afterKey(f, sort.keys, "+", walkDesc, after)
		return pageStatement(sort, "", "+", where, walkDesc), append(args, limit, offset)
	}
	pick := " INDEXED BY " + sort.index
	if after == nil || !strings.HasPrefix(sort.keys[0], "(") {
		where, args := afterKey(f, sort.keys, "", walkDesc, after)
		return pageStatement(sort, pick, "", where, walkDesc), append(args, limit, offset)
	}
	// SQLite starts a walk at a row value only on plain columns, so a sort
	// led by an expression (segment, stage: a handful of ranks) reads the
	// rest of the cursor's rank by the row value of the columns after it,
	// then the ranks beyond from their start: two short walks, one page.
	rank := filter{where: f.where + " AND " + sort.keys[0] + " = ?", args: append(slices.Clone(f.args), after[0])}
	same, sameArgs := afterKey(rank, sort.keys[1:], "", walkDesc, after[1:])
	beyond, beyondArgs := afterKey(f, sort.keys[:1], "", walkDesc, after[:1])
	dir := direction(walkDesc)
	alias := make([]string, len(sort.keys))
	for i := range alias {
		alias[i] = fmt.Sprintf("s%d", i)
	}
	part := func(where string, order listSort) string {
		return `SELECT * FROM (SELECT c.id AS id, ` + sortTerms(sort, "", "", alias...) + ` FROM customers c` + pick +
			` WHERE ` + where + ` ORDER BY ` + sortTerms(order, "", dir) + ` LIMIT ?)`
	}
	// within one rank the order is the columns after it: SQLite does not
	// see that the rank's equality already orders the rank's expression
	ids := `SELECT id FROM (` + part(same, listSort{keys: sort.keys[1:]}) + ` UNION ALL ` + part(beyond, sort) + `) ORDER BY ` +
		strings.Join(alias, dir+", ") + dir + ` LIMIT ? OFFSET ?`
	args := append(append(append(sameArgs, limit), beyondArgs...), limit, limit, offset)
	return pageColumns(sort, ids, walkDesc), args
}

// afterKey adds to f the condition that keys, each behind prefix, come
// after the cursor's values in the walk's direction (nothing without one).
func afterKey(f filter, keys []string, prefix string, desc bool, after []any) (string, []any) {
	args := slices.Clone(f.args)
	if after == nil {
		return f.where, args
	}
	op := " > "
	if desc {
		op = " < "
	}
	terms := make([]string, len(keys))
	for i, k := range keys {
		terms[i] = prefix + k
	}
	where := f.where + " AND (" + strings.Join(terms, ", ") + ")" + op + "(" + strings.Repeat("?, ", len(after)-1) + "?)"
	return where, append(args, after...)
}

func direction(desc bool) string {
	if desc {
		return " DESC"
	}
	return " ASC"
}

// sortTerms joins the sort's key expressions, each behind prefix and
// followed by suffix (a direction), named by alias when given.
func sortTerms(sort listSort, prefix, suffix string, alias ...string) string {
	terms := make([]string, len(sort.keys))
	for i, k := range sort.keys {
		terms[i] = prefix + k + suffix
		if alias != nil {
			terms[i] += " AS " + alias[i]
		}
	}
	return strings.Join(terms, ", ")
}

// pageStatement is the statement of a page: the ids in the walk's order
// (pick names an index to walk, prefix hides the sort from indexes), then
// their columns and sort keys. Its last two arguments are LIMIT and OFFSET.
func pageStatement(sort listSort, pick, prefix, where string, desc bool) string {
	return pageColumns(sort, `SELECT c.id FROM customers c`+pick+` WHERE `+where+`
		ORDER BY `+sortTerms(sort, prefix, direction(desc))+` LIMIT ? OFFSET ?`, desc)
}

// pageColumns reads the columns and sort keys of the rows ids selects.
func pageColumns(sort listSort, ids string, desc bool) string {
	return `WITH page AS MATERIALIZED (` + ids + `)
		SELECT c.id, c.kind, c.name, coalesce(c.owner_id, ''), coalesce(u.name, ''), c.stage, c.segment, c.source,
		c.city, c.phone, coalesce(p.name, ''), c.tags, c.last_contact_at, c.created_at, c.version, ` + sortTerms(sort, "", "") + `
		FROM page JOIN customers c ON c.id = page.id LEFT JOIN users u ON u.id = c.owner_id
		LEFT JOIN contacts p ON p.customer_id = c.id AND p.is_primary = 1 AND p.deleted_at IS NULL
		ORDER BY ` + sortTerms(sort, "", direction(desc))
}

// readPage runs a page's statement (its last two args are LIMIT and
// OFFSET) and reads the rows with their sort keys.
func readPage(ctx context.Context, q Querier, sort listSort, stmt string, args []any) ([]keyedRow, error) {
	rows, err := q.QueryContext(ctx, stmt, args...)
	if err != nil {
		return nil, fmt.Errorf("customer: list: %w", err)
	}
	defer rows.Close()
	out := []keyedRow{}
	for rows.Next() {
		var r keyedRow
		var tags string
		r.keys = make([]any, len(sort.keys))
		dest := []any{&r.row.ID, &r.row.Kind, &r.row.Name, &r.row.OwnerID, &r.row.OwnerName, &r.row.Stage, &r.row.Segment,
			&r.row.Source, &r.row.City, &r.row.Phone, &r.row.ContactName, &tags, &r.row.LastContactAt, &r.row.CreatedAt, &r.row.Version}
		for i := range r.keys {
			dest = append(dest, &r.keys[i])
		}
		if err := rows.Scan(dest...); err != nil {
			return nil, fmt.Errorf("customer: list: %w", err)
		}
		for i, k := range r.keys {
			if b, ok := k.([]byte); ok {
				r.keys[i] = string(b)
			}
		}
		if err := json.Unmarshal([]byte(tags), &r.row.Tags); err != nil {
			return nil, fmt.Errorf("customer: tags of %s: %w", r.row.ID, err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}
