package money

import (
	"math/big"
	"math/rand/v2"
	"testing"
)

func TestComputeTotalsFollowsTheStepsInOrder(t *testing.T) {
	cases := []struct {
		name string
		in   TotalsInput
		want Totals // Lines left out: only the sums are compared here
	}{
		{
			name: "tax added, no discounts",
			in:   TotalsInput{Lines: []TotalsLine{{QtyMilli: 2000, PriceMinor: 10000, TaxRateBP: 1300}}},
			want: Totals{Subtotal: 20000, Net: 20000, Tax: 2600, Total: 22600},
		},
		{
			name: "tax included splits the amount",
			in:   TotalsInput{TaxIncluded: true, Lines: []TotalsLine{{QtyMilli: 1000, PriceMinor: 11300, TaxRateBP: 1300}}},
			want: Totals{Subtotal: 11300, Net: 10000, Tax: 1300, Total: 11300},
		},
		{
			name: "fractional quantity rounds half up",
			// 1.5 × 0.33 = 0.495 → 0.50
			in:   TotalsInput{Lines: []TotalsLine{{QtyMilli: 1500, PriceMinor: 33}}},
			want: Totals{Subtotal: 50, Net: 50, Total: 50},
		},
		{
			name: "line discount then quote discount per line",
			// gross 1000.00; 5 % off → 950.00; quote 10 % → 95.00 off → 855.00; tax 6 % → 51.30
			in:   TotalsInput{DiscountBP: 1000, Lines: []TotalsLine{{QtyMilli: 1000, PriceMinor: 100000, DiscountBP: 500, TaxRateBP: 600}}},
			want: Totals{Subtotal: 95000, Discount: 9500, Net: 85500, Tax: 5130, Total: 90630},
		},
		{
			name: "quote discount is the sum of rounded line shares",
			// each line 0.05 × 10 % = 0.005 → 0.01; two lines → 0.02 (not round(0.10 × 10 %) = 0.01)
			in:   TotalsInput{DiscountBP: 1000, Lines: []TotalsLine{{QtyMilli: 1000, PriceMinor: 5}, {QtyMilli: 1000, PriceMinor: 5}}},
			want: Totals{Subtotal: 10, Discount: 2, Net: 8, Total: 8},
		},
		{
			name: "charges are added last, untaxed",
			in:   TotalsInput{Charges: []int64{5000, 1234}, Lines: []TotalsLine{{QtyMilli: 1000, PriceMinor: 10000, TaxRateBP: 1300}}},
			want: Totals{Subtotal: 10000, Net: 10000, Tax: 1300, Charges: 6234, Total: 17534},
		},
		{
			name: "per-line rates in an included quote",
			// 106.00 at 6 % → 100.00 + 6.00; 99.99 at 13 % → 88.49 + 11.50
			in:   TotalsInput{TaxIncluded: true, Lines: []TotalsLine{{QtyMilli: 1000, PriceMinor: 10600, TaxRateBP: 600}, {QtyMilli: 1000, PriceMinor: 9999, TaxRateBP: 1300}}},
			want: Totals{Subtotal: 20599, Net: 18849, Tax: 1750, Total: 20599},
		},
		{
			name: "empty quote",
			in:   TotalsInput{},
			want: Totals{},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := ComputeTotals(c.in)
			sums := [6]int64{got.Subtotal, got.Discount, got.Net, got.Tax, got.Charges, got.Total}
			want := [6]int64{c.want.Subtotal, c.want.Discount, c.want.Net, c.want.Tax, c.want.Charges, c.want.Total}
			if sums != want || len(got.Lines) != len(c.in.Lines) {
				t.Fatalf("got %+v\nwant %+v", got, c.want)
			}
		})
	}
}

// ratRound rounds a/b half away from zero with exact rationals: the reference.
func ratRound(a, b *big.Int) int64 {
	r := new(big.Rat).SetFrac(a, b)
	r.Add(r, big.NewRat(1, 2))
	q := new(big.Int).Quo(r.Num(), r.Denom())
	return q.Int64()
}

func TestComputeTotalsMatchesExactArithmetic(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 2000; i++ {
		qty, price := r.Int64N(1_000_000), r.Int64N(5_000_000)
		lineBP, quoteBP, rate := r.Int64N(10001), r.Int64N(3001), []int64{0, 300, 600, 900, 1300}[r.IntN(5)]
		included := r.IntN(2) == 0
		got := ComputeTotals(TotalsInput{TaxIncluded: included, DiscountBP: quoteBP,
			Lines: []TotalsLine{{QtyMilli: qty, PriceMinor: price, DiscountBP: lineBP, TaxRateBP: rate}}}).Lines[0]
		gross := ratRound(big.NewInt(qty*price), big.NewInt(1000))
		amount := gross - ratRound(big.NewInt(gross*lineBP), big.NewInt(10000))
		due := amount - ratRound(big.NewInt(amount*quoteBP), big.NewInt(10000))
		net, tax := due, ratRound(big.NewInt(due*rate), big.NewInt(10000))
		if included {
			net = ratRound(big.NewInt(due*10000), big.NewInt(10000+rate))
			tax = due - net
		}
		if got.Gross != gross || got.Amount != amount || got.Net != net || got.Tax != tax {
			t.Fatalf("qty %d price %d bp %d/%d rate %d incl %v: got %+v, want gross %d amount %d net %d tax %d",
				qty, price, lineBP, quoteBP, rate, included, got, gross, amount, net, tax)
		}
	}
}

func TestDivRoundIsHalfAwayFromZero(t *testing.T) {
	cases := []struct{ a, b, want int64 }{
		{5, 10, 1}, {4, 10, 0}, {15, 10, 2}, {-5, 10, -1}, {-4, 10, 0}, {0, 7, 0}, {2675, 1000, 3}, {2500, 1000, 3},
	}
	for _, c := range cases {
		if got := DivRound(c.a, c.b); got != c.want {
			t.Errorf("DivRound(%d, %d) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
}

func TestLineGrossFits(t *testing.T) {
	cases := []struct {
		qty, price int64
		want       bool
	}{
		{1000, MaxLineGross, true},
		{1001, MaxLineGross, false},
		{1_000_000_000, 900_000, true},
		{0, 1 << 62, true},
		{-1, 5, false},
		{5, -1, false},
	}
	for _, c := range cases {
		if got := LineGrossFits(c.qty, c.price); got != c.want {
			t.Errorf("LineGrossFits(%d, %d) = %v", c.qty, c.price, got)
		}
	}
}

func BenchmarkComputeTotals500Lines(b *testing.B) {
	in := TotalsInput{DiscountBP: 350, TaxIncluded: true, Charges: []int64{5000}}
	for i := range 500 {
		in.Lines = append(in.Lines, TotalsLine{QtyMilli: int64(1000 + i*250), PriceMinor: int64(1999 + i*37), DiscountBP: int64(i % 7 * 100), TaxRateBP: 1300})
	}
	b.ReportAllocs()
	for b.Loop() {
		ComputeTotals(in)
	}
}
