package company_test

import (
	"context"
	"database/sql"
	"testing"

	"steady/backend/company"
	"steady/backend/store/storetest"
)

// The zone and profile are kept per process, yet a save shows at once:
// through the service that saved and through another one on the same
// database (each area makes its own), and a working-hours save moves the
// version the next profile save must name.
func TestKeptProfileFollowsEverySave(t *testing.T) {
	t.Parallel()
	svc, db := newCompany(t)
	other := company.NewService(db, storetest.NewClock().Now)
	ctx := context.Background()
	if loc, err := other.Zone(ctx); err != nil || loc.String() != "Asia/Shanghai" {
		t.Fatalf("zone before: %v %v", loc, err)
	}
	s, err := svc.Settings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	s.Timezone = "Europe/Berlin"
	if _, err := svc.Save(ctx, owner, s); err != nil {
		t.Fatal(err)
	}
	for _, reader := range []*company.Service{svc, other} {
		if loc, err := reader.Zone(ctx); err != nil || loc.String() != "Europe/Berlin" {
			t.Fatalf("zone after the save: %v %v", loc, err)
		}
	}
	h, err := other.Hours(ctx)
	if err != nil {
		t.Fatal(err)
	}
	h.End = "17:00"
	if _, err := other.SaveHours(ctx, owner, h); err != nil {
		t.Fatal(err)
	}
	s, err = svc.Settings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	s.Name = "杭州明远"
	if _, err := svc.Save(ctx, owner, s); err != nil {
		t.Fatalf("save after the hours moved the version: %v", err)
	}
	if got, _ := other.Settings(ctx); got.Name != "杭州明远" || got.Timezone != "Europe/Berlin" {
		t.Fatalf("other service reads %q %q", got.Name, got.Timezone)
	}
}

// A failed save (a stale version) leaves nothing stale behind either.
func TestKeptProfileAfterAConflict(t *testing.T) {
	t.Parallel()
	svc, db := newCompany(t)
	ctx := context.Background()
	s, _ := svc.Settings(ctx)
	err := db.Tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE company SET timezone = 'Asia/Tokyo', version = version + 1`)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	company.Forget(db) // what another writer (sync) does
	if _, err := svc.Save(ctx, owner, s); err == nil {
		t.Fatal("a stale version saved")
	}
	if loc, _ := svc.Zone(ctx); loc.String() != "Asia/Tokyo" {
		t.Fatalf("zone %v", loc)
	}
}
