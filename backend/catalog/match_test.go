package catalog_test

import (
	"errors"
	"slices"
	"testing"

	"steady/backend/apperr"
	"steady/backend/catalog"
)

func TestMatchKeyFoldsSpellingsOfOneProduct(t *testing.T) {
	cases := []struct {
		a, b string
		same bool
	}{
		{"LP-4200", "lp-4200", true},
		{"LP-4200", "ＬＰ－４２００", true},
		{"LP-4200", "LP 4200", true},
		{"LP-4200", "LP–4200", true},
		{"LP-4200", "lp_4200", true},
		{"激光打印机", " 激光 打印机 ", true},
		{"激光打印机（A4）", "激光打印机(A4)", true},
		{"Laser printer", "LASER  PRINTER", true},
		{"LP-4200", "LP-4300", false},
		{"LP-4200", "LP-42000", false},
		{"激光打印机", "激光打印机硒鼓", false},
		{"激光打印机 LP-4200", "激光打印机 LP-4201", false},
		{"", "  -  ", true}, // both empty: no key, never a match (see Matcher)
	}
	for _, c := range cases {
		if got := catalog.MatchKey(c.a) == catalog.MatchKey(c.b); got != c.same {
			t.Errorf("%q vs %q: same %v, want %v (%q, %q)", c.a, c.b, got, c.same, catalog.MatchKey(c.a), catalog.MatchKey(c.b))
		}
	}
}

// The product finder finds a product however its SKU or name is spelt, as
// the quote guard does.
func TestTheFinderMatchesAsTheGuardDoes(t *testing.T) {
	w := newWorld(t)
	if _, err := w.svc.CreateProduct(ctx, w.owner, printer()); err != nil {
		t.Fatal(err)
	}
	for _, query := range []string{"ｌｐ－４２００", "lp4200", "LASER printer", "激光 打印", "4200"} {
		found, err := w.svc.Products(ctx, w.rep, catalog.ProductFilter{Query: query, Limit: 8})
		if err != nil || len(found) != 1 || found[0].SKU != "LP-4200" {
			t.Errorf("%q found %+v, %v", query, found, err)
		}
	}
	for _, query := range []string{"LP-4300", "喷墨打印机"} {
		if found, _ := w.svc.Products(ctx, w.rep, catalog.ProductFilter{Query: query}); len(found) != 0 {
			t.Errorf("%q found %+v", query, found)
		}
	}
	m, err := catalog.NewMatcherTx(ctx, w.db.Read())
	if err != nil {
		t.Fatal(err)
	}
	if got := m.Match("ｌｐ－４２００", ""); len(got) != 1 {
		t.Fatalf("matcher by SKU: %+v", got)
	}
	if got := m.Match("", "laser printer"); len(got) != 1 {
		t.Fatalf("matcher by English name: %+v", got)
	}
	if got := m.Match("LP-4300", "激光打印机 LP-4300"); len(got) != 0 {
		t.Fatalf("matcher near miss: %+v", got)
	}
}

// Reps read neither cost nor floor: the floor is what a manager would
// approve at.
func TestRepsReadNoFloorPrice(t *testing.T) {
	w := newWorld(t)
	p, err := w.svc.CreateProduct(ctx, w.owner, printer())
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := w.svc.Product(ctx, w.rep, p.ID); got.FloorPriceMinor != 0 || got.CostMinor != 0 {
		t.Fatalf("the rep reads %+v", got)
	}
	if got, _ := w.svc.Price(ctx, w.rep, p.ID, ""); got.Product.FloorPriceMinor != 0 {
		t.Fatalf("the rep's price reads %+v", got.Product)
	}
	if got, _ := w.svc.Product(ctx, w.manager, p.ID); got.FloorPriceMinor != 280000 {
		t.Fatalf("the manager reads %+v", got)
	}
}

// Which levels quote from a price list unapproved is the owner's call.
func TestOnlyTheOwnerLimitsAPriceListToLevels(t *testing.T) {
	w := newWorld(t)
	in := catalog.PriceListInput{Name: "经销商价", Currency: "CNY", Active: true, Levels: []string{"senior", "junior", "senior"}}
	if _, err := w.svc.SavePriceList(ctx, w.manager, in); !errors.Is(err, apperr.ErrForbidden) {
		t.Fatalf("a manager limiting a new list: %v", err)
	}
	pl, err := w.svc.SavePriceList(ctx, w.owner, in)
	if err != nil || len(pl.Levels) != 2 || pl.Levels[0] != "junior" || pl.Levels[1] != "senior" {
		t.Fatalf("owner: %+v, %v", pl.Levels, err)
	}
	edit := catalog.PriceListInput{ID: pl.ID, Version: pl.Version, Name: pl.Name, Tier: "dealer", Currency: "CNY", Active: true, Levels: pl.Levels}
	if pl, err = w.svc.SavePriceList(ctx, w.manager, edit); err != nil || pl.Tier != "dealer" {
		t.Fatalf("a manager keeping the levels: %+v, %v", pl, err)
	}
	edit.Version, edit.Levels = pl.Version, nil
	if _, err := w.svc.SavePriceList(ctx, w.manager, edit); !errors.Is(err, apperr.ErrForbidden) {
		t.Fatalf("a manager opening the list to every level: %v", err)
	}
	edit.Levels = []string{"vip"}
	if _, err := w.svc.SavePriceList(ctx, w.owner, edit); fieldCode(err, "levels") != "validation.invalidLevel" {
		t.Fatalf("an unknown level: %v", err)
	}
	if lists, _ := w.svc.PriceLists(ctx, w.rep); len(lists) != 1 || len(lists[0].Levels) != 2 {
		t.Fatalf("the rep's lists: %+v", lists)
	}
}

func TestTheFinderPutsTheVeryProductFirst(t *testing.T) {
	w := newWorld(t)
	for _, in := range []catalog.ProductInput{
		{SKU: "AB-1", NameZh: "路由器支架", Currency: "CNY", Active: true},
		{SKU: "RT-100", NameZh: "路由器", NameEn: "Router", Currency: "CNY", Active: true},
		{SKU: "RT-1000", NameZh: "企业路由器", Currency: "CNY", Active: true},
	} {
		if _, err := w.svc.CreateProduct(ctx, w.owner, in); err != nil {
			t.Fatal(err)
		}
	}
	for query, want := range map[string][]string{
		"路由器":    {"RT-100", "AB-1", "RT-1000"},
		"ｒｔ－１００": {"RT-100", "RT-1000"},
		"router": {"RT-100"},
	} {
		found, err := w.svc.Products(ctx, w.rep, catalog.ProductFilter{Query: query, Limit: 8})
		got := []string{}
		for _, p := range found {
			got = append(got, p.SKU)
		}
		if err != nil || !slices.Equal(got, want) {
			t.Errorf("%q found %v, want %v (%v)", query, got, want, err)
		}
	}
	if found, _ := w.svc.Products(ctx, w.rep, catalog.ProductFilter{Query: "路由", Limit: 1}); len(found) != 1 || found[0].SKU != "AB-1" {
		t.Errorf("limit 1: %+v", found)
	}
}
