package catalog_test

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
	"golang.org/x/crypto/bcrypt"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/catalog"
	"steady/backend/store"
	"steady/backend/store/storetest"
)

var ctx = context.Background()

type world struct {
	db                  *store.DB
	svc                 *catalog.Service
	owner, manager, rep auth.Actor
}

func newWorld(t *testing.T) *world {
	t.Helper()
	db := storetest.Open(t)
	clock := storetest.NewClock()
	users := auth.NewService(db, clock.Now, bcrypt.MinCost)
	add := func(login, role string) auth.Actor {
		id := store.NewID()
		err := db.Tx(ctx, func(tx *sql.Tx) error {
			return users.InsertUserTx(ctx, tx, "", auth.UserInput{ID: id, Name: login, Login: login, Password: "steady-pass1",
				Role: role, Level: auth.LevelJunior, Active: true})
		})
		if err != nil {
			t.Fatal(err)
		}
		return auth.Actor{ID: id, Role: role}
	}
	return &world{db: db, svc: catalog.NewService(db, func() time.Time { return clock.T }),
		owner: add("owner", auth.RoleOwner), manager: add("manager", auth.RoleManager), rep: add("rep", auth.RoleRep)}
}

func printer() catalog.ProductInput {
	return catalog.ProductInput{SKU: "LP-4200", NameZh: "激光打印机", NameEn: "Laser printer", Spec: "A4 黑白", Unit: "台",
		Category: "办公设备", Currency: "CNY", ListPriceMinor: 329900, CostMinor: 210000, FloorPriceMinor: 280000, TaxRateBP: 1300, Active: true}
}

func fieldCode(err error, field string) string {
	if e, ok := apperr.As(err); ok {
		return e.Fields[field].Code
	}
	return ""
}

func TestProductRulesAndRoles(t *testing.T) {
	w := newWorld(t)
	if _, err := w.svc.CreateProduct(ctx, w.rep, printer()); !errors.Is(err, apperr.ErrForbidden) {
		t.Fatalf("a rep editing the catalog: %v", err)
	}
	p, err := w.svc.CreateProduct(ctx, w.manager, printer())
	if err != nil || p.Version != 1 || p.CostMinor != 210000 {
		t.Fatalf("create: %+v, %v", p, err)
	}
	cases := []struct {
		name  string
		edit  func(in *catalog.ProductInput)
		field string
		code  string
	}{
		{"sku taken, any case", func(in *catalog.ProductInput) { in.SKU = "lp-4200" }, "sku", "validation.skuTaken"},
		{"name required", func(in *catalog.ProductInput) { in.SKU, in.NameZh = "X1", "" }, "nameZh", "validation.required"},
		{"floor above list", func(in *catalog.ProductInput) { in.SKU, in.FloorPriceMinor = "X2", 400000 }, "floorPriceMinor", "validation.floorAboveList"},
		{"negative cost", func(in *catalog.ProductInput) { in.SKU, in.CostMinor = "X3", -1 }, "costMinor", "validation.invalidAmount"},
		{"tax rate", func(in *catalog.ProductInput) { in.SKU, in.TaxRateBP = "X4", 10001 }, "taxRateBp", "validation.rateRange"},
		{"currency", func(in *catalog.ProductInput) { in.SKU, in.Currency = "X5", "RMB" }, "currency", "validation.invalidCurrency"},
		{"image", func(in *catalog.ProductInput) { in.SKU, in.ImageDataURL = "X6", "data:image/png;base64,AAAA" }, "imageDataUrl", "validation.logoType"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := printer()
			c.edit(&in)
			if _, err := w.svc.CreateProduct(ctx, w.owner, in); fieldCode(err, c.field) != c.code {
				t.Fatalf("%s: %v, want %s", c.field, err, c.code)
			}
		})
	}
	seen, err := w.svc.Product(ctx, w.rep, p.ID)
	if err != nil || seen.CostMinor != 0 || seen.ListPriceMinor != 329900 {
		t.Fatalf("a rep reads %+v, %v", seen, err)
	}
	in := printer()
	in.ID, in.Version, in.ListPriceMinor = p.ID, p.Version, 319900
	if _, err := w.svc.UpdateProduct(ctx, w.owner, in); err != nil {
		t.Fatal(err)
	}
	if _, err := w.svc.UpdateProduct(ctx, w.owner, in); !errors.Is(err, apperr.ErrConflict) {
		t.Fatalf("a stale version: %v", err)
	}
	if list, _ := w.svc.Products(ctx, w.rep, catalog.ProductFilter{Query: "打印"}); len(list) != 1 || list[0].ListPriceMinor != 319900 {
		t.Fatalf("search: %+v", list)
	}
	if err := w.svc.DeleteProduct(ctx, w.owner, p.ID, p.Version+1); err != nil {
		t.Fatal(err)
	}
	if _, err := w.svc.CreateProduct(ctx, w.owner, printer()); err != nil {
		t.Fatalf("a deleted product's SKU is free again: %v", err)
	}
}

