package customer

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// crmHeaders are the headers other CRMs' exports use for the fields, folded
// by foldHeader, beyond the usual words importFields lists: a business
// switching to Steady maps nothing by hand. Their prefixes ("Billing",
// "Account") are what set them apart from a plain list.
var crmHeaders = map[string]string{
	// Zoho CRM accounts and Salesforce accounts
	"accountowner": "owner", "billingstreet": "address", "billingcity": "city", "billingstate": "region",
	"billingstateprovince": "region", "billingcode": "zip", "billingzippostalcode": "zip", "billingzip": "zip",
	"billingpostalcode": "zip", "billingcountry": "country", "accountphone": "phone", "accountsource": "source",
	// HubSpot companies
	"companyowner": "owner", "stateregion": "region", "countryregion": "country", "streetaddress": "address",
	"postalcodezip": "zip", "originalsource": "source",
	// Fxiaoke 客户 (the rest are ordinary Chinese headers)
	"省市区": "region", "详细地址信息": "address",
}

// crmSignatures name an export by headers only it carries (folded), so the
// preview can say whose export it read.
var crmSignatures = []struct {
	name    string
	headers []string
}{
	{"zoho", []string{"accountowner", "accountname", "billingcode"}},
	{"salesforce", []string{"accountowner", "accountname", "billingzippostalcode"}},
	{"salesforce", []string{"accountowner", "accountname", "billingstateprovince"}},
	{"hubspot", []string{"companyname", "companyowner"}},
	{"fxiaoke", []string{"客户名称", "负责人", "客户级别"}},
}

// detectCRM names the CRM whose export has these headers ("" for none).
func detectCRM(headers []string) string {
	folded := make([]string, len(headers))
	for i, h := range headers {
		folded[i] = foldHeader(h)
	}
	for _, sig := range crmSignatures {
		all := true
		for _, h := range sig.headers {
			all = all && slices.Contains(folded, h)
		}
		if all {
			return sig.name
		}
	}
	return ""
}

// ignoredHeaders are the headers of the columns no field takes, so the
// preview can say what will not be imported.
func ignoredHeaders(headers, mapping []string) []string {
	out := []string{}
	for i, h := range headers {
		if strings.TrimSpace(h) != "" && (i >= len(mapping) || mapping[i] == "") {
			out = append(out, h)
		}
	}
	return out
}

// levelWords are the account types and customer levels other CRMs export
// whose meaning in Steady is clear: a lifecycle stage a customer may start
// in, or its kind. Levels such as A/B/C or 重要客户 are not segments here
// (segments follow from purchases, recomputed on every device), so they
// become tags.
var levelWords = map[string][2]string{ // folded cell: {field, code}
	"customer": {"stage", StageCustomer}, "customerdirect": {"stage", StageCustomer},
	"customerchannel": {"stage", StageCustomer}, "客户": {"stage", StageCustomer}, "成交客户": {"stage", StageCustomer},
	"已成交客户": {"stage", StageCustomer}, "正式客户": {"stage", StageCustomer}, "签约客户": {"stage", StageCustomer},
	"prospect": {"stage", StageProspect}, "潜在客户": {"stage", StageProspect}, "意向客户": {"stage", StageProspect},
	"lead": {"stage", StageLead}, "线索": {"stage", StageLead},
	"公司": {"kind", KindCompany}, "企业": {"kind", KindCompany}, "企业客户": {"kind", KindCompany},
	"个人": {"kind", KindPerson}, "个人客户": {"kind", KindPerson}, "individual": {"kind", KindPerson},
}

// readLevel applies a type or level cell: to the stage or kind when the
// word is clear and the row has no column of its own for it, else as a
// tag (or, too long for a tag, a line of the notes).
func (rec *importRecord) readLevel(cell string) {
	cell = strings.TrimSpace(cell)
	if cell == "" {
		return
	}
	if m, ok := levelWords[foldHeader(cell)]; ok && !rec.set[m[0]] {
		switch m[0] {
		case "stage":
			rec.in.Stage = m[1]
		case "kind":
			rec.in.Kind = m[1]
		}
		rec.mapped++
		return
	}
	if utf8.RuneCountInString(cell) <= maxTag {
		rec.extraTags = append(rec.extraTags, cell)
		return
	}
	rec.notes = append(rec.notes, fieldLabel("level", "zh")+"："+cell)
}

// joinAddress puts a district before the street address and a postal code
// after it, unless the address already holds them (Fxiaoke's 详细地址 often
// repeats the district).
func joinAddress(district, address, zip string) string {
	district, address, zip = strings.TrimSpace(district), strings.TrimSpace(address), strings.TrimSpace(zip)
	if district != "" && !strings.Contains(address, district) {
		address = district + address
	}
	if zip != "" && !strings.Contains(address, zip) {
		address = strings.TrimSpace(address + " " + zip)
	}
	return address
}

// Lines the import adds to a new customer's notes for what the old system
// knew but Steady keeps elsewhere or not at all. They are written on
// creation only: a customer already on file keeps its owner, and its
// created time is its own.
func ownerNote(cell string) string   { return "原负责人：" + cell }
func createdNote(cell string) string { return "原系统创建时间：" + cell }

// withTags appends the extra tags tags does not hold yet.
func withTags(tags, extra []string) []string {
	out := slices.Clone(tags)
	for _, t := range extra {
		if !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// provenance are the lines of notes an import wrote from the old system
// (ownerNote, createdNote), which a later import replacing the notes keeps.
func provenance(notes string) []string {
	var out []string
	for _, l := range strings.Split(notes, "\n") {
		if strings.HasPrefix(l, ownerNote("")) || strings.HasPrefix(l, createdNote("")) {
			out = append(out, l)
		}
	}
	return out
}
