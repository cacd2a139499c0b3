package cli

import (
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mattn/go-sqlite3"
	"golang.org/x/text/encoding/simplifiedchinese"

	"steady/backend/infile/infiletest"
)

// The command line reads import files as the app does: hostile files are
// refused in words, with the line at fault, and nothing is imported.
func TestCustomersImportRefusesHostileFiles(t *testing.T) {
	dir, db := customersDB(t)
	write := func(name string, body []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, body, 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	rows := "客户名称,手机,城市\n杭州明远贸易,13911110001,杭州\n苏州恒信贸易,13911110002,苏州\n成都蓉锦贸易,13911110003,成都\n"
	huge := write("巨大.csv", []byte(rows))
	if err := os.Truncate(huge, 100<<20); err != nil { // sparse
		t.Fatal(err)
	}
	cases := []struct {
		name, file, want string
	}{
		{"utf-8 with a stray byte", write("坏字节.csv", []byte(strings.Replace(rows, "恒信", "恒\xb4信", 1))), "line 3 holds bytes that are not"},
		{"a nul byte", write("空字符.csv", []byte(strings.Replace(rows, "蓉锦", "蓉\x00锦", 1))), "line 4 contains a NUL character"},
		{"too large", huge, "at most 64 MB"},
		{"zip bomb", write("炸弹.xlsx", infiletest.Bomb(t, 300)), "at most 256 MB"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := run("customers", "import", "--db", db, "--as", "rep1", c.file)
			if r.code != 1 || !strings.Contains(r.stderr, c.want) {
				t.Fatalf("%+v", r)
			}
			r.oneLineError(t)
			if found := run("customers", "search", "--db", db, "贸易"); strings.Contains(found.stdout, "明远贸易") {
				t.Fatalf("a refused file imported customers: %s", found.stdout)
			}
		})
	}
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(rows)
	if err != nil {
		t.Fatal(err)
	}
	if r := run("customers", "import", "--db", db, "--as", "rep1", write("gbk.csv", []byte(gbk))); r.code != 0 || !strings.Contains(r.stdout, "created 3") {
		t.Fatalf("gbk: %+v", r)
	}
	if found := run("customers", "search", "--db", db, "蓉锦贸易"); !strings.Contains(found.stdout, "成都蓉锦贸易") {
		t.Fatalf("the GBK file's names: %s", found.stdout)
	}
}

// What SQLite refused is worded as the app words it (one mapping), never
// as SQLite's words after the imported file's path.
func TestStoreProblemsAreWorded(t *testing.T) {
	cases := map[sqlite3.ErrNo]string{
		sqlite3.ErrBusy:     "Another program is writing to the company database",
		sqlite3.ErrFull:     "The disk holding the company database is full",
		sqlite3.ErrReadonly: "The company database cannot be written",
		sqlite3.ErrCorrupt:  "The company database is damaged",
	}
	for code, want := range cases {
		raw := sqlite3.Error{Code: code}
		got := plain(fmt.Errorf("customer: import: %w", raw))
		if !strings.HasPrefix(got, want) || strings.Contains(got, raw.Error()) {
			t.Errorf("%v: %q", code, got)
		}
	}
}

// An import started while another program holds the database's write lock
// longer than SQLite's busy timeout waits for it, says so, and lands.
func TestCustomersImportWaitsForAnotherWriter(t *testing.T) {
	dir, db := customersDB(t)
	file := filepath.Join(dir, "等待.csv")
	if err := os.WriteFile(file, []byte("客户名称,手机\n等待贸易一号,13922220001\n等待贸易二号,13922220002\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	other, err := sql.Open("sqlite3", "file:"+db+"?_busy_timeout=5000&_txlock=immediate")
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	held, err := other.Begin()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := held.Exec(`UPDATE company SET updated_at = updated_at`); err != nil {
		t.Fatal(err)
	}
	go func() {
		time.Sleep(6500 * time.Millisecond) // past the busy timeout
		_ = held.Commit()
	}()
	r := run("customers", "import", "--db", db, "--as", "rep1", file)
	if r.code != 0 || !strings.Contains(r.stdout, "created 2") || !strings.Contains(r.stderr, "waiting for another program writing to the database") {
		t.Fatalf("%+v", r)
	}
}
