package sales

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// writeTable writes one table on its sheet, with a header row and widths.
func writeTable(book *excelize.File, st styles, l labels, r report, table string) error {
	sheet := l.sheets[table]
	var err error
	switch table {
	case TableFunnel:
		err = writeFunnel(book, st, l, r.funnel, sheet)
	case TableLostReasons:
		err = writeReasons(book, st, l, r, sheet)
	case TablePipeline:
		err = writePipeline(book, st, l, r.pipeline, sheet)
	case TableTrend:
		err = writeTrend(book, st, l, r.trend, sheet)
	case TableCompliance:
		err = writeCompliance(book, st, l, r, sheet)
	}
	if err != nil {
		return err
	}
	if err := book.SetColWidth(sheet, "A", "A", 22); err != nil {
		return fmt.Errorf("sales: export: %w", err)
	}
	if err := book.SetColWidth(sheet, "B", "J", 15); err != nil {
		return fmt.Errorf("sales: export: %w", err)
	}
	return book.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 2, TopLeftCell: "A3", ActivePane: "bottomLeft"})
}

// heading writes the note row and the header row.
func heading(book *excelize.File, st styles, sheet, note string, head []string) error {
	if err := setRow(book, sheet, 1, []any{note}, st.note); err != nil {
		return err
	}
	return setRow(book, sheet, 2, toAny(head), st.head)
}

func writeFunnel(book *excelize.File, st styles, l labels, f Funnel, sheet string) error {
	if err := heading(book, st, sheet, l.period(f.From, f.To, f.Currency), l.funnelHead); err != nil {
		return err
	}
	row := 3
	for i, s := range f.Stages {
		var conversion any
		if i+1 < len(f.Stages) {
			conversion = ratio(s.ConversionBP)
		}
		values := []any{l.name(s.NameZh, s.NameEn), s.Reached, st.major(s.ReachedAmountMinor), s.Current,
			st.major(s.CurrentAmountMinor), st.major(s.WeightedMinor), conversion, s.Lost, ratio(s.LossBP), s.AvgDays}
		if err := setRow(book, sheet, row, values, 0); err != nil {
			return err
		}
		row++
	}
	total := []any{l.total, f.Deals, nil, f.Open, nil, st.major(f.WeightedMinor), nil, f.Lost, nil, nil}
	if err := setRow(book, sheet, row, total, 0); err != nil {
		return err
	}
	if err := styleColumns(book, sheet, 3, row, st.money, "C", "E", "F"); err != nil {
		return err
	}
	if err := styleColumns(book, sheet, 3, row, st.percent, "G", "I"); err != nil {
		return err
	}
	return styleColumns(book, sheet, 3, row, st.days, "J")
}

func writeReasons(book *excelize.File, st styles, l labels, r report, sheet string) error {
	f := r.funnel
	if err := heading(book, st, sheet, l.period(f.From, f.To, f.Currency), l.reasonHead); err != nil {
		return err
	}
	row := 3
	for _, x := range f.LostReasons {
		stage := r.stageNames[x.StageID]
		reason := l.name(x.NameZh, x.NameEn)
		if reason == "" {
			reason = l.noReason
		}
		if err := setRow(book, sheet, row, []any{l.name(stage[0], stage[1]), reason, x.Count, st.major(x.AmountMinor)}, 0); err != nil {
			return err
		}
		row++
	}
	return styleColumns(book, sheet, 3, row-1, st.money, "D")
}

func writePipeline(book *excelize.File, st styles, l labels, p Pipeline, sheet string) error {
	if err := heading(book, st, sheet, p.Currency, l.pipeHead); err != nil {
		return err
	}
	row := 3
	for _, s := range p.Stages {
		values := []any{l.name(s.NameZh, s.NameEn), ratio(s.ProbabilityBP), s.Count, st.major(s.AmountMinor), st.major(s.WeightedMinor)}
		if err := setRow(book, sheet, row, values, 0); err != nil {
			return err
		}
		row++
	}
	if err := setRow(book, sheet, row, []any{l.total, nil, p.Count, st.major(p.AmountMinor), st.major(p.WeightedMinor)}, 0); err != nil {
		return err
	}
	if err := styleColumns(book, sheet, 3, row, st.percent, "B"); err != nil {
		return err
	}
	return styleColumns(book, sheet, 3, row, st.money, "D", "E")
}

func writeTrend(book *excelize.File, st styles, l labels, t Trend, sheet string) error {
	note := fmt.Sprintf(l.method[t.Method], t.MethodMonths)
	if err := heading(book, st, sheet, note, l.trendHead); err != nil {
		return err
	}
	row := 3
	for _, m := range t.Months {
		label := m.Month
		if m.Partial {
			label += l.partial
		}
		if err := setRow(book, sheet, row, []any{label, st.major(m.WonMinor), m.WonCount}, 0); err != nil {
			return err
		}
		row++
	}
	for _, m := range t.Forecast {
		if err := setRow(book, sheet, row, []any{m.Month + l.forecast, nil, nil, st.major(m.ForecastMinor)}, 0); err != nil {
			return err
		}
		row++
	}
	return styleColumns(book, sheet, 3, row-1, st.money, "B", "D")
}

func writeCompliance(book *excelize.File, st styles, l labels, r report, sheet string) error {
	if err := heading(book, st, sheet, r.month, l.complianceHead); err != nil {
		return err
	}
	for i, c := range r.compliance {
		var rate any = l.noData
		if c.OnTimeBP != nil {
			rate = ratio(*c.OnTimeBP)
		}
		values := []any{c.UserName, c.Due, c.OnTime, c.Late, c.Missed, c.Pending, rate}
		if err := setRow(book, sheet, i+3, values, 0); err != nil {
			return err
		}
	}
	return styleColumns(book, sheet, 3, len(r.compliance)+2, st.percent, "G")
}

func toAny(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}
