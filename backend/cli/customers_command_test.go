package cli

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
	"golang.org/x/crypto/bcrypt"
	"golang.org/x/text/encoding/simplifiedchinese"

	"steady/backend/demo"
)

func TestCustomersUsageMistakesExitTwo(t *testing.T) {
	for _, args := range [][]string{
		{"customers"},
		{"customers", "delete"},
		{"customers", "import", "--db", "x.db", "a.csv"},          // no --as
		{"customers", "import", "--db", "x.db", "--as", "rep1"},   // no file
		{"customers", "import", "--as", "rep1", "a.csv", "b.csv"}, // two files
		{"customers", "export", "--db", "x.db"},                   // no --out
		{"customers", "export", "--db", "x.db", "--out", "a.csv"}, // not a workbook
		{"customers", "export", "--db", "x.db", "--out", "a.xlsx", "--lang", "fr"},
		{"customers", "export", "--db", "x.db", "--out", "a.xlsx", "--stage", "bogus"},
		{"customers", "export", "--db", "x.db", "--out", "a.xlsx", "--segment", "vip"},
		{"customers", "import", "--db", "x.db", "--as", "rep1", "--lang", "fr", "a.csv"},
		{"customers", "search", "--db", "x.db"}, // no query
		{"customers", "search", "--db", "x.db", "--nope", "明远"},
	} {
		r := run(args...)
		if r.code != 2 || !strings.Contains(r.stderr, "usage: steady") {
			t.Errorf("%v: code %d, stderr %q", args, r.code, r.stderr)
		}
	}
}

// An unknown filter value is refused before anything is written: it would
// match no customer and pass for an empty export.
func TestCustomersExportRefusesAnUnknownFilterValue(t *testing.T) {
	dir, db := customersDB(t)
	out := filepath.Join(dir, "c.xlsx")
	cases := map[string]string{
		"--stage":   `steady customers: usage: --stage "bogus" is not one of lead, prospect, customer, repeat, dormant, churned`,
		"--segment": `steady customers: usage: --segment "bogus" is not one of high_value, potential, ordinary, at_risk`,
	}
	for flag, want := range cases {
		r := run("customers", "export", "--db", db, "--out", out, flag, "bogus")
		first, _, _ := strings.Cut(r.stderr, "\n")
		if r.code != 2 || first != want {
			t.Errorf("%s bogus: code %d, %q; want 2, %q", flag, r.code, first, want)
		}
		if _, err := os.Stat(out); !os.IsNotExist(err) {
			t.Errorf("%s bogus wrote %s", flag, out)
		}
	}
	if r := run("customers", "export", "--db", db, "--out", out, "--stage", "lead", "--segment", "potential"); r.code != 0 {
		t.Fatalf("known values: code %d, %q", r.code, r.stderr)
	}
}

// customersDB is a demo company in a temporary folder.
func customersDB(t *testing.T) (string, string) {
	t.Helper()
	dir := t.TempDir()
	db := filepath.Join(dir, "demo.db")
	if _, err := demo.Create(context.Background(), db, demo.Options{Seed: 5, Customers: 40, HashCost: bcrypt.MinCost}); err != nil {
		t.Fatal(err)
	}
	return dir, db
}

type searchResult struct {
	ID, Name, Company, Phone, Owner, Stage, Segment string
}

