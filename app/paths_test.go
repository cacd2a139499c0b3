package app

import (
	"errors"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"

	"golang.org/x/crypto/bcrypt"

	"steady/backend/apperr"
	"steady/backend/appraisal"
	"steady/backend/auth"
	"steady/backend/catalog"
	"steady/backend/customer"
	"steady/backend/sales"
	"steady/backend/services"
	"steady/backend/setup"
	"steady/backend/store/storetest"
)

// pathsApp is the bound types on a real database, with the owner signed in
// when signIn.
type pathsApp struct {
	core      *Core
	session   *Session
	system    *System
	files     *CustomerFiles
	catalog   *Catalog
	quotes    *Quotes
	sales     *Sales
	appraisal *Appraisal
}

func newPathsApp(t *testing.T, signIn bool) pathsApp {
	t.Helper()
	db := storetest.Open(t)
	set := services.New(db, storetest.NewClock().Now, services.HashCost(bcrypt.MinCost))
	core := &Core{DB: db, Log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	core.Users, core.Company, core.Customers, core.Catalog = set.Users, set.Company, set.Customers, set.Catalog
	core.Quotes, core.Sales, core.Appraisal = set.Quotes, set.Sales, set.Appraisal
	session := NewSession(core, NewMenu(core))
	if signIn {
		res, err := setup.Run(tctx, db, set.Users, set.Company,
			setup.Input{CompanyName: "上海示例贸易有限公司", OwnerName: "周明远", Login: "owner", Password: "steady-pass"})
		if err != nil {
			t.Fatal(err)
		}
		owner, err := set.Users.User(tctx, res.OwnerID)
		if err != nil {
			t.Fatal(err)
		}
		session.signIn(owner)
	}
	return pathsApp{core: core, session: session, system: NewSystem(core, session), files: NewCustomerFiles(core, session),
		catalog: NewCatalog(core, session), quotes: NewQuotes(core, session), sales: NewSales(core, session),
		appraisal: NewAppraisal(core, session)}
}

// uiCode is the kind and code a bound method's error carries to the page.
func uiCode(t *testing.T, err error) string {
	t.Helper()
	if err == nil {
		return ""
	}
	return errKindCode(err)
}

func errKindCode(err error) string {
	var e uiError
	if !errors.As(err, &e) {
		return "raw: " + err.Error()
	}
	return e.payload
}

const refusedPath = `{"kind":"forbidden","code":"errors.forbidden.pathNotOffered"}`

// Every bound method that takes a path refuses one the app did not produce
// (no dialog returned it, no export wrote it), before reading or writing
// anything: the page cannot make the app read a file it names, write one
// where it likes, or open one.
func TestPathTakingMethodsRefuseAPathTheAppDidNotProduce(t *testing.T) {
	a := newPathsApp(t, true)
	dir := t.TempDir()
	csv := filepath.Join(dir, "customers.csv")
	if err := os.WriteFile(csv, []byte("客户名称,手机\n无锡新达机电有限公司,13912345678\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	xlsx := filepath.Join(dir, "catalog.xlsx")
	if err := os.WriteFile(xlsx, []byte("PK"), 0o600); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out.xlsx")
	calls := map[string]func() error{
		"System.OpenPath":             func() error { return a.system.OpenPath(csv) },
		"System.ShowInFolder":         func() error { return a.system.ShowInFolder(csv) },
		"CustomerFiles.Preview":       func() error { _, err := a.files.Preview(csv, nil); return err },
		"CustomerFiles.Import":        func() error { _, err := a.files.Import(csv, customer.ImportOptions{}); return err },
		"CustomerFiles.SaveRejected":  func() error { _, err := a.files.SaveRejected(csv, nil, "zh-CN"); return err },
		"Catalog.Import":              func() error { _, err := a.catalog.Import(xlsx, catalog.ImportDefaults{}, true); return err },
		"Quotes.ExportTo":             func() error { _, err := a.quotes.ExportTo("any", "xlsx", out); return err },
		"Sales.ExportReportTo":        func() error { _, err := a.sales.ExportReportTo(sales.ReportQuery{}, "zh-CN", out); return err },
		"Appraisal.ReportTo":          func() error { _, err := a.appraisal.ReportTo(appraisal.Report{}, out); return err },
		"System.OpenPath (relative)":  func() error { return a.system.OpenPath("customers.csv") },
		"System.OpenPath (traversal)": func() error { return a.system.OpenPath(filepath.Join(dir, "x", "..", "customers.csv")) },
	}
	for name, call := range calls {
		if got := uiCode(t, call()); got != refusedPath {
			t.Errorf("%s: %s, want %s", name, got, refusedPath)
		}
	}
	if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a refused export wrote %s", out)
	}
	n, err := a.core.Customers.Customers(tctx, mustActor(t, a.session), customer.ListQuery{})
	if err != nil || len(n.Items) != 0 {
		t.Fatalf("a refused import added customers: %d, %v", len(n.Items), err)
	}

	// The same file, once a dialog has returned it, is read.
	a.core.paths.add(filepath.Join(dir, ".", "customers.csv"))
	if _, err := a.files.Preview(csv, nil); err != nil {
		t.Fatalf("a path the dialog returned: %v", errKindCode(err))
	}
}

func mustActor(t *testing.T, s *Session) auth.Actor {
	t.Helper()
	a, err := s.actor()
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// Opening and showing a file need a signed-in person, even for a path the
// app produced.
func TestOpeningAFileNeedsASignedInPerson(t *testing.T) {
	a := newPathsApp(t, false)
	path := filepath.Join(t.TempDir(), "报价单.xlsx")
	if err := os.WriteFile(path, []byte("PK"), 0o600); err != nil {
		t.Fatal(err)
	}
	a.core.paths.add(path)
	for name, err := range map[string]error{"OpenPath": a.system.OpenPath(path), "ShowInFolder": a.system.ShowInFolder(path)} {
		if got := uiCode(t, err); got != `{"kind":"unauthenticated","code":"errors.unauthenticated"}` {
			t.Errorf("%s signed out: %s", name, got)
		}
	}
}

// Even a path the app produced is handed to the system's opener only when it
// is a document: a program (by its name, by its execute bit, behind a link
// with a document's name) never reaches the launcher.
func TestAnExecutableIsNeverLaunched(t *testing.T) {
	dir := t.TempDir()
	var known knownPaths
	write := func(name string, mode os.FileMode) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte("#!/bin/sh\ntouch "+filepath.Join(dir, "ran")+"\n"), mode); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(path, mode); err != nil {
			t.Fatal(err)
		}
		known.add(path)
		return path
	}
	refused := []string{}
	for _, name := range []string{"setup.exe", "run.bat", "run.cmd", "x.com", "install.msi", "x.ps1", "x.sh", "x.lnk", "x.js",
		"x.vbs", "x.scr", "x.jar", "x.desktop", "x.command", "x.py", "report.pdf.exe", "noext"} {
		refused = append(refused, write(name, 0o600))
	}
	if runtime.GOOS != "windows" {
		refused = append(refused, write("报价单.xlsx", 0o700)) // a document's name on a program
		link := filepath.Join(dir, "看起来是报价单.xlsx")
		if err := os.Symlink(refused[0], link); err != nil {
			t.Fatal(err)
		}
		known.add(link)
		refused = append(refused, link)
		app := filepath.Join(dir, "Calculator.pdf")
		if err := os.Mkdir(app, 0o700); err != nil {
			t.Fatal(err)
		}
		known.add(app)
		refused = append(refused, app) // a folder (a macOS .app is one)
	}
	var launched []string
	start := func(cmd *exec.Cmd) error { launched = append(launched, cmd.Args[len(cmd.Args)-1]); return nil }
	for _, path := range refused {
		err := openFile(&known, path, start)
		if e, ok := apperr.As(err); !ok || e.Code != "errors.forbidden.pathNotDocument" {
			t.Errorf("%s: %v, want pathNotDocument", filepath.Base(path), err)
		}
	}
	if len(launched) != 0 {
		t.Fatalf("launched %v", launched)
	}
	for _, name := range []string{"报价单_杭州明远_Q-2026-0001.xlsx", "报告.PDF", "rejected.csv"} {
		path := write(name, 0o600)
		if err := openFile(&known, path, start); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	if len(launched) != 3 {
		t.Fatalf("documents handed to the opener: %v", launched)
	}
	if _, err := os.Stat(filepath.Join(dir, "ran")); err == nil {
		t.Fatal("a program ran")
	}
}
