package auth

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"steady/backend/apperr"
	"steady/backend/store"
)

// freeFailures are the mistakes anyone makes; after them each failure
// doubles the wait, from one second up to maxSignInDelay.
const (
	freeFailures   = 3
	maxSignInDelay = 5 * time.Minute
)

// SignInDelay is how long the next attempt must wait after failures
// failed sign-ins in a row: 0, 0, 0, 1 s, 2 s, 4 s, 8 s … at most 5 minutes.
func SignInDelay(failures int) time.Duration {
	if failures <= freeFailures {
		return 0
	}
	shift := failures - freeFailures - 1
	if shift >= 9 { // 2^9 s already passes the cap
		return maxSignInDelay
	}
	return min(time.Duration(1<<shift)*time.Second, maxSignInDelay)
}

// waitLeft is how long login must still wait before its next attempt.
func (s *Service) waitLeft(ctx context.Context, login string) (time.Duration, error) {
	var failures int
	var last string
	err := s.db.Read().QueryRowContext(ctx, `SELECT failures, last_failed_at FROM signin_failures WHERE login = ?`,
		login).Scan(&failures, &last)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("auth: read failed sign-ins: %w", err)
	}
	at, err := store.ParseTime(last)
	if err != nil {
		return 0, fmt.Errorf("auth: read failed sign-ins: %w", err)
	}
	return max(at.Add(SignInDelay(failures)).Sub(s.now()), 0), nil
}

// tooSoon is the error for an attempt made while login must wait; the
// password is not even looked at, so waiting cannot be skipped by guessing.
func tooSoon(left time.Duration) error {
	seconds := int((left + time.Second - 1) / time.Second)
	return apperr.Field("password", "auth.tryAgainIn", map[string]any{"seconds": seconds})
}

// recordFailure counts one more failed sign-in for login.
func (s *Service) recordFailure(ctx context.Context, login string) error {
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO signin_failures(login, failures, last_failed_at) VALUES (?, 1, ?)
			ON CONFLICT(login) DO UPDATE SET failures = failures + 1, last_failed_at = excluded.last_failed_at`,
			login, store.FormatTime(s.now()))
		if err != nil {
			return fmt.Errorf("auth: count failed sign-in: %w", err)
		}
		return nil
	})
}

// clearFailures forgets login's failed sign-ins after a success.
func (s *Service) clearFailures(ctx context.Context, login string) error {
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM signin_failures WHERE login = ?`, login); err != nil {
			return fmt.Errorf("auth: clear failed sign-ins: %w", err)
		}
		return nil
	})
}

// throttleKey is the login as the throttle counts it: trimmed (the users
// table compares without case, and so does the throttle's key).
func throttleKey(login string) string { return strings.TrimSpace(login) }
