package store

import (
	"context"
	"testing"
)

// fixture is data written at a given schema version and expected to survive
// every later migration. Each new migration adds fixtures for what it creates.
type fixture struct {
	version int    // the schema version the seed is written against
	seed    string // SQL run at that version
	check   string // a query returning one integer
	want    int
}

var fixtures = []fixture{
	{
		version: 1,
		seed: `INSERT INTO users(id, name, login, password_hash, role, created_at, updated_at)
		       VALUES ('u1', '张伟', 'owner', 'x', 'owner', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
		       INSERT INTO company(id, name, created_at, updated_at)
		       VALUES ('c1', '上海示例贸易有限公司', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');`,
		check: `SELECT count(*) FROM users u JOIN company c ON c.name = '上海示例贸易有限公司' WHERE u.name = '张伟'`,
		want:  1,
	},
}

// TestUpgradeFromEveryEarlierStepKeepsData builds a database at each released
// step, writes that step's fixtures, then opens it with this build.
func TestUpgradeFromEveryEarlierStepKeepsData(t *testing.T) {
	ctx := context.Background()
	for step := 1; step <= LatestSchemaVersion(); step++ {
		path := tempPath(t)
		old, err := open(ctx, path, step)
		if err != nil {
			t.Fatalf("build at step %d: %v", step, err)
		}
		for _, f := range fixtures {
			if f.version > step {
				continue
			}
			if _, err := old.writer.Exec(f.seed); err != nil {
				t.Fatalf("seed at step %d: %v", step, err)
			}
		}
		old.Close()

		db, err := Open(ctx, path)
		if err != nil {
			t.Fatalf("upgrade from step %d: %v", step, err)
		}
		if v, _ := db.SchemaVersion(ctx); v != LatestSchemaVersion() {
			t.Fatalf("after upgrade from %d: version %d", step, v)
		}
		for _, f := range fixtures {
			if f.version > step {
				continue
			}
			var got int
			if err := db.Read().QueryRow(f.check).Scan(&got); err != nil || got != f.want {
				t.Fatalf("from step %d: %s = %d, %v; want %d", step, f.check, got, err, f.want)
			}
		}
		db.Close()
	}
}

func TestEveryMigrationHasAFixture(t *testing.T) {
	covered := map[int]bool{}
	for _, f := range fixtures {
		covered[f.version] = true
	}
	for v := 1; v <= LatestSchemaVersion(); v++ {
		if !covered[v] {
			t.Errorf("migration %d (%s) has no fixture proving its data survives upgrades", v, migrations[v-1].name)
		}
	}
}
