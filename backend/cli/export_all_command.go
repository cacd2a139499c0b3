package cli

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"steady/backend/exportall"
)

// runExportAll runs `steady export-all`: the whole company to one workbook,
// for the owner only (it holds every customer of every rep).
func runExportAll(ctx context.Context, env Env, args []string) error {
	fs := flags("export-all", env)
	db := fs.String("db", "", "database file")
	out := fs.String("out", "", "workbook to write (.xlsx)")
	lang := fs.String("lang", "zh-CN", "language of sheet names and headers: zh-CN or en")
	as := asFlag(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	if !strings.EqualFold(filepath.Ext(*out), ".xlsx") {
		return fmt.Errorf("%w: --out FILE.xlsx is required", errUsage)
	}
	if *lang != "zh-CN" && *lang != "en" {
		return fmt.Errorf("%w: --lang must be zh-CN or en", errUsage)
	}
	if err := newFile(*out); err != nil {
		return err
	}
	run, err := openAs(ctx, env, *db, *as)
	if err != nil {
		return err
	}
	defer run.Close()
	var sum exportall.Summary
	err = writeNew(*out, func(w io.Writer) error {
		var err error
		sum, err = exportall.Write(ctx, run.db, run.actor, w, exportall.Options{Lang: *lang})
		return err
	})
	if err != nil {
		return about(*out, err)
	}
	fmt.Fprintf(env.Stdout, "exported %d rows of %d tables to %s\n", sum.Rows, len(sum.Tables), *out)
	if sum.LongTexts > 0 {
		fmt.Fprintf(env.Stderr, "%d texts were longer than an Excel cell holds (32,767 characters); each continues on the last sheet\n", sum.LongTexts)
	}
	return nil
}
