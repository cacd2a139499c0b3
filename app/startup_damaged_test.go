package app

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/mattn/go-sqlite3"

	"steady/backend/backups"
	"steady/backend/prefs"
	"steady/backend/store"
)

// A database SQLite calls malformed at start-up is named damaged on the
// start-up screen (not "could not be opened"), and the newest good backup
// is offered; a file that is only locked, read-only or on a failing drive
// gets no offer, since a restore there would put older data over good data.
func TestStartUpOnAMalformedFileSaysDamagedAndOffersTheBackup(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "steady.db")
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Tx(ctx, func(tx *sql.Tx) error { // enough pages for the damage to land in tables
		_, err := tx.Exec(`CREATE TABLE filler(x TEXT); INSERT INTO filler SELECT hex(randomblob(300)) FROM
			(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < 400) SELECT i FROM n)`)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	device := prefs.OpenDevice(filepath.Join(dir, "device.json"))
	svc := backups.New(path, device, time.Now, time.UTC)
	if _, err := svc.Run(ctx, db, nil); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	malform(t, path)

	_, openErr := store.Open(ctx, path)
	if openErr == nil {
		t.Fatal("the malformed file opened; the test damaged nothing")
	}
	core := &Core{OpenErr: openErr, DBPath: path, Backups: svc, Log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	session := NewSession(core, nil)
	st, err := session.Status()
	if err != nil || st.StartupError != "startup.damaged" {
		t.Fatalf("start-up says %q (%v) for %v, want startup.damaged", st.StartupError, err, openErr)
	}
	offer, err := NewBackups(core, session).Offer()
	if err != nil || !offer.Found {
		t.Fatalf("no backup offered over the damaged file: %+v, %v", offer, err)
	}

	for _, code := range []sqlite3.ErrNo{sqlite3.ErrBusy, sqlite3.ErrReadonly, sqlite3.ErrIoErr, sqlite3.ErrFull} {
		core.OpenErr = fmt.Errorf("store: open: %w", sqlite3.Error{Code: code})
		if offer, err := NewBackups(core, session).Offer(); err != nil || offer.Found {
			t.Errorf("%v at start-up: a restore was offered (%+v, %v)", code, offer, err)
		}
		if st, _ := session.Status(); st.StartupError == "startup.damaged" {
			t.Errorf("%v at start-up is called damaged", code)
		}
	}
}

// malform overwrites every page after the first with garbage, as a failing
// disk would: the header still says SQLite, the tables are unreadable.
func malform(t *testing.T, path string) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		t.Fatal(err)
	}
	junk := make([]byte, 4096)
	for i := range junk {
		junk[i] = byte(i*7 + 3)
	}
	for off := int64(4096); off < info.Size(); off += 4096 {
		if _, err := f.WriteAt(junk, off); err != nil {
			t.Fatal(err)
		}
	}
}
