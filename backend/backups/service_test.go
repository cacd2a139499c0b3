package backups

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"steady/backend/apperr"
	"steady/backend/prefs"
	"steady/backend/store"
)

type world struct {
	dbPath string
	db     *store.DB
	device *prefs.Device
	clock  *time.Time
	svc    *Service
}

func newWorld(t *testing.T) *world {
	t.Helper()
	dir := t.TempDir()
	w := &world{dbPath: filepath.Join(dir, "steady.db"), device: prefs.OpenDevice(filepath.Join(dir, "device.json"))}
	now := at("2026-11-27 09:00")
	w.clock = &now
	w.open(t)
	seed(t, w.db)
	return w
}

// open (re)opens the database and a fresh service over the same device
// file: what a restart of the app does.
func (w *world) open(t *testing.T) {
	t.Helper()
	db, err := store.Open(context.Background(), w.dbPath)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	w.db = db
	w.svc = New(w.dbPath, w.device, func() time.Time { return *w.clock }, shanghai)
}

// seed writes a company with 2 users, 3 customers, 1 deal and 1 quote (and a
// deleted customer, which does not count).
func seed(t *testing.T, db *store.DB) {
	t.Helper()
	err := db.Tx(context.Background(), func(tx *sql.Tx) error {
		_, err := tx.Exec(`
		INSERT INTO users(id, name, login, password_hash, role, created_at, updated_at) VALUES
		  ('u1', '周明远', 'owner', 'x', 'owner', '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z'),
		  ('u2', '李强', 'rep1', 'x', 'rep', '2026-11-02T00:00:00.000Z', '2026-11-02T00:00:00.000Z');
		INSERT INTO company(id, name, created_at, updated_at)
		VALUES ('c1', '杭州明远智能科技有限公司', '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z');
		INSERT INTO customers(id, kind, name, name_pinyin, owner_id, stage, created_by, created_at, updated_at, deleted_at) VALUES
		  ('k1', 'company', '宁波海曙文具', 'ningbo', 'u2', 'customer', 'u2', '2026-11-03T00:00:00.000Z', '2026-11-03T00:00:00.000Z', NULL),
		  ('k2', 'company', '绍兴越城纺织', 'shaoxing', 'u2', 'lead', 'u2', '2026-11-03T00:00:00.000Z', '2026-11-20T06:00:00.000Z', NULL),
		  ('k3', 'person', '王芳', 'wangfang', 'u2', 'lead', 'u2', '2026-11-03T00:00:00.000Z', '2026-11-03T00:00:00.000Z', NULL),
		  ('k4', 'person', '已删除', 'yishanchu', 'u2', 'lead', 'u2', '2026-11-03T00:00:00.000Z', '2026-11-03T00:00:00.000Z', '2026-11-04T00:00:00.000Z');
		INSERT INTO deals(id, customer_id, title, amount_minor, currency, owner_id, stage_id, stage_entered_at, reached_stage_id,
		                  status, created_at, updated_at)
		VALUES ('d1', 'k1', '海曙文具 办公设备', 0, 'CNY', 'u2', '0190b000-0000-7000-8000-000000000002',
		        '2026-11-05T00:00:00.000Z', '0190b000-0000-7000-8000-000000000002', 'open',
		        '2026-11-05T00:00:00.000Z', '2026-11-05T00:00:00.000Z');
		INSERT INTO quotes(id, number, base_number, root_id, status, customer_name, currency, tax_included, issue_date, valid_until,
		                   total_minor, owner_id, created_at, updated_at)
		VALUES ('q1', 'QT-20261106-K7Q2M-001', 'QT-20261106-K7Q2M-001', 'q1', 'draft', '宁波海曙文具',
		        'CNY', 1, '2026-11-06', '2026-12-06', 659800, 'u2', '2026-11-06T00:00:00.000Z', '2026-11-06T00:00:00.000Z');`)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestRunWritesACheckedBackupAndPreviewCountsIt(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	if due, err := w.svc.Due(); err != nil || !due {
		t.Fatalf("no backup yet: due = %v, %v", due, err)
	}
	var steps []int
	e, err := w.svc.Run(ctx, w.db, func(done, total int) { steps = append(steps, done) })
	if err != nil {
		t.Fatal(err)
	}
	if e.Name != "steady_2026-11-27_010000.db" || filepath.Dir(e.Path) != DefaultFolder(w.dbPath) {
		t.Fatalf("backup at %s", e.Path)
	}
	if len(steps) != 3 || steps[2] != 2 {
		t.Fatalf("progress %v", steps)
	}
	if due, _ := w.svc.Due(); due {
		t.Fatal("due again right after today's backup")
	}
	p, err := w.svc.Preview(ctx, e.Name)
	if err != nil {
		t.Fatal(err)
	}
	if p.Company != "杭州明远智能科技有限公司" || p.Customers != 3 || p.Deals != 1 || p.Quotes != 1 || p.Users != 2 {
		t.Fatalf("preview %+v", p)
	}
	if p.LastChange != "2026-11-20T06:00:00.000Z" {
		t.Fatalf("last change %q", p.LastChange)
	}
	if r, err := w.svc.Verify(ctx, e.Name); err != nil || r.Err() != nil {
		t.Fatalf("verify = %+v, %v", r, err)
	}
	// Only backups in the folder can be named: no path from the screen.
	for _, name := range []string{w.dbPath, "../steady.db", "notes.txt"} {
		if _, err := w.svc.Preview(ctx, name); !errors.Is(err, apperr.ErrNotFound) {
			t.Fatalf("preview %q = %v", name, err)
		}
	}
	st, _ := w.svc.Status()
	if st.Stale || len(st.Entries) != 1 {
		t.Fatalf("status %+v", st)
	}
	*w.clock = w.clock.Add(StaleAfter + time.Minute)
	if st, _ := w.svc.Status(); !st.Stale {
		t.Fatal("a backup over three days old is not called stale")
	}
}

// A backup at quit that did not finish (the few seconds ran out) runs at
// the next start, even though one was made earlier that day.
func TestAnInterruptedQuitBackupRunsAtNextStart(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	if _, err := w.svc.Run(ctx, w.db, nil); err != nil {
		t.Fatal(err)
	}
	*w.clock = w.clock.Add(8 * time.Hour) // quitting in the evening
	quit, cancel := context.WithCancel(ctx)
	cancel() // the quit's time is up before the copy is done
	if _, err := w.svc.Run(quit, w.db, nil); err == nil {
		t.Fatal("a cancelled backup reported success")
	}
	folder, _ := w.svc.Folder()
	files, _ := os.ReadDir(folder)
	if len(files) != 1 {
		t.Fatalf("a cancelled backup left files: %v", files)
	}
	w.db.Close()

	*w.clock = w.clock.Add(time.Hour) // the same evening, started again
	w.open(t)
	due, err := w.svc.Due()
	if err != nil || !due {
		t.Fatalf("after an interrupted quit: due = %v, %v", due, err)
	}
	if _, err := w.svc.Run(ctx, w.db, nil); err != nil {
		t.Fatal(err)
	}
	if due, _ := w.svc.Due(); due {
		t.Fatal("still due after the owed backup ran")
	}
}

func TestChosenFolderIsKeptPerDatabaseInTheDeviceFile(t *testing.T) {
	w := newWorld(t)
	synced := filepath.Join(t.TempDir(), "Nutstore", "Steady")
	if err := w.svc.SetFolder("relative/folder"); !errors.Is(err, apperr.ErrValidation) {
		t.Fatalf("a relative folder = %v", err)
	}
	if err := w.svc.SetFolder(synced); err != nil {
		t.Fatal(err)
	}
	e, err := w.svc.Run(context.Background(), w.db, nil)
	if err != nil || filepath.Dir(e.Path) != synced {
		t.Fatalf("backup at %s, %v; want in %s", e.Path, err, synced)
	}
	other := New(filepath.Join(t.TempDir(), "other.db"), w.device, time.Now, shanghai)
	if f, _ := other.Folder(); f == synced {
		t.Fatal("another database on this computer took this one's folder")
	}
	var count int
	if err := w.db.Read().QueryRow(`SELECT count(*) FROM device_prefs WHERE value LIKE '%Nutstore%'`).Scan(&count); err != nil || count != 0 {
		t.Fatalf("the folder went into the company file: %d, %v", count, err)
	}
}
