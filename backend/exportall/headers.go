package exportall

import (
	"strings"
	"unicode"
)

// header is a column's name for people. Whole names listed in columns win;
// otherwise the name is put together word by word (so a column added later
// still reads well), with the unit words (minor, bp, milli, …) said as a
// unit in brackets.
func header(col, lang string) string {
	if h, ok := columns[col]; ok {
		return pick(h, lang)
	}
	words := strings.Split(col, "_")
	var unit string
	if u, ok := units[words[len(words)-1]]; ok && len(words) > 1 {
		unit, words = pick(u, lang), words[:len(words)-1]
	}
	parts := make([]string, 0, len(words))
	for _, w := range words {
		parts = append(parts, wordOf(w, lang))
	}
	if lang != "en" {
		return strings.Join(parts, "") + unit
	}
	h := []rune(strings.Join(parts, " ") + unit)
	h[0] = unicode.ToUpper(h[0])
	return string(h)
}

func wordOf(w, lang string) string {
	t, ok := words[w]
	if !ok {
		return w
	}
	if lang == "en" {
		if t[1] != "" {
			return t[1]
		}
		return w
	}
	return t[0]
}

func pick(t [2]string, lang string) string {
	if lang == "en" {
		return t[1]
	}
	return t[0]
}

// units are last words that say how a number is kept.
var units = map[string][2]string{
	"minor": {"（分）", " (cents)"},
	"bp":    {"（基点，1% = 100）", " (basis points, 1% = 100)"},
	"milli": {"（千分之一）", " (thousandths)"},
	"micro": {"（百万分之一）", " (millionths)"},
	"min":   {"（分钟）", " (minutes)"},
	"json":  {"（JSON）", " (JSON)"},
}

// columns are whole column names that read better than their words.
var columns = map[string][2]string{
	"id":               {"编号", "ID"},
	"a_id":             {"客户 A 编号", "Customer A ID"},
	"b_id":             {"客户 B 编号", "Customer B ID"},
	"rfm_r":            {"RFM 近度分", "RFM recency score"},
	"rfm_f":            {"RFM 频度分", "RFM frequency score"},
	"rfm_m":            {"RFM 金额分", "RFM monetary score"},
	"is_primary":       {"主联系人", "Primary contact"},
	"is_default":       {"默认", "Default"},
	"tax_included":     {"含税", "Tax included"},
	"at":               {"时间", "At"},
	"key":              {"键", "Key"},
	"deleted_at":       {"删除时间（空 = 未删除）", "Deleted at (empty: not deleted)"},
	"version":          {"版本", "Version"},
	"seconds_in_from":  {"在原阶段的秒数", "Seconds in the earlier stage"},
	"qty_milli":        {"数量（千分之一）", "Quantity (thousandths)"},
	"data":             {"文件", "File"},
	"logo":             {"Logo 图片", "Logo image"},
	"image":            {"图片", "Image"},
	"last_contact_at":  {"最近联系时间", "Last contact at"},
	"tax_rate_bp":      {"税率（基点，1% = 100）", "Tax rate (basis points, 1% = 100)"},
	"rate_micro":       {"汇率（百万分之一）", "Rate (millionths)"},
	"list_price_minor": {"标价（分）", "List price (cents)"},
	"run_from":         {"计时起点", "Clock runs from"},
}

