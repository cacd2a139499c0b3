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
	actor, err := u.session.actor()
	if err != nil {
		return nil, toUI(u.core.Log, "users.list", err)
	}
	users, err := u.core.Users.Users(context.Background(), actor)
	return users, toUI(u.core.Log, "users.list", err)
}

// Create adds a user.
func (u *Users) Create(in auth.UserInput) (auth.User, error) {
	actor, err := u.session.actor()
	if err != nil {
		return auth.User{}, toUI(u.core.Log, "users.create", err)
	}
	user, err := u.core.Users.CreateUser(context.Background(), actor, in)
	return user, toUI(u.core.Log, "users.create", err)
}

// Update changes a user; in.Version must be the version that was read.
func (u *Users) Update(in auth.UserInput) (auth.User, error) {
	actor, err := u.session.actor()
	if err != nil {
		return auth.User{}, toUI(u.core.Log, "users.update", err)
	}
	user, err := u.core.Users.UpdateUser(context.Background(), actor, in)
	if err == nil && user.ID == actor.ID {
		u.session.signIn(user)
	}
	return user, toUI(u.core.Log, "users.update", err)
}
