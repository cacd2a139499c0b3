package prefs

import (
	"context"
	"database/sql"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"steady/backend/store"
)

// The language chosen last time is readable before the app opens the
// database, from the file alone, and a missing file is neither created nor
// mistaken for a choice.
func TestPeekFileReadsWithoutOpening(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "steady.db")
	if _, err := PeekFile(ctx, path, Language); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("a missing file: %v, want fs.ErrNotExist", err)
	}
	if _, err := os.Stat(path); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("peeking created the file: %v", err)
	}
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if v, err := PeekFile(ctx, path, Language); v != "" || err != nil {
		t.Fatalf("never chosen: %q, %v", v, err)
	}
	if err := mustNew(t, db).Set(ctx, Language, "en"); err != nil {
		t.Fatal(err)
	}
	if v, err := PeekFile(ctx, path, Language); v != "en" || err != nil {
		t.Fatalf("while the app has it open: %q, %v", v, err)
	}
	db.Close()
	if v, err := PeekFile(ctx, path, Language); v != "en" || err != nil {
		t.Fatalf("after the app closed it: %q, %v", v, err)
	}
}

func mustNew(t *testing.T, db *store.DB) *Prefs {
	t.Helper()
	p, err := New(context.Background(), db, OpenDevice(filepath.Join(t.TempDir(), "device.json")))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// The remembered sign-in is this computer's: it is kept in the device file,
// never in the company database, so no backup or copy of the database signs
// anyone in; a token an earlier version left in the database moves out.
func TestTheRememberedSignInStaysOnThisComputer(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "steady.db")
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.Tx(ctx, func(tx *sql.Tx) error { // as an earlier version stored it
		_, err := tx.Exec("INSERT INTO device_prefs(key, value) VALUES (?, 'old-token')", RememberToken)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	device := OpenDevice(filepath.Join(dir, "config", "device.json"))
	p, err := New(ctx, db, device)
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := p.Get(ctx, RememberToken); v != "old-token" {
		t.Fatalf("the earlier token did not move: %q", v)
	}
	if err := p.Set(ctx, RememberToken, "new-token"); err != nil {
		t.Fatal(err)
	}
	backup := filepath.Join(dir, "backup.db")
	if err := db.Backup(ctx, backup); err != nil {
		t.Fatal(err)
	}
	for _, file := range []string{path, backup} {
		if v, err := PeekFile(ctx, file, RememberToken); v != "" || err != nil {
			t.Errorf("%s holds the token %q (%v)", filepath.Base(file), v, err)
		}
	}
	if v, _ := p.Get(ctx, RememberToken); v != "new-token" {
		t.Fatalf("the device lost the token: %q", v)
	}
	info, err := os.Stat(filepath.Join(dir, "config", "device.json"))
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("device file: %v %v", info, err)
	}
}

// This device's quote-number code lives in the device file: a code an
// earlier version kept in the database moves there when the device has
// none for this database (its numbers carry on), and is only dropped when
// the device has its own (it came with a restored backup or a copy); either
// way the database, and so every later backup, holds none.
func TestTheDeviceCodeMovesOutOfTheDatabase(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "steady.db")
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	legacy := func(code string) {
		t.Helper()
		err := db.Tx(ctx, func(tx *sql.Tx) error { // as an earlier version stored it
			_, err := tx.Exec("INSERT OR REPLACE INTO device_prefs(key, value) VALUES (?, ?)", DeviceCode, code)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	legacy("7KQ2M")
	device := OpenDevice(filepath.Join(dir, "config", "device.json"))
	p, err := New(ctx, db, device)
	if err != nil {
		t.Fatal(err)
	}
	if v, err := p.DeviceCodes().DeviceCode(); v != "7KQ2M" || err != nil {
		t.Fatalf("the earlier code did not move: %q, %v", v, err)
	}
	if v, err := get(ctx, db.Read(), DeviceCode); v != "" || err != nil {
		t.Fatalf("the database still holds the code %q (%v)", v, err)
	}

	legacy("ABCDE") // a backup from another laptop, made before the move, restored here
	if _, err := New(ctx, db, device); err != nil {
		t.Fatal(err)
	}
	if v, _ := p.Get(ctx, DeviceCode); v != "7KQ2M" {
		t.Fatalf("the restored database's code %q replaced this device's", v)
	}
	if v, err := get(ctx, db.Read(), DeviceCode); v != "" || err != nil {
		t.Fatalf("the database still holds the code %q (%v)", v, err)
	}
	if err := p.DeviceCodes().SetDeviceCode("HJK23"); err != nil {
		t.Fatal(err)
	}
	if v, err := get(ctx, db.Read(), DeviceCode); v != "" || err != nil {
		t.Fatalf("a new code went into the database: %q (%v)", v, err)
	}
}
