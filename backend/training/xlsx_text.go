package training

import "strings"

// labels are the words an export needs, in one language.
type labels struct {
	matrixSheet, recordsSheet string
	matrixHead                []string // name, level; then courses; then totals
	totals                    []string // done, due, overdue
	recordsHead               []string
	session, roleplay         string
	passed, failed            string
	words                     map[string]string // enum value → word
}

// Sheet names stay within Excel's 31 characters and avoid []:*?/\.
var zhLabels = labels{
	matrixSheet:  "培训矩阵",
	recordsSheet: "培训记录",
	matrixHead:   []string{"姓名", "级别"},
	totals:       []string{"已完成", "待完成", "已逾期"},
	recordsHead:  []string{"日期", "销售", "记录类型", "课程或场景", "课程类别", "讲师或评估人", "方式", "出勤", "成绩", "结果", "学时（小时）"},
	session:      "培训课程",
	roleplay:     "角色扮演演练",
	passed:       "通过",
	failed:       "未通过",
	words: map[string]string{
		"new_hire": "新人", "junior": "初级", "senior": "资深",
		KindProductKnowledge: "产品知识", KindSalesSkills: "销售技巧", KindRolePlay: "角色扮演",
		KindCompliance: "合规", KindMarketTrends: "市场趋势",
		ModeOnSite: "现场", ModeOnline: "线上",
		AttendInvited: "已邀请", AttendPresent: "出席", AttendLate: "迟到", AttendAbsent: "缺席", AttendExcused: "请假",
		StatusDone: "已完成", StatusDue: "待完成", StatusOverdue: "已逾期", StatusNone: "—",
	},
}

var enLabels = labels{
	matrixSheet:  "Training matrix",
	recordsSheet: "Training records",
	matrixHead:   []string{"Name", "Level"},
	totals:       []string{"Done", "Due", "Overdue"},
	recordsHead:  []string{"Date", "Rep", "Record", "Course or scenario", "Course kind", "Trainer or evaluator", "Mode", "Attendance", "Score", "Result", "Hours"},
	session:      "Course session",
	roleplay:     "Role-play practice",
	passed:       "Passed",
	failed:       "Failed",
	words: map[string]string{
		"new_hire": "New hire", "junior": "Junior", "senior": "Senior",
		KindProductKnowledge: "Product knowledge", KindSalesSkills: "Sales skills", KindRolePlay: "Role-play",
		KindCompliance: "Compliance", KindMarketTrends: "Market trends",
		ModeOnSite: "On site", ModeOnline: "Online",
		AttendInvited: "Invited", AttendPresent: "Present", AttendLate: "Late", AttendAbsent: "Absent", AttendExcused: "Excused",
		StatusDone: "Done", StatusDue: "Due", StatusOverdue: "Overdue", StatusNone: "—",
	},
}

// labelsFor picks English for "en…" and Chinese otherwise (the first market).
func labelsFor(lang string) labels {
	if strings.HasPrefix(strings.ToLower(lang), "en") {
		return enLabels
	}
	return zhLabels
}

func (l labels) word(v string) string {
	if w, ok := l.words[v]; ok {
		return w
	}
	return v
}

// ExportFileName names the workbook for people: 培训矩阵_2026-11-27.xlsx.
func ExportFileName(lang, day string) string {
	if strings.HasPrefix(strings.ToLower(lang), "en") {
		return "Training-matrix_" + day + ".xlsx"
	}
	return "培训矩阵_" + day + ".xlsx"
}
