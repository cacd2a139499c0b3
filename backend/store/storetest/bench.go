package storetest

import (
	"context"
	"sync"
	"testing"

	"steady/backend/store"
)

// SharedBench is a package's benchmark database: built once per test binary
// (building takes long; the builders also cache it on disk), then opened
// afresh for each benchmark and closed after it.
type SharedBench[F any] struct {
	once    sync.Once
	fixture F
	path    string
	err     error
}

// Open builds the database on first use (build returns what the benchmarks
// need and the file's path) and opens it for b.
func (s *SharedBench[F]) Open(b *testing.B, build func() (F, string, error)) (*store.DB, F) {
	b.Helper()
	s.once.Do(func() { s.fixture, s.path, s.err = build() })
	if s.err != nil {
		b.Fatal(s.err)
	}
	db, err := store.Open(context.Background(), s.path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	return db, s.fixture
}
