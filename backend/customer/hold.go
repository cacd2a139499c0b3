package customer

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"steady/backend/apperr"
	"steady/backend/auth"
)

// holdLimit is how many customers userID may hold, by their level, and
// whether a limit applies at all (reps only: managers and the owner hold
// what they are given).
func holdLimit(ctx context.Context, q Querier, userID string) (int, bool, error) {
	var role, level string
	err := q.QueryRowContext(ctx, `SELECT role, level FROM users WHERE id = ? AND deleted_at IS NULL`, userID).Scan(&role, &level)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil // an unknown user is refused by checkOwner
	}
	if err != nil {
		return 0, false, fmt.Errorf("customer: hold limit: %w", err)
	}
	if role != auth.RoleRep {
		return 0, false, nil
	}
	st, err := loadSettings(ctx, q)
	if err != nil {
		return 0, false, err
	}
	if level == "senior" {
		return st.HoldLimitSenior, true, nil
	}
	return st.HoldLimitJunior, true, nil // juniors and new hires
}

// checkHoldLimit refuses to give userID `adding` more customers when that
// would take them past their limit. A refusal of an assignment is put on
// field (the person picked); a claim's is a plain refusal.
func checkHoldLimit(ctx context.Context, q Querier, userID string, adding int, field string) error {
	limit, applies, err := holdLimit(ctx, q, userID)
	if err != nil || !applies {
		return err
	}
	var held int
	err = q.QueryRowContext(ctx, `SELECT count(*) FROM customers WHERE owner_id = ? AND deleted_at IS NULL`, userID).Scan(&held)
	if err != nil {
		return fmt.Errorf("customer: count held: %w", err)
	}
	if held+adding <= limit {
		return nil
	}
	params := map[string]any{"n": limit, "held": held}
	if field != "" {
		return apperr.Field(field, "validation.holdLimit", params)
	}
	return apperr.Forbidden("errors.forbidden.holdLimit")
}
