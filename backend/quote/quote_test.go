package quote_test

import (
	"path/filepath"
	"regexp"
	"testing"

	"steady/backend/apperr"
	"steady/backend/prefs"
	"steady/backend/quote"
	"steady/backend/store/storetest"
)

func TestCreateFillsCatalogLinesTotalsAndTerms(t *testing.T) {
	w := newWorld(t)
	p, err := prefs.New(ctx, w.db, prefs.OpenDevice(filepath.Join(t.TempDir(), "device.json")))
	if err != nil {
		t.Fatal(err)
	}
	w.svc.SetDeviceCodes(p.DeviceCodes())
	q := w.create(w.rep, w.input())
	if !regexp.MustCompile(`^QT-20261127-[2-9A-HJKMNP-Z]{5}-001$`).MatchString(q.Number) || q.Revision != 1 || q.RootID != q.ID {
		t.Fatalf("number %q revision %d root %q", q.Number, q.Revision, q.RootID)
	}
	code, err := p.Get(ctx, prefs.DeviceCode)
	if err != nil || len(code) != 5 || q.Number[12:17] != code {
		t.Fatalf("device code %q (%v) not in %q", code, err, q.Number)
	}
	l := q.Lines[0]
	if l.Name != "激光打印机" || l.Unit != "台" || l.UnitPriceMinor != 329900 || l.TaxRateBP != 1300 || l.FloorPriceMinor != 0 {
		t.Fatalf("line from catalog, as the rep reads it: %+v", l)
	}
	if m, err := w.svc.Quote(ctx, w.manager, q.ID); err != nil || m.Lines[0].FloorPriceMinor != 280000 {
		t.Fatalf("line from catalog: %+v", l)
	}
	// 2 × 3299.00 + 500.00 = 7098.00 including tax; 13 % of 6598.00 and 6 % of 500.00
	if q.Totals.Total != 709800 || q.Totals.Tax != 75906+2830 || q.Status != quote.StatusDraft || q.NeedsApproval {
		t.Fatalf("totals %+v status %s needs %v", q.Totals, q.Status, q.NeedsApproval)
	}
	if q.PaymentTerms == "" || q.WarrantyTerms == "" || q.ValidUntil != "2026-12-27" || q.Currency != "CNY" {
		t.Fatalf("defaults: terms %q / %q, valid %s, currency %s", q.PaymentTerms, q.WarrantyTerms, q.ValidUntil, q.Currency)
	}
	again := w.create(w.rep, w.input())
	if again.Number[:len(again.Number)-3] != q.Number[:len(q.Number)-3] || again.Number[len(again.Number)-3:] != "002" {
		t.Fatalf("second number %q after %q", again.Number, q.Number)
	}
}

func TestCatalogPricesFollowTheQuotesTaxTerms(t *testing.T) {
	w := newWorld(t)
	in := w.input()
	in.TaxIncluded = false
	in.Language = quote.LangEn
	q := w.create(w.manager, in)
	l := q.Lines[0]
	// 3299.00 including 13 % is 2919.47 before tax; the floor 2800.00 is 2477.88
	if l.UnitPriceMinor != 291947 || l.FloorPriceMinor != 247788 || l.Name != "Laser printer" {
		t.Fatalf("converted line %+v", l)
	}
	if q.Totals.Net+q.Totals.Tax != q.Totals.Total || q.Totals.Tax == 0 {
		t.Fatalf("totals %+v", q.Totals)
	}
}

func TestNumbersFromTwoDevicesNeverCollide(t *testing.T) {
	a, b := newWorld(t), newWorld(t)
	seen := map[string]bool{}
	for i := 0; i < 3; i++ {
		for _, w := range []*world{a, b} {
			n := w.create(w.rep, w.input()).Number
			if seen[n] {
				t.Fatalf("number %s handed out twice", n)
			}
			seen[n] = true
		}
	}
}

func TestDeletedDraftKeepsItsNumber(t *testing.T) {
	w := newWorld(t)
	first := w.create(w.rep, w.input())
	if err := w.svc.Delete(ctx, w.rep, first.ID, first.Version); err != nil {
		t.Fatal(err)
	}
	next := w.create(w.rep, w.input())
	if next.Number[len(next.Number)-3:] != "002" {
		t.Fatalf("number after a deleted draft: %s", next.Number)
	}
	if _, err := w.svc.Quote(ctx, w.rep, first.ID); !isNotFound(err) {
		t.Fatalf("deleted quote still readable: %v", err)
	}
}

func isNotFound(err error) bool {
	e, ok := apperr.As(err)
	return ok && e.Kind == apperr.KindNotFound
}

