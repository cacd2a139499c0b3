package customer

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"steady/backend/store"
	"steady/backend/store/storetest"
)

// The benchmark database: 100,000 customers (with contacts), 1,000,000
// activities, built once and kept in the temporary folder under a name that
// changes with the generator and the schema, so re-runs start at once.
const (
	benchCustomers  = 100_000
	benchActivities = 1_000_000
	benchHeavy      = 5_000 // activities of the one customer the timeline benchmark reads
	benchGenVersion = "v2"
)

// benchFixture is what the benchmarks need to know about the generated data.
type benchFixture struct {
	path      string
	ownerID   string
	repID     string
	managerID string
	heavyID   string // the customer with benchHeavy activities
	typicalID string
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
	schema, err := schemaDigest()
	if err != nil {
		return benchFixture{}, err
	}
	name := fmt.Sprintf("steady-bench-customers-%s-%s.db", benchGenVersion, schema)
	f := benchFixture{path: filepath.Join(os.TempDir(), name)}
	if _, err := os.Stat(f.path); err == nil {
		return f, readBenchIDs(&f)
	}
	if err := removeStaleBenchDBs(); err != nil {
		return f, err
	}
	tmp := fmt.Sprintf("%s.building-%d", f.path, os.Getpid()) // another run may be building too
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
	for _, side := range []string{tmp + "-wal", tmp + "-shm"} {
		if err := os.Remove(side); err != nil && !errors.Is(err, os.ErrNotExist) {
			return f, err
		}
	}
	return f, readBenchIDs(&f)
}

// removeStaleBenchDBs deletes databases built for other schemas or
// generators: each is most of a gigabyte.
func removeStaleBenchDBs() error {
	stale, err := filepath.Glob(filepath.Join(os.TempDir(), "steady-bench-customers-*"))
	if err != nil {
		return err
	}
	for _, p := range stale {
		if strings.Contains(p, ".building-") {
			continue // possibly another run's work in progress
		}
		if err := os.Remove(p); err != nil && !errors.Is(err, os.ErrNotExist) {
			return err
		}
	}
	return nil
}

// schemaDigest names the schema by the text of every migration, so a cached
// database is rebuilt whenever a migration changes.
func schemaDigest() (string, error) {
	files, err := filepath.Glob(filepath.Join("..", "store", "migrations", "*.sql"))
	if err != nil || len(files) == 0 {
		return "", fmt.Errorf("find migrations: %v", err)
	}
	h := sha256.New()
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return "", err
		}
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil))[:12], nil
}

// readBenchIDs finds the well-known rows of a generated database.
func readBenchIDs(f *benchFixture) error {
	db, err := store.Open(context.Background(), f.path)
	if err != nil {
		return err
	}
	defer db.Close()
	q := db.Read()
	return errors.Join(
		q.QueryRow(`SELECT id FROM users WHERE login = 'owner'`).Scan(&f.ownerID),
		q.QueryRow(`SELECT id FROM users WHERE login = 'rep01'`).Scan(&f.repID),
		q.QueryRow(`SELECT id FROM users WHERE login = 'manager1'`).Scan(&f.managerID),
		q.QueryRow(`SELECT customer_id FROM activities GROUP BY customer_id ORDER BY count(*) DESC LIMIT 1`).Scan(&f.heavyID),
		q.QueryRow(`SELECT id FROM customers WHERE owner_id = ? LIMIT 1 OFFSET 7`, f.repID).Scan(&f.typicalID),
	)
}

// generate fills db in a few large transactions with prepared statements.
func generate(ctx context.Context, db *store.DB) error {
	r := rand.New(rand.NewPCG(7, 11))
	// Twenty reps, not the shared fifty: each holds 5,000 customers, the
	// heavier load per rep that the README's list and search figures measure.
	users, err := storetest.BenchTeam(ctx, db, 20)
	if err != nil {
		return err
	}
	customers, err := genCustomers(ctx, db, r, users)
	if err != nil {
		return err
	}
	return genActivities(ctx, db, r, users, customers)
}
