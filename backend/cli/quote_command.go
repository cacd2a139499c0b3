package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"steady/backend/apperr"
	"steady/backend/docs"
	"steady/backend/quote"
	"steady/backend/services"
	"steady/backend/store"
)

// runQuote runs `steady quote list|export|expire`; list and export see what --as may see.
func runQuote(ctx context.Context, env Env, args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("%w: quote needs a subcommand: list, export or expire", errUsage)
	}
	switch args[0] {
	case "list":
		return runQuoteList(ctx, env, args[1:])
	case "export":
		return runQuoteExport(ctx, env, args[1:])
	case "expire":
		return runQuoteExpire(ctx, env, args[1:])
	}
	return fmt.Errorf("%w: unknown quote subcommand %q", errUsage, args[0])
}

// openExisting opens the database at path (or the default one), refusing to
// create a missing file.
func openExisting(ctx context.Context, db string) (*store.DB, error) {
	path, err := store.ResolvePath(db)
	if err != nil {
		return nil, err
	}
	if err := existingFile(path, "database"); err != nil {
		return nil, err
	}
	s, err := store.Open(ctx, path)
	return s, about(path, err)
}

type quoteLine struct {
	Number     string `json:"number"`
	Customer   string `json:"customer"`
	Status     string `json:"status"`
	Currency   string `json:"currency"`
	TotalMinor int64  `json:"totalMinor"`
}

func runQuoteList(ctx context.Context, env Env, args []string) error {
	fs := flags("quote list", env)
	db := fs.String("db", "", "database file")
	as := asFlag(fs)
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parse(fs, args); err != nil {
		return err
	}
	run, err := openAs(ctx, env, *db, *as)
	if err != nil {
		return err
	}
	defer run.Close()
	list, err := run.set.Quotes.List(ctx, run.actor, quote.Filter{})
	if err != nil {
		return err
	}
	out := make([]quoteLine, len(list))
	for i, q := range list {
		out[i] = quoteLine{Number: q.Number, Customer: q.CustomerName, Status: q.Status, Currency: q.Currency, TotalMinor: q.TotalMinor}
	}
	if *asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	return printQuotes(env.Stdout, out)
}

func printQuotes(w io.Writer, list []quoteLine) error {
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "NUMBER\tSTATUS\tTOTAL\tCUSTOMER")
	for _, q := range list {
		fmt.Fprintf(tw, "%s\t%s\t%s %s\t%s\n", q.Number, q.Status, q.Currency, docs.Amount(q.TotalMinor, q.Currency), q.Customer)
	}
	return tw.Flush()
}

func runQuoteExport(ctx context.Context, env Env, args []string) error {
	fs := flags("quote export", env)
	db := fs.String("db", "", "database file")
	as := asFlag(fs)
	number := fs.String("number", "", "quote number, with -V2… for a revision")
	out := fs.String("out", "", "file to write: .xlsx or .pdf")
	if err := parse(fs, args); err != nil {
		return err
	}
	ext := strings.ToLower(filepath.Ext(*out))
	if *number == "" || *out == "" {
		return fmt.Errorf("%w: --number NUMBER and --out FILE are required", errUsage)
	}
	if ext != ".xlsx" && ext != ".pdf" {
		return fmt.Errorf("%w: --out must end in .xlsx or .pdf", errUsage)
	}
	if err := newFile(*out); err != nil {
		return err
	}
	run, err := openAs(ctx, env, *db, *as)
	if err != nil {
		return err
	}
	defer run.Close()
	svc := run.set.Quotes
	q, err := svc.QuoteByNumber(ctx, run.actor, *number)
	if errors.Is(err, apperr.ErrNotFound) {
		return say("no quote numbered %s (steady quote list shows them)", *number)
	}
	if err != nil {
		return err
	}
	write := svc.ExportXLSX
	if ext == ".pdf" {
		write = svc.ExportPDF
	}
	if err := writeNew(*out, func(w io.Writer) error { return write(ctx, run.actor, q.ID, w) }); err != nil {
		return about(*out, err)
	}
	fmt.Fprintf(env.Stdout, "exported %s to %s\n", q.Number, *out)
	return nil
}

// writeNew writes out through a temporary name, so a failure leaves no half
// file, and does not replace a file that appeared meanwhile.
func writeNew(out string, write func(w io.Writer) error) error {
	tmp := out + ".partial"
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	err = write(f)
	if closeErr := f.Close(); err == nil {
		err = closeErr
	}
	if _, statErr := os.Stat(out); err == nil && statErr == nil {
		err = fmt.Errorf("%s: %w", out, os.ErrExist) // it appeared meanwhile
	}
	if err == nil {
		err = os.Rename(tmp, out)
	}
	if err != nil {
		_ = os.Remove(tmp)
	}
	return err
}

func runQuoteExpire(ctx context.Context, env Env, args []string) error {
	fs := flags("quote expire", env)
	db := fs.String("db", "", "database file")
	if err := parse(fs, args); err != nil {
		return err
	}
	s, err := openExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer s.Close()
	n, err := services.New(s, time.Now).Quotes.ExpireDue(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "%d quotes expired\n", n)
	return nil
}
