package customer

import (
	"fmt"
	"regexp"
	"strings"

	"steady/backend/apperr"
	"steady/backend/pinyin"
)

// ImportField is a target a column of an import file can map to.
type ImportField struct {
	Key      string `json:"key"`
	Zh       string `json:"zh"`
	En       string `json:"en"`
	Required bool   `json:"required"`
}

// importFields lists the targets with the headers that name them, most
// usual first. Headers are compared after foldHeader.
var importFields = []struct {
	ImportField
	aliases []string
}{
	{ImportField{"name", "客户名称", "Name", true}, []string{"客户名称", "客户名", "客户", "公司名称", "公司", "企业名称", "企业",
		"单位名称", "单位", "名称", "客户姓名", "name", "customer", "customername", "company", "companyname", "account",
		"accountname", "organization", "organisation"}},
	// a bare English "Type" is Salesforce's account type (Customer,
	// Prospect, Partner…), read as a level; 类型 is the kind
	{ImportField{"kind", "客户类型", "Kind", false}, []string{"客户类型", "类型", "客户性质", "kind", "customertype"}},
	{ImportField{"level", "客户级别", "Type / level", false}, []string{"客户级别", "客户等级", "级别", "等级", "客户分级",
		"level", "type", "accounttype", "companytype", "rating", "tier"}},
	{ImportField{"stage", "阶段", "Stage", false}, []string{"阶段", "客户阶段", "生命周期", "客户状态", "stage", "lifecycle",
		"lifecyclestage"}},
	{ImportField{"owner", "负责人", "Owner", false}, []string{"负责人", "归属人", "所属销售", "销售", "销售员", "业务员", "跟进人",
		"owner", "salesrep", "salesperson", "rep"}},
	{ImportField{"source", "来源", "Source", false}, []string{"来源", "客户来源", "来源渠道", "渠道", "获客渠道", "source",
		"channel", "leadsource"}},
	{ImportField{"industry", "行业", "Industry", false}, []string{"行业", "所属行业", "industry", "sector"}},
	{ImportField{"region", "省份", "Region", false}, []string{"省份", "省", "地区", "区域", "所在地区", "region", "province", "state"}},
	{ImportField{"city", "城市", "City", false}, []string{"城市", "所在城市", "市", "city", "town"}},
	{ImportField{"country", "国家", "Country", false}, []string{"国家", "国家地区", "country"}},
	{ImportField{"district", "区县", "District", false}, []string{"区", "区县", "县区", "县", "district", "county"}},
	{ImportField{"address", "地址", "Address", false}, []string{"地址", "详细地址", "公司地址", "通讯地址", "联系地址",
		"address", "street"}},
	{ImportField{"zip", "邮编", "Postal code", false}, []string{"邮编", "邮政编码", "zip", "zipcode", "postcode",
		"postalcode"}},
	{ImportField{"phone", "电话", "Phone", false}, []string{"电话", "联系电话", "公司电话", "座机", "固话", "电话号码",
		"phone", "tel", "telephone", "phonenumber"}},
	{ImportField{"email", "邮箱", "Email", false}, []string{"邮箱", "电子邮箱", "电子邮件", "邮件", "邮箱地址", "email",
		"mail", "emailaddress"}},
	{ImportField{"wechat", "微信", "WeChat", false}, []string{"微信", "微信号", "wechat", "weixin", "wechatid"}},
	{ImportField{"website", "网址", "Website", false}, []string{"网址", "网站", "官网", "公司网址", "公司网站", "主页",
		"website", "websiteurl", "url", "homepage", "web"}},
	{ImportField{"tags", "标签", "Tags", false}, []string{"标签", "客户标签", "tags", "tag", "labels"}},
	{ImportField{"createdAt", "原系统创建时间", "Created (old system)", false}, []string{"创建时间", "创建日期",
		"录入时间", "createdtime", "createdate", "createddate", "datecreated", "createdon"}},
	{ImportField{"notes", "备注", "Notes", false}, []string{"备注", "说明", "描述", "notes", "note", "remark",
		"remarks", "comment", "comments", "description"}},
	{ImportField{"contactName", "联系人", "Contact", false}, []string{"联系人", "联系人姓名", "联系人名称", "姓名",
		"contact", "contactname", "contactperson"}},
	{ImportField{"contactTitle", "职位", "Title", false}, []string{"职位", "职务", "岗位", "头衔", "联系人职位", "title",
		"jobtitle", "position"}},
	{ImportField{"contactPhone", "手机", "Mobile", false}, []string{"手机", "手机号", "手机号码", "移动电话", "联系人电话",
		"联系人手机", "mobile", "cell", "cellphone", "mobilephone", "contactphone"}},
	{ImportField{"contactEmail", "联系人邮箱", "Contact email", false}, []string{"联系人邮箱", "联系人邮件", "contactemail"}},
	{ImportField{"contactWechat", "联系人微信", "Contact WeChat", false}, []string{"联系人微信", "contactwechat"}},
	{ImportField{"contactBirthday", "生日", "Birthday", false}, []string{"生日", "出生日期", "联系人生日", "birthday",
		"dateofbirth", "dob", "birthdate"}},
}

// ImportFields lists what a column can map to, for the mapping form.
func ImportFields() []ImportField {
	out := make([]ImportField, len(importFields))
	for i, f := range importFields {
		out[i] = f.ImportField
	}
	return out
}

