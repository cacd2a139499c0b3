package cli

import (
	"context"
	"flag"
	"fmt"
	"strings"
	"time"

	"steady/backend/auth"
	"steady/backend/services"
	"steady/backend/store"
)

// lookup is who the command line reads the user list as, to find the
// person a command acts for; it never acts on data itself.
var lookup = auth.Actor{Role: auth.RoleOwner}

// asFlag adds --as LOGIN to a data command.
func asFlag(fs *flag.FlagSet) *string {
	return fs.String("as", "", "login of the user the command acts as, with that user's permissions (default: the owner)")
}

// acting is an open database, its services, and who the command acts as.
type acting struct {
	db    *store.DB
	set   *services.Set
	actor auth.Actor
}

func (a *acting) Close() { a.db.Close() }

// openAs opens the database (never creating it) and finds who acts: the
// active user --as names, or the owner, which it says on stderr, since every
// data command acts as someone and sees what that person may see.
func openAs(ctx context.Context, env Env, db, as string) (*acting, error) {
	s, err := openExisting(ctx, db)
	if err != nil {
		return nil, err
	}
	a := &acting{db: s, set: services.New(s, time.Now)}
	if as == "" {
		a.actor, err = firstOwner(ctx, a.set)
		if err == nil {
			fmt.Fprintln(env.Stderr, "acting as the owner (use --as LOGIN to act as someone else)")
		}
	} else {
		a.actor, err = actorByLogin(ctx, s, as)
	}
	if err != nil {
		s.Close()
		return nil, err
	}
	return a, nil
}

// firstOwner is the company's active owner.
func firstOwner(ctx context.Context, set *services.Set) (auth.Actor, error) {
	users, err := set.Users.Users(ctx, lookup)
	if err != nil {
		return auth.Actor{}, err
	}
	for _, u := range users {
		if u.Role == auth.RoleOwner && u.Active {
			return u.Actor(), nil
		}
	}
	return auth.Actor{}, say("the database has no active owner")
}

// actorByLogin finds the active user who acts.
func actorByLogin(ctx context.Context, s *store.DB, login string) (auth.Actor, error) {
	users, err := services.New(s, time.Now).Users.Users(ctx, lookup)
	if err != nil {
		return auth.Actor{}, err
	}
	for _, u := range users {
		if strings.EqualFold(u.Login, login) {
			if !u.Active {
				return auth.Actor{}, say("user %s is not active", login)
			}
			return u.Actor(), nil
		}
	}
	return auth.Actor{}, say("no user with login %s", login)
}
