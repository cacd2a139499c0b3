package app

import (
	"testing"

	"steady/backend/customer"
)

// A locked screen stays locked when the app is restarted (or killed and
// started again): the remembered sign-in resumes at the lock screen, and only
// the password lifts it.
func TestTheScreenLockOutlivesARestart(t *testing.T) {
	f := newFixture(t)
	if _, err := f.session.Login(LoginInput{Login: "rep", Password: "steady-pass", Remember: true}); err != nil {
		t.Fatal(err)
	}
	f.session.Lock()

	restarted := NewSession(f.core, NewMenu(f.core))
	st, err := restarted.Status()
	if err != nil {
		t.Fatal(err)
	}
	if st.User == nil || st.User.Login != "rep" || !st.Locked {
		t.Fatalf("after a restart while locked: user %v, locked %v; want the rep at the lock screen", st.User, st.Locked)
	}
	customers := NewCustomers(f.core, restarted)
	if _, err := customers.List(customer.ListQuery{}); err == nil {
		t.Fatal("a restarted locked app answered a customer list without the password")
	}
	if _, err := restarted.Unlock("wrong-pass"); err == nil {
		t.Fatal("a wrong password lifted the lock")
	}
	if _, err := restarted.Unlock("steady-pass"); err != nil {
		t.Fatal(err)
	}

	again := NewSession(f.core, NewMenu(f.core))
	if st, err = again.Status(); err != nil {
		t.Fatal(err)
	}
	if st.User == nil || st.Locked {
		t.Fatalf("after unlocking and restarting: user %v, locked %v; want the rep signed in", st.User, st.Locked)
	}
}

// Signing out at the lock screen ends the lock: the next person signs in
// with their own password and is not met by someone else's lock.
func TestSigningOutEndsTheKeptLock(t *testing.T) {
	f := newFixture(t)
	if _, err := f.session.Login(LoginInput{Login: "rep", Password: "steady-pass", Remember: true}); err != nil {
		t.Fatal(err)
	}
	f.session.Lock()
	if err := f.session.Logout(); err != nil {
		t.Fatal(err)
	}
	if _, err := f.session.Login(LoginInput{Login: "manager", Password: "steady-pass", Remember: true}); err != nil {
		t.Fatal(err)
	}
	st, err := NewSession(f.core, NewMenu(f.core)).Status()
	if err != nil {
		t.Fatal(err)
	}
	if st.User == nil || st.User.Login != "manager" || st.Locked {
		t.Fatalf("got user %v locked %v; want the manager, unlocked", st.User, st.Locked)
	}
}
