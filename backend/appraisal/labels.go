package appraisal

// words are the printed report's texts in one language.
type words struct {
	title, teamTitle, month, rep, level, template, reviewer, status, finalised      string
	metric, weight, target, actual, completion, points, total, grade                string
	noDataNote, rules, chart, trend, selfAssessment, comment, none                  string
	repSign, reviewerSign, date, pageOf, rank, name, distribution, noGrade, prorate string
	metricNames, noData, statuses, levels                                           map[string]string
	linear, steps, stepItem, rubric                                                 string
	colon, listSep, because                                                         string
}

var zhWords = words{
	title: "月度绩效考核表", teamTitle: "团队考核汇总", month: "考核月份", rep: "被考核人", level: "级别",
	template: "考核模板", reviewer: "审核人", status: "状态", finalised: "定稿",
	metric: "指标", weight: "权重", target: "目标", actual: "实际", completion: "完成率", points: "得分",
	total: "加权总分", grade: "等级",
	noDataNote: "无数据的指标不计分，其余指标的权重按比例折算为 100%：", rules: "评分规则", chart: "各指标完成率",
	trend: "近 6 个月总分", selfAssessment: "自我评价", comment: "主管评语", none: "（无）",
	repSign: "被考核人签字", reviewerSign: "审核人签字", date: "日期", pageOf: "第 %d 页 / 共 %s 页",
	rank: "排名", name: "姓名", distribution: "等级分布", noGrade: "无数据",
	prorate: "%s 入职，目标按 %d/%d 个工作日折算",
	metricNames: map[string]string{SalesAmount: "销售额", NewBuyers: "新成交客户数", QuoteWinRate: "报价成交率",
		SOPCompliance: "SOP 执行率", RevisitTimeliness: "回访及时率", TrainingCompletion: "培训完成率", Satisfaction: "客户满意度"},
	noData: map[string]string{NoDataNothingDue: "本月没有可计的记录", NoDataNoTarget: "未设目标",
		NoDataNotBuilt: "本版本尚未统计", NoDataNotScored: "主管尚未评分"},
	statuses: map[string]string{StatusDraft: "草稿", StatusReview: "评审中", StatusFinal: "已定稿"},
	levels:   map[string]string{"new_hire": "新人", "junior": "初级", "senior": "高级"},
	colon:    "：", listSep: "；", because: "%s（%s）",
	linear: "得分 = 完成率，最高 %s 分", steps: "按档计分：", stepItem: "≥%s 得 %s 分", rubric: "主管按 1–5 级评分（每级 20 分）",
}

var enWords = words{
	title: "Monthly appraisal", teamTitle: "Team appraisal summary", month: "Month", rep: "Rep", level: "Level",
	template: "Template", reviewer: "Reviewer", status: "Status", finalised: "Finalised",
	metric: "Metric", weight: "Weight", target: "Target", actual: "Actual", completion: "Completion", points: "Points",
	total: "Weighted total", grade: "Grade",
	noDataNote: "Metrics without data are not scored; the other weights are rescaled to 100%: ", rules: "Scoring rules",
	chart: "Completion by metric", trend: "Total, last 6 months", selfAssessment: "Self-assessment",
	comment: "Manager's comment", none: "(none)", repSign: "Rep's signature", reviewerSign: "Reviewer's signature",
	date: "Date", pageOf: "Page %d of %s", rank: "Rank", name: "Name", distribution: "Grades", noGrade: "No data",
	prorate: "Joined on %s; targets prorated to %d of %d working days",
	metricNames: map[string]string{SalesAmount: "Sales amount", NewBuyers: "New customers won", QuoteWinRate: "Quote win rate",
		SOPCompliance: "SOP compliance", RevisitTimeliness: "Revisit timeliness", TrainingCompletion: "Training completion",
		Satisfaction: "Customer satisfaction"},
	noData: map[string]string{NoDataNothingDue: "nothing to count this month", NoDataNoTarget: "no target set",
		NoDataNotBuilt: "not measured in this version", NoDataNotScored: "not scored yet"},
	statuses: map[string]string{StatusDraft: "Draft", StatusReview: "In review", StatusFinal: "Final"},
	levels:   map[string]string{"new_hire": "New hire", "junior": "Junior", "senior": "Senior"},
	colon:    ": ", listSep: "; ", because: "%s (%s)",
	linear: "points = completion, at most %s", steps: "By steps: ", stepItem: "≥ %s → %s", rubric: "Scored by the manager, levels 1–5 (20 points each)",
}

func wordsFor(lang string) words {
	if lang == "en" {
		return enWords
	}
	return zhWords
}

// metricName is a result's name in the report's language.
func (w words) metricName(r Result) string {
	if r.Code == Manual {
		return r.Name
	}
	return w.metricNames[r.Code]
}
