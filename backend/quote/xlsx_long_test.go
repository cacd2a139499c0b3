package quote_test

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/xuri/excelize/v2"

	"steady/backend/quote"
)

// longText fills a field to its maximum in one of three ways a person can:
// Chinese characters, plain ASCII, or one character per line. Each field
// gets its own character so that the check cannot find one field's text
// in another's cells.
func longText(kind string, r rune, max int) string {
	switch kind {
	case "zh":
		return strings.Repeat(string(r), max)
	case "ascii":
		return strings.Repeat(string(unicode.ToUpper(r)), max)
	default: // lines: "x\nx\n…x", max characters with the breaks
		return strings.TrimSpace(strings.Repeat(string(r)+"\n", (max+1)/2))
	}
}

// Every length the quote form allows exports: notes of 2,000 Chinese
// characters, a spec of 200, a name of 200 lines, and so on. Reading the
// workbook back finds each field's text complete in its column, and the
// totals still add up over the rows the long texts take. The PDF of the
// same quote is written too.
func TestXLSXExportsEveryFieldAtItsLongest(t *testing.T) {
	w := newWorld(t)
	for _, kind := range []string{"zh", "ascii", "lines"} {
		t.Run(kind, func(t *testing.T) {
			zhRune := func(zh, ascii rune) rune {
				if kind == "zh" {
					return zh
				}
				return ascii
			}
			fields := map[string]struct {
				col  string
				text string
			}{
				"customerName":    {"C", longText(kind, zhRune('客', 'c'), 100)},
				"customerAddress": {"C", longText(kind, zhRune('址', 'a'), 200)},
				"contactName":     {"C", longText(kind, zhRune('联', 'k'), 40)},
				"paymentTerms":    {"C", longText(kind, zhRune('付', 'p'), 2000)},
				"deliveryTerms":   {"C", longText(kind, zhRune('交', 'd'), 2000)},
				"warrantyTerms":   {"C", longText(kind, zhRune('保', 'w'), 2000)},
				"notes":           {"C", longText(kind, zhRune('注', 'n'), 2000)},
				"line.sku":        {"B", longText(kind, zhRune('码', 's'), 40)},
				"line.name":       {"C", longText(kind, zhRune('品', 'm'), 200)},
				"line.spec":       {"D", longText(kind, zhRune('规', 'x'), 200)},
				"line.unit":       {"E", longText(kind, zhRune('件', 'u'), 10)},
				"charge.label":    {"G", longText(kind, zhRune('费', 'f'), 40)},
			}
			in := w.awkward(true, quote.LangZh)
			in.CustomerName, in.CustomerAddress = fields["customerName"].text, fields["customerAddress"].text
			in.ContactName = fields["contactName"].text
			in.PaymentTerms, in.DeliveryTerms = fields["paymentTerms"].text, fields["deliveryTerms"].text
			in.WarrantyTerms, in.Notes = fields["warrantyTerms"].text, fields["notes"].text
			long := &in.Lines[1] // between two other lines: rows after it move
			long.SKU, long.Name, long.Spec, long.Unit = fields["line.sku"].text, fields["line.name"].text, fields["line.spec"].text, fields["line.unit"].text
			in.Charges[0].Label = fields["charge.label"].text
			q := w.create(w.rep, in)

			var pdf bytes.Buffer
			if err := w.svc.ExportPDF(ctx, w.rep, q.ID, &pdf); err != nil {
				t.Errorf("the PDF of the same quote: %v", err)
			}
			var buf bytes.Buffer
			if err := w.svc.ExportXLSX(ctx, w.rep, q.ID, &buf); err != nil {
				t.Fatalf("export: %v", err)
			}
			f, err := excelize.OpenReader(&buf)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			for name, field := range fields {
				if got, want := column(t, f, field.col), squeeze(field.text); !strings.Contains(got, want) {
					t.Errorf("%s: %d characters of %d are in column %s", name, strings.Count(got, string([]rune(want)[0])), len([]rune(want)), field.col)
				}
			}
			total := "J" + strconv.Itoa(rowOf(t, f, "报价单", "G", "合计"))
			if got := minorOf(t, f, "报价单", total); got != q.Totals.Total {
				t.Errorf("total = %d, app says %d", got, q.Totals.Total)
			}
			for i := range q.Lines {
				ref := "J" + strconv.Itoa(rowOf(t, f, "报价单", "A", strconv.Itoa(i+1)))
				if got := minorOf(t, f, "报价单", ref); got != q.Lines[i].Totals.Amount {
					t.Errorf("line %d amount = %d, app says %d", i+1, got, q.Lines[i].Totals.Amount)
				}
			}
		})
	}
}

// column is every cell of col from top to bottom, without white space.
func column(t *testing.T, f *excelize.File, col string) string {
	t.Helper()
	rows, err := f.GetRows("报价单")
	if err != nil {
		t.Fatal(err)
	}
	idx := int(col[0] - 'A')
	var b strings.Builder
	for _, r := range rows {
		if idx < len(r) {
			b.WriteString(squeeze(r[idx]))
		}
	}
	return b.String()
}

func squeeze(s string) string {
	return strings.Join(strings.Fields(s), "")
}
