package sales

import (
	"context"
	"strings"

	"steady/backend/auth"
)

// maxSearch caps SearchDeals: global search shows a handful per kind.
const maxSearch = 50

// SearchDeals finds the deals the actor may see by a fragment of their title
// or their customer's name (the list's search), open ones first, then the
// most recently changed. It reads no count, unlike a page of the list.
func (s *Service) SearchDeals(ctx context.Context, actor auth.Actor, query string, limit int) ([]Card, error) {
	query = strings.TrimSpace(query)
	if query == "" {
		return []Card{}, nil
	}
	if limit <= 0 || limit > maxSearch {
		limit = maxSearch
	}
	q := s.db.Read()
	sc, err := scopeOf(ctx, q, actor)
	if err != nil {
		return nil, err
	}
	cond, args, err := dealConditions(sc, DealQuery{Search: query})
	if err != nil {
		return nil, err
	}
	return cards(ctx, q, s.now(), cond, args, `d.status <> 'open', d.updated_at DESC, d.rowid DESC`, limit, 0)
}
