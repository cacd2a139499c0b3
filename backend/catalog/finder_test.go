package catalog_test

import (
	"slices"
	"testing"

	"steady/backend/catalog"
)

// A rep on site types what their input method gives them fastest: initials,
// full pinyin, or a few of the characters.
func TestTheFinderFindsByPinyinInitialsAndPartOfAName(t *testing.T) {
	w := newWorld(t)
	for _, in := range []catalog.ProductInput{
		{SKU: "DK-120", NameZh: "电动升降办公桌", NameEn: "Electric standing desk", Currency: "CNY", Active: true},
		{SKU: "CH-7", NameZh: "人体工学椅", NameEn: "Ergonomic chair", Currency: "CNY", Active: true},
		{SKU: "SJ-1", NameZh: "升降架", Currency: "CNY", Active: true},
		{SKU: "BK-3", NameZh: "办公书柜", Currency: "CNY", Active: true},
	} {
		if _, err := w.svc.CreateProduct(ctx, w.owner, in); err != nil {
			t.Fatal(err)
		}
	}
	for query, want := range map[string][]string{
		"sjz":            {"DK-120"},
		"SJZ":            {"DK-120"},
		"shengjiangzhuo": {"DK-120"},
		"sheng jiang z":  {"DK-120"},
		"升降桌":            {"DK-120"},
		"ddsjbgz":        {"DK-120"},
		"rtgxy":          {"CH-7"},
		"工学":             {"CH-7"},
		// consecutive syllables rank above the same syllables with others between
		"shengjiang": {"SJ-1", "DK-120"},
		"sj":         {"SJ-1", "DK-120"},
		"bangong":    {"BK-3", "DK-120"},
		// a name that is not spelled is not found
		"sjy": {},
		"桌升":  {},
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
}

// One letter would be the first letter of a syllable of half the catalog:
// it finds SKUs and names as before, not pinyin.
func TestOneLetterIsNotReadAsPinyin(t *testing.T) {
	w := newWorld(t)
	if _, err := w.svc.CreateProduct(ctx, w.owner, catalog.ProductInput{SKU: "DK-120", NameZh: "电动升降办公桌", Currency: "CNY", Active: true}); err != nil {
		t.Fatal(err)
	}
	if found, err := w.svc.Products(ctx, w.rep, catalog.ProductFilter{Query: "s"}); err != nil || len(found) != 0 {
		t.Errorf("s found %+v (%v)", found, err)
	}
}

// The builder asks before a free-text line that the guard would hold to a
// catalog product anyway: the same matching, so the same product, and no
// cost or floor for a rep.
func TestMatchingNamesTheProductTheGuardWouldHoldALineTo(t *testing.T) {
	w := newWorld(t)
	desk, err := w.svc.CreateProduct(ctx, w.owner, catalog.ProductInput{SKU: "DK-120", NameZh: "电动升降办公桌", Currency: "CNY",
		ListPriceMinor: 300000, CostMinor: 150000, FloorPriceMinor: 250000, Active: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ sku, name string }{{"", "电动升降 办公桌"}, {"dk120", "桌子"}, {"", "电动升降办公桌"}} {
		found, err := w.svc.Matching(ctx, w.rep, c.sku, c.name)
		if err != nil || len(found) != 1 || found[0].ID != desk.ID || found[0].CostMinor != 0 || found[0].FloorPriceMinor != 0 {
			t.Errorf("%+v: %+v (%v)", c, found, err)
		}
	}
	if found, err := w.svc.Matching(ctx, w.rep, "", "升降桌"); err != nil || len(found) != 0 {
		t.Errorf("a name the guard does not hold: %+v (%v)", found, err)
	}
}
