package money

// The one rule for quote arithmetic. Every amount is an integer in the
// currency's minor unit (fen, cent), quantities are thousandths and rates are
// basis points (1300 = 13 %). Each step rounds half away from zero to a whole
// minor unit, per line first; totals are plain sums of the rounded line
// figures, so nothing is rounded twice and a spreadsheet can repeat every step
// with ROUND(…, 0) and SUM. The steps, in order, for each line:
//
//  1. gross     = round(qty × unit price ÷ 1000)
//  2. line disc = round(gross × line discount bp ÷ 10000); amount = gross − line disc
//  3. quote disc (the whole-quote discount, allocated by applying its rate to
//     each line's amount) = round(amount × quote discount bp ÷ 10000);
//     due = amount − quote disc
//  4. tax: prices with tax added:    tax = round(due × rate ÷ 10000), net = due
//          prices that include tax:  net = round(due × 10000 ÷ (10000 + rate)), tax = due − net
//  5. charges (shipping and the like) are final amounts: neither discounted
//     nor taxed, added last.
//
// Totals: Subtotal = Σ amount, Discount = Σ quote disc, Net = Σ net,
// Tax = Σ tax, Charges = Σ charges, Total = Net + Tax + Charges.

// MaxLineGross bounds qty × unit price ÷ 1000 of one line (9 × 10¹¹ minor
// units): every intermediate product then stays below 2⁵³, where a
// spreadsheet's floating point is still exact, so its formulas reproduce
// these totals to the cent.
const MaxLineGross = 900_000_000_000

// TotalsLine is one line of a quote as the arithmetic sees it.
type TotalsLine struct {
	QtyMilli   int64 // quantity in thousandths
	PriceMinor int64 // unit price in minor units
	DiscountBP int64 // line discount
	TaxRateBP  int64
}

// TotalsInput is everything that decides a quote's totals.
type TotalsInput struct {
	Lines       []TotalsLine
	DiscountBP  int64 // the whole-quote discount
	TaxIncluded bool  // unit prices include tax (含税) rather than having it added
	Charges     []int64
}

// LineTotals are one line's figures after each step.
type LineTotals struct {
	Gross         int64 `json:"grossMinor"`
	LineDiscount  int64 `json:"lineDiscountMinor"`
	Amount        int64 `json:"amountMinor"` // gross − line discount: the line's amount on the document
	QuoteDiscount int64 `json:"quoteDiscountMinor"`
	Net           int64 `json:"netMinor"`
	Tax           int64 `json:"taxMinor"`
}

// Totals are a quote's lines and sums.
type Totals struct {
	Lines    []LineTotals `json:"lines"`
	Subtotal int64        `json:"subtotalMinor"`
	Discount int64        `json:"discountMinor"`
	Net      int64        `json:"netMinor"`
	Tax      int64        `json:"taxMinor"`
	Charges  int64        `json:"chargesMinor"`
	Total    int64        `json:"totalMinor"`
}

// ComputeTotals applies the steps above. Inputs are trusted to be within
// range (non-negative, rates ≤ 10000, lines ≤ MaxLineGross); callers validate.
func ComputeTotals(in TotalsInput) Totals {
	t := Totals{Lines: make([]LineTotals, len(in.Lines))}
	for i, l := range in.Lines {
		lt := lineTotals(l, in.DiscountBP, in.TaxIncluded)
		t.Lines[i] = lt
		t.Subtotal += lt.Amount
		t.Discount += lt.QuoteDiscount
		t.Net += lt.Net
		t.Tax += lt.Tax
	}
	for _, c := range in.Charges {
		t.Charges += c
	}
	t.Total = t.Net + t.Tax + t.Charges
	return t
}

func lineTotals(l TotalsLine, quoteBP int64, taxIncluded bool) LineTotals {
	var lt LineTotals
	lt.Gross = DivRound(l.QtyMilli*l.PriceMinor, 1000)
	lt.LineDiscount = DivRound(lt.Gross*l.DiscountBP, 10000)
	lt.Amount = lt.Gross - lt.LineDiscount
	lt.QuoteDiscount = DivRound(lt.Amount*quoteBP, 10000)
	due := lt.Amount - lt.QuoteDiscount
	if taxIncluded {
		lt.Net = DivRound(due*10000, 10000+l.TaxRateBP)
		lt.Tax = due - lt.Net
	} else {
		lt.Net = due
		lt.Tax = DivRound(due*l.TaxRateBP, 10000)
	}
	return lt
}

// DivRound divides a by b (b > 0), rounding half away from zero like a
// spreadsheet's ROUND(a/b, 0): the one rounding rule for money.
func DivRound(a, b int64) int64 {
	if a < 0 {
		return -DivRound(-a, b)
	}
	return (2*a + b) / (2 * b)
}

// LineGrossFits says whether qty × price stays within MaxLineGross, so the
// arithmetic cannot overflow or lose exactness.
func LineGrossFits(qtyMilli, priceMinor int64) bool {
	if qtyMilli < 0 || priceMinor < 0 {
		return false
	}
	return priceMinor == 0 || qtyMilli <= MaxLineGross*1000/priceMinor
}
