package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
	"golang.org/x/crypto/bcrypt"

	"steady/backend/demo"
)

func TestTrainingExportUsageMistakesExitTwo(t *testing.T) {
	for _, args := range [][]string{
		{"training"},
		{"training", "import"},
		{"training", "export", "--db", "x.db"},
		{"training", "export", "--db", "x.db", "--out", "a.xlsx", "--lang", "fr"},
		{"training", "export", "--db", "x.db", "--out", "a.xlsx", "--level", "boss"},
		{"training", "export", "--nope"},
		{"training", "export", "--out", "a.xlsx", "extra"},
	} {
		r := run(args...)
		if r.code != 2 || !strings.Contains(r.stderr, "usage: steady") {
			t.Errorf("%v: code %d, stderr %q", args, r.code, r.stderr)
		}
	}
}

func TestTrainingExportWritesAWorkbook(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "demo.db")
	if _, err := demo.Create(context.Background(), db, demo.Options{Seed: 7, HashCost: bcrypt.MinCost}); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		lang, out, sheet, head string
	}{
		{"zh-CN", "培训矩阵.xlsx", "培训矩阵", "姓名"},
		{"en", "matrix.xlsx", "Training matrix", "Name"},
	}
	for _, c := range cases {
		t.Run(c.lang, func(t *testing.T) {
			out := filepath.Join(dir, c.out)
			r := run("training", "export", "--db", db, "--out", out, "--lang", c.lang)
			if r.code != 0 || !strings.Contains(r.stdout, out) {
				t.Fatalf("%+v", r)
			}
			book, err := excelize.OpenFile(out)
			if err != nil {
				t.Fatal(err)
			}
			defer book.Close()
			rows, err := book.GetRows(c.sheet)
			if err != nil || len(rows) != 6 || rows[0][0] != c.head {
				t.Fatalf("matrix rows = %q, %v", rows, err)
			}
			if len(book.GetSheetList()) != 2 {
				t.Fatalf("sheets = %v", book.GetSheetList())
			}
		})
	}
	again := run("training", "export", "--db", db, "--out", filepath.Join(dir, "matrix.xlsx"))
	if again.code != 1 {
		t.Fatalf("export over an existing file: %+v", again)
	}
	again.oneLineError(t)
	missing := run("training", "export", "--db", filepath.Join(dir, "missing.db"), "--out", filepath.Join(dir, "x.xlsx"))
	if missing.code != 1 {
		t.Fatalf("missing database: %+v", missing)
	}
	missing.oneLineError(t)
	if _, err := os.Stat(filepath.Join(dir, "missing.db")); err == nil {
		t.Fatal("exporting from a missing database must not create one")
	}
	if leftovers, _ := filepath.Glob(filepath.Join(dir, "*.partial")); len(leftovers) != 0 {
		t.Fatalf("temporary files left: %v", leftovers)
	}
}