// words are column words: Chinese, and English where it is not the word
// itself capitalised.
var words = map[string][2]string{
	"a": {"A", "A"}, "b": {"B", "B"}, "c": {"C", "C"}, "f": {"F", "F"}, "m": {"M", "M"}, "r": {"R", "R"},
	"action": {"操作", ""}, "active": {"启用", ""}, "activity": {"跟进记录", ""}, "actor": {"操作人", ""},
	"address": {"地址", ""}, "after": {"之后", ""}, "amount": {"金额", ""}, "anchor": {"起点", ""},
	"answered": {"回答", ""}, "approval": {"审批", ""}, "assessment": {"考核", ""}, "assign": {"指派", ""},
	"assignee": {"负责人", ""}, "at": {"时间", "at"}, "auto": {"自动", ""}, "automatic": {"自动", ""},
	"backdate": {"补录", ""}, "base": {"基础", ""}, "before": {"之前", ""}, "birthday": {"生日", ""},
	"body": {"正文", ""}, "budget": {"预算", ""}, "by": {"人", "by"}, "cap": {"上限", ""},
	"category": {"类别", ""}, "certificate": {"证书", ""}, "change": {"修改", ""}, "channel": {"渠道", ""},
	"charges": {"附加费用", ""}, "checklist": {"检查清单", ""}, "churned": {"流失", ""}, "city": {"城市", ""},
	"claim": {"领取", ""}, "close": {"成交", ""}, "closed": {"关闭", ""}, "code": {"代码", ""},
	"comment": {"评语", ""}, "completed": {"完成", ""}, "computed": {"计算", ""}, "contact": {"联系人", ""},
	"copied": {"复制", ""}, "cost": {"成本", ""}, "country": {"国家", ""}, "course": {"课程", ""},
	"created": {"创建", ""}, "currency": {"币种", ""}, "customer": {"客户", ""}, "data": {"数据", ""},
	"date": {"日期", ""}, "day": {"日", ""}, "days": {"天数", ""}, "deadline": {"截止", ""},
	"deal": {"商机", ""}, "deals": {"单数", ""}, "decision": {"决策", ""}, "default": {"默认", ""},
	"deleted": {"删除", ""}, "delivery": {"交付", ""}, "description": {"描述", ""}, "detail": {"细则", ""},
	"discount": {"折扣", ""}, "done": {"完成", ""}, "dormant": {"沉睡", ""}, "dropped": {"被合并", ""},
	"due": {"到期", ""}, "email": {"邮箱", ""}, "en": {"（英文）", "(English)"}, "end": {"结束", ""},
	"entered": {"进入", ""}, "entity": {"记录", "record"}, "evaluator": {"评估人", ""}, "exempt": {"豁免", ""},
	"expected": {"预计", ""}, "feedback": {"反馈", ""}, "fields": {"字段", ""}, "file": {"文件", ""},
	"finalised": {"定稿", ""}, "floor": {"底价", ""}, "frequent": {"常购", ""}, "from": {"原", ""},
	"getting": {"入门", ""}, "started": {"指引", ""}, "dismissed": {"关闭", ""},
	"goal": {"目标", ""}, "grade": {"等级", ""}, "greeting": {"祝福语", ""}, "hash": {"摘要", ""},
	"held": {"举行", ""}, "high": {"高", ""}, "hire": {"入职", ""}, "hold": {"持有", ""},
	"hours": {"小时", ""}, "id": {"编号", "ID"}, "idle": {"闲置", ""}, "image": {"图片", ""},
	"in": {"", ""}, "include": {"含", ""}, "included": {"含", ""}, "industry": {"行业", ""},
	"is": {"是否", ""}, "issue": {"开具", ""}, "junior": {"初级", ""}, "kept": {"保留", ""},
	"key": {"键", ""}, "kind": {"类型", ""}, "label": {"名称", ""}, "language": {"语言", ""},
	"lapsed": {"久未购买", ""}, "last": {"最近", ""}, "lead": {"提前", ""}, "level": {"级别", ""},
	"levels": {"级别", ""}, "limit": {"上限", ""}, "line": {"行", ""}, "list": {"目录", ""},
	"location": {"地点", ""}, "lock": {"锁定", ""}, "login": {"登录名", ""}, "logo": {"Logo", "Logo"},
	"lost": {"丢单", ""}, "low": {"低", ""}, "maker": {"人", ""}, "manager": {"经理", ""},
	"manual": {"手动", ""}, "mark": {"分数线", ""}, "max": {"最高", ""}, "mid": {"中", ""},
	"mime": {"文件类型", "MIME"}, "minutes": {"分钟", ""}, "mode": {"方式", ""}, "month": {"月份", ""},
	"months": {"月数", ""}, "moved": {"移动的记录", ""}, "must": {"必须", ""}, "name": {"名称", ""},
	"needs": {"需求", ""}, "next": {"下一", ""}, "normal": {"普通", ""}, "note": {"备注", ""},
	"notes": {"备注", ""}, "nps": {"NPS", "NPS"}, "number": {"编号", ""}, "offset": {"偏移", ""},
	"on": {"日期", "on"}, "opened": {"创建", ""}, "ordinary": {"普通", ""}, "outcome": {"结果", ""},
	"owned": {"持有", ""}, "owner": {"负责人", ""}, "pass": {"及格", ""}, "passed": {"通过", ""},
	"password": {"密码", ""}, "payment": {"付款", ""}, "per": {"每", ""}, "phone": {"电话", ""},
	"plan": {"计划", ""}, "pool": {"公海", ""}, "position": {"顺序", ""}, "potential": {"潜力", ""},
	"prefix": {"前缀", ""}, "prev": {"上一", "previous"}, "previous": {"上一版", ""}, "price": {"价格", ""},
	"prices": {"价格", ""}, "primary": {"主要", ""}, "priority": {"优先级", ""}, "probability": {"赢率", ""},
	"product": {"产品", ""}, "products": {"产品", ""}, "purchase": {"购买", ""}, "quote": {"报价单", ""},
	"rate": {"费率", ""}, "reached": {"到达", ""}, "reason": {"原因", ""}, "reasons": {"原因", ""},
	"received": {"收到", ""}, "recent": {"近期", ""}, "recorded": {"记录", ""}, "region": {"区域", ""},
	"rep": {"销售", ""}, "repeat": {"复购", ""}, "reply": {"回复", ""}, "required": {"必需", ""},
	"resolution": {"解决方案", ""}, "resolve": {"解决", ""}, "resolved": {"解决", ""}, "respond": {"响应", ""},
	"responded": {"响应", ""}, "response": {"响应", ""}, "result": {"结果", ""}, "reviewer": {"审核人", ""},
	"revision": {"修订版", ""}, "revisit": {"回访", ""}, "rfm": {"RFM", "RFM"}, "risk": {"风险", ""},
	"role": {"角色", ""}, "roleplay": {"角色扮演", "role-play"}, "root": {"首版", ""}, "rule": {"规则", ""},
	"run": {"计时", ""}, "scenario": {"场景", ""}, "scope": {"范围", ""}, "score": {"分数", ""},
	"scores": {"分数", ""}, "seconds": {"秒数", ""}, "segment": {"分层", ""}, "self": {"自我", ""},
	"senior": {"高级", ""}, "sent": {"发送", ""}, "session": {"场次", ""}, "since": {"起", ""},
	"size": {"大小", ""}, "sku": {"货号", "SKU"}, "source": {"来源", ""}, "spec": {"规格", ""},
	"stage": {"阶段", ""}, "start": {"开始", ""}, "status": {"状态", ""}, "step": {"步", ""},
	"subject": {"主题", ""}, "submitted": {"提交", ""}, "subtotal": {"小计", ""}, "summary": {"摘要", ""},
	"survey": {"调查", ""}, "tags": {"标签", ""}, "target": {"目标", ""}, "tax": {"税", ""},
	"template": {"模板", ""}, "terms": {"条款", ""}, "text": {"文字", ""}, "ticket": {"工单", ""},
	"tier": {"档", ""}, "time": {"时间", ""}, "timeline": {"时间表", ""}, "timezone": {"时区", "time zone"},
	"title": {"标题", ""}, "to": {"新", ""}, "total": {"合计", ""}, "trainer": {"讲师", ""},
	"unit": {"单位", ""}, "until": {"至", ""}, "updated": {"修改", ""}, "urgent": {"紧急", ""},
	"url": {"网址", "URL"}, "used": {"已用", ""}, "user": {"用户", ""}, "valid": {"有效", ""},
	"value": {"值", ""}, "version": {"版本", ""}, "warranty": {"质保", ""}, "website": {"网址", ""}, "wechat": {"微信", "WeChat"},
	"weight": {"权重", ""}, "won": {"赢单", ""}, "work": {"工作", ""}, "zh": {"（中文）", "(Chinese)"},
}
