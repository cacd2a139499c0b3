package app

import (
	"context"
	"sync"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/prefs"
	"steady/backend/setup"
)

// rememberKey is where this computer's remembered sign-in token is kept.
const rememberKey = prefs.RememberToken

// Session is who is signed in on this window, plus the first-run setup.
type Session struct {
	core *Core
	menu *Menu

	mu     sync.Mutex
	user   *auth.User
	locked bool // the idle lock is on: nothing runs until the password is given again
}

// NewSession returns a session with nobody signed in.
func NewSession(core *Core, menu *Menu) *Session {
	return &Session{core: core, menu: menu}
}

// Status is what the frontend needs to pick its first screen.
type Status struct {
	NeedsSetup   bool       `json:"needsSetup"`
	User         *auth.User `json:"user"`
	Language     string     `json:"language"`
	Theme        string     `json:"theme"`
	StartupError string     `json:"startupError"`
	Version      string     `json:"version"`
	DataDir      string     `json:"dataDir"`
	DBPath       string     `json:"dbPath"`
	Locked       bool       `json:"locked"`
}

// SetupInput is the first-run wizard's form.
type SetupInput struct {
	CompanyName string `json:"companyName"`
	OwnerName   string `json:"ownerName"`
	Login       string `json:"login"`
	Password    string `json:"password"`
	Language    string `json:"language"`
}

// LoginInput is the sign-in form.
type LoginInput struct {
	Login    string `json:"login"`
	Password string `json:"password"`
	Remember bool   `json:"remember"`
}

// Status tells whether to show the wizard, the sign-in or the app.
func (s *Session) Status() (Status, error) {
	st := Status{Version: s.core.Version, DataDir: s.core.DataDir, Theme: "system"}
	if err := s.core.ready(); err != nil {
		st.StartupError = storeCode(err)
		st.DBPath = s.core.DBPath
		return st, nil
	}
	ctx := context.Background()
	st.DBPath = s.core.DBPath
	if err := s.loadPrefs(ctx, &st); err != nil {
		return Status{}, toUI(s.core.Log, "session.status", err)
	}
	has, err := s.core.Users.HasUsers(ctx)
	if err != nil {
		return Status{}, toUI(s.core.Log, "session.status", err)
	}
	st.NeedsSetup = !has
	st.User = s.current()
	if st.User == nil && has {
		st.User = s.remembered(ctx)
	}
	st.Locked = s.isLocked()
	return st, nil
}

func (s *Session) loadPrefs(ctx context.Context, st *Status) error {
	var err error
	if st.Language, err = s.core.Prefs.Get(ctx, prefs.Language); err != nil {
		return err
	}
	theme, err := s.core.Prefs.Get(ctx, prefs.Theme)
	if theme != "" {
		st.Theme = theme
	}
	return err
}

// remembered signs in the user this computer remembers, if any.
func (s *Session) remembered(ctx context.Context) *auth.User {
	token, err := s.core.Prefs.Get(ctx, rememberKey)
	if err != nil || token == "" {
		return nil
	}
	u, err := s.core.Users.UserByToken(ctx, token)
	if err != nil {
		return nil // expired or revoked: the sign-in screen follows
	}
	s.signIn(u)
	if s.lockedBefore(ctx) {
		s.mu.Lock()
		s.locked = true
		s.mu.Unlock()
	}
	return &u
}

// Setup creates the company and its owner on first run and signs the owner in.
func (s *Session) Setup(in SetupInput) (auth.User, error) {
	if err := s.core.ready(); err != nil {
		return auth.User{}, toUI(s.core.Log, "session.setup", err)
	}
	ctx := context.Background()
	res, err := setup.Run(ctx, s.core.DB, s.core.Users, s.core.Company, setup.Input{
		CompanyName: in.CompanyName, OwnerName: in.OwnerName, Login: in.Login, Password: in.Password})
	if err != nil {
		return auth.User{}, toUI(s.core.Log, "session.setup", err)
	}
	if in.Language != "" {
		if err := s.SetLanguage(in.Language); err != nil {
			return auth.User{}, err
		}
	}
	u, err := s.core.Users.User(ctx, res.OwnerID)
	if err != nil {
		return auth.User{}, toUI(s.core.Log, "session.setup", err)
	}
	s.signIn(u)
	return u, nil
}

// Login signs a user in, remembering them on this computer when asked.
func (s *Session) Login(in LoginInput) (auth.User, error) {
	if err := s.core.ready(); err != nil {
		return auth.User{}, toUI(s.core.Log, "session.login", err)
	}
	ctx := context.Background()
	u, err := s.core.Users.Authenticate(ctx, in.Login, in.Password)
	if err != nil {
		return auth.User{}, toUI(s.core.Log, "session.login", err)
	}
	if in.Remember {
		token, err := s.core.Users.Remember(ctx, u.ID)
		if err == nil {
			err = s.core.Prefs.Set(ctx, rememberKey, token)
		}
		if err != nil {
			return auth.User{}, toUI(s.core.Log, "session.login", err)
		}
	}
	s.signIn(u)
	s.keepLocked(false)
	return u, nil
}

// Logout signs out and forgets this computer's remembered sign-in.
func (s *Session) Logout() error {
	ctx := context.Background()
	s.signOut()
	if err := s.core.ready(); err != nil {
		return nil // nobody could have signed in
	}
	s.keepLocked(false)
	token, err := s.core.Prefs.Get(ctx, rememberKey)
	if err == nil && token != "" {
		if err = s.core.Users.Forget(ctx, token); err == nil {
			err = s.core.Prefs.Set(ctx, rememberKey, "")
		}
	}
	return toUI(s.core.Log, "session.logout", err)
}

// signOut forgets who is signed in on this window (after a restore).
func (s *Session) signOut() {
	s.mu.Lock()
	s.user, s.locked = nil, false
	s.mu.Unlock()
	s.menu.SignedIn(false)
}

func (s *Session) signIn(u auth.User) {
	s.mu.Lock()
	s.user = &u
	s.locked = false
	s.mu.Unlock()
	s.menu.SignedIn(u.Role == auth.RoleOwner)
}

func (s *Session) current() *auth.User {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.user == nil {
		return nil
	}
	u := *s.user
	return &u
}

// actor is the signed-in user, or an unauthenticated error; a locked
// screen or a password the owner reset stops every call until dealt with.
func (s *Session) actor() (auth.Actor, error) {
	u := s.current()
	if u == nil {
		return auth.Actor{}, apperr.Unauthenticated("errors.unauthenticated")
	}
	if s.isLocked() {
		return auth.Actor{}, apperr.Unauthenticated("auth.locked")
	}
	if u.MustChangePassword {
		return auth.Actor{}, apperr.Forbidden("auth.mustChangePassword")
	}
	return u.Actor(), nil
}

func (s *Session) isLocked() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.locked
}
