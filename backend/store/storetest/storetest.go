// Package storetest gives tests a real, migrated SQLite file of their own.
package storetest

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"steady/backend/store"
)

// Open returns a fresh database in the test's temporary folder, closed when the test ends.
func Open(t testing.TB) *store.DB {
	t.Helper()
	db, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "steady.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// Clock is a settable time source for services under test.
type Clock struct{ T time.Time }

// Now returns the clock's time.
func (c *Clock) Now() time.Time { return c.T }

// NewClock starts a clock at 2026-11-27 09:00 Shanghai time.
func NewClock() *Clock {
	return &Clock{T: time.Date(2026, 11, 27, 1, 0, 0, 0, time.UTC)}
}
