package cli

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"steady/backend/apperr"
	"steady/backend/customer"
	"steady/backend/services"
	"steady/backend/store"
)

// runCustomers runs `steady customers import|export|search`.
func runCustomers(ctx context.Context, env Env, args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("%w: customers needs a subcommand: import, export or search", errUsage)
	}
	switch args[0] {
	case "import":
		return runCustomersImport(ctx, env, args[1:])
	case "export":
		return runCustomersExport(ctx, env, args[1:])
	case "search":
		return runCustomersSearch(ctx, env, args[1:])
	}
	return fmt.Errorf("%w: unknown customers subcommand %q", errUsage, args[0])
}

// parseWithArg parses flags given before or after one positional argument
// (the file of an import, the query of a search) and returns it.
func parseWithArg(fs *flag.FlagSet, args []string, what string) (string, error) {
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return "", err
			}
			return "", fmt.Errorf("%w: %v", errUsage, err)
		}
		if fs.NArg() == 0 {
			break
		}
		rest = append(rest, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if len(rest) != 1 {
		return "", fmt.Errorf("%w: give exactly one %s", errUsage, what)
	}
	return rest[0], nil
}

// runCustomersImport imports a CSV or XLSX file as the user --as names. It
// fails only when the file cannot be read at all; refused rows are counted
// and written with their reasons next to the file.
func runCustomersImport(ctx context.Context, env Env, args []string) error {
	fs := flags("customers import", env)
	db := fs.String("db", "", "database file")
	as := fs.String("as", "", "login of the user who imports (and owns new customers)")
	lang := fs.String("lang", "zh-CN", "language of the rejected-rows report: zh-CN or en")
	file, err := parseWithArg(fs, args, "FILE to import")
	if err != nil {
		return err
	}
	if *as == "" {
		return fmt.Errorf("%w: --as LOGIN is required", errUsage)
	}
	if *lang != "zh-CN" && *lang != "en" {
		return fmt.Errorf("%w: --lang must be zh-CN or en", errUsage)
	}
	s, err := openExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer s.Close()
	s.OnWriteWait(func(waiting int) { // another Steady is writing: say why nothing moves
		if waiting > 0 {
			fmt.Fprintln(env.Stderr, "waiting for another program writing to the database (an import?)…")
		}
	})
	actor, err := actorByLogin(ctx, s, *as)
	if err != nil {
		return err
	}
	tbl, err := readImportFile(file)
	if err != nil {
		return err
	}
	sum, err := services.New(s, time.Now).Customers.Import(ctx, actor, tbl, customer.ImportOptions{}, nil)
	if _, ok := store.ProblemOf(err); ok {
		return err // a problem of the database, not of the file: plain words it
	}
	if err != nil {
		return fmt.Errorf("%s: %s", file, reason(err))
	}
	fmt.Fprintf(env.Stdout, "created %d, updated %d, unchanged %d, rejected %d (of %d rows)\n",
		sum.Created, sum.Updated, sum.Unchanged, len(sum.Rejected), sum.Rows)
	if sum.Mapped+sum.Added+sum.Noted > 0 {
		fmt.Fprintf(env.Stdout, "list values: %d matched, %d added to the list, %d unknown kept in notes\n",
			sum.Mapped, sum.Added, sum.Noted)
	}
	if len(sum.Rejected) == 0 {
		return nil
	}
	report := file + ".rejected.csv"
	if err := writeReport(report, tbl, sum.Rejected, *lang); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "rejected rows with reasons: %s\n", report)
	return nil
}

// readImportFile reads the file, and refuses one without any data row.
func readImportFile(path string) (customer.ImportTable, error) {
	if err := existingFile(path, "file to import"); err != nil {
		return customer.ImportTable{}, err
	}
	f, err := os.Open(path)
	if err != nil {
		return customer.ImportTable{}, err
	}
	defer f.Close()
	tbl, err := customer.ReadImportFile(filepath.Base(path), f)
	if err != nil {
		return tbl, fmt.Errorf("%s: %s", path, reason(err))
	}
	if len(tbl.Rows) == 0 {
		return tbl, fmt.Errorf("%s: no rows below the header", path)
	}
	return tbl, nil
}

// reason words a refusal of the whole file in English.
func reason(err error) string {
	e, ok := apperr.As(err)
	if !ok {
		return plain(err)
	}
	for field, fe := range e.Fields {
		if field == "file" { // the path already leads the line
			field = ""
		}
		return customer.RowMessage(customer.RowError{Field: field, Code: fe.Code, Params: fe.Params}, "en")
	}
	return e.Code
}

