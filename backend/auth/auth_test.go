package auth_test

import (
	"context"
	"database/sql"
	"errors"
	"testing"

	"golang.org/x/crypto/bcrypt"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/store"
	"steady/backend/store/storetest"
)

type team struct {
	db                  *store.DB
	svc                 *auth.Service
	owner, manager, rep auth.User
	other               auth.User // a rep in no one's team
}

func newTeam(t *testing.T) team {
	t.Helper()
	db := storetest.Open(t)
	clock := storetest.NewClock()
	svc := auth.NewService(db, clock.Now, bcrypt.MinCost)
	ctx := context.Background()
	tm := team{db: db, svc: svc}
	tm.owner = seedOwner(t, db, svc)
	create := func(in auth.UserInput) auth.User {
		u, err := svc.CreateUser(ctx, tm.owner.Actor(), in)
		if err != nil {
			t.Fatalf("create %s: %v", in.Login, err)
		}
		return u
	}
	tm.manager = create(auth.UserInput{Name: "王芳", Login: "manager", Password: "steady-pass1", Role: auth.RoleManager, Level: auth.LevelSenior, Active: true})
	tm.rep = create(auth.UserInput{Name: "李强", Login: "rep1", Password: "steady-pass1", Role: auth.RoleRep, Level: auth.LevelJunior,
		ManagerID: tm.manager.ID, HireDate: "2026-03-02", Phone: "138 0013 8000", Active: true})
	tm.other = create(auth.UserInput{Name: "赵敏", Login: "rep2", Password: "steady-pass1", Role: auth.RoleRep, Level: auth.LevelNewHire, Active: true})
	return tm
}

// seedOwner creates the first owner, login "owner", password "steady-pass1".
func seedOwner(t *testing.T, db *store.DB, svc *auth.Service) auth.User {
	t.Helper()
	ctx := context.Background()
	ownerID := store.NewID()
	err := db.Tx(ctx, func(tx *sql.Tx) error {
		return svc.InsertUserTx(ctx, tx, "", auth.UserInput{ID: ownerID, Name: "周明远", Login: "owner", Password: "steady-pass1",
			Role: auth.RoleOwner, Level: auth.LevelSenior, Active: true})
	})
	if err != nil {
		t.Fatal(err)
	}
	owner, err := svc.User(ctx, ownerID)
	if err != nil {
		t.Fatal(err)
	}
	return owner
}

func logins(users []auth.User) map[string]bool {
	m := map[string]bool{}
	for _, u := range users {
		m[u.Login] = true
	}
	return m
}

func TestUsersAreScopedToWhatTheActorMaySee(t *testing.T) {
	tm := newTeam(t)
	ctx := context.Background()
	cases := []struct {
		actor auth.User
		want  []string
	}{
		{tm.owner, []string{"owner", "manager", "rep1", "rep2"}},
		{tm.manager, []string{"manager", "rep1"}},
		{tm.rep, []string{"rep1"}},
	}
	for _, c := range cases {
		t.Run(c.actor.Login, func(t *testing.T) {
			users, err := tm.svc.Users(ctx, c.actor.Actor())
			if err != nil {
				t.Fatal(err)
			}
			got := logins(users)
			if len(got) != len(c.want) {
				t.Fatalf("sees %v, want %v", got, c.want)
			}
			for _, l := range c.want {
				if !got[l] {
					t.Fatalf("sees %v, want %v", got, c.want)
				}
			}
		})
	}
	rep, _ := tm.svc.User(ctx, tm.rep.ID)
	if rep.ManagerName != "王芳" || rep.HireDate != "2026-03-02" {
		t.Fatalf("rep = %+v", rep)
	}
}

func TestOnlyTheOwnerManagesUsers(t *testing.T) {
	tm := newTeam(t)
	_, err := tm.svc.CreateUser(context.Background(), tm.manager.Actor(), auth.UserInput{Name: "新人", Login: "new", Password: "steady-pass1", Role: auth.RoleRep, Level: auth.LevelJunior})
	if !errors.Is(err, apperr.ErrForbidden) {
		t.Fatalf("manager creating a user = %v", err)
	}
}

