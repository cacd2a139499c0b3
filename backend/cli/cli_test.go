package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"steady/backend/demo"
	"steady/backend/services"
	"steady/backend/store"
)

type result struct {
	code           int
	stdout, stderr string
	asOwner        bool // stderr began with the notice that the command acts as the owner (left out of stderr)
}

// ownerNotice is what a data command without --as says first on stderr.
const ownerNotice = "acting as the owner (use --as LOGIN to act as someone else)\n"

func run(args ...string) result {
	var out, errOut bytes.Buffer
	code := Run(context.Background(), Env{Stdout: &out, Stderr: &errOut, Version: "9.9.9"}, args)
	stderr, asOwner := strings.CutPrefix(errOut.String(), ownerNotice)
	return result{code, out.String(), stderr, asOwner}
}

func (r result) oneLineError(t *testing.T) {
	t.Helper()
	if strings.Count(strings.TrimRight(r.stderr, "\n"), "\n") != 0 || r.stderr == "" {
		t.Fatalf("stderr should be one line, got %q", r.stderr)
	}
}

func TestUsageMistakesExitTwo(t *testing.T) {
	for _, args := range [][]string{{"frobnicate"}, {"check", "--nope"}, {"backup", "--db", "x.db"}, {"version", "extra"}} {
		r := run(args...)
		if r.code != 2 || !strings.Contains(r.stderr, "usage: steady") {
			t.Errorf("%v: code %d, stderr %q", args, r.code, r.stderr)
		}
	}
}

func TestVersion(t *testing.T) {
	r := run("version")
	if r.code != 0 || !strings.Contains(r.stdout, "Steady 9.9.9") {
		t.Fatalf("%+v", r)
	}
}

func TestCheckFailsWithOneLineForMissingOrBrokenFiles(t *testing.T) {
	dir := t.TempDir()
	r := run("check", "--db", filepath.Join(dir, "missing.db"))
	if r.code != 1 {
		t.Fatalf("missing: %+v", r)
	}
	r.oneLineError(t)
	junk := filepath.Join(dir, "junk.db")
	os.WriteFile(junk, []byte(strings.Repeat("junk ", 100)), 0o600)
	if r := run("check", "--db", junk); r.code != 1 {
		t.Fatalf("junk: %+v", r)
	}
}

func TestDemoBackupCheckRestore(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "demo.db")
	ctx := context.Background()
	if _, err := demo.Create(ctx, db, demo.Options{Seed: 7, HashCost: bcrypt.MinCost}); err != nil {
		t.Fatal(err)
	}
	if r := run("demo", "--db", db); r.code != 1 {
		t.Fatalf("demo over an existing file: %+v", r)
	}
	if r := run("check", "--db", db); r.code != 0 || !strings.Contains(r.stdout, "ok") {
		t.Fatalf("check: %+v", r)
	}
	backup := filepath.Join(dir, "backup.db")
	if r := run("backup", "--db", db, "--out", backup); r.code != 0 {
		t.Fatalf("backup: %+v", r)
	}
	if r := run("backup", "--db", db, "--out", backup); r.code != 1 {
		t.Fatalf("backup over an existing file: %+v", r)
	}
	if r := run("restore", "--db", db, "--in", backup); r.code != 0 || !strings.Contains(r.stdout, "kept as") {
		t.Fatalf("restore: %+v", r)
	}
	s, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	users := services.New(s, time.Now, services.HashCost(bcrypt.MinCost)).Users
	for _, login := range []string{"owner", "manager", "rep1", "rep5"} {
		if _, err := users.Authenticate(ctx, login, demo.Password); err != nil {
			t.Errorf("%s cannot sign in after restore: %v", login, err)
		}
	}
}

func TestDesktopFlags(t *testing.T) {
	if db, err := ParseDesktopFlags([]string{"--db", "/tmp/a.db", "-psn_0_12345"}); err != nil || db != "/tmp/a.db" {
		t.Fatalf("db = %q, %v", db, err)
	}
	if _, err := ParseDesktopFlags([]string{"--verbose"}); err == nil {
		t.Fatal("an unknown flag should be refused")
	}
}

func TestDemoWithoutCustomers(t *testing.T) {
	db := filepath.Join(t.TempDir(), "empty.db")
	r := run("demo", "--db", db, "--customers", "0")
	if r.code != 0 || !strings.Contains(r.stdout, "and 0 customers") {
		t.Fatalf("%+v", r)
	}
	if r := run("quote", "list", "--db", db); r.code != 0 || strings.Count(r.stdout, "\n") != 1 {
		t.Fatalf("a company without customers should have no quotes: %+v", r)
	}
	if r := run("demo", "--db", db+"2", "--customers", "-1"); r.code != 2 {
		t.Fatalf("negative customers: %+v", r)
	}
}
