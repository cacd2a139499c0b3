package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"steady/backend/docs"
	"steady/backend/sales"
)

// runSales runs `steady sales funnel` with the view of the user --as names.
func runSales(ctx context.Context, env Env, args []string) error {
	if len(args) == 0 || args[0] != "funnel" {
		return fmt.Errorf("%w: sales needs a subcommand: funnel", errUsage)
	}
	fs := flags("sales funnel", env)
	db := fs.String("db", "", "database file")
	as := asFlag(fs)
	from := fs.String("from", "", "first day, YYYY-MM-DD")
	to := fs.String("to", "", "last day, YYYY-MM-DD (included)")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parse(fs, args[1:]); err != nil {
		return err
	}
	for _, day := range []string{*from, *to} {
		if _, err := time.Parse(time.DateOnly, day); err != nil {
			return fmt.Errorf("%w: --from and --to must be days as YYYY-MM-DD", errUsage)
		}
	}
	if *to < *from {
		return say("the period ends before it starts: --to %s is before --from %s", *to, *from)
	}
	run, err := openAs(ctx, env, *db, *as)
	if err != nil {
		return err
	}
	defer run.Close()
	f, err := run.set.Sales.Funnel(ctx, run.actor, sales.FunnelQuery{From: *from, To: *to})
	if err != nil {
		return err
	}
	out := funnelOutput(f)
	if *asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	return printFunnel(env.Stdout, out)
}

// funnelStage is one line of the command's output: the deals created in the
// period that reached the stage, their amount, the share that reached the
// next stage, and those lost in it.
type funnelStage struct {
	Code         string `json:"code"`
	Name         string `json:"name"`
	NameEn       string `json:"nameEn"`
	Count        int    `json:"count"`
	AmountMinor  int64  `json:"amountMinor"`
	ConversionBP int    `json:"conversionBp"`
	Lost         int    `json:"lost"`
}

type funnelReport struct {
	From      string        `json:"from"`
	To        string        `json:"to"`
	Currency  string        `json:"currency"`
	Deals     int           `json:"deals"`
	Won       int           `json:"won"`
	Lost      int           `json:"lost"`
	WinRateBP int           `json:"winRateBp"`
	Stages    []funnelStage `json:"stages"`
}

func funnelOutput(f sales.Funnel) funnelReport {
	out := funnelReport{From: f.From, To: f.To, Currency: f.Currency, Deals: f.Deals, Won: f.Won, Lost: f.Lost,
		WinRateBP: f.WinRateBP, Stages: []funnelStage{}}
	for _, st := range f.Stages {
		out.Stages = append(out.Stages, funnelStage{Code: st.Code, Name: st.NameZh, NameEn: st.NameEn, Count: st.Reached,
			AmountMinor: st.ReachedAmountMinor, ConversionBP: st.ConversionBP, Lost: st.Lost})
	}
	return out
}

func printFunnel(w io.Writer, f funnelReport) error {
	fmt.Fprintf(w, "%s … %s: %d deals, %d won, %d lost\n", f.From, f.To, f.Deals, f.Won, f.Lost)
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "STAGE\tDEALS\tAMOUNT\tTO NEXT\tLOST")
	for _, st := range f.Stages {
		fmt.Fprintf(tw, "%s\t%d\t%s %s\t%.1f%%\t%d\n", st.Name, st.Count, f.Currency, docs.Amount(st.AmountMinor, f.Currency),
			float64(st.ConversionBP)/100, st.Lost)
	}
	return tw.Flush()
}
