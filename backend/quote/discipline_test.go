package quote_test

import (
	"database/sql"
	"slices"
	"testing"

	"steady/backend/catalog"
	"steady/backend/quote"
)

// exec changes the database behind the services' back, as older versions
// of the app left it.
func (w *world) exec(query string, args ...any) {
	w.t.Helper()
	err := w.db.Tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, query, args...)
		return err
	})
	if err != nil {
		w.t.Fatal(err)
	}
}

func catalogFilter(query string) catalog.ProductFilter { return catalog.ProductFilter{Query: query} }

// kinds lists the kinds of q's approval reasons.
func kinds(q quote.Quote) []string {
	out := []string{}
	for _, r := range q.ApprovalReasons {
		out = append(out, r.Kind)
	}
	return out
}

func free(sku, name string, price int64) quote.LineInput {
	return quote.LineInput{SKU: sku, Name: name, QtyMilli: 1000, UnitPriceMinor: price, TaxRateBP: 1300}
}

// A rep whose pay depends on quote discipline tries every way of selling the
// 3,299.00 printer (floor 2,800.00) for 1.00 without asking anyone.
func TestATypedLineIsHeldToTheProductItNames(t *testing.T) {
	w := newWorld(t)
	cases := []struct {
		name string
		line quote.LineInput
		held bool
	}{
		{"the printer's name as free text", free("", "激光打印机", 100), true},
		{"its SKU in lower case", free("lp-4200", "打印机", 100), true},
		{"its SKU in full width", free("ＬＰ－４２００", "办公设备", 100), true},
		{"its SKU without the dash", free("LP 4200", "设备", 100), true},
		{"its English name in other case and spacing", free("", "  LASER   printer ", 100), true},
		{"its name with full-width punctuation", free("", "激光打印机（）", 100), true},
		{"a catalog line renamed to the printer", quote.LineInput{ProductID: "service", Name: "激光打印机",
			QtyMilli: 1000, UnitPriceMinor: 45000, TaxRateBP: 600}, true},
		{"a near miss: another model number", free("LP-4201", "激光打印机 LP-4201", 100), false},
		{"a near miss: a longer name", free("", "激光打印机硒鼓", 100), false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := w.input()
			if c.line.ProductID == "service" {
				c.line.ProductID = w.service.ID
			}
			in.Lines = []quote.LineInput{c.line}
			q := w.create(w.rep, in)
			floor := slices.Contains(kinds(q), quote.ReasonBelowFloor)
			if floor != c.held || q.NeedsApproval != c.held {
				t.Fatalf("held %v (reasons %v), want %v", q.NeedsApproval, kinds(q), c.held)
			}
			if c.held && q.Lines[0].ListPriceMinor != w.printer.ListPriceMinor {
				t.Fatalf("list price %d, want the printer's %d", q.Lines[0].ListPriceMinor, w.printer.ListPriceMinor)
			}
			if _, err := w.svc.MarkSent(ctx, w.rep, q.ID, q.Version); c.held && codeOf(err) != "errors.conflict.quoteStatus" {
				t.Fatalf("sending it unapproved: %v", err)
			}
		})
	}
}

// A 20 % discount on the 2,580.00 desk is over a new hire's 5 %, however much
// full-price free text is added beside it.
func TestFreeTextDoesNotDiluteTheDiscountLimit(t *testing.T) {
	w := newWorld(t)
	in := w.input()
	in.Lines = []quote.LineInput{
		{ProductID: w.desk.ID, QtyMilli: 1000, CatalogPrice: true, DiscountBP: 2000},
		free("", "定制支架", 10_000_000),
	}
	q := w.create(w.rep, in)
	if !slices.Equal(kinds(q), []string{quote.ReasonDiscountOverLimit}) || q.ApprovalReasons[0].DiscountBP != 2000 {
		t.Fatalf("reasons %+v, want the desk's 20 %% over the limit", q.ApprovalReasons)
	}
	// A cheap catalog line, then a full-price free-text line, then a quote-wide discount.
	in.Lines[0].DiscountBP = 0
	in.DiscountBP = 600
	if q = w.create(w.rep, in); !slices.Contains(kinds(q), quote.ReasonDiscountOverLimit) {
		t.Fatalf("6 %% off everything: %v", kinds(q))
	}
	// Free text alone is still measured against its own prices.
	in.Lines = in.Lines[1:]
	if q = w.create(w.rep, in); !slices.Equal(kinds(q), []string{quote.ReasonDiscountOverLimit}) {
		t.Fatalf("6 %% off free text: %v", kinds(q))
	}
	in.DiscountBP = 500
	if q = w.create(w.rep, in); q.NeedsApproval {
		t.Fatalf("5 %% off free text is within the limit: %v", kinds(q))
	}
}