func TestCreateUserRejectsBadInput(t *testing.T) {
	tm := newTeam(t)
	cases := []struct {
		name  string
		in    auth.UserInput
		field string
		code  string
	}{
		{"taken login, any case", auth.UserInput{Name: "x", Login: "REP1", Password: "steady-pass1", Role: "rep", Level: "junior"}, "login", "validation.loginTaken"},
		{"rep as manager", auth.UserInput{Name: "x", Login: "x1", Password: "steady-pass1", Role: "rep", Level: "junior", ManagerID: tm.rep.ID}, "managerId", "validation.invalidManager"},
		{"unknown role", auth.UserInput{Name: "x", Login: "x2", Password: "steady-pass1", Role: "boss", Level: "junior"}, "role", "validation.invalidRole"},
		{"bad hire date", auth.UserInput{Name: "x", Login: "x3", Password: "steady-pass1", Role: "rep", Level: "junior", HireDate: "2026-13-01"}, "hireDate", "validation.invalidDate"},
		{"short password", auth.UserInput{Name: "x", Login: "x4", Password: "12345", Role: "rep", Level: "junior"}, "password", "validation.passwordTooShort"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := tm.svc.CreateUser(context.Background(), tm.owner.Actor(), c.in)
			e, ok := apperr.As(err)
			if !ok || e.Fields[c.field].Code != c.code {
				t.Fatalf("err = %v, want %s on %s", err, c.code, c.field)
			}
		})
	}
}

func TestUpdateWithStaleVersionIsAConflict(t *testing.T) {
	tm := newTeam(t)
	ctx := context.Background()
	in := auth.UserInput{ID: tm.rep.ID, Name: "李强强", Login: "rep1", Role: "rep", Level: "senior", ManagerID: tm.manager.ID, Active: true, Version: tm.rep.Version}
	updated, err := tm.svc.UpdateUser(ctx, tm.owner.Actor(), in)
	if err != nil || updated.Name != "李强强" || updated.Version != tm.rep.Version+1 {
		t.Fatalf("update = %+v, %v", updated, err)
	}
	if _, err := tm.svc.Authenticate(ctx, "rep1", "steady-pass1"); err != nil {
		t.Fatalf("an empty password must keep the old one: %v", err)
	}
	in.Name = "覆盖"
	if _, err := tm.svc.UpdateUser(ctx, tm.owner.Actor(), in); !errors.Is(err, apperr.ErrConflict) {
		t.Fatalf("stale update = %v, want conflict", err)
	}
	if u, _ := tm.svc.User(ctx, tm.rep.ID); u.Name != "李强强" {
		t.Fatalf("a conflict overwrote the name: %q", u.Name)
	}
}

func TestTheLastOwnerCannotBeDemoted(t *testing.T) {
	tm := newTeam(t)
	in := auth.UserInput{ID: tm.owner.ID, Name: tm.owner.Name, Login: "owner", Role: "manager", Level: "senior", Active: true, Version: tm.owner.Version}
	if _, err := tm.svc.UpdateUser(context.Background(), tm.owner.Actor(), in); !errors.Is(err, apperr.ErrForbidden) {
		t.Fatalf("demoting the last owner = %v", err)
	}
}

