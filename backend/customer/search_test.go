package customer

import (
	"context"
	"strings"
	"testing"

	"steady/backend/auth"
)

// searchWorld holds a few customers with the shapes search must handle.
func searchWorld(t *testing.T) (*world, map[string]Customer) {
	t.Helper()
	w := newWorld(t)
	c := map[string]Customer{
		"张三": w.create(w.rep, CustomerInput{Kind: KindPerson, Name: "张三", Phone: "+86 138-0013-8000", Email: "zhangsan@example.cn"}),
		"张三丰": w.create(w.rep, CustomerInput{Name: "张三丰贸易有限公司", Contacts: []ContactInput{
			{Name: "李娜", Phone: "139 1234 5678", Email: "li.na@mingyuan.cn", WeChat: "lina_88", Primary: true}}}),
		"明远":    w.create(w.rep, CustomerInput{Name: "杭州明远智能科技有限公司", Phone: "0571-8765 4321"}),
		"曾小贤":   w.create(w.rep, CustomerInput{Kind: KindPerson, Name: "曾小贤"}),
		"Apple": w.create(w.rep, CustomerInput{Name: "Apple 苹果贸易"}),
		"成都":    w.create(w.rep, CustomerInput{Name: "成都蓉锦办公用品有限公司"}),
		"张伟":    w.create(w.loner, CustomerInput{Kind: KindPerson, Name: "张伟", Phone: "13800008888"}),
	}
	return w, c
}

func names(hits []SearchHit) string {
	var out []string
	for _, h := range hits {
		out = append(out, h.Name)
	}
	return strings.Join(out, ",")
}

func TestSearchFindsChineseNamesEveryWay(t *testing.T) {
	t.Parallel()
	w, _ := searchWorld(t)
	cases := []struct {
		query string
		want  string // names, best first
	}{
		{"zs", "张三,张三丰贸易有限公司"},
		{"zhangsan", "张三,张三丰贸易有限公司"},
		{"ZhangSan", "张三,张三丰贸易有限公司"},
		{"ＺＳ", "张三,张三丰贸易有限公司"},
		{"zhang", "张三,张三丰贸易有限公司"},
		{"张", "张三,张三丰贸易有限公司"},
		{"三", "张三,张三丰贸易有限公司"},
		{"三丰", "张三丰贸易有限公司"},
		{"明远", "杭州明远智能科技有限公司"},
		{"杭州明远智能科技有限公司", "杭州明远智能科技有限公司"},
		{"有限公司", "张三丰贸易有限公司,成都蓉锦办公用品有限公司,杭州明远智能科技有限公司"},
		{"mingyuan", "杭州明远智能科技有限公司,李娜"}, // li.na@mingyuan.cn
		{"hzmy", "杭州明远智能科技有限公司"},
		{"zengxiaoxian", "曾小贤"},
		{"zxx", "曾小贤"},
		{"xiaoxian", "曾小贤"},
		{"chengdu", "成都蓉锦办公用品有限公司"},
		{"apple", "Apple 苹果贸易"},
		{"苹果", "Apple 苹果贸易"},
		{"王五", ""},
		{"   ", ""},
	}
	for _, c := range cases {
		t.Run(c.query, func(t *testing.T) {
			hits, err := w.svc.Search(context.Background(), w.rep, c.query, 10)
			if err != nil {
				t.Fatal(err)
			}
			if got := names(hits); got != c.want {
				t.Fatalf("Search(%q) = %s, want %s", c.query, got, c.want)
			}
		})
	}
}