func TestValidationNamesTheField(t *testing.T) {
	w := newWorld(t)
	cases := []struct {
		name  string
		edit  func(in *quote.Input)
		field string
		code  string
	}{
		{"customer required", func(in *quote.Input) { in.CustomerName = " " }, "customerName", "validation.required"},
		{"no lines", func(in *quote.Input) { in.Lines = nil }, "lines", "validation.required"},
		{"zero quantity", func(in *quote.Input) { in.Lines[0].QtyMilli = 0 }, "lines.0.qtyMilli", "validation.invalidQuantity"},
		{"free text needs a name", func(in *quote.Input) { in.Lines[1] = quote.LineInput{QtyMilli: 1000, UnitPriceMinor: 100} }, "lines.1.name", "validation.required"},
		{"unknown product", func(in *quote.Input) { in.Lines[0].ProductID = "nope" }, "lines.0.productId", "validation.invalidProduct"},
		{"currency mismatch", func(in *quote.Input) { in.Currency = "USD" }, "lines.0.productId", "validation.currencyMismatch"},
		{"bad currency", func(in *quote.Input) { in.Currency = "XXX" }, "currency", "validation.invalidCurrency"},
		{"discount over 100 %", func(in *quote.Input) { in.DiscountBP = 10001 }, "discountBp", "validation.rateRange"},
		{"negative price", func(in *quote.Input) {
			in.Lines[1] = quote.LineInput{Name: "运费", QtyMilli: 1000, UnitPriceMinor: -1}
		}, "lines.1.unitPriceMinor", "validation.invalidAmount"},
		{"line too large", func(in *quote.Input) {
			in.Lines[1] = quote.LineInput{Name: "整线", QtyMilli: 1_000_000_000, UnitPriceMinor: 1_000_000_000}
		}, "lines.1.unitPriceMinor", "validation.invalidAmount"},
		{"valid before issue", func(in *quote.Input) { in.IssueDate, in.ValidUntil = "2026-11-27", "2026-11-20" }, "validUntil", "validation.validBeforeIssue"},
		{"impossible date", func(in *quote.Input) { in.ValidUntil = "2026-02-30" }, "validUntil", "validation.invalidDate"},
		{"charge needs a label", func(in *quote.Input) { in.Charges = []quote.Charge{{AmountMinor: 500}} }, "charges.0.label", "validation.required"},
		{"unknown price list", func(in *quote.Input) { in.PriceListID = "nope" }, "priceListId", "validation.invalidPriceList"},
		{"language", func(in *quote.Input) { in.Language = "fr" }, "language", "validation.invalidLanguage"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := w.input()
			c.edit(&in)
			_, err := w.svc.Create(ctx, w.rep, in)
			if got := fieldCode(err, c.field); got != c.code {
				t.Fatalf("%s: code %q, want %q (err %v)", c.field, got, c.code, err)
			}
		})
	}
	if list, _ := w.svc.List(ctx, w.owner, quote.Filter{}); len(list) != 0 {
		t.Fatalf("refused input wrote %d quotes", len(list))
	}
}

func TestScopeDecidesWhoSeesWhat(t *testing.T) {
	w := newWorld(t)
	mine := w.create(w.rep, w.input())
	theirs := w.create(w.other, w.input())
	for _, c := range []struct {
		who  string
		list func() ([]quote.Summary, error)
		want int
	}{
		{"owner", func() ([]quote.Summary, error) { return w.svc.List(ctx, w.owner, quote.Filter{}) }, 2},
		{"manager", func() ([]quote.Summary, error) { return w.svc.List(ctx, w.manager, quote.Filter{}) }, 1},
		{"manager2", func() ([]quote.Summary, error) { return w.svc.List(ctx, w.manager2, quote.Filter{}) }, 1},
		{"rep", func() ([]quote.Summary, error) { return w.svc.List(ctx, w.rep, quote.Filter{}) }, 1},
		{"senior", func() ([]quote.Summary, error) { return w.svc.List(ctx, w.senior, quote.Filter{}) }, 0},
	} {
		got, err := c.list()
		if err != nil || len(got) != c.want {
			t.Errorf("%s sees %d quotes (%v), want %d", c.who, len(got), err, c.want)
		}
	}
	if _, err := w.svc.Quote(ctx, w.rep, theirs.ID); codeOf(err) != "errors.forbidden.notYourTeam" {
		t.Fatalf("rep reading another team's quote: %v", err)
	}
	if _, err := w.svc.Quote(ctx, w.manager, mine.ID); err != nil {
		t.Fatalf("manager reading their rep's quote: %v", err)
	}
	if got, err := w.svc.QuoteByNumber(ctx, w.owner, theirs.Number); err != nil || got.ID != theirs.ID {
		t.Fatalf("by number: %v", err)
	}
}

func TestStaleVersionIsAConflict(t *testing.T) {
	w := newWorld(t)
	q := w.create(w.rep, w.input())
	in := w.input()
	in.ID, in.Version = q.ID, q.Version
	if _, err := w.svc.Update(ctx, w.rep, in); err != nil {
		t.Fatal(err)
	}
	_, err := w.svc.Update(ctx, w.rep, in)
	mustKind(t, err, apperr.ErrConflict)
	if codeOf(err) != "errors.conflict.quote" {
		t.Fatalf("code %q", codeOf(err))
	}
}

func TestUpdateKeepsLineKeysAndReplacesLines(t *testing.T) {
	w := newWorld(t)
	q := w.create(w.rep, w.input())
	in := w.input()
	in.ID, in.Version = q.ID, q.Version
	in.Lines = []quote.LineInput{
		{ID: q.Lines[0].ID, ProductID: w.printer.ID, QtyMilli: 3000, CatalogPrice: true},
		{Name: "运输保险", Unit: "项", QtyMilli: 1000, UnitPriceMinor: 12000, TaxRateBP: 600},
	}
	got, err := w.svc.Update(ctx, w.rep, in)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Lines) != 2 || got.Lines[0].LineKey != q.Lines[0].LineKey || got.Lines[1].LineKey == q.Lines[1].LineKey {
		t.Fatalf("lines after update: %+v", got.Lines)
	}
	if got.Totals.Subtotal != 3*329900+12000 {
		t.Fatalf("subtotal %d", got.Totals.Subtotal)
	}
}

func TestNowIsTheCompanysDay(t *testing.T) {
	w := newWorld(t)
	w.clock.T = storetest.NewClock().T.Add(15 * 3600e9) // 2026-11-28 00:00 in Shanghai, still the 27th in UTC
	q := w.create(w.rep, w.input())
	if q.IssueDate != "2026-11-28" || q.Number[3:11] != "20261128" {
		t.Fatalf("issue %s number %s", q.IssueDate, q.Number)
	}
}
