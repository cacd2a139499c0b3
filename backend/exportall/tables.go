package exportall

// sheet is a table people know, and its sheet names. Every column of the
// table is written (a column added later too), except those in hidden.
type sheet struct {
	table      string
	zh, en     string
	orderBy    string // a stable order; "" is by id
	hiddenCols []string
}

// sheets are the tables written, in the order of the workbook: the company
// and its people, then customers, sales, quotes, catalog, service, training,
// appraisal, and the audit trail. A table missing from an older or newer
// database is skipped.
var sheets = []sheet{
	{table: "company", zh: "公司", en: "Company"},
	{table: "users", zh: "用户", en: "Users", hiddenCols: []string{"password_hash"}},
	{table: "customers", zh: "客户", en: "Customers"},
	{table: "contacts", zh: "联系人", en: "Contacts"},
	{table: "activities", zh: "跟进记录", en: "Activities"},
	{table: "revisit_tasks", zh: "回访任务", en: "Revisit tasks"},
	{table: "won_deals", zh: "成交记录", en: "Won deals"},
	{table: "customer_stage_history", zh: "客户阶段变更", en: "Customer stage changes"},
	{table: "customer_owner_history", zh: "客户归属变更", en: "Customer owner changes"},
	{table: "customer_merges", zh: "客户合并", en: "Customer merges"},
	{table: "customer_distinct_pairs", zh: "非重复客户标记", en: "Not duplicates"},
	{table: "customer_sources", zh: "客户来源", en: "Customer sources"},
	{table: "customer_settings", zh: "客户规则", en: "Customer rules"},
	{table: "sales_stages", zh: "销售阶段", en: "Sales stages"},
	{table: "sop_rules", zh: "SOP 规则", en: "SOP rules"},
	{table: "deals", zh: "商机", en: "Deals"},
	{table: "deal_stage_history", zh: "商机阶段变更", en: "Deal stage changes"},
	{table: "sop_tasks", zh: "SOP 任务", en: "SOP tasks"},
	{table: "sales_lost_reasons", zh: "丢单原因", en: "Lost reasons"},
	{table: "quotes", zh: "报价单", en: "Quotes"},
	{table: "quote_lines", zh: "报价明细", en: "Quote lines", orderBy: "quote_id, position, id"},
	{table: "quote_term_templates", zh: "条款模板", en: "Term templates"},
	{table: "discount_limits", zh: "折扣权限", en: "Discount limits"},
	{table: "products", zh: "产品", en: "Products"},
	{table: "price_lists", zh: "价目表", en: "Price lists"},
	{table: "price_list_items", zh: "价目表价格", en: "Price list prices"},
	{table: "exchange_rates", zh: "汇率", en: "Exchange rates"},
	{table: "tickets", zh: "服务工单", en: "Service tickets"},
	{table: "ticket_history", zh: "工单记录", en: "Ticket history"},
	{table: "surveys", zh: "满意度调查", en: "Surveys"},
	{table: "service_followups", zh: "服务回访", en: "Service follow-ups"},
	{table: "service_settings", zh: "服务规则", en: "Service rules"},
	{table: "training_courses", zh: "课程", en: "Courses"},
	{table: "training_materials", zh: "课程资料", en: "Course materials"},
	{table: "training_plans", zh: "培训计划", en: "Training plans"},
	{table: "training_plan_items", zh: "培训计划课程", en: "Training plan courses"},
	{table: "training_assignments", zh: "培训指派", en: "Training assignments"},
	{table: "training_sessions", zh: "培训场次", en: "Training sessions"},
	{table: "training_attendance", zh: "培训出勤", en: "Training attendance"},
	{table: "roleplays", zh: "角色扮演", en: "Role-plays"},
	{table: "roleplay_criteria", zh: "角色扮演评分项", en: "Role-play criteria"},
	{table: "training_tasks", zh: "培训任务", en: "Training tasks"},
	{table: "kpi_templates", zh: "考核模板", en: "Appraisal templates"},
	{table: "kpi_metrics", zh: "考核指标", en: "Appraisal metrics"},
	{table: "appraisal_targets", zh: "考核目标", en: "Appraisal targets"},
	{table: "appraisals", zh: "月度考核", en: "Appraisals"},
	{table: "audit_log", zh: "操作日志", en: "Audit trail", orderBy: "at, id"},
}

// leftOut are the tables that are not the company's own facts, and why:
// a test fails on any other table, so a new table is placed on purpose.
var leftOut = map[string]string{
	"device_prefs":      "this computer's settings, not company data",
	"device_sessions":   "remembered sign-ins: secrets of a device",
	"signin_failures":   "failed sign-in counters",
	"inbox_seen":        "which inbox answers each person has read",
	"customer_tags":     "an index of customers.tags",
	"sales_stage_days":  "totals computed from deal_stage_history",
	"search_docs":       "the search index",
	"search_index":      "the search index",
	"search_index_data": "the search index", "search_index_idx": "the search index",
	"search_index_docsize": "the search index", "search_index_config": "the search index",
	"search_index_content": "the search index",
}

// derivedCols are kept from every table: search keys computed from another
// column of the same row (a phone without spaces, a name in pinyin).
var derivedCols = map[string]bool{
	"phone_norm": true, "name_pinyin": true, "name_initials": true, "birthday_md": true,
}
