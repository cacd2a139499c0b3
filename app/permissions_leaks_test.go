package app

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"steady/backend/catalog"
	"steady/backend/quote"
	"steady/backend/sales"
)

// What a rep receives, marshalled as Wails sends it, carries neither the
// printer's cost (1,777.77) nor its floor (2,888.88): not through the
// catalog, a price, a price list, a quote, its lines or approval reasons,
// the builder's check, revisions, the deal page or a document. The rep's
// quote is under the floor, so the reasons are there, without the number.
func TestARepReceivesNoCostOrFloor(t *testing.T) {
	f := newFixture(t)
	f.signIn(asRep)
	secret := []string{"177777", "1777.77", "1,777.77", "288888", "2888.88", "2,888.88"}
	list := f.priceList()
	q, err := f.quotes.Submit(f.quoteRep.ID, f.quoteRep.Version)
	if err != nil || !q.NeedsApproval {
		t.Fatalf("the rep's quote under the floor: %+v, %v", q.ApprovalReasons, err)
	}
	received := map[string]func() (any, error){
		"Catalog.Products":  func() (any, error) { return f.catalog.Products(catalog.ProductFilter{}) },
		"Catalog.Product":   func() (any, error) { return f.catalog.Product(f.product.ID) },
		"Catalog.Price":     func() (any, error) { return f.catalog.Price(f.product.ID, list.ID) },
		"Catalog.PriceList": func() (any, error) { return f.catalog.PriceList(list.ID) },
		"Quotes.Get":        func() (any, error) { return f.quotes.Get(q.ID) },
		"Quotes.List":       func() (any, error) { return f.quotes.List(quote.Filter{}) },
		"Quotes.Check":      func() (any, error) { return f.quotes.Check(f.quoteInput(f.custRep, "")) },
		"Quotes.Revisions":  func() (any, error) { return f.quotes.Revisions(q.ID) },
		"Quotes.Diff":       func() (any, error) { return f.quotes.Diff(q.ID) },
		"Sales.Deal":        func() (any, error) { return f.sales.Deal(f.dealRep.ID) },
		"Sales.Deals":       func() (any, error) { return f.sales.Deals(sales.DealQuery{}) },
		"Inbox.List":        func() (any, error) { return f.inbox.List() },
	}
	for name, get := range received {
		v, err := get()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		raw, _ := json.Marshal(v)
		for _, s := range secret {
			if strings.Contains(string(raw), s) {
				t.Errorf("%s hands the rep %s: %s", name, s, raw)
			}
		}
		for _, field := range []string{`"costMinor":`, `"floorPriceMinor":`, `"limitMinor":`} {
			for _, rest := range strings.Split(string(raw), field)[1:] {
				if !strings.HasPrefix(rest, "0") {
					t.Errorf("%s hands the rep %s%s", name, field, rest[:min(12, len(rest))])
				}
			}
		}
	}
	reasons, err := f.quotes.Check(f.quoteInput(f.custRep, ""))
	if err != nil || len(reasons) == 0 || reasons[0].Kind != quote.ReasonBelowFloor {
		t.Fatalf("the builder is not told the line is below its floor: %+v, %v", reasons, err)
	}
	// The documents: the catalog workbook and the quote's own.
	var book bytes.Buffer
	if err := f.core.Catalog.ExportXLSX(tctx, f.actor(asRep), "zh-CN", &book); err != nil {
		t.Fatal(err)
	}
	var doc bytes.Buffer
	if err := f.core.Quotes.ExportXLSX(tctx, f.actor(asRep), q.ID, &doc); err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{"the catalog workbook": book.Bytes(), "the quote workbook": doc.Bytes()} {
		cells, err := workbookCells(data)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cells {
			for _, s := range secret {
				if strings.Contains(c, s) {
					t.Errorf("%s hands the rep %q", name, c)
				}
			}
		}
	}
}
