package customer

import (
	"context"
	"strings"
	"testing"
	"time"

	"steady/backend/store"
)

// holdAtEnd is a progress listener that, when the import reaches its last
// row (still inside its transaction, holding the write lock), lets during
// run, keeps the lock a while longer than SQLite's 5 s busy timeout (as an
// import of 100,000 rows does), then lets after run.
func holdAtEnd(during, after func()) Progress {
	started := false
	return func(done, total int) {
		if done < total || total == 0 || started {
			return
		}
		started = true
		during()
		time.Sleep(6500 * time.Millisecond)
		after()
	}
}

// TestAWriterOnAnotherConnectionWaitsForALongImport: a rep logs a visit
// through another connection to the same file (another Steady, or the app
// while the command line imports) while an import holds the write lock
// longer than the busy timeout. The visit waits and lands; the import
// lands whole; a cancelled import lands nothing even though the visit
// waited on it.
func TestAWriterOnAnotherConnectionWaitsForALongImport(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	other, err := store.Open(ctx, w.db.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	otherSvc := NewService(other, w.clock.Now, FixedZone(shanghai), WonDealTable{})
	c := w.create(w.rep, CustomerInput{Name: "杭州明远", Phone: "13700000001"})
	waits := make(chan int, 16)
	other.OnWriteWait(func(n int) { waits <- n })

	visit := func(summary string) chan error {
		res := make(chan error, 1)
		go func() {
			_, err := otherSvc.LogActivity(ctx, w.rep, ActivityInput{CustomerID: c.ID, Kind: ActivityVisit, Summary: summary})
			res <- err
		}()
		return res
	}

	tbl, err := ReadCSV(strings.NewReader(customersCSV(300)))
	if err != nil {
		t.Fatal(err)
	}
	var first chan error
	sum, err := w.svc.Import(ctx, w.rep, tbl, ImportOptions{}, holdAtEnd(func() { first = visit("导入时拜访") }, func() {}))
	if err != nil || sum.Created != 300 {
		t.Fatalf("import: %+v, %v", sum, err)
	}
	if err := <-first; err != nil {
		t.Fatalf("the visit logged during the import failed: %v", err)
	}
	if n := <-waits; n != 1 {
		t.Errorf("the wait was reported as %d writers", n)
	}
	if n := <-waits; n != 0 {
		t.Errorf("the end of the wait was reported as %d writers", n)
	}

	// the second import is cancelled while the visit waits on it
	tbl2, err := ReadCSV(strings.NewReader(strings.ReplaceAll(customersCSV(200), "明远贸易", "取消贸易")))
	if err != nil {
		t.Fatal(err)
	}
	cctx, cancel := context.WithCancel(ctx)
	var second chan error
	sum, err = w.svc.Import(cctx, w.rep, tbl2, ImportOptions{}, holdAtEnd(func() { second = visit("取消时拜访") }, cancel))
	if err != nil || !sum.Cancelled {
		t.Fatalf("cancelled import: %+v, %v", sum, err)
	}
	if err := <-second; err != nil {
		t.Fatalf("the visit logged during the cancelled import failed: %v", err)
	}
	var imported, cancelled, visits int
	q := w.db.Read()
	if err := q.QueryRow(`SELECT count(*) FROM customers WHERE name LIKE '%明远贸易%'`).Scan(&imported); err != nil {
		t.Fatal(err)
	}
	if err := q.QueryRow(`SELECT count(*) FROM customers WHERE name LIKE '%取消贸易%'`).Scan(&cancelled); err != nil {
		t.Fatal(err)
	}
	if err := q.QueryRow(`SELECT count(*) FROM activities WHERE customer_id = ?`, c.ID).Scan(&visits); err != nil {
		t.Fatal(err)
	}
	if imported != 300 || cancelled != 0 || visits != 2 {
		t.Errorf("imported %d, of the cancelled import %d, visits %d; want 300, 0, 2", imported, cancelled, visits)
	}
}