// fieldLabel is a field's header in the language ("en" or Chinese).
func fieldLabel(key, lang string) string {
	for _, f := range importFields {
		if f.Key == key {
			if lang == "en" {
				return f.En
			}
			return f.Zh
		}
	}
	return key
}

// headerNoise is what headers carry besides their name: required marks,
// bracketed hints ("电话（座机）"), spaces and punctuation.
var headerNoise = regexp.MustCompile(`[（(【\[].*?[)）】\]]|[\s*＊:：_\-/.·]`)

func foldHeader(h string) string {
	return strings.ToLower(headerNoise.ReplaceAllString(pinyin.Fold(strings.TrimSpace(h)), ""))
}

// GuessMapping names the field of each column from its header ("" where
// nothing fits); each field goes to its first column only. A mobile column
// without a contact name column is the customer's phone.
func GuessMapping(headers []string) []string {
	mapping := make([]string, len(headers))
	taken := map[string]int{}
	for i, h := range headers {
		key := fieldOfHeader(foldHeader(h))
		if _, dup := taken[key]; key == "" || dup {
			continue
		}
		mapping[i], taken[key] = key, i
	}
	_, hasContact := taken["contactName"]
	_, hasPhone := taken["phone"]
	if at, ok := taken["contactPhone"]; ok && !hasContact && !hasPhone {
		mapping[at] = "phone"
	}
	return mapping
}

func fieldOfHeader(h string) string {
	if h == "" {
		return ""
	}
	for _, f := range importFields {
		for _, a := range f.aliases {
			if h == a {
				return f.Key
			}
		}
	}
	return crmHeaders[h]
}

// checkMapping completes a mapping sent by the form (nil: guess) to one
// entry per column and refuses unknown or repeated fields and a mapping
// without the customer's name.
func checkMapping(headers, mapping []string) ([]string, error) {
	if mapping == nil {
		mapping = GuessMapping(headers)
	}
	out := make([]string, len(headers))
	copy(out, mapping)
	var v apperr.Validation
	seen := map[string]bool{}
	for i, key := range out {
		key = strings.TrimSpace(key)
		out[i] = key
		switch {
		case key == "":
		case !isImportField(key):
			v.Add(fmt.Sprintf("mapping.%d", i), "validation.invalidChoice", nil)
		case seen[key]:
			v.Add(fmt.Sprintf("mapping.%d", i), "validation.duplicate", nil)
		}
		seen[key] = true
	}
	if !seen["name"] {
		v.Add("mapping", "validation.missingColumns", map[string]any{"columns": "客户名称 / Name"})
	}
	return out, v.Err()
}

func isImportField(key string) bool {
	for _, f := range importFields {
		if f.Key == key {
			return true
		}
	}
	return false
}

// Words people type for kinds, stages and sources, folded by foldHeader.
var (
	kindWords = map[string]string{
		"公司": KindCompany, "企业": KindCompany, "单位": KindCompany, "机构": KindCompany, "企业客户": KindCompany,
		"company": KindCompany, "business": KindCompany, "organization": KindCompany, "org": KindCompany,
		"个人": KindPerson, "自然人": KindPerson, "个人客户": KindPerson, "person": KindPerson,
		"individual": KindPerson, "personal": KindPerson,
	}
	stageWords = map[string]string{
		"线索": StageLead, "潜在": StageProspect, "潜在客户": StageProspect, "意向客户": StageProspect,
		"成交": StageCustomer, "成交客户": StageCustomer, "已成交": StageCustomer, "复购": StageRepeat,
		"复购客户": StageRepeat, "沉睡": StageDormant, "沉睡客户": StageDormant, "流失": StageChurned,
		"流失客户": StageChurned, "已流失": StageChurned,
	}
	sourceWords = map[string]string{
		"转介绍": "referral", "介绍": "referral", "推荐": "referral", "老客户介绍": "referral", "客户介绍": "referral",
		"展会": "exhibition", "会展": "exhibition", "官网": "website", "网站": "website", "网络": "website",
		"陌拜": "cold_call", "陌生拜访": "cold_call", "电话陌拜": "cold_call", "电销": "cold_call", "陌生电话": "cold_call",
		"代理": "channel_partner", "代理商": "channel_partner", "渠道": "channel_partner", "渠道伙伴": "channel_partner",
		"经销商": "channel_partner", "渠道合作": "channel_partner", "代理渠道": "channel_partner",
		"agentorchannelpartner": "channel_partner", "来电咨询": "inbound_call", "社交媒体": "social_media", "抖音": "social_media",
		"小红书": "social_media", "微博": "social_media", "微信": "social_media", "广告": "advertising",
		"广告投放": "advertising", "来电": "inbound_call", "客户来电": "inbound_call", "呼入": "inbound_call",
		"其他": "other", "其它": "other", "coldcall": "cold_call", "channelpartner": "channel_partner",
		"partner": "channel_partner", "agent": "channel_partner", "socialmedia": "social_media",
		"inboundcall": "inbound_call", "ads": "advertising", "ad": "advertising",
	}
)

// wordOf reads a cell as one of the codes (as is, or a word for it); ok is
// false when the cell says something else. An empty cell gives def.
func wordOf(cell string, words map[string]string, def string, codes ...string) (string, bool) {
	w := foldHeader(cell)
	if w == "" {
		return def, true
	}
	for _, c := range codes {
		if w == strings.ReplaceAll(c, "_", "") {
			return c, true
		}
	}
	code, ok := words[w]
	return code, ok
}
