package customer

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"steady/backend/apperr"
	"steady/backend/auth"
)

// maxMergeHops bounds the walk from a duplicate to its survivor: merges
// form a chain (A into B, later B into C), never a loop, but a damaged
// record must not hang the walk.
const maxMergeHops = 16

// MergedInto follows a customer that was merged away to the customer that
// holds its records now, through later merges too, so a link or a bookmark
// that still names the duplicate still leads somewhere. It is not found
// when id was never merged away, and forbidden when the survivor is not
// the actor's to see.
func (s *Service) MergedInto(ctx context.Context, actor auth.Actor, id string) (string, error) {
	q := s.db.Read()
	at := id
	for range maxMergeHops {
		var next string
		err := q.QueryRowContext(ctx, `SELECT kept_id FROM customer_merges WHERE dropped_id = ? AND deleted_at IS NULL
			ORDER BY at DESC LIMIT 1`, at).Scan(&next)
		if errors.Is(err, sql.ErrNoRows) {
			break
		}
		if err != nil {
			return "", fmt.Errorf("customer: merged into: %w", err)
		}
		at = next
	}
	if at == id {
		return "", apperr.NotFound("customer")
	}
	if _, err := s.Customer(ctx, actor, at); err != nil {
		return "", err
	}
	return at, nil
}
