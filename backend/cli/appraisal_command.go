package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"steady/backend/appraisal"
)

// runAppraisal runs `steady appraisal generate|list|report`.
func runAppraisal(ctx context.Context, env Env, args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("%w: appraisal needs a subcommand: generate, list or report", errUsage)
	}
	switch args[0] {
	case "generate":
		return runAppraisalGenerate(ctx, env, args[1:])
	case "list":
		return runAppraisalList(ctx, env, args[1:])
	case "report":
		return runAppraisalReport(ctx, env, args[1:])
	}
	return fmt.Errorf("%w: unknown appraisal subcommand %q", errUsage, args[0])
}

// openAppraisal opens the database and finds who acts (see openAs).
func openAppraisal(ctx context.Context, env Env, db, as, month string) (*acting, error) {
	if month == "" {
		return nil, fmt.Errorf("%w: --month YYYY-MM is required", errUsage)
	}
	return openAs(ctx, env, db, as)
}

func runAppraisalGenerate(ctx context.Context, env Env, args []string) error {
	fs := flags("appraisal generate", env)
	db, month, as := fs.String("db", "", "database file"), fs.String("month", "", "YYYY-MM"), asFlag(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	run, err := openAppraisal(ctx, env, *db, *as, *month)
	if err != nil {
		return err
	}
	defer run.db.Close()
	g, err := run.set.Appraisal.Generate(ctx, run.actor, *month)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "%s: %d computed, %d final left as they were\n", g.Month, g.Computed, g.Final)
	if len(g.NoTemplate) > 0 {
		fmt.Fprintf(env.Stdout, "no template for: %s\n", strings.Join(g.NoTemplate, ", "))
	}
	return nil
}

// listedMetric and listedAppraisal are `appraisal list --json`'s shape; null where there is no data.
type listedMetric struct {
	Code   string `json:"code"`
	Name   string `json:"name,omitempty"`
	Weight int    `json:"weight"`
	Target *int64 `json:"target"`
	Actual *int64 `json:"actual"`
	Score  *int   `json:"score"` // hundredths of a point
	NoData string `json:"noData,omitempty"`
}

type listedAppraisal struct {
	Login   string         `json:"login"`
	Name    string         `json:"name"`
	Total   *int           `json:"total"`
	Grade   *string        `json:"grade"`
	Status  string         `json:"status"`
	Metrics []listedMetric `json:"metrics"`
}

func runAppraisalList(ctx context.Context, env Env, args []string) error {
	fs := flags("appraisal list", env)
	db, month, as := fs.String("db", "", "database file"), fs.String("month", "", "YYYY-MM"), asFlag(fs)
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parse(fs, args); err != nil {
		return err
	}
	run, err := openAppraisal(ctx, env, *db, *as, *month)
	if err != nil {
		return err
	}
	defer run.db.Close()
	list, err := run.set.Appraisal.Appraisals(ctx, run.actor, *month)
	if err != nil {
		return err
	}
	out := make([]listedAppraisal, 0, len(list))
	for _, a := range list {
		out = append(out, listed(a))
	}
	if *asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "LOGIN\tNAME\tTOTAL\tGRADE\tSTATUS")
	for _, a := range out {
		total, grade := "no data", "-"
		if a.Total != nil {
			total, grade = fmt.Sprintf("%d.%02d", *a.Total/100, *a.Total%100), *a.Grade
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", a.Login, a.Name, total, grade, a.Status)
	}
	return tw.Flush()
}

func listed(a appraisal.Appraisal) listedAppraisal {
	l := listedAppraisal{Login: a.Login, Name: a.UserName, Total: a.Total, Status: a.Status, Metrics: []listedMetric{}}
	if a.Grade != "" {
		l.Grade = &a.Grade
	}
	for _, r := range a.Results {
		l.Metrics = append(l.Metrics, listedMetric{Code: r.Code, Name: r.Name, Weight: r.Weight, Target: r.Target,
			Actual: r.Actual, Score: r.Points, NoData: r.NoData})
	}
	return l
}

func runAppraisalReport(ctx context.Context, env Env, args []string) error {
	fs := flags("appraisal report", env)
	db, month, as := fs.String("db", "", "database file"), fs.String("month", "", "YYYY-MM"), asFlag(fs)
	rep, all, team := fs.String("rep", "", "login of one rep"), fs.Bool("all", false, "every rep"), fs.Bool("team", false, "the team of --as")
	out, lang := fs.String("out", "", "PDF to write"), fs.String("lang", "zh-CN", "zh-CN or en")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := reportFlags(*rep, *all, *team, *out, *lang); err != nil {
		return err
	}
	if err := newFile(*out); err != nil {
		return err
	}
	run, err := openAppraisal(ctx, env, *db, *as, *month)
	if err != nil {
		return err
	}
	defer run.db.Close()
	r := appraisal.Report{Month: *month, Lang: *lang, Summary: *rep == ""}
	if *rep != "" {
		who, err := actorByLogin(ctx, run.db, *rep)
		if err != nil {
			return err
		}
		r.UserIDs = []string{who.ID}
	}
	write := func(w io.Writer) error { return run.set.Appraisal.WriteReport(ctx, run.actor, r, w, nil) }
	if err := writeNew(*out, write); err != nil {
		return about(*out, err)
	}
	fmt.Fprintf(env.Stdout, "wrote %s\n", *out)
	return nil
}

func reportFlags(rep string, all, team bool, out, lang string) error {
	chosen := 0
	for _, set := range []bool{rep != "", all, team} {
		if set {
			chosen++
		}
	}
	switch {
	case chosen != 1:
		return fmt.Errorf("%w: choose one of --rep LOGIN, --all or --team", errUsage)
	case out == "":
		return fmt.Errorf("%w: --out FILE.pdf is required", errUsage)
	case lang != "zh-CN" && lang != "en":
		return fmt.Errorf("%w: --lang must be zh-CN or en", errUsage)
	}
	return nil
}
