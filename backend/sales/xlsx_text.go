package sales

import (
	"fmt"
	"strings"
)

// labels are the words an export needs, in one language. Sheet names stay
// within Excel's 31 characters and avoid []:*?/\.
type labels struct {
	en                                 bool
	sheets                             map[string]string
	funnelHead, reasonHead, pipeHead   []string
	trendHead, complianceHead          []string
	total, forecast, partial, noReason string
	noData                             string // a rate with nothing to measure
	method                             map[string]string
	period                             func(from, to, currency string) string
}

var zhLabels = labels{
	sheets: map[string]string{TableFunnel: "销售漏斗", TableLostReasons: "输单原因", TablePipeline: "销售管道",
		TableTrend: "销售趋势", TableCompliance: "SOP 执行"},
	funnelHead: []string{"阶段", "到达商机数", "到达金额", "当前商机数", "当前金额", "加权金额", "转化到下一阶段",
		"输单数", "输单率", "平均停留天数"},
	reasonHead:     []string{"输单阶段", "输单原因", "商机数", "金额"},
	pipeHead:       []string{"阶段", "赢单概率", "商机数", "金额", "加权金额"},
	trendHead:      []string{"月份", "赢单金额", "赢单数", "预测金额"},
	complianceHead: []string{"姓名", "到期任务", "按时完成", "逾期完成", "未完成", "未到期", "按时率"},
	total:          "合计",
	forecast:       "（预测）",
	partial:        "（本月至今）",
	noReason:       "未填写",
	noData:         "无数据",
	method: map[string]string{
		MethodLinearTrend:     "预测方法：线性趋势，按最近 %d 个月的最小二乘直线外推",
		MethodWeightedAverage: "预测方法：加权移动平均，最近 %d 个月按 3:2:1 加权",
	},
	period: func(from, to, currency string) string {
		return fmt.Sprintf("统计期间：%s 至 %s（按创建日期）；金额币种：%s", from, to, currency)
	},
}

var enLabels = labels{
	en: true,
	sheets: map[string]string{TableFunnel: "Funnel", TableLostReasons: "Lost reasons", TablePipeline: "Pipeline",
		TableTrend: "Sales trend", TableCompliance: "SOP compliance"},
	funnelHead: []string{"Stage", "Deals reached", "Amount reached", "Deals now", "Amount now", "Weighted",
		"Conversion to next", "Lost", "Loss rate", "Average days"},
	reasonHead:     []string{"Lost in stage", "Reason", "Deals", "Amount"},
	pipeHead:       []string{"Stage", "Win probability", "Deals", "Amount", "Weighted"},
	trendHead:      []string{"Month", "Won amount", "Deals won", "Forecast"},
	complianceHead: []string{"Name", "Due", "On time", "Late", "Missed", "Pending", "On-time rate"},
	total:          "Total",
	forecast:       " (forecast)",
	partial:        " (so far)",
	noReason:       "Not given",
	noData:         "No data",
	method: map[string]string{
		MethodLinearTrend:     "Forecast: linear trend, the least-squares line through the last %d months carried forward",
		MethodWeightedAverage: "Forecast: weighted moving average of the last %d months, weighted 3:2:1",
	},
	period: func(from, to, currency string) string {
		return fmt.Sprintf("Deals created %s to %s; amounts in %s", from, to, currency)
	},
}

// labelsFor picks English for "en…" and Chinese otherwise (the first market).
func labelsFor(lang string) labels {
	if strings.HasPrefix(strings.ToLower(lang), "en") {
		return enLabels
	}
	return zhLabels
}

// name picks the stage or reason name in the export's language, falling
// back to Chinese when no English name was given.
func (l labels) name(zh, en string) string {
	if l.en && en != "" {
		return en
	}
	return zh
}

// ReportFileName names the workbook for people: 销售报表_2026-11-27.xlsx.
func ReportFileName(lang, day string) string {
	if strings.HasPrefix(strings.ToLower(lang), "en") {
		return "Sales-report_" + day + ".xlsx"
	}
	return "销售报表_" + day + ".xlsx"
}