func TestSearchFindsPhonesEmailsAndContacts(t *testing.T) {
	t.Parallel()
	w, c := searchWorld(t)
	cases := []struct {
		query, name, contactOf, matched string
	}{
		{"8000", "张三", "", "phone"},
		{"138 0013 8000", "张三", "", "phone"},
		{"+86 138-0013", "张三", "", "phone"},
		{"0086 13800138000", "张三", "", "phone"},
		{"0571-8765", "杭州明远智能科技有限公司", "", "phone"},
		{"zhangsan@example.cn", "张三", "", "email"},
		{"li.na@", "李娜", "张三丰", "email"},
		{"mingyuan.cn", "李娜", "张三丰", "email"},
		{"lina_88", "李娜", "张三丰", "wechat"},
		{"李娜", "李娜", "张三丰", "name"},
		{"ln", "李娜", "张三丰", "initials"},
		{"5678", "李娜", "张三丰", "phone"},
	}
	for _, tc := range cases {
		t.Run(tc.query, func(t *testing.T) {
			hits, err := w.svc.Search(context.Background(), w.rep, tc.query, 10)
			if err != nil {
				t.Fatal(err)
			}
			if len(hits) == 0 || hits[0].Name != tc.name || hits[0].Matched != tc.matched {
				t.Fatalf("Search(%q) = %+v, want %s by %s first", tc.query, hits, tc.name, tc.matched)
			}
			if tc.contactOf != "" {
				owner := c[tc.contactOf]
				if hits[0].ContactID == "" || hits[0].CustomerID != owner.ID || hits[0].Company != owner.Name {
					t.Fatalf("contact hit = %+v", hits[0])
				}
			}
		})
	}
}

func TestSearchIsScopedAndFollowsChanges(t *testing.T) {
	t.Parallel()
	w, c := searchWorld(t)
	ctx := context.Background()
	find := func(actor auth.Actor, q string) string {
		t.Helper()
		hits, err := w.svc.Search(ctx, actor, q, 10)
		if err != nil {
			t.Fatal(err)
		}
		return names(hits)
	}
	if got := find(w.rep, "张伟"); got != "" {
		t.Fatalf("a rep finds another rep's customer: %s", got)
	}
	if got := find(w.owner, "张伟"); got != "张伟" {
		t.Fatalf("the owner finds %q", got)
	}
	if got := find(w.manager, "zhangwei"); got != "" {
		t.Fatalf("a manager finds a customer outside the team: %s", got)
	}
	if err := w.svc.Release(ctx, w.loner, c["张伟"].ID, w.get(c["张伟"].ID).Version, "转入公海"); err != nil {
		t.Fatal(err)
	}
	if got := find(w.rep, "zw"); got != "张伟" {
		t.Fatalf("a pool customer is not found by a rep: %q", got)
	}
	z := c["张三"]
	in := CustomerInput{ID: z.ID, Kind: z.Kind, Name: "张四", Phone: "021-5555 6666", Version: z.Version}
	if _, err := w.svc.UpdateCustomer(ctx, w.rep, in); err != nil {
		t.Fatal(err)
	}
	if got := find(w.rep, "0013-8000"); got != "" {
		t.Fatalf("the old phone still finds %s", got)
	}
	if got := find(w.rep, "zhangsi"); got != "张四" {
		t.Fatalf("the new name is not found: %q", got)
	}
	lina := w.get(c["张三丰"].ID).Contacts[0]
	if err := w.svc.DeleteContact(ctx, w.rep, lina.ID, lina.Version); err != nil {
		t.Fatal(err)
	}
	if got := find(w.rep, "李娜"); got != "" {
		t.Fatalf("a deleted contact is found: %s", got)
	}
}

func TestRebuildSearchIndexFindsTheSame(t *testing.T) {
	t.Parallel()
	w, _ := searchWorld(t)
	ctx := context.Background()
	before, _ := w.svc.Search(ctx, w.owner, "zs", 10)
	n, err := w.svc.RebuildSearchIndex(ctx)
	if err != nil || n != 8 { // 7 customers and 1 contact
		t.Fatalf("rebuild = %d, %v", n, err)
	}
	after, _ := w.svc.Search(ctx, w.owner, "zs", 10)
	if names(after) != names(before) || len(after) != 2 {
		t.Fatalf("after rebuild %s, before %s", names(after), names(before))
	}
}

// Whatever is typed, the query sent to the index stays valid.
func TestSearchSurvivesOddInput(t *testing.T) {
	t.Parallel()
	w, _ := searchWorld(t)
	for _, q := range []string{`"`, `*`, `AND`, `OR NOT`, `NEAR(a b)`, `^`, `'`, `张"三`, `a:b`, `{name}`, `(`, `-`, `+86`, `@`, `😀`, "\x00"} {
		if _, err := w.svc.Search(context.Background(), w.rep, q, 0); err != nil {
			t.Errorf("Search(%q) = %v", q, err)
		}
	}
}
