package customer

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

func TestNameKeyCutsLegalFormsAndTheCustomersCity(t *testing.T) {
	t.Parallel()
	cases := []struct{ name, city, want string }{
		{"杭州明远智能科技有限公司", "杭州", "明远智能科技"},
		{"明远智能科技", "杭州", "明远智能科技"},
		{"杭州市明远智能科技有限责任公司", "杭州市", "明远智能科技"},
		{"上海明远智能科技股份有限公司", "", "上海明远智能科技"},
		{"明远集团有限公司（杭州分公司）", "", "明远"},
		{"ＡＣＭＥ Trading Co., Ltd.", "", "acmetrading"},
		{"Acme Trading Ltd", "", "acmetrading"},
		{"Zinc Corp.", "", "zinc"},
		{"有限公司", "", "有限"}, // never empty
	}
	for _, c := range cases {
		if got := nameKey(c.name, c.city); got != c.want {
			t.Errorf("nameKey(%q, %q) = %q, want %q", c.name, c.city, got, c.want)
		}
	}
}

func TestOneEditApart(t *testing.T) {
	t.Parallel()
	cases := []struct {
		a, b string
		want bool
	}{
		{"恒信工业设备", "恒兴工业设备", true}, {"恒信工业设备", "恒信工业设", true}, {"恒信工业设备", "恒信工业设备", true},
		{"恒信工业设备", "恒兴工业装备", false}, {"明远", "明远智能", false}, {"abc", "acb", false}, {"", "a", true},
	}
	for _, c := range cases {
		if got := oneEditApart(c.a, c.b); got != c.want {
			t.Errorf("oneEditApart(%q, %q) = %v", c.a, c.b, got)
		}
	}
}

func pairNames(pairs []DuplicatePair) string {
	var out []string
	for _, p := range pairs {
		out = append(out, fmt.Sprintf("%s+%s:%s", p.A.Name, p.B.Name, strings.Join(p.Reasons, ",")))
	}
	return strings.Join(out, " ")
}

func TestDuplicatesFindsLikelyPairsInScope(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	w.create(w.rep, CustomerInput{Name: "杭州明远智能科技有限公司", City: "杭州", Phone: "0571-8765 4321",
		Contacts: []ContactInput{{Name: "李娜", Phone: "138 0013 8000", Primary: true}}})
	w.create(w.rep2, CustomerInput{Name: "明远智能科技", City: "杭州",
		Contacts: []ContactInput{{Name: "李娜", Phone: "+86 138-0013-8000"}}})
	w.create(w.rep2, CustomerInput{Name: "上海明远智能科技有限公司", City: "上海"})
	w.create(w.rep, CustomerInput{Name: "苏州恒信工业设备有限公司", City: "苏州", Email: "sales@hengxin.cn"})
	w.create(w.rep, CustomerInput{Name: "苏州恒兴工业设备有限公司", City: "苏州"})
	w.create(w.rep2, CustomerInput{Kind: KindPerson, Name: "王伟", Email: "SALES@hengxin.cn"})
	w.create(w.rep, CustomerInput{Kind: KindPerson, Name: "王芳", City: "杭州"})
	w.create(w.rep2, CustomerInput{Kind: KindPerson, Name: "王芳", City: "杭州"})
	w.create(w.loner, CustomerInput{Name: "明远科技", Phone: "0571 87654321"})
	for i := range maxSharedKey + 1 { // a switchboard number many share is no sign
		w.create(w.owner, CustomerInput{Name: fmt.Sprintf("渠道客户%02d号", i), Phone: "400-800-8888"})
	}

	pairs, err := w.svc.Duplicates(ctx, w.manager, 0)
	if err != nil {
		t.Fatal(err)
	}
	want := "杭州明远智能科技有限公司+明远智能科技:samePhone,sameName " +
		"苏州恒信工业设备有限公司+王伟:sameEmail " +
		"苏州恒信工业设备有限公司+苏州恒兴工业设备有限公司:similarName"
	if got := pairNames(pairs); got != want {
		t.Fatalf("manager's pairs:\n%s\nwant\n%s", got, want)
	}
	top := pairs[0]
	if top.Score != 90 || top.A.Version != 1 || top.A.OwnerName != "李强" || top.B.Contacts != 1 || top.A.Phone != "0571-8765 4321" {
		t.Fatalf("top pair = %+v", top)
	}
	// the owner also sees the loner's customer with the same phone
	all, err := w.svc.Duplicates(ctx, w.owner, 0)
	if err != nil || !strings.Contains(pairNames(all), "杭州明远智能科技有限公司+明远科技:samePhone") {
		t.Fatalf("owner's pairs: %s, %v", pairNames(all), err)
	}
	// a rep sees pairs among their own customers only
	mine, err := w.svc.Duplicates(ctx, w.rep, 0)
	if err != nil || pairNames(mine) != "苏州恒信工业设备有限公司+苏州恒兴工业设备有限公司:similarName" {
		t.Fatalf("rep's pairs: %s, %v", pairNames(mine), err)
	}

	if err := w.svc.DismissDuplicate(ctx, w.manager, pairs[2].B.ID, pairs[2].A.ID); err != nil {
		t.Fatal(err)
	}
	if err := w.svc.DismissDuplicate(ctx, w.manager, pairs[2].A.ID, pairs[2].B.ID); err != nil {
		t.Fatalf("dismissing twice: %v", err)
	}
	if err := w.svc.DismissDuplicate(ctx, w.rep, pairs[1].A.ID, pairs[1].B.ID); !isForbidden(err) {
		t.Fatalf("a rep dismissing a colleague's customer: %v", err)
	}
	after, err := w.svc.Duplicates(ctx, w.manager, 0)
	if err != nil || len(after) != 2 || strings.Contains(pairNames(after), "恒兴") {
		t.Fatalf("after dismissing: %s, %v", pairNames(after), err)
	}
}
