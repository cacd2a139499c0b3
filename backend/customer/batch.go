package customer

import (
	"context"
	"database/sql"
	"strings"
)

// sweepBatch is how many customers one transaction of a sweep changes:
// each customer's change stays atomic, and the app's own writes wait at most
// one batch, however much a first sweep over an imported book has to do.
const sweepBatch = 200

// inBatches runs fn over ids in one transaction per batch and adds up the
// counts fn returns. It stops at the first error or when ctx ends; what
// committed before stays, and the next sweep finishes the rest.
func (s *Service) inBatches(ctx context.Context, ids []string, fn func(tx *sql.Tx, batch []string) (int, error)) (int, error) {
	total := 0
	for start := 0; start < len(ids); start += sweepBatch {
		batch := ids[start:min(start+sweepBatch, len(ids))]
		n := 0
		err := s.db.Tx(ctx, func(tx *sql.Tx) error {
			var err error
			n, err = fn(tx, batch)
			return err
		})
		if err != nil {
			return total, err
		}
		total += n
	}
	return total, nil
}

// inList renders ids as "(?, ?, …)" with their arguments.
func inList(ids []string) (string, []any) {
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	return "(" + strings.TrimSuffix(strings.Repeat("?, ", len(ids)), ", ") + ")", args
}
