package money

import (
	"math/big"
	"testing"
)

// exactRound rounds a/b half away from zero in exact arithmetic.
func exactRound(a *big.Int, b int64) *big.Int {
	r := new(big.Rat).SetFrac(new(big.Int).Abs(a), big.NewInt(b))
	r.Add(r, big.NewRat(1, 2))
	q := new(big.Int).Quo(r.Num(), r.Denom())
	if a.Sign() < 0 {
		q.Neg(q)
	}
	return q
}

// FuzzComputeTotals: for any line the quote form lets through (quantity
// above 0, prices and rates within their checks, qty × price within
// MaxLineGross), every figure equals exact arithmetic: nothing overflows
// or wraps near the int64 limit, even with the most lines a quote may
// hold; and every total stays below 2⁵³, where a spreadsheet's formulas
// are still exact.
func FuzzComputeTotals(f *testing.F) {
	f.Add(int64(1000), int64(329900), int64(500), int64(1000), int64(1300), false, int64(5000))
	f.Add(int64(1000), int64(MaxLineGross), int64(0), int64(0), int64(10000), true, int64(MaxLineGross))
	f.Add(int64(MaxLineGross*1000), int64(1), int64(10000), int64(10000), int64(10000), false, int64(0))
	f.Add(int64(1), int64(1), int64(5000), int64(5000), int64(0), true, int64(1))
	f.Add(int64(9223372036854775807), int64(9223372036854775807), int64(-1), int64(10001), int64(-9223372036854775808), false, int64(-1))
	f.Fuzz(func(t *testing.T, qty, price, lineBP, quoteBP, rate int64, included bool, charge int64) {
		if qty <= 0 || !LineGrossFits(qty, 1) || !LineGrossFits(qty, price) || price > MaxLineGross || charge < 0 ||
			charge > MaxLineGross || !inBP(lineBP) || !inBP(quoteBP) || !inBP(rate) {
			return // the quote form refuses these
		}
		line := TotalsLine{QtyMilli: qty, PriceMinor: price, DiscountBP: lineBP, TaxRateBP: rate}
		got := ComputeTotals(TotalsInput{Lines: []TotalsLine{line}, DiscountBP: quoteBP, TaxIncluded: included, Charges: []int64{charge}})
		want := exactLine(line, quoteBP, included)
		if got.Lines[0] != want {
			t.Fatalf("%+v quote %d incl %v: got %+v, exactly %+v", line, quoteBP, included, got.Lines[0], want)
		}
		const maxLines = 1000 // quote.MaxLines
		many := make([]TotalsLine, maxLines)
		for i := range many {
			many[i] = line
		}
		charges := []int64{charge, charge, charge}
		all := ComputeTotals(TotalsInput{Lines: many, DiscountBP: quoteBP, TaxIncluded: included, Charges: charges})
		total := new(big.Int).Mul(big.NewInt(want.Net+want.Tax), big.NewInt(maxLines))
		total.Add(total, new(big.Int).Mul(big.NewInt(charge), big.NewInt(3)))
		if !total.IsInt64() || all.Total != total.Int64() || all.Total >= 1<<53 || all.Subtotal != want.Amount*maxLines {
			t.Fatalf("%d lines of %+v: total %d, exactly %s", maxLines, line, all.Total, total)
		}
	})
}

func inBP(bp int64) bool { return bp >= 0 && bp <= 10000 }

// exactLine is lineTotals in exact arithmetic.
func exactLine(l TotalsLine, quoteBP int64, included bool) LineTotals {
	mul := func(a, b int64) *big.Int { return new(big.Int).Mul(big.NewInt(a), big.NewInt(b)) }
	gross := exactRound(mul(l.QtyMilli, l.PriceMinor), 1000).Int64()
	lineDisc := exactRound(mul(gross, l.DiscountBP), 10000).Int64()
	amount := gross - lineDisc
	quoteDisc := exactRound(mul(amount, quoteBP), 10000).Int64()
	due := amount - quoteDisc
	lt := LineTotals{Gross: gross, LineDiscount: lineDisc, Amount: amount, QuoteDiscount: quoteDisc, Net: due}
	if included {
		lt.Net = exactRound(mul(due, 10000), 10000+l.TaxRateBP).Int64()
		lt.Tax = due - lt.Net
	} else {
		lt.Tax = exactRound(mul(due, l.TaxRateBP), 10000).Int64()
	}
	return lt
}
