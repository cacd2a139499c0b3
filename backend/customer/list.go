package customer

import (
	"context"
	"encoding/json"
	"fmt"
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
	Sort            string `json:"sort"`            // name (default), lastContact, created, segment, stage
	Desc            bool   `json:"desc"`
	Offset          int    `json:"offset"`
	Limit           int    `json:"limit"`
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

// CustomerPage is a page of rows and the number of rows in all pages.
type CustomerPage struct {
	Items []CustomerRow `json:"items"`
	Total int           `json:"total"`
}

const maxPage = 200

// Sort keys; the rank expressions match the indexes of 0002_customers.sql.
var listSorts = map[string][]string{
	"name":        {"c.name_pinyin", "c.id"},
	"lastContact": {"c.last_contact_at", "c.id"},
	"created":     {"c.created_at", "c.id"},
	"segment": {`(CASE segment WHEN 'high_value' THEN 0 WHEN 'potential' THEN 1
    WHEN 'ordinary' THEN 2 ELSE 3 END)`, "c.name_pinyin", "c.id"},
	"stage": {`(CASE stage WHEN 'lead' THEN 0 WHEN 'prospect' THEN 1
    WHEN 'customer' THEN 2 WHEN 'repeat' THEN 3 WHEN 'dormant' THEN 4 ELSE 5 END)`, "c.name_pinyin", "c.id"},
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
	where, args, err := listFilter(sc, lq, loc)
	if err != nil {
		return CustomerPage{}, err
	}
	page := CustomerPage{Items: []CustomerRow{}}
	if err := q.QueryRowContext(ctx, `SELECT count(*) FROM customers c WHERE `+where, args...).Scan(&page.Total); err != nil {
		return page, fmt.Errorf("customer: count list: %w", err)
	}
	limit := min(max(lq.Limit, 1), maxPage)
	rows, err := q.QueryContext(ctx, `SELECT c.id, c.kind, c.name, coalesce(c.owner_id, ''), coalesce(u.name, ''), c.stage,
		c.segment, c.source, c.city, c.phone, coalesce(p.name, ''), c.tags, coalesce(c.last_contact_at, ''), c.created_at, c.version
		FROM customers c LEFT JOIN users u ON u.id = c.owner_id
		LEFT JOIN contacts p ON p.customer_id = c.id AND p.is_primary = 1 AND p.deleted_at IS NULL
		WHERE `+where+` ORDER BY `+orderBy(lq)+` LIMIT ? OFFSET ?`, append(args, limit, max(lq.Offset, 0))...)
	if err != nil {
		return page, fmt.Errorf("customer: list: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r CustomerRow
		var tags string
		if err := rows.Scan(&r.ID, &r.Kind, &r.Name, &r.OwnerID, &r.OwnerName, &r.Stage, &r.Segment, &r.Source, &r.City,
			&r.Phone, &r.ContactName, &tags, &r.LastContactAt, &r.CreatedAt, &r.Version); err != nil {
			return page, fmt.Errorf("customer: list: %w", err)
		}
		if err := json.Unmarshal([]byte(tags), &r.Tags); err != nil {
			return page, fmt.Errorf("customer: tags of %s: %w", r.ID, err)
		}
		page.Items = append(page.Items, r)
	}
	return page, rows.Err()
}

func orderBy(lq ListQuery) string {
	keys, ok := listSorts[lq.Sort]
	if !ok {
		keys = listSorts["name"]
	}
	dir := " ASC"
	if lq.Desc {
		dir = " DESC"
	}
	return strings.Join(keys, dir+", ") + dir
}

// listFilter renders the scope and the filters as one SQL condition.
func listFilter(sc scope, lq ListQuery, loc *time.Location) (string, []any, error) {
	scopeSQL, args := sc.where("c.owner_id")
	conds := []string{"c.deleted_at IS NULL", scopeSQL}
	add := func(cond string, arg any) {
		conds = append(conds, cond)
		args = append(args, arg)
	}
	switch lq.OwnerID {
	case "":
	case "pool":
		conds = append(conds, "c.owner_id IS NULL")
	default:
		add("c.owner_id = ?", lq.OwnerID)
	}
	for _, f := range [][2]string{{"c.stage", lq.Stage}, {"c.segment", lq.Segment}, {"c.source", lq.Source}, {"c.city", lq.City}} {
		if f[1] != "" {
			add(f[0]+" = ?", f[1])
		}
	}
	if lq.Tag != "" {
		add("c.id IN (SELECT customer_id FROM customer_tags WHERE tag = ?)", lq.Tag)
	}
	var v apperr.Validation
	if after := dayStart(&v, "contactedAfter", lq.ContactedAfter, loc); after != "" {
		add("c.last_contact_at >= ?", after)
	}
	if before := dayStart(&v, "contactedBefore", lq.ContactedBefore, loc); before != "" {
		add("(c.last_contact_at IS NULL OR c.last_contact_at < ?)", before)
	}
	return strings.Join(conds, " AND "), args, v.Err()
}

// dayStart turns a local date into the stored text of its first instant.
func dayStart(v *apperr.Validation, field, date string, loc *time.Location) string {
	if validate.Date(v, field, date) == "" || v.Has(field) {
		return ""
	}
	d, _ := time.ParseInLocation(time.DateOnly, strings.TrimSpace(date), loc) // checked by validate.Date
	return store.FormatTime(d)
}
