package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"steady/backend/service"
)

// runService runs `steady service report` with the view of the user --as names.
func runService(ctx context.Context, env Env, args []string) error {
	if len(args) == 0 || args[0] != "report" {
		return fmt.Errorf("%w: service needs a subcommand: report", errUsage)
	}
	fs := flags("service report", env)
	db := fs.String("db", "", "database file")
	month := fs.String("month", "", "YYYY-MM, in the company's time zone")
	as := asFlag(fs)
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parse(fs, args[1:]); err != nil {
		return err
	}
	if _, err := time.Parse("2006-01", *month); err != nil {
		return fmt.Errorf("%w: --month YYYY-MM is required", errUsage)
	}
	run, err := openAs(ctx, env, *db, *as)
	if err != nil {
		return err
	}
	defer run.Close()
	r, err := run.set.Service.Report(ctx, run.actor, *month)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(r)
	}
	return printServiceReport(env.Stdout, r)
}

// printServiceReport prints one line per rep and the total; "-" is no data.
func printServiceReport(w io.Writer, r service.Report) error {
	fmt.Fprintf(w, "after-sales %s\n", r.Month)
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "REP\tOPENED\tRESOLVED\tON TIME\tON TIME %\tSURVEYS\tAVERAGE (1-5)\tNPS")
	line := func(name string, x service.ReportRow) {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%s\t%d\t%s\t%s\n", name, x.Opened, x.Resolved, x.ResolvedOnTime,
			hundredths(x.OnTimeBP), x.Surveys, hundredths(x.AverageX100), whole(x.NPS))
	}
	for _, x := range r.Rows {
		name := x.UserName
		if x.UserID == "" {
			name = "(no owner)"
		}
		line(name, x)
	}
	line("TOTAL", r.Total)
	return tw.Flush()
}

// hundredths prints a number kept in hundredths (an average, or basis
// points as a percentage) with two decimals; nil, no data, is "-".
func hundredths(n *int) string {
	if n == nil {
		return "-"
	}
	return fmt.Sprintf("%d.%02d", *n/100, *n%100)
}

func whole(n *int) string {
	if n == nil {
		return "-"
	}
	return fmt.Sprint(*n)
}
