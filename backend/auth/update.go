package auth

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"steady/backend/apperr"
	"steady/backend/audit"
	"steady/backend/store"
)

// UpdateUser changes a user; only the owner may. in.Version must be the
// version the caller read, or nothing changes and a conflict is returned.
func (s *Service) UpdateUser(ctx context.Context, actor Actor, in UserInput) (User, error) {
	if !actor.IsOwner() {
		return User{}, apperr.Forbidden("errors.forbidden.ownerOnly")
	}
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		return s.updateUserTx(ctx, tx, actor, in)
	})
	if err != nil {
		return User{}, err
	}
	return s.User(ctx, in.ID)
}

func (s *Service) updateUserTx(ctx context.Context, tx *sql.Tx, actor Actor, in UserInput) error {
	before, err := userTx(ctx, tx, in.ID)
	if err != nil {
		return err
	}
	in, v := cleanUser(in, false)
	if err := checkUserReferences(ctx, tx, in, &v); err != nil {
		return err
	}
	if err := v.Err(); err != nil {
		return err
	}
	if err := keepAnOwner(ctx, tx, before, in); err != nil {
		return err
	}
	hash := ""
	if in.Password != "" {
		if hash, err = hashPassword(in.Password, s.cost); err != nil {
			return err
		}
	}
	res, err := tx.ExecContext(ctx, `UPDATE users SET name = ?, login = ?, role = ?, level = ?, manager_id = ?,
		hire_date = ?, phone = ?, email = ?, active = ?,
		password_hash = CASE WHEN ? = '' THEN password_hash ELSE ? END,
		must_change_password = CASE WHEN ? = '' THEN must_change_password ELSE ? END,
		updated_at = ?, version = version + 1
		WHERE id = ? AND version = ? AND deleted_at IS NULL`,
		in.Name, in.Login, in.Role, in.Level, nullable(in.ManagerID), in.HireDate, in.Phone, in.Email, in.Active,
		hash, hash, hash, actor.ID != in.ID, store.FormatTime(s.now()), in.ID, in.Version)
	if err != nil {
		return fmt.Errorf("auth: update user: %w", err)
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return apperr.Conflict("user")
	}
	// A password set by the owner for someone else is a reset: that person
	// chooses their own at the next sign-in (must_change_password above).
	if !in.Active || hash != "" { // a new password ends every remembered sign-in
		if _, err := tx.ExecContext(ctx, `DELETE FROM device_sessions WHERE user_id = ?`, in.ID); err != nil {
			return fmt.Errorf("auth: end sessions: %w", err)
		}
	}
	in.Password = ""
	if err := audit.Write(ctx, tx, audit.Entry{At: s.now(), ActorID: actor.ID, Entity: "user", EntityID: in.ID, Action: "update", Before: before, After: in}); err != nil {
		return err
	}
	if before.Level == in.Level && before.Role == in.Role {
		return nil
	}
	return s.runLevelHook(ctx, tx, actor.ID, in.ID)
}

// keepAnOwner refuses a change that would leave no active owner.
func keepAnOwner(ctx context.Context, tx *sql.Tx, before User, after UserInput) error {
	if before.Role != RoleOwner || !before.Active || (after.Role == RoleOwner && after.Active) {
		return nil
	}
	var others int
	err := tx.QueryRowContext(ctx, `SELECT count(*) FROM users WHERE role = 'owner' AND active = 1
		AND deleted_at IS NULL AND id <> ?`, before.ID).Scan(&others)
	if err != nil {
		return fmt.Errorf("auth: count owners: %w", err)
	}
	if others == 0 {
		return apperr.Forbidden("errors.forbidden.lastOwner")
	}
	return nil
}

func userTx(ctx context.Context, tx *sql.Tx, id string) (User, error) {
	u, err := scanUser(tx.QueryRowContext(ctx, `SELECT `+userColumns+userFrom+` AND u.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return User{}, apperr.NotFound("user")
	}
	if err != nil {
		return User{}, fmt.Errorf("auth: user %s: %w", id, err)
	}
	return u, nil
}
