package app

import (
	"io"
	"log/slog"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"steady/backend/prefs"
	"steady/backend/services"
	"steady/backend/store/storetest"
)

// The webview loads and calls while the database is still being opened (a
// large file's start-up check takes seconds): a call made then waits for the
// open and answers from it, instead of meeting services that are not there
// yet (it panicked, and took the app down, at 100,000 customers).
func TestACallWhileTheDatabaseOpensWaitsForIt(t *testing.T) {
	core := &Core{Log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	core.Opening()
	session := NewSession(core, nil)
	type answer struct {
		st  Status
		err error
	}
	got := make(chan answer, 1)
	go func() {
		st, err := session.Status()
		got <- answer{st, err}
	}()
	select {
	case a := <-got:
		t.Fatalf("Status answered before the database was open: %+v, %v", a.st, a.err)
	case <-time.After(50 * time.Millisecond):
	}

	db := storetest.Open(t) // what OnStartup's openDatabase does, late
	set := services.New(db, storetest.NewClock().Now, services.HashCost(bcrypt.MinCost))
	core.DB, core.Users, core.Company = db, set.Users, set.Company
	p, err := prefs.New(tctx, db, prefs.OpenDevice(t.TempDir()+"/device.json"))
	if err != nil {
		t.Fatal(err)
	}
	core.Prefs = p
	core.Opened()

	a := <-got
	if a.err != nil || a.st.StartupError != "" || !a.st.NeedsSetup {
		t.Fatalf("Status after the open = %+v, %v; want the first-run wizard's answer", a.st, a.err)
	}
}