func TestPriceListsOverrideListPrices(t *testing.T) {
	w := newWorld(t)
	p, _ := w.svc.CreateProduct(ctx, w.owner, printer())
	other := printer()
	other.SKU, other.NameZh = "LP-5000", "彩色激光打印机"
	q, _ := w.svc.CreateProduct(ctx, w.owner, other)
	vip, err := w.svc.SavePriceList(ctx, w.owner, catalog.PriceListInput{Name: "VIP 客户", Tier: "vip", Currency: "CNY", Active: true,
		Items: []catalog.PriceListItemInput{{ProductID: p.ID, PriceMinor: 299900}}})
	if err != nil || len(vip.Items) != 1 {
		t.Fatalf("save: %+v, %v", vip, err)
	}
	for _, c := range []struct {
		product, list string
		want          int64
		fromList      bool
	}{
		{p.ID, vip.ID, 299900, true},
		{q.ID, vip.ID, 329900, false},
		{p.ID, "", 329900, false},
	} {
		got, err := w.svc.Price(ctx, w.rep, c.product, c.list)
		if err != nil || got.PriceMinor != c.want || got.FromList != c.fromList {
			t.Errorf("price of %s on %q: %+v, %v", c.product, c.list, got, err)
		}
	}
	vip, err = w.svc.SavePriceList(ctx, w.owner, catalog.PriceListInput{ID: vip.ID, Version: vip.Version, Name: "VIP 客户", Tier: "vip",
		Currency: "CNY", Active: true, Items: []catalog.PriceListItemInput{{ProductID: q.ID, PriceMinor: 300000}}})
	if err != nil || len(vip.Items) != 1 || vip.Items[0].ProductID != q.ID {
		t.Fatalf("replace items: %+v, %v", vip, err)
	}
	_, err = w.svc.SavePriceList(ctx, w.owner, catalog.PriceListInput{Name: "VIP 客户", Currency: "CNY"})
	if fieldCode(err, "name") != "validation.nameTaken" {
		t.Fatalf("a second list with the same name: %v", err)
	}
	_, err = w.svc.SavePriceList(ctx, w.owner, catalog.PriceListInput{Name: "美元", Currency: "USD",
		Items: []catalog.PriceListItemInput{{ProductID: p.ID, PriceMinor: 1}, {ProductID: "nope", PriceMinor: 1}}})
	if fieldCode(err, "items.0.productId") != "validation.currencyMismatch" || fieldCode(err, "items.1.productId") != "validation.invalidProduct" {
		t.Fatalf("bad items: %v", err)
	}
}

