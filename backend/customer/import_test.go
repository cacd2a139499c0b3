package customer

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"

	"steady/backend/audit"
	"steady/backend/auth"
)

// csvTable reads CSV text as an upload would be read.
func csvTable(t testing.TB, text string) ImportTable {
	t.Helper()
	tbl, err := ReadCSV(strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	return tbl
}

func countCustomers(t testing.TB, w *world) int {
	t.Helper()
	var n int
	if err := w.db.Read().QueryRow(`SELECT count(*) FROM customers WHERE deleted_at IS NULL`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func rejectedAt(sum ImportSummary) string {
	var parts []string
	for _, r := range sum.Rejected {
		parts = append(parts, fmt.Sprintf("%d:%s:%s", r.Line, r.Field, r.Code))
	}
	return strings.Join(parts, " ")
}

const importCSV = `客户名称,联系人,职位,手机,电话,邮箱,城市,来源,行业,标签,备注
杭州明远智能科技有限公司,李娜,采购经理,138 0013 8000,0571-8765 4321,info@mingyuan.cn,杭州,展会,制造业,重点;展会,年底有采购计划
苏州恒信工业设备,王伟,总经理,,,,苏州,官网,机械,,
成都蓉锦办公用品,赵敏,,139 1234 5678,,,成都,电视购物,,,
,无名氏,,,,,,,,,
广州粤海包装（新名）,,,,020-3482 6690,,广州,,,,
上海新客户,陈静,,,12ab,,上海,,,,
杭州明远智能,李娜,采购总监,+86 138-0013-8000,,,,,,,
北京别人的客户,,,,,boss@other.cn,北京,,,,
`

func TestImportCreatesUpdatesAndReportsRejectedRows(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	existing := w.create(w.rep, CustomerInput{Name: "广州粤海包装材料有限公司", Phone: "020 3482 6690", City: "广州", Notes: "老客户"})
	others := w.create(w.loner, CustomerInput{Name: "北京某公司", Email: "Boss@Other.cn"})

	var reports [][2]int
	sum, err := w.svc.Import(ctx, w.rep, csvTable(t, importCSV), ImportOptions{}, func(done, total int) {
		reports = append(reports, [2]int{done, total})
	})
	if err != nil {
		t.Fatal(err)
	}
	// line 2 new; 3 new; 4 new, its unknown source kept in a note; 5 no name;
	// 6 updates 粤海 by phone; 7 bad phone; 8 updates line 2's customer by its
	// contact's mobile; 9 is a colleague's
	if sum.Rows != 8 || sum.Created != 3 || sum.Updated != 2 || sum.Cancelled || sum.Noted != 1 || sum.Mapped != 2 {
		t.Fatalf("summary = %+v", sum)
	}
	want := "5:name:validation.required 7:phone:validation.invalidPhone 9:email:errors.forbidden.customer"
	if got := rejectedAt(sum); got != want {
		t.Fatalf("rejected = %s\nwant       %s", got, want)
	}
	if last := reports[len(reports)-1]; last != [2]int{8, 8} || reports[0] != [2]int{0, 8} {
		t.Fatalf("progress = %v", reports)
	}
	if n := countCustomers(t, w); n != 5 {
		t.Fatalf("customers = %d, want 2 before + 3 created", n)
	}

	// the updated customer keeps what the row left empty and takes the rest
	upd := w.get(existing.ID)
	if upd.Name != "广州粤海包装（新名）" || upd.Notes != "老客户" || upd.City != "广州" || upd.Version != existing.Version+1 {
		t.Fatalf("updated = %+v", upd)
	}
	if w.get(others.ID).Version != others.Version {
		t.Fatal("a colleague's customer must stay as it was")
	}

	// the first row's customer: created with its contact, then updated by line 8
	hits, err := w.svc.Search(ctx, w.rep, "mingyuan", 10)
	if err != nil || len(hits) == 0 {
		t.Fatalf("search = %+v, %v", hits, err)
	}
	c := w.get(hits[0].CustomerID)
	if c.Name != "杭州明远智能" || c.Source != "exhibition" || strings.Join(c.Tags, ",") != "重点,展会" || c.OwnerID != w.rep.ID {
		t.Fatalf("imported = %+v", c)
	}
	if len(c.Contacts) != 1 || !c.Contacts[0].Primary || c.Contacts[0].Title != "采购总监" || c.Contacts[0].Phone != "+86 138-0013-8000" {
		t.Fatalf("contacts = %+v", c.Contacts)
	}
	// the search index follows the update: the new name and the contact are found
	for _, q := range []string{"明远智能", "李娜", "13800138000", "yuehai"} {
		if hits, err := w.svc.Search(ctx, w.rep, q, 10); err != nil || len(hits) == 0 {
			t.Errorf("search %q found nothing: %v", q, err)
		}
	}
	history, err := audit.History(ctx, w.db.Read(), "customer", c.ID)
	if err != nil || len(history) != 2 || history[0].Action != "create" || history[1].Action != "update" {
		t.Fatalf("audit = %+v, %v", history, err)
	}
}

func TestImportingTheSameFileTwiceChangesNothing(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	text := "公司,电话,邮箱,联系人,手机\n明远,0571-87654321,a@mingyuan.cn,李娜,13800138000\n恒信,0512-62881357,,王伟,13900001111\n"
	first, err := w.svc.Import(ctx, w.manager, csvTable(t, text), ImportOptions{}, nil)
	if err != nil || first.Created != 2 {
		t.Fatalf("first = %+v, %v", first, err)
	}
	again, err := w.svc.Import(ctx, w.manager, csvTable(t, text), ImportOptions{}, nil)
	if err != nil || again.Created != 0 || again.Updated != 0 || again.Unchanged != 2 || len(again.Rejected) != 0 {
		t.Fatalf("again = %+v, %v", again, err)
	}
	if n := countCustomers(t, w); n != 2 {
		t.Fatalf("customers = %d", n)
	}
}

func TestImportRefusesRowsMatchingSeveralCustomersOrThePool(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	w.create(w.rep, CustomerInput{Name: "甲", Phone: "13800138000"})
	w.create(w.rep, CustomerInput{Name: "乙", Email: "b@example.cn"})
	pooled := w.create(w.rep, CustomerInput{Name: "丙", Phone: "13900001111"})
	if err := w.svc.Release(ctx, w.rep, pooled.ID, w.get(pooled.ID).Version, "不再跟进"); err != nil {
		t.Fatal(err)
	}
	text := "客户名称,电话,邮箱\n甲乙,13800138000,b@example.cn\n丙,139 0000 1111,\n"
	sum, err := w.svc.Import(ctx, w.rep, csvTable(t, text), ImportOptions{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := rejectedAt(sum); got != "2:phone:validation.matchesSeveral 3:phone:errors.forbidden.claimFirst" {
		t.Fatalf("rejected = %s", got)
	}
	if sum.Rejected[0].Params["count"] != 2 {
		t.Fatalf("params = %v", sum.Rejected[0].Params)
	}
	// the manager may change pool customers, so the same row updates it
	sum, err = w.svc.Import(ctx, w.manager, csvTable(t, "客户名称,电话,城市\n丙,139 0000 1111,宁波\n"), ImportOptions{}, nil)
	if err != nil || sum.Updated != 1 || w.get(pooled.ID).City != "宁波" || w.get(pooled.ID).OwnerID != "" {
		t.Fatalf("manager = %+v, %v", sum, err)
	}
}

func TestImportWithExplicitMappingAndOwners(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	// headers nobody could guess; the form's mapping says what they are
	text := "A,B,C,D\n明远,13800138000,潜在,%s\n恒信,13900001111,,%s\n"
	var repLogin string
	if err := w.db.Read().QueryRow(`SELECT login FROM users WHERE id = ?`, w.rep.ID).Scan(&repLogin); err != nil {
		t.Fatal(err)
	}
	tbl := csvTable(t, fmt.Sprintf(text, repLogin, "赵敏"))
	mapping := []string{"name", "phone", "stage", "owner"}
	if _, err := w.svc.Import(ctx, w.manager, tbl, ImportOptions{}, nil); fieldCode(err, "mapping") != "validation.missingColumns" {
		t.Fatalf("guessing nothing should say the name is missing: %v", err)
	}
	sum, err := w.svc.Import(ctx, w.manager, tbl, ImportOptions{Mapping: mapping}, nil)
	if err != nil {
		t.Fatal(err)
	}
	// 赵敏 is not in the manager's team
	if sum.Created != 1 || rejectedAt(sum) != "3:owner:validation.ownerOutsideTeam" {
		t.Fatalf("summary = %+v (%s)", sum, rejectedAt(sum))
	}
	page, err := w.svc.Customers(ctx, w.owner, ListQuery{})
	if err != nil || len(page.Items) != 1 || page.Items[0].OwnerID != w.rep.ID || page.Items[0].Stage != StageProspect {
		t.Fatalf("list = %+v, %v", page, err)
	}
}

func TestCancelledImportLandsNothing(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	var b strings.Builder
	b.WriteString("客户名称,电话\n")
	for i := range 50 {
		fmt.Fprintf(&b, "客户%d,1380000%04d\n", i, i)
	}
	tbl := csvTable(t, b.String())

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	sum, err := w.svc.Import(ctx, w.rep, tbl, ImportOptions{}, nil)
	if err != nil || !sum.Cancelled || sum.Created != 0 {
		t.Fatalf("cancelled before = %+v, %v", sum, err)
	}

	// cancelled as the last row is done: every row was written, none lands
	ctx, cancel = context.WithCancel(context.Background())
	defer cancel()
	sum, err = w.svc.Import(ctx, w.rep, tbl, ImportOptions{}, func(done, total int) {
		if done == total {
			cancel()
		}
	})
	if err != nil || !sum.Cancelled || sum.Created != 0 || sum.Rows != 50 {
		t.Fatalf("cancelled at the end = %+v, %v", sum, err)
	}
	if n := countCustomers(t, w); n != 0 {
		t.Fatalf("customers after a cancelled import = %d", n)
	}
	var docs int
	if err := w.db.Read().QueryRow(`SELECT count(*) FROM search_docs`).Scan(&docs); err != nil || docs != 0 {
		t.Fatalf("search docs = %d, %v", docs, err)
	}
}

func TestRepsImportForThemselvesOnly(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	sum, err := w.svc.Import(context.Background(), auth.Actor{ID: "ghost", Role: "intern"},
		csvTable(t, "客户名称\n明远\n"), ImportOptions{}, nil)
	if !isForbidden(err) || sum.Created != 0 {
		t.Fatalf("unknown role: %+v, %v", sum, err)
	}
}

func TestRejectedReportOpensInExcelAndImportsAgain(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	text := "客户名称,电话,备注\n=HYPERLINK(\"http://x\"),abc,@SUM(A1)\n好客户,13800138000,\n,13900001111,-2+3\n"
	tbl := csvTable(t, text)
	sum, err := w.svc.Import(ctx, w.rep, tbl, ImportOptions{}, nil)
	if err != nil || sum.Created != 1 || len(sum.Rejected) != 2 {
		t.Fatalf("summary = %+v, %v", sum, err)
	}
	var buf bytes.Buffer
	if err := WriteRejectedCSV(&buf, tbl, sum.Rejected, "zh-CN"); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.HasPrefix(out, "\ufeff客户名称,电话,备注,原行号,错误原因\r\n") {
		t.Fatalf("report header: %q", out)
	}
	for _, want := range []string{`"'=HYPERLINK(""http://x"")",abc,'@SUM(A1),2,电话：电话号码格式不正确`, `,13900001111,'-2+3,4,客户名称：必填`} {
		if !strings.Contains(out, want) {
			t.Fatalf("report lacks %q:\n%s", want, out)
		}
	}
	// read back, the report is the refused rows again, formulas as text
	again, err := ReadCSV(&buf)
	if err != nil || again.Encoding != EncodingUTF8BOM || len(again.Rows) != 2 {
		t.Fatalf("report read back = %+v, %v", again, err)
	}
	if again.Rows[0].Cells[0] != `=HYPERLINK("http://x")` || again.Rows[1].Cells[2] != "-2+3" {
		t.Fatalf("cells = %+v", again.Rows)
	}
	if m := GuessMapping(again.Headers); m[0] != "name" || m[3] != "" || m[4] != "" {
		t.Fatalf("report mapping = %v", m)
	}
}

func TestPreviewShowsWhatEachRowWouldDo(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	w.create(w.rep, CustomerInput{Name: "明远", Phone: "13800138000"})
	w.create(w.loner, CustomerInput{Name: "别人的", Phone: "13900001111"})
	text := "\ufeff公司,手机,城市\n明远科技,138-0013-8000,杭州\n新客户,13700001111,苏州\n别人的,13900001111,\n,13600001111,\n"
	tbl := csvTable(t, text)
	p, err := w.svc.PreviewImport(ctx, w.rep, tbl, nil, 3)
	if err != nil {
		t.Fatal(err)
	}
	if p.Encoding != EncodingUTF8BOM || p.Total != 4 || len(p.Rows) != 3 || len(p.Missing) != 0 ||
		strings.Join(p.Mapping, ",") != "name,phone,city" || len(p.Fields) != len(importFields) {
		t.Fatalf("preview = %+v", p)
	}
	var got []string
	for _, r := range p.Rows {
		got = append(got, fmt.Sprintf("%d:%s", r.Line, r.Action))
	}
	if strings.Join(got, " ") != "2:update 3:create 4:reject" || p.Rows[0].Values["city"] != "杭州" {
		t.Fatalf("rows = %v %+v", got, p.Rows[0])
	}
	if pr := p.Rows[2].Problem; pr == nil || pr.Code != "errors.forbidden.customer" || pr.Column != "手机" {
		t.Fatalf("problem = %+v", pr)
	}
	// a mapping without the name still previews, and says what is missing
	p, err = w.svc.PreviewImport(ctx, w.rep, tbl, []string{"", "phone", "city"}, 0)
	if err != nil || strings.Join(p.Missing, ",") != "name" || p.Rows[0].Action != "reject" {
		t.Fatalf("without name = %+v, %v", p, err)
	}
	if n := countCustomers(t, w); n != 2 {
		t.Fatalf("a preview wrote: %d customers", n)
	}
}
