package cli

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/crypto/bcrypt"

	"steady/backend/apperr"
	"steady/backend/demo"
	"steady/backend/store"
)

// internals are what a failure line must not show: a package's prefix
// ("store: ") or an untranslated message code ("errors.notFound.quote").
var internals = regexp.MustCompile(`\b(store|demo|sales|quote|customer|training|catalog|auth|audit|setup|company|cli):|\b(validation|errors)\.[a-zA-Z]`)

func TestFailuresSayWhatIsWrongInPlainWords(t *testing.T) {
	dir := t.TempDir()
	at := func(name string) string { return filepath.Join(dir, name) }
	db, backup, junk := at("demo.db"), at("b.db"), at("junk.db")
	if _, err := demo.Create(context.Background(), db, demo.Options{Seed: 2, Customers: 10, HashCost: bcrypt.MinCost}); err != nil {
		t.Fatal(err)
	}
	if r := run("backup", "--db", db, "--out", backup); r.code != 0 {
		t.Fatalf("backup: %+v", r)
	}
	if err := os.WriteFile(junk, []byte(strings.Repeat("junk ", 100)), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(at("folder"), 0o700); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		args []string
		want string // the whole line when it starts with "steady", a part of it otherwise
	}{
		{[]string{"backup", "--db", db, "--out", backup}, "steady backup: " + backup + " already exists; choose another file name"},
		{[]string{"restore", "--db", db, "--in", junk}, "steady restore: " + junk + " is not a Steady database"},
		{[]string{"restore", "--db", db, "--in", at("none.db")}, "steady restore: no backup at " + at("none.db")},
		{[]string{"restore", "--db", db, "--in", at("folder")}, "is a folder, not a backup"},
		{[]string{"backup", "--db", db, "--out", db + "-wal"}, "steady backup: " + db + "-wal belongs to the database being backed up; choose another file name"},
		{[]string{"backup", "--db", junk, "--out", at("x.db")}, "steady backup: " + junk + " is not a Steady database"},
		{[]string{"backup", "--db", db, "--out", at("none/x.db")}, "there is no folder " + at("none")},
		{[]string{"check", "--db", junk}, "steady check: " + junk + " is not a Steady database"},
		{[]string{"check", "--db", at("folder")}, "is a folder, not a database"},
		{[]string{"demo", "--db", db}, "steady demo: " + db + " already exists; choose another file name"},
		{[]string{"quote", "export", "--db", db, "--number", "QT-NOPE", "--out", at("q.pdf")}, "no quote numbered QT-NOPE"},
		{[]string{"quote", "list", "--db", junk}, "steady quote: " + junk + " is not a Steady database"},
		{[]string{"sales", "funnel", "--db", db, "--from", "2026-02-01", "--to", "2026-01-01"}, "the period ends before it starts"},
		{[]string{"training", "export", "--db", junk, "--out", at("t.xlsx")}, junk + " is not a Steady database"},
		{[]string{"training", "export", "--db", db, "--out", backup}, backup + " already exists; choose another file name"},
		{[]string{"customers", "import", "--db", db, "--as", "rep1", at("folder")}, "is a folder, not a file to import"},
	}
	for _, c := range cases {
		t.Run(strings.Join(c.args[:2], " "), func(t *testing.T) {
			r := run(c.args...)
			r.oneLineError(t)
			line := strings.TrimSuffix(r.stderr, "\n")
			exact := strings.HasPrefix(c.want, "steady ")
			if r.code != 1 || (exact && line != c.want) || (!exact && !strings.Contains(line, c.want)) {
				t.Fatalf("%v: code %d, %q; want %q", c.args, r.code, line, c.want)
			}
			_, reason, _ := strings.Cut(line, ": ")
			if internals.MatchString(reason) {
				t.Errorf("%q shows the program's insides", line)
			}
		})
	}
}

func TestRestoreRefusesADatabaseInUse(t *testing.T) {
	dir := t.TempDir()
	db, backup := filepath.Join(dir, "demo.db"), filepath.Join(dir, "b.db")
	ctx := context.Background()
	if _, err := demo.Create(ctx, db, demo.Options{Seed: 2, HashCost: bcrypt.MinCost}); err != nil {
		t.Fatal(err)
	}
	if r := run("backup", "--db", db, "--out", backup); r.code != 0 {
		t.Fatalf("backup: %+v", r)
	}
	open, err := store.Open(ctx, db) // as a running Steady holds it
	if err != nil {
		t.Fatal(err)
	}
	defer open.Close()
	r := run("restore", "--db", db, "--in", backup)
	if want := "steady restore: " + db + " is open in a running Steady; close it first\n"; r.code != 1 || r.stderr != want {
		t.Fatalf("code %d, %q; want %q", r.code, r.stderr, want)
	}
}

func TestPlainDropsThePackagesPrefixes(t *testing.T) {
	cases := []struct {
		err  error
		want string
	}{
		{fmt.Errorf("store: backup: open: %w", errors.New("disk I/O error")), "disk I/O error"},
		{fmt.Errorf("store: restore: %w", store.ErrNotSteady), "the database is not a Steady database"},
		{fmt.Errorf("training: tasks: %w", &fs.PathError{Op: "open", Path: "a.xlsx", Err: errors.New("is a directory")}), "could not open a.xlsx: is a directory"},
		{fmt.Errorf("quote: %w", apperr.NotFound("quote")), "not found"},
		{apperr.Field("to", "validation.endBeforeStart", nil), "invalid to"},
		{say("no quote numbered %s", "Q-1"), "no quote numbered Q-1"},
	}
	for _, c := range cases {
		if got := plain(c.err); got != c.want {
			t.Errorf("plain(%v) = %q, want %q", c.err, got, c.want)
		}
	}
}
