package storetest

import (
	"context"
	"database/sql"
	"fmt"

	"steady/backend/store"
)

// BenchTeam writes the people of a large benchmark database straight into
// the users table: an owner and two managers with ten reps each (rep01…rep20).
// It returns the reps' ids.
func BenchTeam(ctx context.Context, db *store.DB) ([]string, error) {
	var reps []string
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
		for m := 1; m <= 2; m++ {
			mid, err := add(fmt.Sprintf("manager%d", m), "manager", nil)
			if err != nil {
				return err
			}
			for i := 1; i <= 10; i++ {
				id, err := add(fmt.Sprintf("rep%02d", (m-1)*10+i), "rep", mid)
				if err != nil {
					return err
				}
				reps = append(reps, id)
			}
		}
		return nil
	})
	return reps, err
}