func TestCustomersImportSearchExport(t *testing.T) {
	dir, db := customersDB(t)
	// GBK, as Excel on Chinese Windows saves a CSV
	text := "客户名称,联系人,手机,城市,来源\r\n" +
		"宁波甬江新材料有限公司,陈静,139 5747 0001,宁波,展会\r\n" +
		"嘉兴禾丰贸易,周杰,13957470002,嘉兴,电视\r\n" +
		",无名,13957470003,,\r\n" +
		"=宁波测试,孙丽,13957470004,宁波,官网\r\n"
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(text)
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "客户.csv")
	if err := os.WriteFile(file, []byte(gbk), 0o600); err != nil {
		t.Fatal(err)
	}
	r := run("customers", "import", "--db", db, "--as", "rep1", file)
	if r.code != 0 || !strings.Contains(r.stdout, "created 3, updated 0, unchanged 0, rejected 1 (of 4 rows)") ||
		!strings.Contains(r.stdout, "list values: 2 matched, 0 added to the list, 1 unknown kept in notes") {
		t.Fatalf("import: %+v", r)
	}
	report, err := os.ReadFile(file + ".rejected.csv")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"\ufeff客户名称,联系人,手机,城市,来源,原行号,错误原因", ",无名,13957470003,,,4,客户名称：必填"} {
		if !strings.Contains(string(report), want) {
			t.Errorf("report lacks %q:\n%s", want, report)
		}
	}
	// the same file again: the two customers are found by their mobiles
	if again := run("customers", "import", "--as", "rep1", "--db", db, file); again.code != 0 || !strings.Contains(again.stdout, "created 0, updated 0, unchanged 3") {
		t.Fatalf("again: %+v", again)
	}

	r = run("customers", "search", "--db", db, "--json", "甬江")
	var hits []searchResult
	if r.code != 0 || json.Unmarshal([]byte(r.stdout), &hits) != nil || len(hits) == 0 {
		t.Fatalf("search: %+v", r)
	}
	if h := hits[0]; h.ID == "" || h.Name != "宁波甬江新材料有限公司" || h.Company != h.Name || h.Owner == "" || h.Stage != "lead" || h.Segment != "ordinary" {
		t.Fatalf("best hit = %+v", h)
	}
	r = run("customers", "search", "--db", db, "--json", "cj") // 陈静 by initials
	if r.code != 0 || !strings.Contains(r.stdout, "陈静") {
		t.Fatalf("initials: %+v", r)
	}
	if text := run("customers", "search", "--db", db, "13957470001"); text.code != 0 || !strings.Contains(text.stdout, "宁波甬江新材料有限公司") {
		t.Fatalf("text search: %+v", text)
	}

	out := filepath.Join(dir, "客户.xlsx")
	r = run("customers", "export", "--db", db, "--out", out, "--city", "宁波")
	if r.code != 0 || !strings.Contains(r.stdout, "exported") {
		t.Fatalf("export: %+v", r)
	}
	book, err := excelize.OpenFile(out)
	if err != nil {
		t.Fatal(err)
	}
	defer book.Close()
	rows, err := book.GetRows("客户")
	if err != nil || len(rows) < 3 || rows[0][0] != "客户名称" {
		t.Fatalf("workbook rows = %v, %v", rows, err)
	}
	names := map[string]bool{}
	for _, row := range rows[1:] {
		names[row[0]] = true
	}
	if !names["宁波甬江新材料有限公司"] || !names["=宁波测试"] {
		t.Fatalf("exported names = %v", names)
	}
	if again := run("customers", "export", "--db", db, "--out", out); again.code != 1 {
		t.Fatalf("export over an existing file: %+v", again)
	}
}

func TestCustomersImportFailsOnlyWhenNothingCanBeRead(t *testing.T) {
	dir, db := customersDB(t)
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	cases := []struct {
		name, file, as, want string
	}{
		{"missing file", filepath.Join(dir, "none.csv"), "rep1", "no file to import at"},
		{"broken workbook", write("坏.xlsx", "PK\x03\x04 not really"), "rep1", "workbook cannot be read"},
		{"header only", write("空.csv", "客户名称,电话\n"), "rep1", "no rows"},
		{"no name column", write("无名.csv", "电话\n13800138000\n"), "rep1", "missing columns"},
		{"unknown user", write("好.csv", "客户名称\n明远\n"), "nobody", "no user with login nobody"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := run("customers", "import", "--db", db, "--as", c.as, c.file)
			if r.code != 1 || !strings.Contains(r.stderr, c.want) {
				t.Fatalf("%+v", r)
			}
			r.oneLineError(t)
		})
	}
	// every row refused is still a run that read the file
	bad := write("全错.csv", "客户名称,邮箱\n明远,not-an-email\n")
	if r := run("customers", "import", "--db", db, "--as", "rep1", bad); r.code != 0 || !strings.Contains(r.stdout, "rejected 1") {
		t.Fatalf("all rejected: %+v", r)
	}
}
