package cli

import (
	"context"
	"fmt"
	"time"

	"steady/backend/demo"
	"steady/backend/store"
)

func runDemo(ctx context.Context, env Env, args []string) error {
	fs := flags("demo", env)
	db := fs.String("db", "", "new database file")
	seed := fs.Uint64("seed", 1, "random seed; the same seed gives the same data")
	customers := fs.Int("customers", 300, "number of demo customers, each rep with a pipeline; 0 for a company without customers, deals or quotes")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *customers < 0 {
		return fmt.Errorf("%w: --customers must not be negative", errUsage)
	}
	path, err := store.ResolvePath(*db)
	if err != nil {
		return err
	}
	sum, err := demo.Create(ctx, path, demo.Options{Seed: *seed, Customers: *customers, Now: time.Now()})
	if err != nil {
		return about(path, err)
	}
	fmt.Fprintf(env.Stdout, "created %s: %s with %d users (owner, manager, rep1…rep5; password %q) and %d customers\n",
		path, sum.Company, sum.Users, demo.Password, *customers)
	return nil
}
