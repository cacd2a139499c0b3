package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"steady/backend/store"
)

func runVersion(_ context.Context, env Env, args []string) error {
	if err := parse(flags("version", env), args); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Steady %s (database schema %d)\n", env.Version, store.LatestSchemaVersion())
	return nil
}

func runCheck(ctx context.Context, env Env, args []string) error {
	fs := flags("check", env)
	db := fs.String("db", "", "database file")
	if err := parse(fs, args); err != nil {
		return err
	}
	path, err := store.ResolvePath(*db)
	if err != nil {
		return err
	}
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("no database at %s", path)
	}
	report, err := store.Check(ctx, path, true)
	if err != nil {
		return err
	}
	if err := report.Err(); err != nil {
		return err
	}
	if report.SchemaVersion == 0 {
		return fmt.Errorf("%s: %w", path, store.ErrNotSteady)
	}
	fmt.Fprintf(env.Stdout, "ok: %s, integrity ok, schema %d (this app: %d)\n", path, report.SchemaVersion, report.LatestVersion)
	return nil
}

func runBackup(ctx context.Context, env Env, args []string) error {
	fs := flags("backup", env)
	db := fs.String("db", "", "database file")
	out := fs.String("out", "", "backup file to write")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *out == "" {
		return fmt.Errorf("%w: --out FILE is required", errUsage)
	}
	path, err := store.ResolvePath(*db)
	if err != nil {
		return err
	}
	if err := store.BackupFile(ctx, path, *out); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "backed up %s to %s\n", path, *out)
	return nil
}

func runRestore(ctx context.Context, env Env, args []string) error {
	fs := flags("restore", env)
	db := fs.String("db", "", "database file to replace")
	in := fs.String("in", "", "backup file to restore")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *in == "" {
		return fmt.Errorf("%w: --in FILE is required", errUsage)
	}
	path, err := store.ResolvePath(*db)
	if err != nil {
		return err
	}
	kept, err := store.Restore(ctx, path, *in, time.Now())
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "restored %s from %s\n", path, *in)
	if kept != "" {
		fmt.Fprintf(env.Stdout, "the replaced database was kept as %s\n", kept)
	}
	return nil
}
