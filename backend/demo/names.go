package demo

import "math/rand/v2"

// Common surnames and given-name characters, weighted by how often they
// appear, so that generated people read like a real Chinese team.
var surnames = []string{
	"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",
	"郭", "何", "林", "罗", "高", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹",
}

var givenChars = []string{
	"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
	"明", "超", "秀", "霞", "平", "刚", "桂", "英", "华", "玉", "辉", "鹏", "晨", "宇", "欣",
	"婷", "浩", "博", "凯", "琳", "颖", "思", "雪", "志", "建", "文", "国", "海", "佳", "子",
}

// personName returns a two- or three-character name.
func personName(r *rand.Rand) string {
	name := surnames[r.IntN(len(surnames))] + givenChars[r.IntN(len(givenChars))]
	if r.IntN(10) < 7 {
		name += givenChars[r.IntN(len(givenChars))]
	}
	return name
}

type companyProfile struct {
	name, address, phone string
}

var companies = []companyProfile{
	{"杭州明远智能科技有限公司", "浙江省杭州市西湖区文三路 478 号华星时代广场 A 座 1203 室", "0571-8765 4321"},
	{"苏州恒信工业设备有限公司", "江苏省苏州市工业园区星湖街 328 号创意产业园 6 栋 302", "0512-6288 1357"},
	{"成都蓉锦办公用品有限公司", "四川省成都市高新区天府大道中段 1388 号美年广场 C 座 907", "028-8519 2468"},
	{"广州粤海包装材料有限公司", "广东省广州市番禺区市桥街兴业大道 36 号 3 楼", "020-3482 6690"},
}
