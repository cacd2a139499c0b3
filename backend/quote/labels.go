package quote

// labels are the words a quote's documents print, in the quote's language.
type labels struct {
	sheet, title, number, issueDate, validUntil              string
	customer, address, contact, phone, email, preparedBy     string
	currency, taxMode, taxIncluded, taxAdded, taxID, tel     string
	cols                                                     [10]string
	subtotal, discount, net, tax, taxWithin, total, words    string
	terms, payment, delivery, warranty, notes                string
	supplier, buyer, signature, date, banner, pageOf, remark string
	colon                                                    string
}

var zhLabels = labels{
	sheet: "报价单", title: "报 价 单", number: "报价单号", issueDate: "报价日期", validUntil: "有效期至",
	customer: "客户名称", address: "地址", contact: "联系人", phone: "电话", email: "邮箱", preparedBy: "报价人",
	currency: "币种", taxMode: "计税方式", taxIncluded: "含税价", taxAdded: "不含税价，税额另计", taxID: "税号", tel: "电话",
	cols:     [10]string{"序号", "产品编号", "名称", "规格型号", "单位", "数量", "单价", "折扣", "税率", "金额"},
	subtotal: "小计", discount: "整单折扣", net: "不含税金额", tax: "税额", taxWithin: "其中税额", total: "合计",
	words: "大写金额", terms: "条款", payment: "付款方式", delivery: "交货方式", warranty: "质保条款", notes: "备注",
	supplier: "供方（盖章）", buyer: "需方确认（盖章）", signature: "签字", date: "日期",
	colon: "：", banner: "草稿 – 待审批", pageOf: "第 %d 页 / 共 %s 页",
	remark: "本报价单金额已按行四舍五入至分；如有疑问请联系报价人。",
}

var enLabels = labels{
	sheet: "Quote", title: "QUOTATION", number: "Quote No.", issueDate: "Date", validUntil: "Valid until",
	customer: "Customer", address: "Address", contact: "Contact", phone: "Phone", email: "Email", preparedBy: "Prepared by",
	currency: "Currency", taxMode: "Tax", taxIncluded: "Prices include tax", taxAdded: "Tax added to prices", taxID: "Tax ID", tel: "Tel",
	cols:     [10]string{"No.", "Item code", "Description", "Specification", "Unit", "Qty", "Unit price", "Disc.", "Tax", "Amount"},
	subtotal: "Subtotal", discount: "Quote discount", net: "Net amount", tax: "Tax", taxWithin: "Incl. tax", total: "Total",
	words: "Amount in words", terms: "Terms", payment: "Payment", delivery: "Delivery", warranty: "Warranty", notes: "Notes",
	supplier: "Supplier (stamp)", buyer: "Accepted by customer (stamp)", signature: "Signature", date: "Date",
	colon: ": ", banner: "Draft – pending approval", pageOf: "Page %d of %s",
	remark: "Amounts are rounded to the cent line by line; please contact us with any questions.",
}

func labelsFor(lang string) labels {
	if lang == LangEn {
		return enLabels
	}
	return zhLabels
}
