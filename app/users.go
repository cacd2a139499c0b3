package app

import (
	"context"

	"steady/backend/auth"
)

// Users is the users screen's backend.
type Users struct {
	core    *Core
	session *Session
}

// NewUsers binds user management.
func NewUsers(core *Core, session *Session) *Users {
	return &Users{core: core, session: session}
}

// List returns the users the signed-in user may see.
func (u *Users) List() ([]auth.User, error) {
	return asActor(u.session, "users.list", func(a auth.Actor) ([]auth.User, error) {
		return u.core.Users.Users(context.Background(), a)
	})
}

// Create adds a user.
func (u *Users) Create(in auth.UserInput) (auth.User, error) {
	return asActor(u.session, "users.create", func(a auth.Actor) (auth.User, error) {
		return u.core.Users.CreateUser(context.Background(), a, in)
	})
}

// Update changes a user; in.Version must be the version that was read.
func (u *Users) Update(in auth.UserInput) (auth.User, error) {
	return asActor(u.session, "users.update", func(a auth.Actor) (auth.User, error) {
		user, err := u.core.Users.UpdateUser(context.Background(), a, in)
		if err == nil && user.ID == a.ID {
			u.session.signIn(user)
		}
		return user, err
	})
}
