package catalog_test

import (
	"bytes"
	"context"
	"database/sql"
	"testing"

	"golang.org/x/crypto/bcrypt"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/catalog"
	"steady/backend/infile/infiletest"
	"steady/backend/store"
	"steady/backend/store/storetest"
)

// FuzzImportXLSX: a price list row of any text is created, updated or
// refused, and reported once; the products on file grow by exactly the
// rows created (a refused row never lands, a dry run lands nothing); a
// product that lands keeps prices the catalog accepts.
func FuzzImportXLSX(f *testing.F) {
	for _, r := range [][6]string{
		{"LP-4200", "激光打印机", "3,299.00", "2,800", "13%", "是"},
		{"LP-4200", "激光打印机", "￥３２９９", "", "１３％", "停用"},
		{"CH-01", "人体工学椅", "3/4", "1,2", "0x10", "maybe"},
		{"BX-9", "文件箱", "9223372036854775807", "9223372036854775808", "184467440737095516.16", ""},
		{"BX-10", "文件柜", "100", "200", "130%", ""},
		{"", "没有编号", "1", "0", "", ""},
		{"=cmd|' /C calc'!A0", "😀\x00", "1e309", "-1", "NaN", "\xff"},
		{"BX-11", "档案盒", "0.125", "0,0", "0.09", "1"},
	} {
		f.Add(r[0], r[1], r[2], r[3], r[4], r[5], false)
	}
	ctx := context.Background()
	db := storetest.Open(f)
	users := auth.NewService(db, storetest.NewClock().Now, bcrypt.MinCost)
	owner := auth.Actor{ID: store.NewID(), Role: auth.RoleOwner}
	err := db.Tx(ctx, func(tx *sql.Tx) error {
		return users.InsertUserTx(ctx, tx, "", auth.UserInput{ID: owner.ID, Name: "owner", Login: "owner",
			Password: "steady-pass1", Role: auth.RoleOwner, Level: auth.LevelJunior, Active: true})
	})
	if err != nil {
		f.Fatal(err)
	}
	svc := catalog.NewService(db, storetest.NewClock().Now)
	f.Fuzz(func(t *testing.T, sku, name, list, floor, rate, active string, dryRun bool) {
		rows := [][]string{{"产品编号", "中文名称", "标价", "底价", "税率", "启用"},
			{sku, name, list, floor, rate, active}, {sku + "-2", name, floor, "", rate, ""}}
		before := products(t, svc, owner)
		sum, err := svc.ImportXLSX(ctx, owner, bytes.NewReader(infiletest.Sheet(t, rows)), catalog.ImportDefaults{Currency: "CNY", TaxRateBP: 1300}, dryRun)
		if err != nil {
			if e, ok := apperr.As(err); !ok || e.Kind != apperr.KindValidation {
				t.Fatalf("import failed: %v", err)
			}
			return
		}
		if sum.Created+sum.Updated+len(sum.Rejected) != sum.Rows || sum.Rows > 2 {
			t.Fatalf("summary %+v", sum)
		}
		after := products(t, svc, owner)
		grew := len(after) - len(before)
		if (dryRun && grew != 0) || (!dryRun && grew != sum.Created) {
			t.Fatalf("dry run %v: %d products, %d created: now %d", dryRun, len(before), sum.Created, len(after))
		}
		for _, p := range after {
			var v apperr.Validation
			catalog.Amount(&v, "listPriceMinor", p.ListPriceMinor)
			catalog.Amount(&v, "floorPriceMinor", p.FloorPriceMinor)
			catalog.Rate(&v, "taxRateBp", p.TaxRateBP)
			if v.Err() != nil || p.FloorPriceMinor > p.ListPriceMinor {
				t.Fatalf("product on file: %+v (%v)", p, v.Err())
			}
		}
	})
}

func products(t *testing.T, svc *catalog.Service, owner auth.Actor) []catalog.Product {
	t.Helper()
	ps, err := svc.Products(context.Background(), owner, catalog.ProductFilter{})
	if err != nil {
		t.Fatal(err)
	}
	return ps
}
