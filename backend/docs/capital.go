package docs

import "strings"

var capitalDigits = []string{"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"}

// AmountInWordsCNY writes an amount of fen the way Chinese invoices and
// cheques do: 人民币壹万贰仟叁佰肆拾伍元陆角整. Runs of zeros inside the
// number read as one 零, a zero 角 before a 分 reads 零, and an amount
// without 分 ends in 整.
func AmountInWordsCNY(fen int64) string {
	var b strings.Builder
	b.WriteString("人民币")
	if fen < 0 {
		b.WriteString("负")
		fen = -fen
	}
	yuan, jiao, f := fen/100, fen/10%10, fen%10
	switch {
	case yuan == 0 && jiao == 0 && f == 0:
		return b.String() + "零元整"
	case yuan > 0:
		b.WriteString(integerWords(yuan) + "元")
		if jiao == 0 && f != 0 {
			b.WriteString("零")
		}
	}
	if jiao != 0 {
		b.WriteString(capitalDigits[jiao] + "角")
	}
	if f != 0 {
		b.WriteString(capitalDigits[f] + "分")
	} else {
		b.WriteString("整")
	}
	return b.String()
}

// integerWords writes n > 0 in capital numerals with 万 and 亿 groups.
func integerWords(n int64) string {
	switch {
	case n >= 1_0000_0000:
		return joinGroups(n/1_0000_0000, "亿", n%1_0000_0000, 1000_0000)
	case n >= 1_0000:
		return joinGroups(n/1_0000, "万", n%1_0000, 1000)
	}
	return groupWords(n)
}

// joinGroups writes high, its group unit and low; a zero between them (low
// below zeroBelow, so its leading places are empty) reads as one 零.
func joinGroups(high int64, unit string, low, zeroBelow int64) string {
	s := integerWords(high) + unit
	if low == 0 {
		return s
	}
	if low < zeroBelow {
		s += "零"
	}
	return s + integerWords(low)
}

// groupWords writes 0 < n < 10000: 壹仟零贰拾.
func groupWords(n int64) string {
	places := []string{"仟", "佰", "拾", ""}
	digits := []int64{n / 1000, n / 100 % 10, n / 10 % 10, n % 10}
	var b strings.Builder
	zero := false
	for i, d := range digits {
		switch {
		case d == 0:
			zero = b.Len() > 0
		default:
			if zero {
				b.WriteString("零")
				zero = false
			}
			b.WriteString(capitalDigits[d] + places[i])
		}
	}
	return b.String()
}
