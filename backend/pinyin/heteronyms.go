package pinyin

// usualInNames fixes characters whose first dictionary reading is not the
// one names and places use (成都 is chengdu, not chengdou).
var usualInNames = map[rune]string{
	'都': "du",
	'长': "chang",
	'厦': "xia",
	'藏': "zang",
	'柏': "bai",
	'石': "shi",
}

// phrases are two-character words read differently from their characters
// alone; they are common in company and place names.
var phrases = map[string][2]string{
	"重庆": {"chong", "qing"},
	"银行": {"yin", "hang"},
	"行业": {"hang", "ye"},
	"商行": {"shang", "hang"},
	"车行": {"che", "hang"},
	"音乐": {"yin", "yue"},
	"乐器": {"yue", "qi"},
	"事长": {"shi", "zhang"},
	"会长": {"hui", "zhang"},
	"厂长": {"chang", "zhang"},
	"行长": {"hang", "zhang"},
}

// phrase returns the readings of the two characters at runes[i:] when they
// form one of the phrases.
func phrase(runes []rune, i int) ([]string, bool) {
	if i+1 >= len(runes) {
		return nil, false
	}
	p, ok := phrases[string(runes[i:i+2])]
	if !ok {
		return nil, false
	}
	return []string{p[0], p[1]}, true
}

// surnames read differently at the start of a person's name.
var surnames = map[rune]string{
	'曾': "zeng",
	'单': "shan",
	'解': "xie",
	'查': "zha",
	'仇': "qiu",
	'区': "ou",
	'朴': "piao",
	'覃': "qin",
	'翟': "zhai",
	'盖': "ge",
	'缪': "miao",
	'乐': "yue",
	'任': "ren",
	'召': "shao",
	'秘': "bi",
	'尉': "yu",
}
