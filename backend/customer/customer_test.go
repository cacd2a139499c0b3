package customer

import (
	"context"
	"errors"
	"strings"
	"testing"

	"steady/backend/apperr"
	"steady/backend/audit"
	"steady/backend/auth"
)

func TestCreateCustomerWithContactsStoresEverything(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	c := w.create(w.rep, CustomerInput{
		Kind: KindCompany, Name: "杭州明远智能科技有限公司", Source: "exhibition", Industry: "制造业",
		Region: "华东", City: "杭州", Country: "中国", Address: "文三路 478 号", Phone: "+86 571-8765 4321",
		Email: "info@mingyuan.cn", WeChat: "mingyuan_tech", Tags: []string{" 重点 ", "展会", "重点"}, Notes: "年底有采购计划",
		Contacts: []ContactInput{
			{Name: "李娜", Title: "采购经理", Phone: "138 0013 8000", Birthday: "03-08", Primary: true},
			{Name: "王伟", Title: "总经理", Email: "wang.wei@mingyuan.cn", Birthday: "1975-11-30"},
		},
	})
	if c.OwnerID != w.rep.ID || c.OwnerName != "李强" || c.Stage != StageLead || c.Segment != SegmentOrdinary || c.Version != 1 {
		t.Fatalf("created = %+v", c)
	}
	if strings.Join(c.Tags, ",") != "重点,展会" {
		t.Fatalf("tags = %v", c.Tags)
	}
	if len(c.Contacts) != 2 || !c.Contacts[0].Primary || c.Contacts[0].Name != "李娜" || c.Contacts[1].Birthday != "1975-11-30" {
		t.Fatalf("contacts = %+v", c.Contacts)
	}
	var norm string
	if err := w.db.Read().QueryRow(`SELECT phone_norm FROM customers WHERE id = ?`, c.ID).Scan(&norm); err != nil || norm != "057187654321" {
		t.Fatalf("phone_norm = %q, %v", norm, err)
	}
	history, err := audit.History(ctx, w.db.Read(), "customer", c.ID)
	if err != nil || len(history) != 1 || history[0].Action != "create" || history[0].ActorID != w.rep.ID {
		t.Fatalf("audit = %+v, %v", history, err)
	}
}

func TestCreateCustomerRejectsBadInput(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	long := strings.Repeat("长", 101)
	cases := []struct {
		name  string
		in    CustomerInput
		field string
		code  string
	}{
		{"no name", CustomerInput{Kind: KindPerson}, "name", "validation.required"},
		{"name too long", CustomerInput{Kind: KindPerson, Name: long}, "name", "validation.tooLong"},
		{"unknown kind", CustomerInput{Kind: "robot", Name: "x"}, "kind", "validation.invalidKind"},
		{"unknown source", CustomerInput{Kind: KindPerson, Name: "x", Source: "tv"}, "source", "validation.invalidSource"},
		{"unknown stage", CustomerInput{Kind: KindPerson, Name: "x", Stage: "vip"}, "stage", "validation.invalidStage"},
		{"bad phone", CustomerInput{Kind: KindPerson, Name: "x", Phone: "call me"}, "phone", "validation.invalidPhone"},
		{"bad email", CustomerInput{Kind: KindPerson, Name: "x", Email: "a@b"}, "email", "validation.invalidEmail"},
		{"too many tags", CustomerInput{Kind: KindPerson, Name: "x", Tags: strings.Split("a b c d e f g h i j k l m n o p q r s t u", " ")}, "tags", "validation.tooManyTags"},
		{"contact without name", CustomerInput{Kind: KindPerson, Name: "x", Contacts: []ContactInput{{Title: "经理"}}}, "contacts.0.name", "validation.required"},
		{"bad birthday", CustomerInput{Kind: KindPerson, Name: "x", Contacts: []ContactInput{{Name: "a", Birthday: "02-30"}}}, "contacts.0.birthday", "validation.invalidBirthday"},
		{"birthday format", CustomerInput{Kind: KindPerson, Name: "x", Contacts: []ContactInput{{Name: "a", Birthday: "8 March"}}}, "contacts.0.birthday", "validation.invalidBirthday"},
		{"two primaries", CustomerInput{Kind: KindPerson, Name: "x", Contacts: []ContactInput{{Name: "a", Primary: true}, {Name: "b", Primary: true}}}, "contacts.1.primary", "validation.onePrimary"},
		{"owner outside team", CustomerInput{Kind: KindPerson, Name: "x", OwnerID: "nobody"}, "ownerId", "validation.invalidOwner"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := w.svc.CreateCustomer(context.Background(), w.rep, c.in)
			if got := fieldCode(err, c.field); got != c.code {
				t.Fatalf("err = %v, want %s on %s", err, c.code, c.field)
			}
		})
	}
	var n int
	if err := w.db.Read().QueryRow(`SELECT count(*) FROM customers`).Scan(&n); err != nil || n != 0 {
		t.Fatalf("refused input wrote %d customers (%v)", n, err)
	}
}

