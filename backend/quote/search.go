package quote

import (
	"context"
	"fmt"
	"strings"

	"steady/backend/auth"
	"steady/backend/pinyin"
)

// maxSearch caps what Search returns: global search shows a handful per kind.
const maxSearch = 50

// Search finds the quotes the actor may see by a fragment of their number
// (hyphens and spaces optional, any case: "qt20261127" finds
// QT-20261127-7KQ2M-001) or of the customer's name: the very number first,
// then numbers containing it, then customer names, newest first in each.
func (s *Service) Search(ctx context.Context, actor auth.Actor, query string, limit int) ([]Summary, error) {
	typed := strings.TrimSpace(query)
	number := numberKey(typed)
	if typed == "" {
		return []Summary{}, nil
	}
	if limit <= 0 || limit > maxSearch {
		limit = maxSearch
	}
	cond, args := scope(actor)
	numberLike, nameLike := "%"+escapeLike(number)+"%", "%"+escapeLike(typed)+"%"
	args = append(args, number, numberLike, nameLike, number, numberLike, limit)
	rows, err := s.db.Read().QueryContext(ctx, `SELECT q.id, q.number, q.revision, q.status, q.customer_id, q.customer_name,
		q.currency, q.total_minor, q.issue_date, q.valid_until, q.needs_approval, q.owner_id, coalesce(o.name, ''), q.updated_at
		FROM quotes q LEFT JOIN users o ON o.id = q.owner_id
		WHERE q.deleted_at IS NULL AND `+cond+` AND ((? <> '' AND replace(q.number, '-', '') LIKE ? ESCAPE '\')
			OR q.customer_name LIKE ? ESCAPE '\')
		ORDER BY CASE WHEN replace(q.number, '-', '') = ? COLLATE NOCASE THEN 0
			WHEN replace(q.number, '-', '') LIKE ? ESCAPE '\' THEN 1 ELSE 2 END, q.created_at DESC, q.id DESC
		LIMIT ?`, args...)
	if err != nil {
		return nil, fmt.Errorf("quote: search: %w", err)
	}
	return scanSummaries(rows, "search")
}

// numberKey is a typed quote number in half-width forms, without the
// hyphens and spaces people leave out or add.
func numberKey(s string) string {
	return strings.NewReplacer("-", "", " ", "").Replace(pinyin.Fold(s))
}

// escapeLike makes %, _ and \ match themselves in a LIKE pattern.
func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}
