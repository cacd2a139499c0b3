package customer

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/store"
	"steady/backend/validate"
)

// ListQuery is one page of the customer list: filters, sort and paging.
type ListQuery struct {
	OwnerID         string `json:"ownerId"` // "" everyone in scope, "pool", or a user id
	Stage           string `json:"stage"`
	Segment         string `json:"segment"`
	Tag             string `json:"tag"`
	Source          string `json:"source"`
	City            string `json:"city"`
	ContactedAfter  string `json:"contactedAfter"`  // YYYY-MM-DD, local: last contact on or after that day
	ContactedBefore string `json:"contactedBefore"` // YYYY-MM-DD, local: before that day, or never
	Health          string `json:"health"`          // "" any; an after-sales filter (see HealthFilter): lowScore, openComplaints
	Sort            string `json:"sort"`            // name (default), lastContact, created, segment, stage
	Desc            bool   `json:"desc"`
	// Cursor is a page's Next or Prev ("" the first page, or the last with
	// Back); Back reads the page before the cursor. Offset, used only
	// without a cursor, jumps by position and costs its depth.
	Cursor string `json:"cursor"`
	Back   bool   `json:"back"`
	Offset int    `json:"offset"`
	Limit  int    `json:"limit"`
}

// CustomerRow is one line of the list.
type CustomerRow struct {
	ID            string   `json:"id"`
	Kind          string   `json:"kind"`
	Name          string   `json:"name"`
	OwnerID       string   `json:"ownerId"`
	OwnerName     string   `json:"ownerName"`
	Stage         string   `json:"stage"`
	Segment       string   `json:"segment"`
	Source        string   `json:"source"`
	City          string   `json:"city"`
	Phone         string   `json:"phone"`
	ContactName   string   `json:"contactName"` // the primary contact
	Tags          []string `json:"tags"`
	LastContactAt string   `json:"lastContactAt"`
	CreatedAt     string   `json:"createdAt"`
	Version       int      `json:"version"`
}

// CustomerPage is a page of rows, how many rows all pages hold, and the
// cursors of the pages beside it.
type CustomerPage struct {
	Items []CustomerRow `json:"items"`
	// Total is exact up to the count cap (10,000); with TotalMore set more
	// rows match than Total, and counting stopped there.
	Total     int    `json:"total"`
	TotalMore bool   `json:"totalMore"`
	Next      string `json:"next"` // "" on the last page
	Prev      string `json:"prev"` // "" on the first page
}

// countCap is how many matches a list counts at most: counting is a walk
// of an index, so a count bounded by it costs the same at any list size.
const countCap = 10_000

const maxPage = 200

// listSort is a sort order and the index (0002_customers.sql) that holds it;
// the rank expressions must match the indexes' exactly.
type listSort struct {
	keys  []string
	index string
}

var listSorts = map[string]listSort{
	"name":        {[]string{"c.name_pinyin", "c.id"}, "customers_list_name"},
	"lastContact": {[]string{"c.last_contact_at", "c.id"}, "customers_list_contact"},
	"created":     {[]string{"c.created_at", "c.id"}, "customers_list_created"},
	"segment": {[]string{`(CASE segment WHEN 'high_value' THEN 0 WHEN 'potential' THEN 1
    WHEN 'ordinary' THEN 2 ELSE 3 END)`, "c.name_pinyin", "c.id"}, "customers_list_segment"},
	"stage": {[]string{`(CASE stage WHEN 'lead' THEN 0 WHEN 'prospect' THEN 1
    WHEN 'customer' THEN 2 WHEN 'repeat' THEN 3 WHEN 'dormant' THEN 4 ELSE 5 END)`, "c.name_pinyin", "c.id"}, "customers_list_stage"},
}

// Customers returns a page of the customers the actor may see.
func (s *Service) Customers(ctx context.Context, actor auth.Actor, lq ListQuery) (CustomerPage, error) {
	q := s.db.Read()
	sc, err := scopeOf(ctx, q, actor)
	if err != nil {
		return CustomerPage{}, err
	}
	loc, err := s.zone(ctx)
	if err != nil {
		return CustomerPage{}, err
	}
	f, err := listFilter(sc, lq, loc)
	if err != nil {
		return CustomerPage{}, err
	}
	if f, err = s.withHealth(f, lq.Health); err != nil {
		return CustomerPage{}, err
	}
	page := CustomerPage{Items: []CustomerRow{}}
	if page.Total, page.TotalMore, err = countList(ctx, q, sc, lq, f, s.listCountCap()); err != nil || page.Total == 0 {
		return page, err
	}
	if lq.Cursor == "" && !lq.Back && !page.TotalMore && lq.Offset >= page.Total {
		return page, nil
	}
	page.Items, page.Next, page.Prev, err = listPage(ctx, q, lq, f, page.Total)
	return page, err
}

