package customer

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// exportWorld has customers whose text begins like formulas.
func exportWorld(t *testing.T) *world {
	w := newWorld(t)
	w.create(w.rep, CustomerInput{Name: "=HYPERLINK(\"http://evil\",\"点我\")", Phone: "+86 138-0013-8000", Source: "cold_call",
		Notes: "@SUM(A1:A9)", Tags: []string{"-负面", "重点"}, City: "杭州", WeChat: "-wx",
		Contacts: []ContactInput{{Name: "李娜", Title: "=采购经理", Primary: true}}})
	w.create(w.rep, CustomerInput{Name: "杭州明远智能科技有限公司", Phone: "0571-8765 4321", Email: "info@mingyuan.cn",
		Source: "channel_partner", City: "杭州", Notes: "+1 大单", Website: "https://www.mingyuan.cn"})
	w.create(w.rep2, CustomerInput{Kind: KindPerson, Name: "王芳", City: "苏州"})
	w.create(w.loner, CustomerInput{Name: "别人的客户", City: "杭州"})
	return w
}

func readBook(t *testing.T, data []byte) (*excelize.File, [][]string) {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	rows, err := f.GetRows(f.GetSheetName(0))
	if err != nil {
		t.Fatal(err)
	}
	return f, rows
}

func TestExportWritesTheScopedListAsText(t *testing.T) {
	t.Parallel()
	w := exportWorld(t)
	ctx := context.Background()
	var buf bytes.Buffer
	var last [2]int
	sum, err := w.svc.ExportXLSX(ctx, w.manager, ListQuery{City: "杭州"}, "zh-CN", &buf, func(done, total int) { last = [2]int{done, total} })
	if err != nil || sum.Rows != 2 || sum.Cancelled || last != [2]int{2, 2} {
		t.Fatalf("summary = %+v, progress %v, %v", sum, last, err)
	}
	f, rows := readBook(t, buf.Bytes())
	if f.GetSheetName(0) != "客户" || len(rows) != 3 {
		t.Fatalf("sheet %q rows %v", f.GetSheetName(0), rows)
	}
	if strings.Join(rows[0][:6], ",") != "客户名称,客户类型,负责人,阶段,分层,来源" {
		t.Fatalf("header = %v", rows[0])
	}
	// the list's own order: by pinyin, 杭州 (hangzhou) before =HYPERLINK
	page, err := w.svc.Customers(ctx, w.manager, ListQuery{City: "杭州"})
	if err != nil || len(page.Items) != 2 || rows[1][0] != page.Items[0].Name || rows[2][0] != page.Items[1].Name {
		t.Fatalf("order: rows %v, list %+v, %v", rows, page.Items, err)
	}
	tricky := map[string]string{}
	for _, name := range []string{"A", "L", "M", "N", "O", "P", "Q", "R", "S"} {
		for r := 2; r <= 3; r++ {
			cell := name + string(rune('0'+r))
			v, err := f.GetCellValue("客户", cell)
			if err != nil {
				t.Fatal(err)
			}
			formula, err := f.GetCellFormula("客户", cell)
			if err != nil || formula != "" {
				t.Fatalf("%s holds a formula %q (%v)", cell, formula, err)
			}
			if v != "" && strings.ContainsAny(v[:1], "=+-@") {
				tricky[cell] = v
			}
		}
	}
	want := map[string]string{"A3": `=HYPERLINK("http://evil","点我")`, "L3": "+86 138-0013-8000", "Q3": "@SUM(A1:A9)",
		"P3": "-负面、重点", "S3": "=采购经理", "N3": "-wx", "Q2": "+1 大单"}
	for cell, v := range want {
		if tricky[cell] != v {
			t.Errorf("%s = %q, want %q", cell, tricky[cell], v)
		}
	}
	if len(tricky) != len(want) {
		t.Errorf("formula-like cells = %v", tricky)
	}
	if rows[2][5] != "陌生拜访" || rows[1][5] != "代理/渠道" || rows[1][3] != "线索" || rows[1][4] != "普通" {
		t.Fatalf("labels = %v / %v", rows[1], rows[2])
	}
	if site, _ := f.GetCellValue("客户", "O2"); rows[0][14] != "网址" || site != "https://www.mingyuan.cn" {
		t.Fatalf("website column = %q / %q", rows[0][14], site)
	}
	created, _ := f.GetCellValue("客户", "W2")
	if created != "2026-11-27 09:00" {
		t.Fatalf("created = %q, want the local time", created)
	}
}

func TestExportInEnglishAndImportBackUnchanged(t *testing.T) {
	t.Parallel()
	w := exportWorld(t)
	ctx := context.Background()
	var buf bytes.Buffer
	sum, err := w.svc.ExportXLSX(ctx, w.owner, ListQuery{Sort: "created", Desc: true}, "en", &buf, nil)
	if err != nil || sum.Rows != 4 {
		t.Fatalf("export = %+v, %v", sum, err)
	}
	_, rows := readBook(t, buf.Bytes())
	if rows[0][0] != "Name" || rows[1][0] != "别人的客户" || rows[4][5] != "Cold call" {
		t.Fatalf("rows = %v", rows)
	}
	tbl, err := ReadImportFile("customers.xlsx", bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	imp, err := w.svc.Import(ctx, w.owner, tbl, ImportOptions{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	// rows with a phone or e-mail find themselves; the rest are new
	if imp.Unchanged != 2 || imp.Updated != 0 || imp.Created != 2 || len(imp.Rejected) != 0 {
		t.Fatalf("import of the export = %+v", imp)
	}
}

func TestCancelledExportWritesNothing(t *testing.T) {
	t.Parallel()
	w := exportWorld(t)
	ctx, cancel := context.WithCancel(context.Background())
	var buf bytes.Buffer
	sum, err := w.svc.ExportXLSX(ctx, w.owner, ListQuery{}, "zh-CN", &buf, func(done, total int) {
		if done == 0 { // the first report comes before the first row
			cancel()
		}
	})
	if err != nil || !sum.Cancelled || buf.Len() != 0 {
		t.Fatalf("cancelled = %+v, %d bytes, %v", sum, buf.Len(), err)
	}
	if _, err := w.svc.ExportXLSX(context.Background(), w.owner, ListQuery{ContactedAfter: "yesterday"}, "zh-CN", &buf, nil); fieldCode(err, "contactedAfter") != "validation.invalidDate" {
		t.Fatalf("bad filter: %v", err)
	}
}
