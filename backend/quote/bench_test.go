package quote_test

import (
	"fmt"
	"io"
	"testing"
	"time"

	"steady/backend/company"
	"steady/backend/quote"
)

// fiftyLines is a realistic 50-line quote, built without a database.
func fiftyLines() (quote.Quote, company.Settings) {
	q := quote.Quote{Number: "QT-20261127-7KQ2M-001", Language: quote.LangZh, CustomerName: "杭州明远智能科技有限公司",
		CustomerAddress: "浙江省杭州市西湖区文三路 478 号", ContactName: "李娜", Currency: "CNY", TaxIncluded: true,
		DiscountBP: 300, IssueDate: "2026-11-27", ValidUntil: "2026-12-27", OwnerName: "李强",
		PaymentTerms: "合同签订后 5 个工作日内预付合同总额的 30%，发货前付清余款。", Charges: []quote.Charge{{Label: "运费", AmountMinor: 30000}}}
	for i := range 50 {
		q.Lines = append(q.Lines, quote.Line{Position: i + 1, SKU: fmt.Sprintf("SKU-%03d", i), Name: "办公椅（人体工学）",
			Spec: "网布靠背，可调扶手", Unit: "把", QtyMilli: int64(1000 + i*500), UnitPriceMinor: int64(59900 + i*101),
			DiscountBP: int64(i % 4 * 100), TaxRateBP: 1300})
	}
	c := company.Defaults("上海示例贸易有限公司")
	c.Address, c.Phone = "上海市浦东新区张江路 88 号", "021-5080 1234"
	return q, c
}

func BenchmarkXLSX50Lines(b *testing.B) {
	q, c := fiftyLines()
	for b.Loop() {
		if err := quote.WriteXLSX(io.Discard, q, c); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPDF50Lines(b *testing.B) {
	q, c := fiftyLines()
	if err := quote.WritePDF(io.Discard, q, c); err != nil { // the fonts load once per process
		b.Fatal(err)
	}
	start := time.Now()
	for b.Loop() {
		if err := quote.WritePDF(io.Discard, q, c); err != nil {
			b.Fatal(err)
		}
	}
	if per := time.Since(start) / time.Duration(b.N); per > 100*time.Millisecond {
		b.Errorf("a 50-line quote PDF took %v, over the 100 ms budget", per)
	}
}
