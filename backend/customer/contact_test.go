package customer

import (
	"context"
	"errors"
	"testing"

	"steady/backend/apperr"
)

func TestAtMostOnePrimaryContact(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	c := w.create(w.rep, CustomerInput{Name: "明远科技", Contacts: []ContactInput{{Name: "李娜", Primary: true}}})
	first := c.Contacts[0]
	second, err := w.svc.AddContact(ctx, w.rep, c.ID, ContactInput{Name: "王伟", Phone: "139-1111-2222", Primary: true})
	if err != nil || !second.Primary {
		t.Fatalf("add = %+v, %v", second, err)
	}
	got := w.get(c.ID).Contacts
	if len(got) != 2 || got[0].ID != second.ID || got[1].Primary || got[1].Version != first.Version+1 {
		t.Fatalf("contacts after a new primary = %+v", got)
	}
	// the old primary's form is now stale
	stale := ContactInput{ID: first.ID, Name: "李娜", Primary: true, Version: first.Version}
	if _, err := w.svc.UpdateContact(ctx, w.rep, stale); !errors.Is(err, apperr.ErrConflict) {
		t.Fatalf("stale contact update = %v", err)
	}
	if got := w.get(c.ID).Contacts; !got[0].Primary || got[0].ID != second.ID || got[1].Primary {
		t.Fatalf("a refused update changed the primary: %+v", got)
	}
	fresh := stale
	fresh.Version = first.Version + 1
	if _, err := w.svc.UpdateContact(ctx, w.rep, fresh); err != nil {
		t.Fatal(err)
	}
	if got := w.get(c.ID).Contacts; got[0].ID != first.ID || got[1].Primary {
		t.Fatalf("primary did not move back: %+v", got)
	}
}

func TestContactChangesNeedAccess(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	c := w.create(w.loner, CustomerInput{Name: "外部客户", Contacts: []ContactInput{{Name: "赵六"}}})
	p := c.Contacts[0]
	if _, err := w.svc.AddContact(ctx, w.rep, c.ID, ContactInput{Name: "钱七"}); !isForbidden(err) {
		t.Fatalf("add = %v", err)
	}
	if err := w.svc.DeleteContact(ctx, w.rep, p.ID, p.Version); !isForbidden(err) {
		t.Fatalf("delete = %v", err)
	}
	if _, err := w.svc.AddContact(ctx, w.loner, c.ID, ContactInput{Name: "钱七", Birthday: "1990-13-01"}); fieldCode(err, "birthday") != "validation.invalidBirthday" {
		t.Fatalf("bad birthday = %v", err)
	}
	if err := w.svc.DeleteContact(ctx, w.loner, p.ID, p.Version); err != nil {
		t.Fatal(err)
	}
	if got := w.get(c.ID).Contacts; len(got) != 0 {
		t.Fatalf("contacts after delete = %+v", got)
	}
}

func TestNormalizePhone(t *testing.T) {
	t.Parallel()
	cases := map[string]string{
		"+86 138-0013-8000":  "13800138000",
		"0086 13800138000":   "13800138000",
		"8613800138000":      "13800138000",
		"(021) 6234 5678":    "02162345678",
		"+86 (21) 6234-5678": "02162345678",
		"+86 571-8765 4321":  "057187654321",
		"0571-8765 4321":     "057187654321",
		"１３８ ００１３":           "1380013",
		"+852 2345 6789":     "85223456789",
		"":                   "",
	}
	for in, want := range cases {
		if got := NormalizePhone(in); got != want {
			t.Errorf("NormalizePhone(%q) = %q, want %q", in, got, want)
		}
	}
}
