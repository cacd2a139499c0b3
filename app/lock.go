package app

import (
	"context"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/prefs"
)

// Lock locks the screen (the frontend calls it after the company's idle
// time): the backend refuses every call until Unlock, so a locked window
// cannot be driven from its web view either. The lock is kept in the
// device file too: restarting the app resumes at the lock screen.
func (s *Session) Lock() {
	s.mu.Lock()
	signedIn := s.user != nil
	s.locked = signedIn
	s.mu.Unlock()
	if signedIn {
		s.keepLocked(true)
	}
}

// keepLocked records on this computer whether the screen is locked. A
// failure is logged: the lock still holds for this run.
func (s *Session) keepLocked(locked bool) {
	value := ""
	if locked {
		value = "1"
	}
	if err := s.core.Prefs.Set(context.Background(), prefs.ScreenLocked, value); err != nil {
		s.core.Log.Error("could not keep the screen lock on this computer", "err", err)
	}
}

// lockedBefore says whether the screen was locked when the app last stopped.
func (s *Session) lockedBefore(ctx context.Context) bool {
	v, err := s.core.Prefs.Get(ctx, prefs.ScreenLocked)
	if err != nil {
		s.core.Log.Error("could not read the screen lock of this computer", "err", err)
		return true // unknown: asking for the password is the safe side
	}
	return v == "1"
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
	s.keepLocked(false)
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
