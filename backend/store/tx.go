package store

import (
	"context"
	"database/sql"
	"fmt"
	"sync"
	"time"
)

// How long a write waits for another writer. SQLite's busy timeout (5 s)
// is shorter than a large import holds the write lock (a transaction of
// 100,000 rows takes 15–40 s), so a writer that times out tries again,
// up to maxWriteWait, instead of failing with "database is locked"; after
// busyAfter the wait is reported (OnWriteWait) so a person sees why.
const (
	maxWriteWait = 5 * time.Minute
	busyAfter    = 500 * time.Millisecond
	busyRetry    = 50 * time.Millisecond
)

// Tx runs fn in one write transaction: everything fn did lands, or, when fn
// returns an error, none of it does.
func (db *DB) Tx(ctx context.Context, fn func(tx *sql.Tx) error) (err error) {
	tx, err := db.begin(ctx)
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			_ = tx.Rollback() // the cause is already in err
		}
	}()
	if err = fn(tx); err != nil {
		return err
	}
	if err = tx.Commit(); err != nil {
		return fmt.Errorf("store: commit: %w", err)
	}
	return nil
}

// begin starts a write transaction, waiting for the writer connection
// (held by this program's own long write) and for the write lock (held by
// another program) as long as ctx and maxWriteWait allow.
func (db *DB) begin(ctx context.Context) (*sql.Tx, error) {
	defer db.waiting()()
	deadline := time.Now().Add(maxWriteWait)
	for {
		tx, err := db.writer.BeginTx(ctx, nil)
		if err == nil {
			return tx, nil
		}
		if p, ok := ProblemOf(err); !ok || p != ProblemBusy || time.Now().After(deadline) {
			return nil, fmt.Errorf("store: begin: %w", err)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("store: begin: %w", err)
		case <-time.After(busyRetry):
		}
	}
}

// OnWriteWait sets who hears how many writers wait longer than busyAfter
// for another one to finish (0 when none waits any more).
func (db *DB) OnWriteWait(fn func(waiting int)) {
	db.waits.mu.Lock()
	defer db.waits.mu.Unlock()
	db.waits.hook = fn
}

// writeWaits counts the writers that have waited longer than busyAfter.
type writeWaits struct {
	mu   sync.Mutex
	n    int
	hook func(int)
}

// waiting starts watching one wait; the returned func ends it.
func (db *DB) waiting() (done func()) {
	w := &db.waits
	var mu sync.Mutex
	counted, over := false, false
	timer := time.AfterFunc(busyAfter, func() {
		mu.Lock()
		defer mu.Unlock()
		if !over {
			counted = true
			w.change(+1)
		}
	})
	return func() {
		timer.Stop()
		mu.Lock()
		defer mu.Unlock()
		over = true
		if counted {
			w.change(-1)
		}
	}
}

func (w *writeWaits) change(by int) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.n += by
	if w.hook != nil {
		w.hook(w.n)
	}
}
