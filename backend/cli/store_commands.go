package cli

import (
	"context"
	"errors"
	"fmt"
	iofs "io/fs"
	"strings"
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
	if err := existingFile(path, "database"); err != nil {
		return err
	}
	report, err := store.Check(ctx, path, true)
	if err != nil {
		return about(path, err)
	}
	if report.Integrity != "ok" { // the command is asked for the details: the first problem
		first, _, _ := strings.Cut(report.Integrity, "; ")
		return say("%s is damaged: %s", path, first)
	}
	if err := report.Err(); err != nil {
		return about(path, err)
	}
	if report.SchemaVersion == 0 {
		return about(path, store.ErrNotSteady)
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
	if err := existingFile(path, "database"); err != nil {
		return err
	}
	if err := store.CheckBackupTarget(path, *out); err != nil {
		return about(*out, err)
	}
	if err := newFile(*out); err != nil {
		return err
	}
	switch err := store.BackupFile(ctx, path, *out); {
	case errors.Is(err, iofs.ErrExist), errors.Is(err, store.ErrBackupOntoLive): // appeared meanwhile; names the database
		return about(*out, err)
	case err != nil && storeProblem(path, err) != "":
		return about(path, err)
	case err != nil:
		return say("could not write the backup %s: %v", *out, cause(err))
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
	if err := existingFile(*in, "backup"); err != nil {
		return err
	}
	kept, err := store.Restore(ctx, path, *in, time.Now())
	switch {
	case errors.Is(err, store.ErrInUse):
		return about(path, err)
	case err != nil && storeProblem(*in, err) != "": // the backup was checked and refused; nothing changed
		return about(*in, err)
	case err != nil:
		return say("could not restore %s from %s: %v", path, *in, cause(err))
	}
	fmt.Fprintf(env.Stdout, "restored %s from %s\n", path, *in)
	if kept != "" {
		fmt.Fprintf(env.Stdout, "the replaced database was kept as %s\n", kept)
	}
	return nil
}
