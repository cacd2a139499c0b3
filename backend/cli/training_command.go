package cli

import (
	"context"
	"fmt"
	"io"
	"time"

	"steady/backend/auth"
	"steady/backend/services"
	"steady/backend/store"
	"steady/backend/training"
)

// runTraining runs `steady training export`: the team matrix and every
// training record as an Excel workbook, read with the owner's view.
func runTraining(ctx context.Context, env Env, args []string) error {
	if len(args) == 0 || args[0] != "export" {
		return fmt.Errorf("%w: training needs a subcommand: export", errUsage)
	}
	fs := flags("training export", env)
	db := fs.String("db", "", "database file")
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
	path, err := store.ResolvePath(*db)
	if err != nil {
		return err
	}
	if err := existingFile(path, "database"); err != nil {
		return err
	}
	if err := newFile(*out); err != nil {
		return err
	}
	s, err := store.Open(ctx, path)
	if err != nil {
		return about(path, err)
	}
	defer s.Close()
	svc := services.New(s, time.Now).Training
	if err := writeExport(ctx, svc, *out, *lang, *level); err != nil {
		return about(*out, err)
	}
	fmt.Fprintf(env.Stdout, "exported training of %s to %s\n", path, *out)
	return nil
}

// writeExport writes the workbook read with the owner's view.
func writeExport(ctx context.Context, svc *training.Service, out, lang, level string) error {
	return writeNew(out, func(w io.Writer) error {
		return svc.ExportXLSX(ctx, commandLine, lang, training.MatrixFilter{Level: level}, w)
	})
}
