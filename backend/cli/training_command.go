package cli

import (
	"context"
	"fmt"
	"io"

	"steady/backend/auth"
	"steady/backend/training"
)

// runTraining runs `steady training export`: the team matrix and every
// training record as an Excel workbook, as the user --as names sees them.
func runTraining(ctx context.Context, env Env, args []string) error {
	if len(args) == 0 || args[0] != "export" {
		return fmt.Errorf("%w: training needs a subcommand: export", errUsage)
	}
	fs := flags("training export", env)
	db := fs.String("db", "", "database file")
	as := asFlag(fs)
	out := fs.String("out", "", "workbook to write (.xlsx)")
	lang := fs.String("lang", "zh-CN", "language of headers and words: zh-CN or en")
	level := fs.String("level", "", "only reps of this level: new_hire, junior or senior")
	if err := parse(fs, args[1:]); err != nil {
		return err
	}
	if *out == "" {
		return fmt.Errorf("%w: --out FILE.xlsx is required", errUsage)
	}
	if *lang != "zh-CN" && *lang != "en" {
		return fmt.Errorf("%w: --lang must be zh-CN or en", errUsage)
	}
	if *level != "" && *level != auth.LevelNewHire && *level != auth.LevelJunior && *level != auth.LevelSenior {
		return fmt.Errorf("%w: --level must be new_hire, junior or senior", errUsage)
	}
	if err := newFile(*out); err != nil {
		return err
	}
	run, err := openAs(ctx, env, *db, *as)
	if err != nil {
		return err
	}
	defer run.Close()
	err = writeNew(*out, func(w io.Writer) error {
		return run.set.Training.ExportXLSX(ctx, run.actor, *lang, training.MatrixFilter{Level: *level}, w)
	})
	if err != nil {
		return about(*out, err)
	}
	fmt.Fprintf(env.Stdout, "exported training of %s to %s\n", run.db.Path(), *out)
	return nil
}