// workbook builds an .xlsx from rows.
func workbook(t *testing.T, rows [][]any) *bytes.Buffer {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, r := range rows {
		ref, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", ref, &r); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return &buf
}

func TestImportReportsEveryRefusedRow(t *testing.T) {
	w := newWorld(t)
	existing, _ := w.svc.CreateProduct(ctx, w.owner, printer())
	rows := [][]any{
		{"产品编号", "中文名称", "规格型号", "单位", "标价", "底价", "税率", "启用"},
		{"LP-4200", "激光打印机", "A4 黑白", "台", "3,199.00", "2,800", "13%", "是"},
		{"CH-01", "人体工学椅", "网布", "把", 899.5, 700, "", ""},
		{"CH-01", "重复的椅子", "", "把", 1, 0, "", ""},
		{"", "没有编号", "", "个", 1, 0, "", ""},
		{"BX-9", "文件箱", "", "箱", "12.345", 0, "", ""},
		{"BX-10", "文件柜", "", "个", 100, 200, "", ""},
		{"BX-11", "档案盒", "", "个", 10, 0, "130%", ""},
		{"BX-12", "收纳盒", "", "个", 10, 0, "6", "停用"},
		{},
		{"BX-13", "票据夹", "", "个", 5, 0, "0.09", "maybe"},
	}
	for _, dry := range []bool{true, false} {
		sum, err := w.svc.ImportXLSX(ctx, w.manager, workbook(t, rows), catalog.ImportDefaults{Currency: "CNY", TaxRateBP: 1300}, dry)
		if err != nil {
			t.Fatal(err)
		}
		if sum.Rows != 9 || sum.Created != 2 || sum.Updated != 1 || len(sum.Rejected) != 6 {
			t.Fatalf("dry %v: %+v", dry, sum)
		}
		want := []catalog.RowError{
			{Line: 4, Field: "sku", Code: "validation.duplicateInFile"},
			{Line: 5, Field: "sku", Code: "validation.required"},
			{Line: 6, Field: "listPriceMinor", Code: "validation.invalidAmount"},
			{Line: 7, Field: "floorPriceMinor", Code: "validation.floorAboveList"},
			{Line: 8, Field: "taxRateBp", Code: "validation.rateRange"},
			{Line: 11, Field: "active", Code: "validation.invalidChoice"},
		}
		for i, r := range want {
			got := sum.Rejected[i]
			if got.Line != r.Line || got.Field != r.Field || got.Code != r.Code {
				t.Errorf("rejected[%d] = %+v, want %+v", i, got, r)
			}
		}
	}
	chair, _ := w.svc.Products(ctx, w.owner, catalog.ProductFilter{Query: "CH-01"})
	if len(chair) != 1 || chair[0].ListPriceMinor != 89950 || chair[0].TaxRateBP != 1300 || chair[0].Unit != "把" {
		t.Fatalf("imported chair: %+v", chair)
	}
	box, _ := w.svc.Products(ctx, w.owner, catalog.ProductFilter{Query: "BX-12"})
	if len(box) != 1 || box[0].Active || box[0].TaxRateBP != 600 {
		t.Fatalf("inactive box: %+v", box)
	}
	p, _ := w.svc.Product(ctx, w.owner, existing.ID)
	if p.ListPriceMinor != 319900 || p.Version != 2 {
		t.Fatalf("updated printer: %+v", p)
	}
	if _, err := w.svc.ImportXLSX(ctx, w.rep, workbook(t, rows), catalog.ImportDefaults{Currency: "CNY"}, false); !errors.Is(err, apperr.ErrForbidden) {
		t.Fatalf("a rep importing: %v", err)
	}
	_, err := w.svc.ImportXLSX(ctx, w.owner, workbook(t, [][]any{{"名称", "价格"}}), catalog.ImportDefaults{Currency: "CNY"}, false)
	if fieldCode(err, "file") != "validation.missingColumns" {
		t.Fatalf("no SKU column: %v", err)
	}
	if _, err := w.svc.ImportXLSX(ctx, w.owner, bytes.NewBufferString("not a workbook"), catalog.ImportDefaults{}, false); fieldCode(err, "file") != "validation.invalidWorkbook" {
		t.Fatalf("junk: %v", err)
	}
}

func TestExportImportsBackUnchanged(t *testing.T) {
	w := newWorld(t)
	for i, name := range []string{"激光打印机", "碎纸机", "装订机"} {
		in := printer()
		in.SKU, in.NameZh, in.TaxRateBP, in.Active = "P-"+string(rune('A'+i)), name, []int64{1300, 650, 900}[i], i != 2
		if _, err := w.svc.CreateProduct(ctx, w.owner, in); err != nil {
			t.Fatal(err)
		}
	}
	for _, lang := range []string{"zh-CN", "en"} {
		var buf bytes.Buffer
		if err := w.svc.ExportXLSX(ctx, w.owner, lang, &buf); err != nil {
			t.Fatal(err)
		}
		before, _ := w.svc.Products(ctx, w.owner, catalog.ProductFilter{})
		sum, err := w.svc.ImportXLSX(ctx, w.owner, &buf, catalog.ImportDefaults{Currency: "CNY"}, false)
		if err != nil || sum.Updated != 3 || len(sum.Rejected) != 0 {
			t.Fatalf("%s: %+v, %v", lang, sum, err)
		}
		after, _ := w.svc.Products(ctx, w.owner, catalog.ProductFilter{})
		for i := range before {
			b, a := before[i], after[i]
			b.Version, b.UpdatedAt, a.Version, a.UpdatedAt = 0, "", 0, ""
			if a != b {
				t.Errorf("%s: round trip changed\n%+v\n%+v", lang, b, a)
			}
		}
	}
}
