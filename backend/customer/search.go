package customer

import (
	"context"
	"fmt"
	"strings"

	"steady/backend/auth"
)

// SearchHit is one customer or contact found by Search.
type SearchHit struct {
	CustomerID string `json:"customerId"`
	ContactID  string `json:"contactId"` // "" when the customer itself matched
	Name       string `json:"name"`      // the customer's or the contact's name
	Company    string `json:"company"`   // the company: a company customer's name, or a contact's customer
	Phone      string `json:"phone"`
	Email      string `json:"email"`
	WeChat     string `json:"wechat"`
	OwnerID    string `json:"ownerId"`
	OwnerName  string `json:"ownerName"`
	Stage      string `json:"stage"`
	Segment    string `json:"segment"`
	Matched    string `json:"matched"` // the field that matched best: name, pinyin, initials, phone, email, wechat
	rank       int
	sortKey    string
}

// Candidate pools per query: enough to fill any page with the best matches.
const (
	anchoredCandidates = 100
	otherCandidates    = 300
	maxSearchResults   = 100
)

// Search finds the customers and contacts the actor may see by any
// fragment of name, phone, e-mail or WeChat, by full pinyin or its initials,
// best matches first: exact before prefix before anywhere, names before
// other fields, customers before their contacts.
func (s *Service) Search(ctx context.Context, actor auth.Actor, query string, limit int) ([]SearchHit, error) {
	terms := parseQuery(query)
	if len(terms) == 0 {
		return []SearchHit{}, nil
	}
	limit = pageSize(limit, 20, maxSearchResults)
	q := s.db.Read()
	sc, err := scopeOf(ctx, q, actor)
	if err != nil {
		return nil, err
	}
	var scopeTokens []string
	if !sc.all {
		scopeTokens = append(scopeTokens, scopeToken(""))
		for _, u := range sc.users {
			scopeTokens = append(scopeTokens, scopeToken(u))
		}
	}
	docs, err := matchDocs(ctx, q, matchExpr(terms, scopeTokens, true), anchoredCandidates, nil)
	if err != nil {
		return nil, err
	}
	if docs, err = matchDocs(ctx, q, matchExpr(terms, scopeTokens, false), otherCandidates, docs); err != nil {
		return nil, err
	}
	hits, err := loadHits(ctx, q, docs)
	if err != nil {
		return nil, err
	}
	rankHits(hits, compact(query))
	return hits[:min(limit, len(hits))], nil
}

// matchDocs appends to docs the keys of up to limit documents matching expr.
func matchDocs(ctx context.Context, q Querier, expr string, limit int, docs []int64) ([]int64, error) {
	rows, err := q.QueryContext(ctx, `SELECT rowid FROM search_index WHERE search_index MATCH ? LIMIT ?`, expr, limit)
	if err != nil {
		return nil, fmt.Errorf("customer: search %q: %w", expr, err)
	}
	defer rows.Close()
	for rows.Next() {
		var doc int64
		if err := rows.Scan(&doc); err != nil {
			return nil, fmt.Errorf("customer: search: %w", err)
		}
		docs = append(docs, doc)
	}
	return docs, rows.Err()
}

// loadHits reads the customers and contacts behind the documents, once each.
func loadHits(ctx context.Context, q Querier, docs []int64) ([]SearchHit, error) {
	if len(docs) == 0 {
		return []SearchHit{}, nil
	}
	args := make([]any, len(docs))
	for i, d := range docs {
		args[i] = d
	}
	rows, err := q.QueryContext(ctx, `SELECT DISTINCT c.id, coalesce(p.id, ''), c.kind, c.name, coalesce(p.name, ''),
		coalesce(p.phone, c.phone), coalesce(p.email, c.email), coalesce(p.wechat, c.wechat),
		coalesce(p.name_pinyin, c.name_pinyin), coalesce(c.owner_id, ''), coalesce(u.name, ''), c.stage, c.segment
		FROM search_docs d JOIN customers c ON c.id = d.customer_id AND c.deleted_at IS NULL
		LEFT JOIN contacts p ON p.id = d.contact_id AND d.contact_id <> '' AND p.deleted_at IS NULL
		LEFT JOIN users u ON u.id = c.owner_id
		WHERE d.doc IN (`+strings.TrimSuffix(strings.Repeat("?, ", len(docs)), ", ")+`)`, args...)
	if err != nil {
		return nil, fmt.Errorf("customer: search hits: %w", err)
	}
	defer rows.Close()
	hits := []SearchHit{}
	for rows.Next() {
		var h SearchHit
		var kind, customerName, contactName string
		if err := rows.Scan(&h.CustomerID, &h.ContactID, &kind, &customerName, &contactName, &h.Phone, &h.Email,
			&h.WeChat, &h.sortKey, &h.OwnerID, &h.OwnerName, &h.Stage, &h.Segment); err != nil {
			return nil, fmt.Errorf("customer: search hits: %w", err)
		}
		h.Name, h.Company = customerName, ""
		if kind == KindCompany {
			h.Company = customerName
		}
		if h.ContactID != "" {
			h.Name, h.Company = contactName, customerName
		}
		hits = append(hits, h)
	}
	return hits, rows.Err()
}