// Quotes written before the rule (a free-text printer at 1.00 with no floor)
// are measured again when they are sent, revised or copied.
func TestOldQuotesAreMeasuredAgainstTheCatalogAgain(t *testing.T) {
	w := newWorld(t)
	old := func() quote.Quote {
		in := w.input()
		in.Lines = []quote.LineInput{free("", "定制支架", 100)}
		q := w.create(w.rep, in)
		w.exec(`UPDATE quote_lines SET name = '激光打印机' WHERE quote_id = ?`, q.ID)
		return q
	}
	q := old()
	if _, err := w.svc.MarkSent(ctx, w.rep, q.ID, q.Version); codeOf(err) != "errors.conflict.quoteStatus" {
		t.Fatalf("sending an old draft unapproved: %v", err)
	}
	if q, err := w.svc.Submit(ctx, w.rep, q.ID, q.Version); err != nil || q.Status != quote.StatusPendingApproval {
		t.Fatalf("submitting it: %+v, %v", q.ApprovalReasons, err)
	}
	sent := old()
	sent, err := w.svc.Submit(ctx, w.manager, sent.ID, sent.Version)
	if err != nil {
		t.Fatal(err)
	}
	w.exec(`UPDATE quotes SET status = 'sent', needs_approval = 0, approval_reasons = '[]',
		sent_at = '2026-11-01T00:00:00.000Z' WHERE id = ?`, sent.ID)
	sent, _ = w.svc.Quote(ctx, w.rep, sent.ID)
	v2, err := w.svc.Revise(ctx, w.rep, sent.ID, sent.Version)
	if err != nil || !slices.Contains(kinds(v2), quote.ReasonBelowFloor) {
		t.Fatalf("revising an old sent quote: %v, %v", kinds(v2), err)
	}
	if v2.Lines[0].ListPriceMinor != w.printer.ListPriceMinor {
		t.Fatalf("the revision's list price = %d", v2.Lines[0].ListPriceMinor)
	}
	copied, err := w.svc.Duplicate(ctx, w.rep, sent.ID)
	if err != nil || !slices.Contains(kinds(copied), quote.ReasonBelowFloor) {
		t.Fatalf("duplicating an old sent quote: %v, %v", kinds(copied), err)
	}
}

// The builder is told a line is below its floor while it is typed; a rep is
// never told the floor, a manager is.
func TestRepsLearnABreachButNeverTheFloor(t *testing.T) {
	w := newWorld(t)
	in := w.input()
	in.Lines = []quote.LineInput{free("lp-4200", "打印机", 200000)}
	reasons, err := w.svc.Check(ctx, w.rep, in)
	if err != nil || len(reasons) == 0 || reasons[0].Kind != quote.ReasonBelowFloor || reasons[0].LimitMinor != 0 {
		t.Fatalf("check as the rep: %+v, %v", reasons, err)
	}
	in.CustomerName = "" // not yet typed: the verdict does not wait for it
	if again, err := w.svc.Check(ctx, w.rep, in); err != nil || len(again) != len(reasons) {
		t.Fatalf("check without a customer: %+v, %v", again, err)
	}
	in.Lines[0].QtyMilli = 0
	if _, err := w.svc.Check(ctx, w.rep, in); fieldCode(err, "lines.0.qtyMilli") != "validation.invalidQuantity" {
		t.Fatalf("check of an unreadable line: %v", err)
	}
	in.Lines[0].QtyMilli, in.CustomerName = 1000, "杭州明远智能科技有限公司"
	q := w.create(w.rep, in)
	if q.Lines[0].FloorPriceMinor != 0 || q.ApprovalReasons[0].LimitMinor != 0 {
		t.Fatalf("the rep reads floor %d / %d", q.Lines[0].FloorPriceMinor, q.ApprovalReasons[0].LimitMinor)
	}
	m, err := w.svc.Quote(ctx, w.manager, q.ID)
	if err != nil || m.Lines[0].FloorPriceMinor != w.printer.FloorPriceMinor || m.ApprovalReasons[0].LimitMinor != w.printer.FloorPriceMinor {
		t.Fatalf("the manager reads %+v, %v", m.ApprovalReasons, err)
	}
	if q, err = w.svc.Submit(ctx, w.rep, q.ID, q.Version); err != nil || q.ApprovalReasons[0].LimitMinor != 0 {
		t.Fatalf("submit as the rep: %+v, %v", q.ApprovalReasons, err)
	}
	products, err := w.catalog.Products(ctx, w.rep, catalogFilter(""))
	if err != nil || products[0].FloorPriceMinor != 0 || products[0].CostMinor != 0 {
		t.Fatalf("the rep's catalog: %+v, %v", products, err)
	}
}

// A price list kept for senior reps needs approval when anyone else quotes
// from it, even at its own prices.
func TestAPriceListOutsideTheRepsLevelNeedsApproval(t *testing.T) {
	w := newWorld(t)
	dealers, err := w.catalog.SavePriceList(ctx, w.owner, catalog.PriceListInput{Name: "经销商价", Currency: "CNY", Active: true,
		Levels: []string{"senior"}, Items: []catalog.PriceListItemInput{{ProductID: w.printer.ID, PriceMinor: 300000}}})
	if err != nil || len(dealers.Levels) != 1 {
		t.Fatalf("price list: %+v, %v", dealers, err)
	}
	in := w.input()
	in.PriceListID = dealers.ID
	q := w.create(w.rep, in)
	if !slices.Equal(kinds(q), []string{quote.ReasonPriceListLevel}) || q.ApprovalReasons[0].Name != "经销商价" {
		t.Fatalf("a new hire on the dealers' list: %+v", q.ApprovalReasons)
	}
	if q.Lines[0].UnitPriceMinor != 300000 {
		t.Fatalf("priced %d from the list", q.Lines[0].UnitPriceMinor)
	}
	if q = w.create(w.senior, in); q.NeedsApproval {
		t.Fatalf("a senior on the dealers' list: %v", kinds(q))
	}
	// The list's lower price is the reference: below it is a discount.
	in.Lines[0].CatalogPrice, in.Lines[0].UnitPriceMinor, in.Lines[0].TaxRateBP = false, 290000, 1300
	if q = w.create(w.senior, in); q.NeedsApproval {
		t.Fatalf("3 %% under the dealers' price: %v", kinds(q))
	}
}
