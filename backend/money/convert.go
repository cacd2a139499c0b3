package money

import "math/big"

// RateScale is the unit of exchange rates: a rate is stored as an integer in
// millionths of the company currency per one major unit of the foreign one
// (7.123456 CNY per USD = 7123456).
const RateScale = 1_000_000

// MaxRateMicro bounds a rate (a million company units per foreign unit),
// far above any real currency pair and well inside the arithmetic.
const MaxRateMicro = 1_000_000 * RateScale

// Convert turns amountMinor of currency from into minor units of currency
// to at rateMicro (millionths of to per major unit of from), rounding half
// away from zero once, like DivRound: the minor digits of both currencies
// count (a JPY has none, a USD cent is a hundredth). The product is exact
// however large; ok is false only when the result does not fit an int64.
func Convert(amountMinor int64, from, to string, rateMicro int64) (converted int64, ok bool) {
	num := new(big.Int).Mul(big.NewInt(amountMinor), big.NewInt(rateMicro))
	num.Mul(num, pow10(MinorDigits(to)))
	den := new(big.Int).Mul(big.NewInt(RateScale), pow10(MinorDigits(from)))
	neg := num.Sign() < 0
	num.Abs(num)
	// (2·num + den) ÷ (2·den), truncated: half away from zero.
	num.Mul(num, big.NewInt(2)).Add(num, den)
	q := num.Quo(num, den.Mul(den, big.NewInt(2)))
	if !q.IsInt64() {
		return 0, false
	}
	if neg {
		return -q.Int64(), true
	}
	return q.Int64(), true
}

func pow10(n int) *big.Int {
	return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil)
}
