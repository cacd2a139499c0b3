package money

import "testing"

func TestConvertRoundsHalfUpOncePerAmountInEachCurrencysDigits(t *testing.T) {
	cases := []struct {
		name     string
		amount   int64
		from, to string
		rate     int64
		want     int64
	}{
		{"USD 1,000.00 at 7.123456 CNY", 1_000_00, "USD", "CNY", 7_123456, 7_123_46},
		{"USD 0.01 at 7.15 is 0.0715 CNY: rounds to 0.07", 1, "USD", "CNY", 7_150000, 7},
		{"USD 0.07 at 7.5 is 0.525 CNY: half rounds up", 7, "USD", "CNY", 7_500000, 53},
		// JPY has no minor digits: ¥1,000 at 0.048123 CNY is 48.123 CNY.
		{"JPY 1,000 to CNY", 1000, "JPY", "CNY", 48123, 48_12},
		{"JPY 125 at 0.048 CNY is 6.00 CNY", 125, "JPY", "CNY", 48000, 6_00},
		// into JPY: USD 10.05 at 150.5 JPY is ¥1,512.525, rounds to ¥1,513.
		{"USD to JPY", 10_05, "USD", "JPY", 150_500000, 1513},
		{"JPY to JPY-less: half a yen rounds up", 1, "JPY", "JPY", 500000, 1},
		{"BHD has three digits", 1_000, "BHD", "CNY", 19_000000, 19_00},
		{"huge but exact", 900_000_000_000, "USD", "CNY", 7_123456, 64_111_104_000_00},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, ok := Convert(c.amount, c.from, c.to, c.rate)
			if !ok || got != c.want {
				t.Errorf("Convert(%d %s → %s at %d) = %d, %v; want %d", c.amount, c.from, c.to, c.rate, got, ok, c.want)
			}
		})
	}
	if _, ok := Convert(1<<62, "JPY", "CNY", MaxRateMicro); ok {
		t.Error("an amount that cannot fit must say so, not wrap around")
	}
}
