package auth

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"steady/backend/apperr"
	"steady/backend/store"
)

// rememberFor is how long "remember me on this computer" lasts.
const rememberFor = 30 * 24 * time.Hour

// dummyHash keeps a wrong login as slow as a wrong password.
const dummyHash = "$2a$10$CwTycUXWue0Thq9StjUM0uJ8.Sx6ZP1S3pGdc5x6YAkG5H4mU9mqK"

// Authenticate checks a login and password. After a few failures in a row
// the login must wait (SignInDelay) before its next attempt, and the wait
// is kept in the database, so restarting the app does not reset it.
func (s *Service) Authenticate(ctx context.Context, login, password string) (User, error) {
	key := throttleKey(login)
	left, err := s.waitLeft(ctx, key)
	if err != nil {
		return User{}, err
	}
	if left > 0 {
		return User{}, tooSoon(left)
	}
	id, active, err := s.checkPassword(ctx, key, password)
	if errors.Is(err, errBadCredentials) {
		if err := s.recordFailure(ctx, key); err != nil {
			return User{}, err
		}
		return User{}, apperr.Field("password", "auth.badCredentials", nil)
	}
	if err != nil {
		return User{}, err
	}
	if err := s.clearFailures(ctx, key); err != nil {
		return User{}, err
	}
	if !active {
		return User{}, apperr.Field("login", "auth.inactive", nil)
	}
	if code, _ := passwordProblem(password, login); code != "" {
		if err := s.requireChange(ctx, id); err != nil {
			return User{}, err
		}
	}
	return s.User(ctx, id)
}

// requireChange makes a user whose password breaks today's rules (set
// before the rules existed) choose a new one before anything else. The
// record's version is left alone: a form open on it still saves.
func (s *Service) requireChange(ctx context.Context, id string) error {
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE users SET must_change_password = 1 WHERE id = ? AND must_change_password = 0`, id)
		if err != nil {
			return fmt.Errorf("auth: require a new password: %w", err)
		}
		return nil
	})
}

// errBadCredentials: no such login, or the wrong password.
var errBadCredentials = errors.New("auth: bad credentials")

// checkPassword returns the id of the user with login if password is
// theirs, and whether they are active.
func (s *Service) checkPassword(ctx context.Context, login, password string) (string, bool, error) {
	var id, hash string
	var active bool
	err := s.db.Read().QueryRowContext(ctx, `SELECT id, password_hash, active FROM users
		WHERE login = ? AND deleted_at IS NULL`, login).Scan(&id, &hash, &active)
	if errors.Is(err, sql.ErrNoRows) {
		_, _ = passwordMatches(dummyHash, password) // equal timing; the result is irrelevant
		return "", false, errBadCredentials
	}
	if err != nil {
		return "", false, fmt.Errorf("auth: find login: %w", err)
	}
	ok, err := passwordMatches(hash, password)
	if err != nil {
		return "", false, err
	}
	if !ok {
		return "", false, errBadCredentials
	}
	return id, active, nil
}

// Remember creates a sign-in token for this computer and returns it.
func (s *Service) Remember(ctx context.Context, userID string) (string, error) {
	raw := make([]byte, 32)
	if _, err := rand.Read(raw); err != nil {
		return "", fmt.Errorf("auth: token: %w", err)
	}
	token := hex.EncodeToString(raw)
	now := s.now()
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO device_sessions(token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)`,
			tokenHash(token), userID, store.FormatTime(now), store.FormatTime(now.Add(rememberFor)))
		return err
	})
	if err != nil {
		return "", fmt.Errorf("auth: remember: %w", err)
	}
	return token, nil
}

// UserByToken returns the active user a remembered token belongs to.
func (s *Service) UserByToken(ctx context.Context, token string) (User, error) {
	var id string
	err := s.db.Read().QueryRowContext(ctx, `SELECT d.user_id FROM device_sessions d JOIN users u ON u.id = d.user_id
		WHERE d.token_hash = ? AND d.expires_at > ? AND u.active = 1 AND u.deleted_at IS NULL`,
		tokenHash(token), store.FormatTime(s.now())).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return User{}, apperr.Unauthenticated("errors.unauthenticated")
	}
	if err != nil {
		return User{}, fmt.Errorf("auth: token: %w", err)
	}
	return s.User(ctx, id)
}

// Forget ends a remembered sign-in.
func (s *Service) Forget(ctx context.Context, token string) error {
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM device_sessions WHERE token_hash = ?`, tokenHash(token)); err != nil {
			return fmt.Errorf("auth: forget: %w", err)
		}
		return nil
	})
}

func tokenHash(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}
