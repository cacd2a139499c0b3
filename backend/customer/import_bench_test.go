package customer

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
)

// Budget (issue 3): importing 10,000 rows under 5 s. Run:
// go test -tags sqlite_fts5 -run '^$' -bench Import -benchtime 3x ./backend/customer/

// importBenchCSV is n rows of companies with a contact each; every tenth
// row repeats an earlier one's mobile (an update) and every fiftieth has a
// bad e-mail (a refusal).
func importBenchCSV(n int) string {
	r := rand.New(rand.NewPCG(1, 2))
	cities := []string{"杭州", "苏州", "上海", "成都", "广州", "北京", "武汉", "西安"}
	words := []string{"明远", "恒信", "蓉锦", "粤海", "华创", "博达", "启航", "新锐", "嘉禾", "瑞丰", "金桥", "天成"}
	trades := []string{"智能科技", "工业设备", "办公用品", "包装材料", "电子", "物流", "贸易", "建材"}
	var b strings.Builder
	b.WriteString("客户名称,联系人,职位,手机,邮箱,城市,来源,行业,标签,备注\n")
	for i := range n {
		mobile := fmt.Sprintf("13%d%08d", r.IntN(10), i)
		if i%10 == 9 {
			mobile = fmt.Sprintf("13%d%08d", 0, i-5) // not always an earlier row's: some create
		}
		email := fmt.Sprintf("contact%d@example%d.cn", i, i%97)
		if i%50 == 49 {
			email = "not-an-email"
		}
		city := cities[r.IntN(len(cities))]
		fmt.Fprintf(&b, "%s%s%s有限公司%d,%s%s,采购经理,%s,%s,%s,展会,制造业,重点;%s,第 %d 行\n",
			city, words[r.IntN(len(words))], trades[r.IntN(len(trades))], i, []string{"王", "李", "张", "刘"}[r.IntN(4)],
			[]string{"伟", "芳", "娜", "强", "静"}[r.IntN(5)], mobile, email, city, city, i)
	}
	return b.String()
}

func BenchmarkImport10k(b *testing.B) {
	tbl, err := ReadCSV(strings.NewReader(importBenchCSV(10_000)))
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		w := newWorld(b)
		b.StartTimer()
		sum, err := w.svc.Import(context.Background(), w.rep, tbl, ImportOptions{}, nil)
		if err != nil {
			b.Fatal(err)
		}
		if sum.Created < 9_000 || len(sum.Rejected) != 200 {
			b.Fatalf("summary: created %d, updated %d, rejected %d", sum.Created, sum.Updated, len(sum.Rejected))
		}
	}
}

// BenchmarkReadCSV100k reads the largest file an import takes: the encoding
// pass and the row pass over 100,000 rows, from a file as the app reads it.
func BenchmarkReadCSV100k(b *testing.B) {
	path := b.TempDir() + "/客户.csv"
	if err := os.WriteFile(path, []byte(importBenchCSV(100_000)), 0o600); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		tbl, err := ReadImportFile("客户.csv", f)
		f.Close()
		if err != nil || len(tbl.Rows) != 100_000 {
			b.Fatalf("%d rows, %v", len(tbl.Rows), err)
		}
	}
}
