package sales

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"steady/backend/store"
	"steady/backend/store/storetest"
)

// The benchmark database: 100,000 customers and 300,000 deals over three
// years with their stage history and SOP tasks, built once and kept in the
// temporary folder under a name that changes with the generator and the
// schema, so re-runs start at once.
const (
	benchCustomers  = 100_000
	benchDeals      = 300_000
	benchGenVersion = "v3"
)

// benchNow is the benchmarks' "now": 2026-11-27 09:00 in Shanghai.
var benchNow = time.Date(2026, 11, 27, 1, 0, 0, 0, time.UTC)

// benchFixture is what the benchmarks need to know about the generated data.
type benchFixture struct {
	path      string
	ownerID   string
	managerID string
	repID     string
}

var bench storetest.SharedBench[benchFixture]

// openBenchDB opens (building it on first use) the shared benchmark database.
func openBenchDB(b *testing.B) (*store.DB, benchFixture) {
	return bench.Open(b, func() (benchFixture, string, error) {
		f, err := buildBenchDB()
		return f, f.path, err
	})
}

func buildBenchDB() (benchFixture, error) {
	name := fmt.Sprintf("steady-bench-sales-%s-schema%d.db", benchGenVersion, store.LatestSchemaVersion())
	f := benchFixture{path: filepath.Join(os.TempDir(), name)}
	if _, err := os.Stat(f.path); err == nil {
		return f, readBenchIDs(&f)
	}
	tmp := f.path + ".building"
	for _, p := range []string{tmp, tmp + "-wal", tmp + "-shm"} {
		if err := os.Remove(p); err != nil && !errors.Is(err, os.ErrNotExist) {
			return f, err
		}
	}
	db, err := store.Open(context.Background(), tmp)
	if err != nil {
		return f, err
	}
	genErr := generate(context.Background(), db)
	if err := errors.Join(genErr, db.Close()); err != nil {
		return f, err
	}
	if err := os.Rename(tmp, f.path); err != nil {
		return f, err
	}
	return f, readBenchIDs(&f)
}

// readBenchIDs finds the well-known users of a generated database.
func readBenchIDs(f *benchFixture) error {
	db, err := store.Open(context.Background(), f.path)
	if err != nil {
		return err
	}
	defer db.Close()
	q := db.Read()
	return errors.Join(
		q.QueryRow(`SELECT id FROM users WHERE login = 'owner'`).Scan(&f.ownerID),
		q.QueryRow(`SELECT id FROM users WHERE login = 'manager1'`).Scan(&f.managerID),
		q.QueryRow(`SELECT id FROM users WHERE login = 'rep01'`).Scan(&f.repID),
	)
}

// generate fills db in a few large transactions with prepared statements.
func generate(ctx context.Context, db *store.DB) error {
	r := rand.New(rand.NewPCG(7, 11))
	// Twenty reps, not the shared fifty: each owns 15,000 deals, the heavier
	// load per rep that the README's board and dashboard figures measure.
	reps, err := storetest.BenchTeam(ctx, db, 20)
	if err != nil {
		return err
	}
	customers, err := genCustomers(ctx, db, reps)
	if err != nil {
		return err
	}
	g, err := newDealGen(ctx, db, r, reps, customers)
	if err != nil {
		return err
	}
	for done := 0; done < benchDeals; done += 50_000 {
		if err := db.Tx(ctx, func(tx *sql.Tx) error { return g.batch(ctx, tx, 50_000) }); err != nil {
			return err
		}
	}
	return db.Tx(ctx, func(tx *sql.Tx) error { return g.writeStays(ctx, tx) })
}

// genCustomers adds the customers, customer i owned by rep i mod 20.
func genCustomers(ctx context.Context, db *store.DB, reps []string) ([]string, error) {
	ids := make([]string, benchCustomers)
	err := db.Tx(ctx, func(tx *sql.Tx) error {
		stmt, err := tx.PrepareContext(ctx, `INSERT INTO customers(id, kind, name, owner_id, owned_since, created_by,
			created_at, updated_at) VALUES (?, 'company', ?, ?, '2024-01-01T00:00:00.000Z', ?, '2024-01-01T00:00:00.000Z',
			'2024-01-01T00:00:00.000Z')`)
		if err != nil {
			return err
		}
		defer stmt.Close()
		for i := range ids {
			ids[i] = store.NewID()
			owner := reps[i%len(reps)]
			if _, err := stmt.ExecContext(ctx, ids[i], fmt.Sprintf("客户%06d有限公司", i), owner, owner); err != nil {
				return err
			}
		}
		return nil
	})
	return ids, err
}
