package sales

import (
	"context"
	"fmt"
	"strings"

	"steady/backend/apperr"
	"steady/backend/auth"
)

// DealQuery is one page of the deal list: the deals of the people in scope
// (narrowed by Filter), filtered, sorted, and paged.
type DealQuery struct {
	Filter
	Status     string `json:"status"` // "", open, won or lost
	StageID    string `json:"stageId"`
	CustomerID string `json:"customerId"`
	Search     string `json:"search"` // a fragment of the title or the customer's name
	Sort       string `json:"sort"`   // updated (default), created, amount, expectedClose or closed
	Desc       bool   `json:"desc"`
	Limit      int    `json:"limit"` // 0: 50, at most 200
	Offset     int    `json:"offset"`
}

// DealPage is one page of deals and how many match in all.
type DealPage struct {
	Deals []Card `json:"deals"`
	Total int    `json:"total"`
}

// dealSorts maps a sort name to its SQL; ties break on the id.
var dealSorts = map[string]string{
	"updated":       "d.updated_at",
	"created":       "d.created_at",
	"amount":        "d.amount_minor",
	"expectedClose": "d.expected_close_on",
	"closed":        "coalesce(d.closed_at, '')",
}

// Deals returns one page of the list.
func (s *Service) Deals(ctx context.Context, actor auth.Actor, dq DealQuery) (DealPage, error) {
	q := s.db.Read()
	sc, err := scopeFor(ctx, q, actor, dq.Filter)
	if err != nil {
		return DealPage{}, err
	}
	cond, args, err := dealConditions(sc, dq)
	if err != nil {
		return DealPage{}, err
	}
	var page DealPage
	err = q.QueryRowContext(ctx, `SELECT count(*) FROM deals d WHERE d.deleted_at IS NULL`+cond, args...).Scan(&page.Total)
	if err != nil {
		return DealPage{}, fmt.Errorf("sales: count deals: %w", err)
	}
	order := dealSorts[dq.Sort]
	if dq.Sort == "" {
		order, dq.Desc = dealSorts["updated"], true
	}
	dir := " ASC"
	if dq.Desc {
		dir = " DESC"
	}
	limit := dq.Limit
	if limit <= 0 || limit > 200 {
		limit = 50
	}
	page.Deals, err = cards(ctx, q, s.now(), cond, args, order+dir+`, d.rowid`+dir, limit, max(dq.Offset, 0))
	return page, err
}

// dealConditions turns the query's filters into SQL (each starting " AND").
func dealConditions(sc scope, dq DealQuery) (string, []any, error) {
	var v apperr.Validation
	switch dq.Status {
	case "", StatusOpen, StatusWon, StatusLost:
	default:
		v.Add("status", "validation.invalidChoice", nil)
	}
	if _, ok := dealSorts[dq.Sort]; dq.Sort != "" && !ok {
		v.Add("sort", "validation.invalidChoice", nil)
	}
	if err := v.Err(); err != nil {
		return "", nil, err
	}
	scopeCond, args := sc.where("d.owner_id")
	cond := " AND " + scopeCond
	add := func(sql string, arg any) {
		cond += " AND " + sql
		args = append(args, arg)
	}
	if dq.Status != "" {
		add("d.status = ?", dq.Status)
	}
	if dq.StageID != "" {
		add("d.stage_id = ?", dq.StageID)
	}
	if dq.CustomerID != "" {
		add("d.customer_id = ?", dq.CustomerID)
	}
	if term := strings.TrimSpace(dq.Search); term != "" {
		like := "%" + escapeLike(term) + "%"
		// Matched over the narrow deals_search index, not the wide deals table.
		cond += ` AND d.rowid IN (SELECT rowid FROM deals INDEXED BY deals_search WHERE deleted_at IS NULL
			AND (title LIKE ? ESCAPE '\' OR customer_id IN (SELECT id FROM customers WHERE name LIKE ? ESCAPE '\')))`
		args = append(args, like, like)
	}
	return cond, args, nil
}

// escapeLike makes %, _ and \ match themselves in a LIKE pattern.
func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}
