package onboarding

import (
	"context"
	"database/sql"
)

// step is one item: a query answering whether it is done. Each reads the
// tables of its area directly; the checklist only ever asks "is there
// any", so it needs nothing more of an area than its table.
type step struct {
	key, route string
	done       func(ctx context.Context, q *sql.DB) (bool, error)
}

var steps = []step{
	// what quotes and reports print about the company besides its name,
	// which the set-up wizard already asked for
	{"company", "/settings/company", exists(`SELECT 1 FROM company WHERE deleted_at IS NULL
		AND trim(phone) <> '' AND trim(address) <> ''`)},
	// someone besides the owner who set the company up
	{"people", "/settings/users", exists(`SELECT 1 FROM users WHERE deleted_at IS NULL AND active = 1
		LIMIT 1 OFFSET 1`)},
	{"customers", "/customers/import", exists(`SELECT 1 FROM customers WHERE deleted_at IS NULL`)},
	// a product a quote can price: active, with a list price
	{"products", "/quotes/catalog", exists(`SELECT 1 FROM products WHERE deleted_at IS NULL AND active = 1
		AND list_price_minor > 0`)},
	// the limits a new database starts with are defaults nobody chose; one
	// saved by a person (added, or changed since) means they were looked at
	{"discounts", "/quotes/limits", exists(`SELECT 1 FROM discount_limits WHERE deleted_at IS NULL
		AND (created_by IS NOT NULL OR version > 1)`)},
}

func exists(query string) func(ctx context.Context, q *sql.DB) (bool, error) {
	return func(ctx context.Context, q *sql.DB) (bool, error) {
		var one int
		err := q.QueryRowContext(ctx, `SELECT EXISTS (`+query+`)`).Scan(&one)
		return one == 1, err
	}
}
