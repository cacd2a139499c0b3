package app

import (
	"context"

	"steady/backend/apperr"
	"steady/backend/auth"
)

// Lock locks the screen (the frontend calls it after the company's idle
// time): the backend refuses every call until Unlock, so a locked window
// cannot be driven from its web view either.
func (s *Session) Lock() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.user != nil {
		s.locked = true
	}
}

// Unlock checks the signed-in user's password (failures count towards the
// sign-in delay) and lifts the lock.
func (s *Session) Unlock(password string) (auth.User, error) {
	u := s.current()
	if u == nil {
		return auth.User{}, toUI(s.core.Log, "session.unlock", apperr.Unauthenticated("errors.unauthenticated"))
	}
	fresh, err := s.core.Users.Verify(context.Background(), u.Actor(), password)
	if err != nil {
		return auth.User{}, toUI(s.core.Log, "session.unlock", err)
	}
	s.signIn(fresh)
	return fresh, nil
}

// ChangePassword sets the signed-in user's own password; it is the only
// call open to someone whose password the owner reset.
func (s *Session) ChangePassword(in auth.PasswordChange) (auth.User, error) {
	u := s.current()
	if u == nil || s.isLocked() {
		return auth.User{}, toUI(s.core.Log, "session.changePassword", apperr.Unauthenticated("errors.unauthenticated"))
	}
	changed, err := s.core.Users.ChangePassword(context.Background(), u.Actor(), in)
	if err != nil {
		return auth.User{}, toUI(s.core.Log, "session.changePassword", err)
	}
	s.signIn(changed)
	return changed, nil
}

// IdleLockMinutes is the company's idle lock for the signed-in user's
// screen (0 = never).
func (s *Session) IdleLockMinutes() (int, error) {
	return asActor(s, "session.idleLock", func(auth.Actor) (int, error) {
		c, err := s.core.Company.Settings(context.Background())
		return c.IdleLockMinutes, err
	})
}