func TestSignIn(t *testing.T) {
	tm := newTeam(t)
	ctx := context.Background()
	fieldCode := func(err error, field string) string {
		e, _ := apperr.As(err)
		if e == nil {
			return ""
		}
		return e.Fields[field].Code
	}
	if _, err := tm.svc.Authenticate(ctx, "rep1", "wrong!"); fieldCode(err, "password") != "auth.badCredentials" {
		t.Fatalf("wrong password = %v", err)
	}
	if _, err := tm.svc.Authenticate(ctx, "nobody", "steady-pass1"); fieldCode(err, "password") != "auth.badCredentials" {
		t.Fatalf("unknown login = %v", err)
	}
	token, err := tm.svc.Remember(ctx, tm.rep.ID)
	if err != nil {
		t.Fatal(err)
	}
	if u, err := tm.svc.UserByToken(ctx, token); err != nil || u.ID != tm.rep.ID {
		t.Fatalf("remembered = %+v, %v", u, err)
	}
	in := auth.UserInput{ID: tm.rep.ID, Name: tm.rep.Name, Login: "rep1", Role: "rep", Level: "junior", Active: false, Version: tm.rep.Version}
	if _, err := tm.svc.UpdateUser(ctx, tm.owner.Actor(), in); err != nil {
		t.Fatal(err)
	}
	if _, err := tm.svc.Authenticate(ctx, "rep1", "steady-pass1"); fieldCode(err, "login") != "auth.inactive" {
		t.Fatalf("inactive sign-in = %v", err)
	}
	if _, err := tm.svc.UserByToken(ctx, token); !errors.Is(err, apperr.ErrUnauthenticated) {
		t.Fatalf("a deactivated user's remembered sign-in = %v", err)
	}
}

func TestLevelHookRunsInTheSameTransaction(t *testing.T) {
	tm := newTeam(t)
	ctx := context.Background()
	var calls []string
	fail := false
	tm.svc.OnLevel(func(_ context.Context, _ *sql.Tx, _, userID string) error {
		calls = append(calls, userID)
		if fail {
			return errors.New("plan assignment failed")
		}
		return nil
	})
	u, err := tm.svc.CreateUser(ctx, tm.owner.Actor(), auth.UserInput{Name: "孙悦", Login: "rep9", Password: "steady-pass1", Role: "rep", Level: "new_hire", Active: true})
	if err != nil || len(calls) != 1 || calls[0] != u.ID {
		t.Fatalf("create: calls %v, err %v", calls, err)
	}
	same := auth.UserInput{ID: u.ID, Name: "孙悦悦", Login: "rep9", Role: "rep", Level: "new_hire", Active: true, Version: u.Version}
	if u, err = tm.svc.UpdateUser(ctx, tm.owner.Actor(), same); err != nil || len(calls) != 1 {
		t.Fatalf("a change without a new level must not run the hook: calls %v, err %v", calls, err)
	}
	fail = true
	promoted := auth.UserInput{ID: u.ID, Name: u.Name, Login: "rep9", Role: "rep", Level: "junior", Active: true, Version: u.Version}
	if _, err := tm.svc.UpdateUser(ctx, tm.owner.Actor(), promoted); err == nil {
		t.Fatal("a failing hook must fail the update")
	}
	if after, _ := tm.svc.User(ctx, u.ID); after.Level != "new_hire" {
		t.Fatalf("a failed hook left the level at %q", after.Level)
	}
}

// A password the owner resets ends every remembered sign-in of that user,
// on every computer; another user's stays.
func TestANewPasswordEndsRememberedSignIns(t *testing.T) {
	tm := newTeam(t)
	ctx := context.Background()
	repToken, err := tm.svc.Remember(ctx, tm.rep.ID)
	if err != nil {
		t.Fatal(err)
	}
	otherToken, _ := tm.svc.Remember(ctx, tm.other.ID)
	in := auth.UserInput{ID: tm.rep.ID, Name: tm.rep.Name, Login: "rep1", Role: "rep", Level: "junior", ManagerID: tm.manager.ID,
		Active: true, Password: "a-new-secret", Version: tm.rep.Version}
	if _, err := tm.svc.UpdateUser(ctx, tm.owner.Actor(), in); err != nil {
		t.Fatal(err)
	}
	if _, err := tm.svc.UserByToken(ctx, repToken); !errors.Is(err, apperr.ErrUnauthenticated) {
		t.Fatalf("a remembered sign-in survived a password reset: %v", err)
	}
	if u, err := tm.svc.UserByToken(ctx, otherToken); err != nil || u.ID != tm.other.ID {
		t.Fatalf("another user's sign-in ended: %v", err)
	}
}