func TestWhoMayOwnANewCustomer(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	cases := []struct {
		name    string
		by      string
		actorOK bool
	}{
		{"rep gives to another rep", "rep", false},
		{"manager gives to own rep", "manager", true},
		{"manager gives outside team", "managerOutside", false},
		{"owner gives to anyone", "owner", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			actor, to := w.rep, w.rep2.ID
			switch c.by {
			case "manager":
				actor = w.manager
			case "managerOutside":
				actor, to = w.manager, w.loner.ID
			case "owner":
				actor, to = w.owner, w.loner.ID
			}
			got, err := w.svc.CreateCustomer(ctx, actor, CustomerInput{Kind: KindPerson, Name: "客户" + c.by, OwnerID: to})
			if c.actorOK && (err != nil || got.OwnerID != to) {
				t.Fatalf("create = %+v, %v", got, err)
			}
			if !c.actorOK && fieldCode(err, "ownerId") != "validation.ownerOutsideTeam" {
				t.Fatalf("err = %v, want ownerOutsideTeam", err)
			}
		})
	}
}

func TestUpdateWithStaleVersionIsAConflict(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	c := w.create(w.rep, CustomerInput{Name: "苏州恒信工业设备有限公司", City: "苏州"})
	in := CustomerInput{ID: c.ID, Kind: c.Kind, Name: "苏州恒信工业", City: "昆山", Tags: []string{"老客户"}, Version: c.Version}
	updated, err := w.svc.UpdateCustomer(ctx, w.rep, in)
	if err != nil || updated.Name != "苏州恒信工业" || updated.City != "昆山" || updated.Version != 2 || updated.OwnerID != w.rep.ID {
		t.Fatalf("update = %+v, %v", updated, err)
	}
	in.Name = "覆盖"
	if _, err := w.svc.UpdateCustomer(ctx, w.rep, in); !errors.Is(err, apperr.ErrConflict) {
		t.Fatalf("stale update = %v, want conflict", err)
	}
	if got := w.get(c.ID); got.Name != "苏州恒信工业" {
		t.Fatalf("a conflict overwrote the name: %q", got.Name)
	}
}

func TestRepsSeeTheirOwnAndThePoolOnly(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	mine := w.create(w.rep, CustomerInput{Name: "成都蓉锦办公用品"})
	theirs := w.create(w.rep2, CustomerInput{Name: "广州粤海包装"})
	if err := w.svc.Release(ctx, w.rep2, theirs.ID, w.get(theirs.ID).Version, "暂无需求"); err != nil {
		t.Fatal(err)
	}
	lonely := w.create(w.loner, CustomerInput{Name: "上海示例贸易"})
	cases := []struct {
		name    string
		actor   string
		id      string
		visible bool
	}{
		{"rep own", "rep", mine.ID, true},
		{"rep pool", "rep", theirs.ID, true},
		{"rep other rep", "rep", lonely.ID, false},
		{"manager team", "manager", mine.ID, true},
		{"manager outside team", "manager", lonely.ID, false},
		{"owner anything", "owner", lonely.ID, true},
	}
	actors := map[string]auth.Actor{"rep": w.rep, "manager": w.manager, "owner": w.owner}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := w.svc.Customer(ctx, actors[c.actor], c.id)
			if c.visible && err != nil {
				t.Fatalf("err = %v", err)
			}
			if !c.visible && !isForbidden(err) {
				t.Fatalf("err = %v, want forbidden", err)
			}
		})
	}
	in := CustomerInput{ID: lonely.ID, Kind: KindCompany, Name: "改名", Version: lonely.Version}
	if _, err := w.svc.UpdateCustomer(ctx, w.rep, in); !isForbidden(err) {
		t.Fatalf("rep editing another rep's customer = %v", err)
	}
	in.ID, in.Version = theirs.ID, w.get(theirs.ID).Version
	if _, err := w.svc.UpdateCustomer(ctx, w.rep, in); !isForbidden(err) {
		t.Fatalf("rep editing a pool customer before claiming = %v", err)
	}
	if err := w.svc.DeleteCustomer(ctx, w.rep, mine.ID, mine.Version); !isForbidden(err) {
		t.Fatalf("rep deleting = %v", err)
	}
}

func TestDeleteLeavesATombstone(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	c := w.create(w.rep, CustomerInput{Name: "删除测试公司"})
	if err := w.svc.DeleteCustomer(ctx, w.manager, c.ID, c.Version+1); !errors.Is(err, apperr.ErrConflict) {
		t.Fatalf("stale delete = %v", err)
	}
	if err := w.svc.DeleteCustomer(ctx, w.manager, c.ID, c.Version); err != nil {
		t.Fatal(err)
	}
	if _, err := w.svc.Customer(ctx, w.owner, c.ID); !errors.Is(err, apperr.ErrNotFound) {
		t.Fatalf("deleted customer = %v", err)
	}
	var deletedAt string
	if err := w.db.Read().QueryRow(`SELECT deleted_at FROM customers WHERE id = ?`, c.ID).Scan(&deletedAt); err != nil || deletedAt == "" {
		t.Fatalf("tombstone = %q, %v", deletedAt, err)
	}
	if hits, _ := w.svc.Search(ctx, w.owner, "删除测试", 10); len(hits) != 0 {
		t.Fatalf("a deleted customer is still found: %+v", hits)
	}
}
