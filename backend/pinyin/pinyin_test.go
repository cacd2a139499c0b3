package pinyin

import (
	"strings"
	"testing"
)

func TestSyllablesAndInitials(t *testing.T) {
	cases := []struct {
		in, full, initials string
	}{
		{"张三", "zhangsan", "zs"},
		{"成都蓉锦办公用品有限公司", "chengdurongjinbangongyongpinyouxiangongsi", "cdrjbgypyxgs"},
		{"重庆银行", "chongqingyinhang", "cqyh"},
		{"ABC 贸易", "abcmaoyi", "amy"},
		{"３Ｍ中国", "3mzhongguo", "3zg"},
		{"", "", ""},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			s := Syllables(c.in)
			if got := Join(s); got != c.full {
				t.Errorf("Join = %q, want %q", got, c.full)
			}
			if got := Initials(s); got != c.initials {
				t.Errorf("Initials = %q, want %q", got, c.initials)
			}
		})
	}
}

func TestReadingsAddSurnameReading(t *testing.T) {
	got := Readings("曾小贤")
	if len(got) != 2 || Join(got[0]) != "cengxiaoxian" || Join(got[1]) != "zengxiaoxian" {
		t.Fatalf("Readings(曾小贤) = %v", got)
	}
	if got := Readings("张三"); len(got) != 1 {
		t.Fatalf("Readings(张三) = %v, want one reading", got)
	}
}

func TestFold(t *testing.T) {
	if got := Fold("ＺＳ１３８"); got != "zs138" {
		t.Fatalf("Fold = %q", got)
	}
	if !strings.EqualFold(Fold("Li.Na@Example.CN"), "li.na@example.cn") {
		t.Fatal("fold should lower-case")
	}
}
