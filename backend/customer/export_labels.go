package customer

// Words the export prints for codes, as the app shows them (zh-CN and en);
// the import reads them back (import_map.go).
var codeLabels = map[string][2]string{
	KindCompany: {"公司", "Company"}, KindPerson: {"个人", "Person"},

	StageLead: {"线索", "Lead"}, StageProspect: {"潜在", "Prospect"}, StageCustomer: {"成交", "Customer"},
	StageRepeat: {"复购", "Repeat"}, StageDormant: {"沉睡", "Dormant"}, StageChurned: {"流失", "Churned"},

	SegmentHighValue: {"高价值", "High value"}, SegmentPotential: {"潜力", "Potential"},
	SegmentOrdinary: {"普通", "Ordinary"}, SegmentAtRisk: {"流失风险", "At risk"},

	"referral": {"转介绍", "Referral"}, "exhibition": {"展会", "Exhibition"}, "website": {"官网", "Website"},
	"cold_call": {"陌生拜访", "Cold call"}, "channel_partner": {"代理/渠道", "Agent or channel partner"},
	"social_media": {"社交媒体", "Social media"}, "advertising": {"广告", "Advertising"},
	"inbound_call": {"来电咨询", "Inbound call"}, "other": {"其他", "Other"},
}

// label is the word for a code in lang ("en", else Chinese); unknown codes
// print as they are.
func label(code, lang string) string {
	l, ok := codeLabels[code]
	if !ok {
		return code
	}
	if lang == "en" {
		return l[1]
	}
	return l[0]
}

// exportColumns are the columns of the customer workbook. Their headers
// are ones the import recognises, so an exported list imports again; key
// is the import field ("" for columns the import skips).
var exportColumns = []struct {
	key, zh, en string
	width       float64
}{
	{"name", "客户名称", "Name", 30}, {"kind", "客户类型", "Kind", 8}, {"owner", "负责人", "Owner", 10},
	{"stage", "阶段", "Stage", 8}, {"", "分层", "Segment", 10}, {"source", "来源", "Source", 12},
	{"industry", "行业", "Industry", 12}, {"region", "省份", "Region", 10}, {"city", "城市", "City", 10},
	{"country", "国家", "Country", 8}, {"address", "地址", "Address", 36}, {"phone", "电话", "Phone", 16},
	{"email", "邮箱", "Email", 24}, {"wechat", "微信", "WeChat", 14}, {"website", "网址", "Website", 24},
	{"tags", "标签", "Tags", 18},
	{"notes", "备注", "Notes", 30}, {"contactName", "联系人", "Contact", 10}, {"contactTitle", "职位", "Title", 12},
	{"contactPhone", "手机", "Mobile", 16}, {"contactEmail", "联系人邮箱", "Contact email", 24},
	{"", "最近联系", "Last contact", 17}, {"", "创建时间", "Created", 17},
}
