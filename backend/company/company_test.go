package company_test

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/base64"
	"errors"
	"image"
	"image/png"
	"strings"
	"testing"

	"steady/backend/apperr"
	"steady/backend/audit"
	"steady/backend/auth"
	"steady/backend/company"
	"steady/backend/store"
	"steady/backend/store/storetest"
)

var owner = auth.Actor{ID: "owner-1", Role: auth.RoleOwner}

func newCompany(t testing.TB) (*company.Service, *store.DB) {
	t.Helper()
	db := storetest.Open(t)
	svc := company.NewService(db, storetest.NewClock().Now)
	ctx := context.Background()
	err := db.Tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.Exec(`INSERT INTO users(id, name, login, password_hash, role, created_at, updated_at)
			VALUES ('owner-1', '周明远', 'owner', 'x', 'owner', '', '')`); err != nil {
			return err
		}
		_, err := svc.InsertTx(ctx, tx, "owner-1", company.Defaults("杭州明远科技有限公司"))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return svc, db
}

func pngDataURL(t *testing.T, size int) string {
	var buf bytes.Buffer
	if err := png.Encode(&buf, image.NewRGBA(image.Rect(0, 0, size, size))); err != nil {
		t.Fatal(err)
	}
	return "data:image/png;base64," + base64.StdEncoding.EncodeToString(buf.Bytes())
}

func TestSaveValidatesEachField(t *testing.T) {
	svc, _ := newCompany(t)
	ctx := context.Background()
	base, err := svc.Settings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	huge := "data:image/png;base64," + base64.StdEncoding.EncodeToString(make([]byte, company.MaxLogoBytes+1))
	gif := "data:image/gif;base64," + base64.StdEncoding.EncodeToString([]byte("GIF89a\x01\x00\x01\x00\x00\x00\x00;"))
	cases := []struct {
		name  string
		edit  func(*company.Settings)
		field string
		code  string
	}{
		{"name required", func(s *company.Settings) { s.Name = " " }, "name", "validation.required"},
		{"unknown currency", func(s *company.Settings) { s.Currency = "RMB" }, "currency", "validation.invalidCurrency"},
		{"tax above 100%", func(s *company.Settings) { s.TaxRateBP = 10001 }, "taxRateBp", "validation.rateRange"},
		{"negative tax", func(s *company.Settings) { s.TaxRateBP = -1 }, "taxRateBp", "validation.rateRange"},
		{"unknown zone", func(s *company.Settings) { s.Timezone = "Mars/Olympus" }, "timezone", "validation.invalidTimezone"},
		{"prefix with spaces", func(s *company.Settings) { s.QuotePrefix = "Q T" }, "quotePrefix", "validation.prefixFormat"},
		{"phone letters", func(s *company.Settings) { s.Phone = "abc" }, "phone", "validation.invalidPhone"},
		{"logo too large", func(s *company.Settings) { s.LogoDataURL = huge }, "logoDataUrl", "validation.logoTooLarge"},
		{"logo not png or jpeg", func(s *company.Settings) { s.LogoDataURL = gif }, "logoDataUrl", "validation.logoType"},
		{"logo not an image", func(s *company.Settings) { s.LogoDataURL = "data:image/png;base64,aGVsbG8=" }, "logoDataUrl", "validation.logoType"},
		{"idle lock negative", func(s *company.Settings) { s.IdleLockMinutes = -1 }, "idleLockMinutes", "validation.idleLockRange"},
		{"idle lock over eight hours", func(s *company.Settings) { s.IdleLockMinutes = 481 }, "idleLockMinutes", "validation.idleLockRange"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := base
			c.edit(&in)
			_, err := svc.Save(ctx, owner, in)
			e, ok := apperr.As(err)
			if !ok || e.Fields[c.field].Code != c.code {
				t.Fatalf("err = %v, want %s on %s", err, c.code, c.field)
			}
		})
	}
	if after, _ := svc.Settings(ctx); after.Version != base.Version {
		t.Fatal("a refused save changed the company")
	}
}

// A new company locks idle screens after 15 minutes; the owner may turn
// the lock off (0) or lengthen it, and what they chose is kept.
func TestIdleLockDefaultsTo15MinutesAndKeepsTheOwnersChoice(t *testing.T) {
	svc, _ := newCompany(t)
	ctx := context.Background()
	s, err := svc.Settings(ctx)
	if err != nil || s.IdleLockMinutes != company.DefaultIdleLockMinutes {
		t.Fatalf("new company idle lock = %d, %v; want 15", s.IdleLockMinutes, err)
	}
	for _, minutes := range []int{0, 480} {
		s.IdleLockMinutes = minutes
		if s, err = svc.Save(ctx, owner, s); err != nil || s.IdleLockMinutes != minutes {
			t.Fatalf("save %d: got %d, %v", minutes, s.IdleLockMinutes, err)
		}
	}
}

func TestSaveStoresEverythingAndAudits(t *testing.T) {
	svc, db := newCompany(t)
	ctx := context.Background()
	s, _ := svc.Settings(ctx)
	s.Address, s.Phone, s.TaxID = "杭州市西湖区文三路 90 号", "0571-8888 6666", "91330106mA2b3c4d5e"
	s.LogoDataURL, s.Currency, s.TaxRateBP, s.PricesIncludeTax = pngDataURL(t, 64), "usd", 600, false
	s.Timezone, s.QuotePrefix = "Asia/Hong_Kong", "hz"
	saved, err := svc.Save(ctx, owner, s)
	if err != nil {
		t.Fatal(err)
	}
	if saved.Currency != "USD" || saved.QuotePrefix != "HZ" || saved.TaxID != "91330106MA2B3C4D5E" ||
		saved.TaxRateBP != 600 || saved.PricesIncludeTax || saved.Version != s.Version+1 ||
		!strings.HasPrefix(saved.LogoDataURL, "data:image/png;base64,") {
		t.Fatalf("saved = %+v", saved)
	}
	history, err := audit.History(ctx, db.Read(), "company", saved.ID)
	if err != nil || len(history) != 2 || history[1].Action != "update" || history[1].ActorID != "owner-1" {
		t.Fatalf("audit = %+v, %v", history, err)
	}
	if strings.Contains(history[1].After, "base64") {
		t.Fatal("the audit trail should not carry the logo bytes")
	}
}

func TestSaveWithStaleVersionIsAConflict(t *testing.T) {
	svc, _ := newCompany(t)
	ctx := context.Background()
	s, _ := svc.Settings(ctx)
	first := s
	first.Name = "第一次"
	if _, err := svc.Save(ctx, owner, first); err != nil {
		t.Fatal(err)
	}
	second := s
	second.Name = "第二次"
	if _, err := svc.Save(ctx, owner, second); !errors.Is(err, apperr.ErrConflict) {
		t.Fatalf("stale save = %v", err)
	}
	if now, _ := svc.Settings(ctx); now.Name != "第一次" {
		t.Fatalf("name = %q", now.Name)
	}
}

func TestOnlyTheOwnerEditsTheCompany(t *testing.T) {
	svc, _ := newCompany(t)
	s, _ := svc.Settings(context.Background())
	_, err := svc.Save(context.Background(), auth.Actor{ID: "m", Role: auth.RoleManager}, s)
	if !errors.Is(err, apperr.ErrForbidden) {
		t.Fatalf("manager save = %v", err)
	}
}
