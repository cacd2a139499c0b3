package customer

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"steady/backend/apperr"
	"steady/backend/infile/infiletest"
)

// seedFiles are import files people and hostile hands make: UTF-8 with and
// without a byte order mark, GBK, UTF-16, other separators, quotes that
// never close, NUL bytes, a stray byte, mixed encodings, numbers at the
// int64 limit, dates that do not exist, and a small workbook.
func seedFiles(tb testing.TB) [][]byte {
	text := "客户名称,电话,联系人,手机,生日,标签,阶段,来源,负责人,备注\n" +
		"杭州明远贸易有限公司,0571-8765 4321,王伟,+86 138-0013-8000,1988/3/8,展会;老客户,意向,展会,周明远,\"说\"\"好\"\"的\"\n" +
		"苏州星河科技,（０２１）６２３４ ５６７８,李娜,１３９００１３９０００,2/30,,成交,,nobody,\n" +
		"成都😀餐饮,( - ),赵敏,9223372036854775807,24:00,a|b|c,,,,=HYPERLINK(\"x\")\n" +
		",,,,,,,,,\n" +
		"'=SUM(A1),+86 0086 13800138000,张三,8613800138000,2024-02-29,,,,,\n"
	gbk, _ := simplifiedchinese.GBK.NewEncoder().String(text)
	utf16, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(text)
	return [][]byte{
		[]byte(text),
		[]byte("\xef\xbb\xbf" + text),
		[]byte(gbk),
		[]byte(utf16),
		[]byte(strings.ReplaceAll(text, ",", "\t")),
		[]byte(strings.ReplaceAll(text, ",", ";")),
		[]byte("Name,Phone\nAcme,\"unclosed\n"),
		[]byte("Name,Phone\nAcme\x00,123\n"),
		[]byte("Name,Phone\nCaf\xe9,123\n"),
		[]byte(text + gbk),
		[]byte("Name\n" + strings.Repeat("x\n", 50)),
		[]byte("\n\n\n"),
		[]byte(""),
		[]byte("PK\x03\x04"),
		[]byte("\xd0\xcf\x11\xe0"),
		infiletest.Sheet(tb, [][]string{{"客户名称", "手机", "生日"}, {"杭州明远", "13800138000", "32210"}, {"", "", ""}, {"苏州", "+86", "2/30"}}),
	}
}

// checkTable holds what every table read from any bytes must be: a header,
// rows within the cap and in order, each with text, no NUL, valid UTF-8.
func checkTable(t *testing.T, tab ImportTable, err error) bool {
	t.Helper()
	if err != nil {
		if e, ok := apperr.As(err); !ok || e.Kind != apperr.KindValidation {
			t.Fatalf("a file is refused with a raw error: %v", err)
		}
		return false
	}
	if len(tab.Headers) == 0 || len(tab.Rows) > maxImportRows || tab.textBytes > maxImportTextBytes {
		t.Fatalf("table read: %d headers, %d rows, %d bytes", len(tab.Headers), len(tab.Rows), tab.textBytes)
	}
	line := 0
	for _, row := range tab.Rows {
		if row.Line <= line {
			t.Fatalf("row lines out of order: %d after %d", row.Line, line)
		}
		line = row.Line
		blank := true
		for _, c := range append(row.Cells, tab.Headers...) {
			if !utf8.ValidString(c) || strings.IndexByte(c, 0) >= 0 {
				t.Fatalf("line %d: cell %q", row.Line, c)
			}
			blank = blank && c == ""
		}
		if blank {
			t.Fatalf("line %d: a blank row is kept", row.Line)
		}
	}
	return true
}

// FuzzReadImportFile: any bytes, named .csv or .xlsx, are read into a
// sound table or refused with a reason a person can read; never a panic.
func FuzzReadImportFile(f *testing.F) {
	for _, b := range seedFiles(f) {
		f.Add(b, true)
		f.Add(b, false)
	}
	f.Fuzz(func(t *testing.T, data []byte, xlsx bool) {
		name := "客户.csv"
		if xlsx {
			name = "客户.xlsx"
		}
		tab, err := ReadImportFile(name, bytes.NewReader(data))
		checkTable(t, tab, err)
	})
}

// FuzzImport: every row read is reported once, as created, updated,
// unchanged or refused (with its own line); the customers on file grow by
// exactly the rows created, so a refused row never lands.
func FuzzImport(f *testing.F) {
	for _, b := range seedFiles(f) {
		f.Add(b)
	}
	w := newWorld(f)
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, data []byte) {
		tab, err := ReadImportFile("客户.csv", bytes.NewReader(data))
		if !checkTable(t, tab, err) {
			return
		}
		before := countCustomers(t, w)
		sum, err := w.svc.Import(ctx, w.owner, tab, ImportOptions{}, nil)
		if err != nil {
			if e, ok := apperr.As(err); !ok || e.Kind != apperr.KindValidation {
				t.Fatalf("import failed: %v", err)
			}
			if after := countCustomers(t, w); after != before {
				t.Fatalf("a refused import changed the customers: %d → %d", before, after)
			}
			return
		}
		if sum.Rows != len(tab.Rows) || sum.Created+sum.Updated+sum.Unchanged+len(sum.Rejected) != sum.Rows {
			t.Fatalf("%d rows read, summary %+v", len(tab.Rows), sum)
		}
		lines := map[int]bool{}
		for _, row := range tab.Rows {
			lines[row.Line] = true
		}
		for _, r := range sum.Rejected {
			if !lines[r.Line] || r.Code == "" {
				t.Fatalf("refusal %+v names no row read (or no reason)", r)
			}
			delete(lines, r.Line)
		}
		if after := countCustomers(t, w); after != before+sum.Created {
			t.Fatalf("%d customers, %d created: now %d", before, sum.Created, after)
		}
	})
}

// FuzzSearch: whatever is typed in the search box (quotes, stars, FTS
// operators, half a phone number, emoji), the search answers without an
// error, within its limit, and a rep's answer holds only what a rep may see.
func FuzzSearch(f *testing.F) {
	for _, s := range append(hostilePhones, `"`, `"张三`, `*`, `a OR b`, `NEAR(a b)`, `name:张`, `^`, `-`, `a AND`, `(`, `)`,
		`{name}`, `张 三`, `zhangsan`, `zs`, `明远`, `mingyuan`, `my`, `a@b.cn`, `wx_123`, `\`, `'`, `--`, `;DROP TABLE customers`,
		"\u3000", "１３８", "ＺＨＡＮＧ", strings.Repeat("明", 300)) {
		f.Add(s)
	}
	w := newWorld(f)
	w.create(w.rep, CustomerInput{Name: "杭州明远贸易有限公司", Phone: "0571-8765 4321", Email: "a@b.cn"})
	w.create(w.loner, CustomerInput{Name: "张三", Kind: KindPerson, Phone: "+86 138-0013-8000", WeChat: "wx_123"})
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, query string) {
		hits, err := w.svc.Search(ctx, w.owner, query, 5)
		if err != nil || len(hits) > 5 {
			t.Fatalf("owner searching %q: %d hits, %v", query, len(hits), err)
		}
		hits, err = w.svc.Search(ctx, w.rep, query, 5)
		if err != nil {
			t.Fatalf("rep searching %q: %v", query, err)
		}
		for _, h := range hits {
			if h.Name == "张三" {
				t.Fatalf("rep searching %q finds another rep's customer", query)
			}
		}
	})
}