// writeReport writes the refused rows next to the imported file, replacing
// the report of an earlier run.
func writeReport(path string, tbl customer.ImportTable, rejected []customer.RowError, lang string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	err = customer.WriteRejectedCSV(f, tbl, rejected, lang)
	if closeErr := f.Close(); err == nil {
		err = closeErr
	}
	return err
}

// runCustomersExport writes every customer the acting user sees to a new workbook.
func runCustomersExport(ctx context.Context, env Env, args []string) error {
	fs := flags("customers export", env)
	db := fs.String("db", "", "database file")
	as := asFlag(fs)
	out := fs.String("out", "", "workbook to write (.xlsx)")
	lang := fs.String("lang", "zh-CN", "language of headers and words: zh-CN or en")
	var lq customer.ListQuery
	fs.StringVar(&lq.Stage, "stage", "", "only this stage: lead, prospect, customer, repeat, dormant, churned")
	fs.StringVar(&lq.Segment, "segment", "", "only this segment: high_value, potential, ordinary, at_risk")
	fs.StringVar(&lq.City, "city", "", "only this city")
	fs.StringVar(&lq.Tag, "tag", "", "only customers with this tag")
	if err := parse(fs, args); err != nil {
		return err
	}
	if !strings.EqualFold(filepath.Ext(*out), ".xlsx") {
		return fmt.Errorf("%w: --out FILE.xlsx is required", errUsage)
	}
	if *lang != "zh-CN" && *lang != "en" {
		return fmt.Errorf("%w: --lang must be zh-CN or en", errUsage)
	}
	if err := choice("stage", lq.Stage, customer.Stages()); err != nil {
		return err
	}
	if err := choice("segment", lq.Segment, customer.Segments()); err != nil {
		return err
	}
	if err := newFile(*out); err != nil {
		return err
	}
	run, err := openAs(ctx, env, *db, *as)
	if err != nil {
		return err
	}
	defer run.Close()
	var sum customer.ExportSummary
	err = writeNew(*out, func(w io.Writer) error {
		var exportErr error
		sum, exportErr = run.set.Customers.ExportXLSX(ctx, run.actor, lq, *lang, w, nil)
		if exportErr == nil && sum.Cancelled {
			exportErr = ctx.Err()
		}
		return exportErr
	})
	if err != nil {
		return about(*out, err)
	}
	fmt.Fprintf(env.Stdout, "exported %d customers to %s\n", sum.Rows, *out)
	return nil
}

// choice refuses a filter value outside its list, which would otherwise
// match nothing and pass for an empty result; "" is no filter.
func choice(name, value string, allowed []string) error {
	if value == "" || slices.Contains(allowed, value) {
		return nil
	}
	return fmt.Errorf("%w: --%s %q is not one of %s", errUsage, name, value, strings.Join(allowed, ", "))
}

// searchLine is one match as the command prints it.
type searchLine struct {
	ID        string `json:"id"`
	ContactID string `json:"contactId,omitempty"`
	Name      string `json:"name"`
	Company   string `json:"company"`
	Phone     string `json:"phone"`
	Email     string `json:"email"`
	Owner     string `json:"owner"`
	OwnerID   string `json:"ownerId"`
	Stage     string `json:"stage"`
	Segment   string `json:"segment"`
	Matched   string `json:"matched"`
}

// runCustomersSearch prints the customers and contacts a query finds, best first.
func runCustomersSearch(ctx context.Context, env Env, args []string) error {
	fs := flags("customers search", env)
	db := fs.String("db", "", "database file")
	as := asFlag(fs)
	asJSON := fs.Bool("json", false, "print JSON")
	limit := fs.Int("limit", 20, "most matches to print (at most 100)")
	query, err := parseWithArg(fs, args, "QUERY")
	if err != nil {
		return err
	}
	run, err := openAs(ctx, env, *db, *as)
	if err != nil {
		return err
	}
	defer run.Close()
	hits, err := run.set.Customers.Search(ctx, run.actor, query, *limit)
	if err != nil {
		return err
	}
	out := make([]searchLine, len(hits))
	for i, h := range hits {
		out[i] = searchLine{ID: h.CustomerID, ContactID: h.ContactID, Name: h.Name, Company: h.Company, Phone: h.Phone,
			Email: h.Email, Owner: h.OwnerName, OwnerID: h.OwnerID, Stage: h.Stage, Segment: h.Segment, Matched: h.Matched}
	}
	if *asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	tw := tabwriter.NewWriter(env.Stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tCOMPANY\tPHONE\tOWNER\tSTAGE\tSEGMENT")
	for _, l := range out {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", l.Name, l.Company, l.Phone, l.Owner, l.Stage, l.Segment)
	}
	return tw.Flush()
}
