package customer

import (
	"context"
	"testing"

	"steady/backend/apperr"
)

// A rep whose pay counts new customers tries to enter one already on file:
// under a longer name, with the phone written another way, through a
// contact's phone, or one held by another rep or lying in the pool.
func TestACustomerOnFileIsCaughtAtEntry(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	held := w.create(w.rep2, CustomerInput{Name: "明远智能科技", City: "杭州", Phone: "0571-8765 4321"})
	pooled := w.create(w.rep2, CustomerInput{Name: "海纳贸易", Email: "buy@haina.cn"})
	if err := w.svc.Release(ctx, w.rep2, pooled.ID, w.get(pooled.ID).Version, "不再跟进"); err != nil {
		t.Fatal(err)
	}
	w.create(w.rep, CustomerInput{Name: "个人客户", Kind: KindPerson, Phone: "13800138000"})
	for _, c := range []struct {
		name  string
		in    CustomerInput
		field string
		code  string
	}{
		{"the full legal name", CustomerInput{Name: "杭州明远智能科技有限公司", City: "杭州"}, "name", "validation.duplicateCustomer"},
		{"the phone written another way", CustomerInput{Name: "明远", Phone: "+86 571 87654321"}, "phone", "validation.duplicateCustomer"},
		{"a contact's phone", CustomerInput{Name: "新公司", Contacts: []ContactInput{{Name: "王", Phone: "0571 8765-4321", Primary: true}}},
			"contacts.0.phone", "validation.duplicateCustomer"},
		{"the pool's e-mail in capitals", CustomerInput{Name: "某贸易", Email: "BUY@HAINA.CN"}, "email", "validation.duplicateInPool"},
		{"one's own customer again", CustomerInput{Name: "个人客户二", Kind: KindPerson, Phone: "138-0013-8000"}, "phone", "validation.duplicateYours"},
		{"asking to let it in", CustomerInput{Name: "明远智能科技有限公司", City: "杭州", AllowDuplicate: true}, "name", "validation.duplicateCustomer"},
	} {
		if c.in.Kind == "" {
			c.in.Kind = KindCompany
		}
		_, err := w.svc.CreateCustomer(ctx, w.rep, c.in)
		if got := fieldCode(err, c.field); got != c.code {
			t.Errorf("%s: %s = %q (%v), want %s", c.name, c.field, got, err, c.code)
		}
	}
	_, err := w.svc.CreateCustomer(ctx, w.rep, CustomerInput{Kind: KindCompany, Name: "明远智能科技", City: "杭州"})
	e, _ := apperr.As(err)
	if f := e.Fields["name"]; f.Params["holder"] != "陈静" || f.Params["name"] != held.Name {
		t.Fatalf("the refusal should name the customer and who holds it: %v", err)
	}
	// Other companies pass: another city's 明远, a short shared name, and a
	// twin a manager says is another company.
	for _, in := range []CustomerInput{
		{Kind: KindCompany, Name: "上海明远智能科技有限公司", City: "上海"},
		{Kind: KindPerson, Name: "王伟"},
	} {
		if _, err := w.svc.CreateCustomer(ctx, w.rep, in); err != nil {
			t.Errorf("%s refused: %v", in.Name, err)
		}
	}
	if _, err := w.svc.CreateCustomer(ctx, w.manager, CustomerInput{Kind: KindCompany, Name: "明远智能科技（滨江）", City: "杭州",
		AllowDuplicate: true}); err != nil {
		t.Fatalf("a manager's confirmed twin: %v", err)
	}
}
