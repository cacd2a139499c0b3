package backups

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"steady/backend/prefs"
	"steady/backend/store"
)

// damage overwrites the middle of the file at path with garbage, as a
// failing disk or a half-synced copy would.
func damage(t *testing.T, path string) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	info, _ := f.Stat()
	junk := make([]byte, 4096)
	for i := range junk {
		junk[i] = byte(i*7 + 3)
	}
	for off := int64(4096); off < info.Size(); off += 8192 {
		if _, err := f.WriteAt(junk, off); err != nil {
			t.Fatal(err)
		}
	}
}

// Start-up on a damaged database: the newest backup that passes its check
// is offered (a newer damaged one is passed over) and restored; the
// damaged file is kept aside, and the database opens again.
func TestDamagedFileIsRestoredFromTheNewestGoodBackup(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	good, err := w.svc.Run(ctx, w.db, nil)
	if err != nil {
		t.Fatal(err)
	}
	*w.clock = w.clock.Add(24 * time.Hour)
	bad, err := w.svc.Run(ctx, w.db, nil)
	if err != nil {
		t.Fatal(err)
	}
	damage(t, bad.Path)
	if err := w.db.Checkpoint(ctx); err != nil {
		t.Fatal(err)
	}
	w.db.Close()
	damage(t, w.dbPath)
	if _, err := store.Open(ctx, w.dbPath); err == nil {
		t.Fatal("the damaged database opened; the test damaged nothing")
	}

	offer, err := w.svc.NewestGood(ctx)
	if err != nil || offer.Entry.Name != good.Name {
		t.Fatalf("offered %+v, %v; want %s", offer.Entry, err, good.Name)
	}
	if offer.Customers != 3 || offer.Users != 2 {
		t.Fatalf("the offer's preview %+v", offer)
	}
	restored, aside, err := w.svc.RestoreNewestGood(ctx)
	if err != nil || restored.Entry.Name != good.Name {
		t.Fatalf("restore = %+v, %v", restored.Entry, err)
	}
	if _, err := os.Stat(aside); err != nil || filepath.Dir(aside) != filepath.Dir(w.dbPath) {
		t.Fatalf("the damaged file was not kept aside: %q, %v", aside, err)
	}
	db, err := store.Open(ctx, w.dbPath)
	if err != nil {
		t.Fatalf("open after the restore: %v", err)
	}
	defer db.Close()
	var n int
	if err := db.Read().QueryRow(`SELECT count(*) FROM customers WHERE deleted_at IS NULL`).Scan(&n); err != nil || n != 3 {
		t.Fatalf("customers after the restore: %d, %v", n, err)
	}
}

func TestNoGoodBackupIsSaid(t *testing.T) {
	w := newWorld(t)
	if _, err := w.svc.NewestGood(context.Background()); HasGood(err) {
		t.Fatalf("an empty folder offered a backup: %v", err)
	}
}

// A restore in the app: refused while the database is open (the app closes
// it first), then the backup's data is what opens.
func TestRestoreNeedsTheDatabaseClosed(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	e, err := w.svc.Run(ctx, w.db, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.db.Read().Exec(`SELECT 1`); err != nil {
		t.Fatal(err)
	}
	if _, err := w.svc.Restore(ctx, e.Name); !errors.Is(err, store.ErrInUse) {
		t.Fatalf("restore while open = %v, want ErrInUse", err)
	}
	err = w.db.Tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.Exec(`UPDATE customers SET deleted_at = '2026-11-27T02:00:00.000Z' WHERE id = 'k2'`)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	w.db.Close()
	kept, err := w.svc.Restore(ctx, e.Name)
	if err != nil || kept == "" {
		t.Fatalf("restore = %q, %v", kept, err)
	}
	w.open(t)
	var n int
	if err := w.db.Read().QueryRow(`SELECT count(*) FROM customers WHERE deleted_at IS NULL`).Scan(&n); err != nil || n != 3 {
		t.Fatalf("customers after the restore: %d, %v (want the backup's 3)", n, err)
	}
}

// After a restore this device numbers quotes with a new code: the quotes
// numbered since the backup are gone with the restore, but their numbers
// were handed out, and must not be handed out again.
func TestARestoreGivesThisDeviceANewQuoteCode(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	e, err := w.svc.Run(ctx, w.db, nil)
	if err != nil {
		t.Fatal(err)
	}
	key := prefs.DeviceKey(w.dbPath, prefs.DeviceCode)
	other := prefs.DeviceKey(filepath.Join(t.TempDir(), "other.db"), prefs.DeviceCode)
	for k, code := range map[string]string{key: "7KQ2M", other: "HJK23"} {
		if err := w.device.Set(k, code); err != nil {
			t.Fatal(err)
		}
	}
	w.db.Close()
	if _, err := w.svc.Restore(ctx, e.Name); err != nil {
		t.Fatal(err)
	}
	if code, err := w.device.Get(key); code != "" || err != nil {
		t.Fatalf("the restored database keeps this device's code %q (%v)", code, err)
	}
	if code, _ := w.device.Get(other); code != "HJK23" {
		t.Fatalf("another database's code changed: %q", code)
	}
}
