package docs

import "testing"

func TestFormats(t *testing.T) {
	cases := []struct{ got, want string }{
		{Amount(1234560, "CNY"), "12,345.60"},
		{Amount(5, "CNY"), "0.05"},
		{Amount(0, "USD"), "0.00"},
		{Amount(-123456789, "CNY"), "-1,234,567.89"},
		{Amount(1234567, "JPY"), "1,234,567"},
		{Amount(1234567, "KWD"), "1,234.567"},
		{Amount(100000, "CNY"), "1,000.00"},
		{Quantity(1500), "1.5"},
		{Quantity(2000), "2"},
		{Quantity(1), "0.001"},
		{Rate(1300), "13%"},
		{Rate(650), "6.5%"},
		{Rate(0), "0%"},
		{Rate(1234), "12.34%"},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}