// listCountCap is countCap unless a test set a smaller one.
func (s *Service) listCountCap() int {
	if s.countCap > 0 {
		return s.countCap
	}
	return countCap
}

// filter is a list query rendered as an SQL condition on customers c.
type filter struct {
	where string
	args  []any
}

// countList counts the rows of the list up to most, and says whether there
// are more. A tag alone is counted from the tag index (it knows each tagged
// customer's holder); everything else from customers, whose indexes carry
// the filter columns.
func countList(ctx context.Context, q Querier, sc scope, lq ListQuery, f filter, most int) (int, bool, error) {
	var n int
	stmt, args := countStatement(sc, lq, f, most)
	if err := q.QueryRowContext(ctx, stmt, args...).Scan(&n); err != nil {
		return 0, false, fmt.Errorf("customer: count list: %w", err)
	}
	return min(n, most), n > most, nil
}

// countStatement is countList's statement: it counts most+1 rows at most.
func countStatement(sc scope, lq ListQuery, f filter, most int) (string, []any) {
	tagOnly := lq.Tag != "" && lq.Stage == "" && lq.Segment == "" && lq.Source == "" && lq.City == "" &&
		lq.ContactedAfter == "" && lq.ContactedBefore == "" && lq.Health == ""
	if tagOnly {
		where, args := sc.where("t.holder")
		if lq.OwnerID != "" {
			where, args = where+" AND t.holder = ?", append(args, holderOf(lq.OwnerID))
		}
		return `SELECT count(*) FROM (SELECT 1 FROM customer_tags t WHERE t.tag = ? AND ` + where + ` LIMIT ?)`,
			append(append([]any{lq.Tag}, args...), most+1)
	}
	return `SELECT count(*) FROM (SELECT 1 FROM customers c WHERE ` + f.where + ` LIMIT ?)`,
		append(slices.Clone(f.args), most+1)
}

// walkSortAbove is the number of matching rows above which a page walks the
// index of its sort order, filtering as it goes: it meets a match at least
// every 100 entries. Fewer matches are found through a filter's own index
// and sorted, a few lookups each.
const walkSortAbove = 1000

// orderBy returns the ORDER BY terms of the query's sort, each behind
// prefix, and the index that holds rows in that order.
func orderBy(lq ListQuery, prefix string) (string, string) {
	sort, ok := listSorts[lq.Sort]
	if !ok {
		sort = listSorts["name"]
	}
	dir := " ASC"
	if lq.Desc {
		dir = " DESC"
	}
	terms := make([]string, len(sort.keys))
	for i, k := range sort.keys {
		terms[i] = prefix + k + dir
	}
	return strings.Join(terms, ", "), sort.index
}

// holderOf maps the list's owner filter to a holder ("pool" is ”).
func holderOf(ownerID string) string {
	if ownerID == "pool" {
		return ""
	}
	return ownerID
}

// listFilter renders the scope and the filters as one SQL condition.
func listFilter(sc scope, lq ListQuery, loc *time.Location) (filter, error) {
	where, args := sc.where("coalesce(c.owner_id, '')")
	f := filter{where: "c.deleted_at IS NULL AND " + where, args: args}
	add := func(cond string, arg any) {
		f.where += " AND " + cond
		f.args = append(f.args, arg)
	}
	if lq.OwnerID != "" {
		add("coalesce(c.owner_id, '') = ?", holderOf(lq.OwnerID))
	}
	for _, eq := range [][2]string{{"c.stage", lq.Stage}, {"c.segment", lq.Segment}, {"c.source", lq.Source}, {"c.city", lq.City}} {
		if eq[1] != "" {
			add(eq[0]+" = ?", eq[1])
		}
	}
	if lq.Tag != "" {
		add("EXISTS (SELECT 1 FROM customer_tags t WHERE t.tag = ? AND t.customer_id = c.id)", lq.Tag)
	}
	var v apperr.Validation
	if after := dayStart(&v, "contactedAfter", lq.ContactedAfter, loc); after != "" {
		add("c.last_contact_at >= ?", after)
	}
	if before := dayStart(&v, "contactedBefore", lq.ContactedBefore, loc); before != "" {
		add("c.last_contact_at < ?", before) // never contacted ('') counts as before
	}
	return f, v.Err()
}

// dayStart turns a local date into the stored text of its first instant.
func dayStart(v *apperr.Validation, field, date string, loc *time.Location) string {
	if validate.Date(v, field, date) == "" || v.Has(field) {
		return ""
	}
	d, _ := time.ParseInLocation(time.DateOnly, strings.TrimSpace(date), loc) // checked by validate.Date
	return store.FormatTime(d)
}
