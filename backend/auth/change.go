package auth

import (
	"context"
	"database/sql"
	"fmt"

	"steady/backend/apperr"
	"steady/backend/audit"
	"steady/backend/store"
)

// PasswordChange is the form a person fills to choose their own password.
type PasswordChange struct {
	Current string `json:"current"`
	Next    string `json:"next"`
}

// ChangePassword sets the actor's own password after checking the current
// one (a failure counts towards the sign-in delay, so an unlocked screen is
// no shortcut for guessing). It clears a reset's must-change mark and ends
// every remembered sign-in of the actor.
func (s *Service) ChangePassword(ctx context.Context, actor Actor, in PasswordChange) (User, error) {
	me, err := s.User(ctx, actor.ID)
	if err != nil {
		return User{}, err
	}
	var v apperr.Validation
	checkPassword(&v, in.Next, me.Login, true)
	if in.Next != "" && in.Next == in.Current {
		v.Add("next", "validation.passwordUnchanged", nil)
	}
	if err := apperr.RenameFields(v.Err(), map[string]string{"password": "next"}); err != nil {
		return User{}, err
	}
	if _, err := s.Authenticate(ctx, me.Login, in.Current); err != nil {
		return User{}, apperr.RenameFields(err, map[string]string{"password": "current", "login": "current"})
	}
	hash, err := hashPassword(in.Next, s.cost)
	if err != nil {
		return User{}, err
	}
	err = s.db.Tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE users SET password_hash = ?, must_change_password = 0,
			updated_at = ?, version = version + 1 WHERE id = ? AND deleted_at IS NULL`,
			hash, store.FormatTime(s.now()), me.ID)
		if err != nil {
			return fmt.Errorf("auth: change password: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM device_sessions WHERE user_id = ?`, me.ID); err != nil {
			return fmt.Errorf("auth: end sessions: %w", err)
		}
		return audit.Write(ctx, tx, audit.Entry{At: s.now(), ActorID: me.ID, Entity: "user", EntityID: me.ID, Action: "changePassword"})
	})
	if err != nil {
		return User{}, err
	}
	return s.User(ctx, me.ID)
}

// Verify checks that password is the actor's own (to unlock a locked
// screen); failures count towards the sign-in delay like any sign-in.
func (s *Service) Verify(ctx context.Context, actor Actor, password string) (User, error) {
	me, err := s.User(ctx, actor.ID)
	if err != nil {
		return User{}, err
	}
	u, err := s.Authenticate(ctx, me.Login, password)
	if err != nil {
		return User{}, err
	}
	if u.ID != me.ID {
		return User{}, apperr.Field("password", "auth.badCredentials", nil)
	}
	return u, nil
}
