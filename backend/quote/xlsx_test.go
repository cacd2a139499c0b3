package quote_test

import (
	"bytes"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"steady/backend/docs"
	"steady/backend/money"
	"steady/backend/quote"
)

// awkward is a quote whose rounding bites at every step: fractional
// quantities, odd prices, line and quote discounts, two tax rates, charges.
func (w *world) awkward(included bool, lang string) quote.Input {
	in := w.input()
	in.TaxIncluded, in.Language, in.DiscountBP = included, lang, 350
	in.Lines = []quote.LineInput{
		{ProductID: w.printer.ID, QtyMilli: 3000, UnitPriceMinor: 329999, DiscountBP: 125, TaxRateBP: 1300},
		{Name: "网线（超五类）", Spec: "305 米/箱", Unit: "米", QtyMilli: 12345, UnitPriceMinor: 333, DiscountBP: 0, TaxRateBP: 1300},
		{ProductID: w.service.ID, QtyMilli: 1500, UnitPriceMinor: 66667, DiscountBP: 50, TaxRateBP: 600},
		{Name: "配件包", Unit: "套", QtyMilli: 7, UnitPriceMinor: 1, TaxRateBP: 900},
	}
	in.Charges = []quote.Charge{{Label: "运费", AmountMinor: 12050}, {Label: "保险", AmountMinor: 999}}
	return in
}

// rowOf finds the row whose column col reads text.
func rowOf(t *testing.T, f *excelize.File, sheet, col, text string) int {
	t.Helper()
	rows, _ := f.GetRows(sheet)
	for i, r := range rows {
		idx := int(col[0] - 'A')
		if idx < len(r) && strings.HasPrefix(r[idx], text) {
			return i + 1
		}
	}
	t.Fatalf("no row with %q in column %s", text, col)
	return 0
}

// minorOf reads a calculated cell back as minor units.
func minorOf(t *testing.T, f *excelize.File, sheet, ref string) int64 {
	t.Helper()
	if formula, _ := f.GetCellFormula(sheet, ref); formula == "" {
		t.Fatalf("%s holds no formula", ref)
	}
	v, err := f.CalcCellValue(sheet, ref, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatalf("calc %s: %v", ref, err)
	}
	x, err := strconv.ParseFloat(v, 64)
	if err != nil {
		t.Fatalf("%s = %q", ref, v)
	}
	return int64(math.Round(x * 100))
}

func TestXLSXFormulasReproduceTheAppsTotals(t *testing.T) {
	w := newWorld(t)
	for _, c := range []struct {
		name     string
		included bool
		lang     string
		sheet    string
		labels   [4]string // subtotal, discount, tax, total
	}{
		{"included zh", true, quote.LangZh, "报价单", [4]string{"小计", "整单折扣", "其中税额", "合计"}},
		{"added en", false, quote.LangEn, "Quote", [4]string{"Subtotal", "Quote discount", "Tax", "Total"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			q := w.create(w.rep, w.awkward(c.included, c.lang))
			var buf bytes.Buffer
			if err := w.svc.ExportXLSX(ctx, w.rep, q.ID, &buf); err != nil {
				t.Fatal(err)
			}
			f, err := excelize.OpenReader(&buf)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			want := []int64{q.Totals.Subtotal, -q.Totals.Discount, q.Totals.Tax, q.Totals.Total}
			for i, label := range c.labels {
				ref := "J" + strconv.Itoa(rowOf(t, f, c.sheet, "G", label))
				if got := minorOf(t, f, c.sheet, ref); got != want[i] {
					t.Errorf("%s (%s) = %d, app says %d", label, ref, got, want[i])
				}
			}
			for i, l := range q.Lines {
				ref := "J" + strconv.Itoa(13+i)
				if got := minorOf(t, f, c.sheet, ref); got != l.Totals.Amount {
					t.Errorf("line %d amount = %d, app says %d", i+1, got, l.Totals.Amount)
				}
			}
			total := "J" + strconv.Itoa(rowOf(t, f, c.sheet, "G", c.labels[3]))
			if cached, _ := f.GetCellValue(c.sheet, total); cached != docs.Amount(q.Totals.Total, "CNY") {
				t.Errorf("cached total shows %q, want %s", cached, docs.Amount(q.Totals.Total, "CNY"))
			}
			if v, _ := f.GetCellValue(c.sheet, "C14"); v != "网线（超五类）" {
				t.Errorf("Chinese text = %q", v)
			}
			if name, _ := f.GetCellValue(c.sheet, "C1"); name != "上海示例贸易有限公司" {
				t.Errorf("company = %q", name)
			}
			words := "人民币"
			if v, _ := f.GetCellValue(c.sheet, "C"+strconv.Itoa(rowOf(t, f, c.sheet, "G", c.labels[3])+1)); !strings.HasPrefix(v, words) {
				t.Errorf("amount in words = %q", v)
			}
		})
	}
}

