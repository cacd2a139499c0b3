package storetest

import (
	"context"
	"database/sql"
	"fmt"

	"steady/backend/store"
)

// BenchReps is the size of the shared benchmark team: the largest company
// the product is made for (an owner, five managers, fifty reps).
const BenchReps = 50

// BenchTeam writes the people of a large benchmark database straight into
// the users table: an owner and a manager for every ten reps (manager1…),
// the reps logged in as rep01, rep02… in order, rep01…rep10 in manager1's
// team. It returns the reps' ids in that order.
func BenchTeam(ctx context.Context, db *store.DB, reps int) ([]string, error) {
	var ids []string
	err := db.Tx(ctx, func(tx *sql.Tx) error {
		add := func(login, role string, manager any) (string, error) {
			id := store.NewID()
			_, err := tx.ExecContext(ctx, `INSERT INTO users(id, name, login, password_hash, role, manager_id, created_at, updated_at)
				VALUES (?, ?, ?, 'x', ?, ?, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')`,
				id, "用户"+login, login, role, manager)
			return id, err
		}
		if _, err := add("owner", "owner", nil); err != nil {
			return err
		}
		var manager string
		for i := 1; i <= reps; i++ {
			if i%10 == 1 {
				var err error
				if manager, err = add(fmt.Sprintf("manager%d", i/10+1), "manager", nil); err != nil {
					return err
				}
			}
			id, err := add(fmt.Sprintf("rep%02d", i), "rep", manager)
			if err != nil {
				return err
			}
			ids = append(ids, id)
		}
		return nil
	})
	return ids, err
}
