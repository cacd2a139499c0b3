package auth_test

import (
	"context"
	"database/sql"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/store"
	"steady/backend/store/storetest"
)

func fieldError(err error, field string) apperr.FieldError {
	e, _ := apperr.As(err)
	if e == nil {
		return apperr.FieldError{}
	}
	return e.Fields[field]
}

func TestPasswordRules(t *testing.T) {
	tm := newTeam(t)
	cases := []struct {
		name, login, password, code string
	}{
		{"seven characters", "pw1", "abc-123", "validation.passwordTooShort"},
		{"eight characters of two kinds", "pw2", "abcd-123", ""},
		{"letters only", "pw3", "abcdefghij", "validation.passwordOneKind"},
		{"digits only, not a common one", "pw4", "20261127", "validation.passwordOneKind"},
		{"Chinese only", "pw5", "我的密码很长很长", "validation.passwordOneKind"},
		{"Chinese and digits", "pw6", "明远科技2026", ""},
		{"the login itself", "zhang.wei99", "ZHANG.WEI99", "validation.passwordIsLogin"},
		{"a common password", "pw7", "Password1", "validation.passwordCommon"},
		{"the Chinese favourite", "pw8", "woaini1314", "validation.passwordCommon"},
		{"long and mixed", "pw9", "Lake Tai at dusk", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := tm.svc.CreateUser(context.Background(), tm.owner.Actor(), auth.UserInput{Name: "x", Login: c.login,
				Password: c.password, Role: "rep", Level: "junior", Active: true})
			if got := fieldError(err, "password").Code; got != c.code {
				t.Fatalf("password %q: code %q (err %v), want %q", c.password, got, err, c.code)
			}
		})
	}
	t.Run("a reset follows the rules too", func(t *testing.T) {
		in := auth.UserInput{ID: tm.rep.ID, Name: tm.rep.Name, Login: "rep1", Role: "rep", Level: "junior",
			ManagerID: tm.manager.ID, Active: true, Password: "12345678", Version: tm.rep.Version}
		if _, err := tm.svc.UpdateUser(context.Background(), tm.owner.Actor(), in); fieldError(err, "password").Code != "validation.passwordCommon" {
			t.Fatalf("reset to 12345678 = %v", err)
		}
	})
}

func TestSignInDelaySchedule(t *testing.T) {
	want := []time.Duration{0, 0, 0, 0, time.Second, 2 * time.Second, 4 * time.Second, 8 * time.Second}
	for n, d := range want {
		if got := auth.SignInDelay(n); got != d {
			t.Errorf("after %d failures: %v, want %v", n, got, d)
		}
	}
	for _, n := range []int{13, 14, 40, 1 << 20} {
		if got := auth.SignInDelay(n); got != 5*time.Minute {
			t.Errorf("after %d failures: %v, want the 5 minute cap", n, got)
		}
	}
}

// A guesser is made to wait, the wait holds even for the right password,
// it survives closing and reopening the database, and a success clears it.
func TestSignInDelayGrowsAndSurvivesARestart(t *testing.T) {
	path := t.TempDir() + "/steady.db"
	ctx := context.Background()
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	clock := storetest.NewClock()
	svc := auth.NewService(db, clock.Now, bcrypt.MinCost)
	seedOwner(t, db, svc)
	for i := 1; i <= 4; i++ {
		if _, err := svc.Authenticate(ctx, "owner", "guess-"+string(rune('0'+i))); fieldError(err, "password").Code != "auth.badCredentials" {
			t.Fatalf("guess %d = %v", i, err)
		}
	}
	// Four failures: one second to wait. Even the right password is refused.
	if _, err := svc.Authenticate(ctx, "OWNER", "steady-pass1"); fieldError(err, "password").Code != "auth.tryAgainIn" {
		t.Fatalf("right password while waiting = %v", err)
	}
	clock.T = clock.T.Add(time.Second)
	if _, err := svc.Authenticate(ctx, " owner", "guess-5"); err == nil {
		t.Fatal("a wrong password signed in")
	}
	db.Close()

	db, err = store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	svc = auth.NewService(db, clock.Now, bcrypt.MinCost)
	clock.T = clock.T.Add(time.Second) // five failures wait two seconds; one has passed
	_, err = svc.Authenticate(ctx, "owner", "steady-pass1")
	if fe := fieldError(err, "password"); fe.Code != "auth.tryAgainIn" || fe.Params["seconds"] != 1 {
		t.Fatalf("after a restart = %v (%+v), want try again in 1 s", err, fe)
	}
	clock.T = clock.T.Add(time.Second)
	if _, err := svc.Authenticate(ctx, "owner", "steady-pass1"); err != nil {
		t.Fatalf("the right password after the wait = %v", err)
	}
	for i := 0; i < 3; i++ { // a success starts the count again: three free mistakes
		if _, err := svc.Authenticate(ctx, "owner", "wrong-again"); fieldError(err, "password").Code != "auth.badCredentials" {
			t.Fatalf("mistake %d after a success = %v", i+1, err)
		}
	}
}