func TestXLSXFormulasAreLive(t *testing.T) {
	w := newWorld(t)
	in := w.awkward(true, quote.LangZh)
	q := w.create(w.rep, in)
	var buf bytes.Buffer
	if err := w.svc.ExportXLSX(ctx, w.rep, q.ID, &buf); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	// A purchaser changes the second line to 20.5 m and the quote discount to 4.25 %.
	if err := f.SetCellFloat("报价单", "F14", 20.5, -1, 64); err != nil {
		t.Fatal(err)
	}
	discRow := rowOf(t, f, "报价单", "G", "整单折扣")
	if err := f.SetCellFloat("报价单", "I"+strconv.Itoa(discRow), 0.0425, -1, 64); err != nil {
		t.Fatal(err)
	}
	lines := make([]money.TotalsLine, len(q.Lines))
	for i, l := range q.Lines {
		lines[i] = money.TotalsLine{QtyMilli: l.QtyMilli, PriceMinor: l.UnitPriceMinor, DiscountBP: l.DiscountBP, TaxRateBP: l.TaxRateBP}
	}
	lines[1].QtyMilli = 20500
	want := money.ComputeTotals(money.TotalsInput{Lines: lines, DiscountBP: 425, TaxIncluded: true, Charges: []int64{12050, 999}})
	total := "J" + strconv.Itoa(rowOf(t, f, "报价单", "G", "合计"))
	if got := minorOf(t, f, "报价单", total); got != want.Total || want.Total == q.Totals.Total {
		t.Fatalf("after editing: total %d, money.ComputeTotals says %d (was %d)", got, want.Total, q.Totals.Total)
	}
}

func TestXLSXPageSetupAndDraftBanner(t *testing.T) {
	w := newWorld(t)
	in := w.input()
	in.DiscountBP = 2000 // over a new hire's limit
	q := w.create(w.rep, in)
	var buf bytes.Buffer
	if err := w.svc.ExportXLSX(ctx, w.rep, q.ID, &buf); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if v, _ := f.GetCellValue("报价单", "A4"); v != "草稿 – 待审批" {
		t.Fatalf("banner = %q", v)
	}
	layout, _ := f.GetPageLayout("报价单")
	if layout.Size == nil || *layout.Size != 9 || *layout.Orientation != "portrait" || *layout.FitToWidth != 1 || *layout.FitToHeight != 0 {
		t.Fatalf("page layout %+v", layout)
	}
	panes, _ := f.GetPanes("报价单")
	if !panes.Freeze || panes.YSplit != 12 {
		t.Fatalf("panes %+v", panes)
	}
	titles := false
	for _, n := range f.GetDefinedName() {
		titles = titles || n.Name == "_xlnm.Print_Titles" && strings.HasSuffix(n.RefersTo, "$12:$12")
	}
	if !titles {
		t.Fatalf("no repeated header row: %+v", f.GetDefinedName())
	}
	// Approved, the same quote prints without the banner.
	q, _ = w.svc.Submit(ctx, w.rep, q.ID, q.Version)
	q, _ = w.svc.Approve(ctx, w.manager, q.ID, q.Version, "")
	buf.Reset()
	if err := w.svc.ExportXLSX(ctx, w.rep, q.ID, &buf); err != nil {
		t.Fatal(err)
	}
	g, _ := excelize.OpenReader(&buf)
	defer g.Close()
	if v, _ := g.GetCellValue("报价单", "A4"); v != "" {
		t.Fatalf("approved quote still says %q", v)
	}
}

func TestFileNames(t *testing.T) {
	cases := []struct {
		q    quote.Quote
		ext  string
		want string
	}{
		{quote.Quote{CustomerName: "杭州明远智能科技有限公司", Number: "QT-20261127-7KQ2M-001"}, ".xlsx", "报价单_杭州明远智能科技有限公司_QT-20261127-7KQ2M-001.xlsx"},
		{quote.Quote{Language: quote.LangEn, CustomerName: "ACME <Asia>: R/D?", Number: "QT-1-V2"}, ".pdf", "Quote_ACME Asia R D_QT-1-V2.pdf"},
		{quote.Quote{CustomerName: "  ...  ", Number: "Q1"}, ".xlsx", "报价单_Q1.xlsx"},
	}
	for _, c := range cases {
		if got := quote.FileName(c.q, c.ext); got != c.want {
			t.Errorf("FileName = %q, want %q", got, c.want)
		}
	}
}
