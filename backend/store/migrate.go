package store

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"sort"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// migration is one released schema step. Released steps are never edited;
// a change is a new file with the next number.
type migration struct {
	name string
	sql  string
}

var migrations = loadMigrations()

func loadMigrations() []migration {
	names, err := fs.Glob(migrationFiles, "migrations/*.sql")
	if err != nil {
		panic(err) // the pattern is a constant
	}
	sort.Strings(names)
	list := make([]migration, 0, len(names))
	for _, name := range names {
		body, err := migrationFiles.ReadFile(name)
		if err != nil {
			panic(err) // embedded at build time
		}
		list = append(list, migration{name: name, sql: string(body)})
	}
	return list
}

// migrate applies the steps after the database's version up to target, each
// in its own transaction together with the new version number.
func migrate(ctx context.Context, db *sql.DB, target int) error {
	current, err := userVersion(ctx, db)
	if err != nil {
		return err
	}
	for step := current; step < target; step++ {
		if err := applyStep(ctx, db, step); err != nil {
			return err
		}
	}
	return nil
}

func applyStep(ctx context.Context, db *sql.DB, step int) (err error) {
	m := migrations[step]
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: migrate %s: begin: %w", m.name, err)
	}
	defer func() {
		if err != nil {
			_ = tx.Rollback() // the cause is already in err
		}
	}()
	if _, err = tx.ExecContext(ctx, m.sql); err != nil {
		return fmt.Errorf("store: migrate %s: %w", m.name, err)
	}
	if _, err = tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", step+1)); err != nil {
		return fmt.Errorf("store: migrate %s: record version: %w", m.name, err)
	}
	if err = tx.Commit(); err != nil {
		return fmt.Errorf("store: migrate %s: commit: %w", m.name, err)
	}
	return nil
}