// Unknown logins wait like known ones, so the delay does not reveal which exist.
func TestUnknownLoginsWaitToo(t *testing.T) {
	tm := newTeam(t)
	ctx := context.Background()
	for i := 0; i < 4; i++ {
		_, _ = tm.svc.Authenticate(ctx, "nobody", "whatever1")
	}
	if _, err := tm.svc.Authenticate(ctx, "nobody", "whatever1"); fieldError(err, "password").Code != "auth.tryAgainIn" {
		t.Fatalf("unknown login after four failures = %v", err)
	}
	if _, err := tm.svc.Authenticate(ctx, "rep1", "steady-pass1"); err != nil {
		t.Fatalf("another login was held up: %v", err)
	}
}

func TestAResetForcesAChangeAtNextSignIn(t *testing.T) {
	tm := newTeam(t)
	ctx := context.Background()
	in := auth.UserInput{ID: tm.rep.ID, Name: tm.rep.Name, Login: "rep1", Role: "rep", Level: "junior", ManagerID: tm.manager.ID,
		Active: true, Password: "temporary-1", Version: tm.rep.Version}
	if _, err := tm.svc.UpdateUser(ctx, tm.owner.Actor(), in); err != nil {
		t.Fatal(err)
	}
	u, err := tm.svc.Authenticate(ctx, "rep1", "temporary-1")
	if err != nil || !u.MustChangePassword {
		t.Fatalf("after a reset: %+v, %v; want must change", u, err)
	}
	bad := []struct {
		in    auth.PasswordChange
		field string
		code  string
	}{
		{auth.PasswordChange{Current: "temporary-1", Next: "temporary-1"}, "next", "validation.passwordUnchanged"},
		{auth.PasswordChange{Current: "temporary-1", Next: "short1"}, "next", "validation.passwordTooShort"},
		{auth.PasswordChange{Current: "not-it-at-all", Next: "my own 2026"}, "current", "auth.badCredentials"},
	}
	for _, c := range bad {
		if _, err := tm.svc.ChangePassword(ctx, u.Actor(), c.in); fieldError(err, c.field).Code != c.code {
			t.Fatalf("change %+v = %v, want %s on %s", c.in, err, c.code, c.field)
		}
	}
	token, _ := tm.svc.Remember(ctx, u.ID)
	changed, err := tm.svc.ChangePassword(ctx, u.Actor(), auth.PasswordChange{Current: "temporary-1", Next: "my own 2026"})
	if err != nil || changed.MustChangePassword {
		t.Fatalf("own change = %+v, %v", changed, err)
	}
	if _, err := tm.svc.UserByToken(ctx, token); err == nil {
		t.Fatal("a remembered sign-in survived a password change")
	}
	if _, err := tm.svc.Authenticate(ctx, "rep1", "my own 2026"); err != nil {
		t.Fatalf("signing in with the new password = %v", err)
	}
	// The owner changing their own password through the form is no reset.
	me := auth.UserInput{ID: tm.owner.ID, Name: tm.owner.Name, Login: "owner", Role: "owner", Level: "senior",
		Active: true, Password: "owner-new-1", Version: tm.owner.Version}
	if u, err := tm.svc.UpdateUser(ctx, tm.owner.Actor(), me); err != nil || u.MustChangePassword {
		t.Fatalf("owner's own new password = %+v, %v", u, err)
	}
}

func TestVerifyIsTheActorsOwnPassword(t *testing.T) {
	tm := newTeam(t)
	ctx := context.Background()
	if _, err := tm.svc.Verify(ctx, tm.rep.Actor(), "steady-pass1"); err != nil {
		t.Fatalf("own password = %v", err)
	}
	if _, err := tm.svc.Verify(ctx, tm.rep.Actor(), "wrong-pass1"); fieldError(err, "password").Code != "auth.badCredentials" {
		t.Fatalf("wrong password = %v", err)
	}
}

// A password set before today's rules ("12345678", all one kind) still signs
// in, once: its holder must choose a new one before anything else, so weak
// passwords do not live on until someone happens to change them.
func TestAWeakOldPasswordMustBeChangedAtSignIn(t *testing.T) {
	tm := newTeam(t)
	ctx := context.Background()
	weak, err := bcrypt.GenerateFromPassword([]byte("12345678"), bcrypt.MinCost)
	if err != nil {
		t.Fatal(err)
	}
	err = tm.db.Tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.Exec(`UPDATE users SET password_hash = ? WHERE id = ?`, string(weak), tm.rep.ID)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	u, err := tm.svc.Authenticate(ctx, "rep1", "12345678")
	if err != nil || !u.MustChangePassword {
		t.Fatalf("signing in with a weak old password: %+v, %v; want a change required", u, err)
	}
	if u.Version != tm.rep.Version {
		t.Fatalf("requiring a change moved the user's version %d → %d (an open form would conflict)", tm.rep.Version, u.Version)
	}
	if _, err := tm.svc.ChangePassword(ctx, u.Actor(), auth.PasswordChange{Current: "12345678", Next: "my own 2026"}); err != nil {
		t.Fatal(err)
	}
	if u, err = tm.svc.Authenticate(ctx, "rep1", "my own 2026"); err != nil || u.MustChangePassword {
		t.Fatalf("after choosing a sound password: %+v, %v", u, err)
	}
}
