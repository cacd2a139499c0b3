package demo

// What customers ask after-sales about, by kind: a subject and how the rep
// put it down.
var ticketTopics = map[string][]string{
	"consultation": {"咨询保修期与延保价格", "询问耗材的通用型号", "咨询批量采购的账期", "咨询产品安装场地要求"},
	"repair":       {"设备开机报错 E03", "打印机频繁卡纸", "显示屏偶发黑屏", "电机异响需上门检修"},
	"complaint":    {"到货外箱破损，客户不满", "安装师傅迟到两小时", "发票信息开错，多次催促未改", "配件缺货，交期一再推迟"},
	"return":       {"型号订错，申请退换", "整批颜色与样品不符，要求退货"},
	"other":        {"更换收货地址与联系人", "索要产品合格证与检测报告"},
}

var ticketResolutions = []string{
	"已远程指导客户完成设置，问题解决。",
	"上门更换了故障配件，测试正常。",
	"已补发配件并致歉，客户确认收到。",
	"已重新开具发票并快递寄出。",
	"已安排退换货，新货已签收。",
}

var ticketReplies = []string{
	"已收到，正在安排技术同事跟进。",
	"已电话联系客户了解详细情况。",
	"已约好明天上午上门处理。",
}

// surveyReplies are answers as customers send them back, by score.
var surveyReplies = map[int][]string{
	5: {"5分，处理很及时，非常满意！", "打5分，师傅很专业。", "5，服务很好，会推荐给同行。"},
	4: {"4分吧，整体不错，就是等得有点久。", "4分，解决了，谢谢。"},
	3: {"3分，问题解决了但沟通不太顺畅。", "一般，3分。"},
	2: {"2分，来回折腾了好几次才解决。", "2分，响应太慢了。"},
	1: {"1分，非常不满意，到现在还没彻底解决。"},
}

var followupNotes = []string{
	"已电话致歉并说明改进措施，客户表示理解。",
	"已上门拜访，赠送一次免费保养，客户态度缓和。",
	"与客户确认了后续专人对接，约定下周回访。",
}
