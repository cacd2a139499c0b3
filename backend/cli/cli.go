// Package cli runs Steady's headless subcommands: the same binary, no window,
// exit code 0 on success, a one-line reason on stderr otherwise, and 2 with
// the usage for a command or flag it does not know.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// Env is what a command runs with.
type Env struct {
	Stdout  io.Writer
	Stderr  io.Writer
	Version string
}

type command struct {
	name    string
	summary string
	run     func(ctx context.Context, env Env, args []string) error
}

func commands() []command {
	return []command{
		{"version", "print the version", runVersion},
		{"check", "--db PATH: check integrity and schema version", runCheck},
		{"backup", "--db PATH --out FILE: write a consistent backup", runBackup},
		{"restore", "--db PATH --in FILE: replace the database with a checked backup", runRestore},
		{"demo", "--db PATH [--seed N] [--customers N]: create a demo company with N customers (300 by default; 0: people, training and catalog, no customers, deals or quotes)", runDemo},
		{"training", "export --db PATH --out FILE.xlsx [--lang zh-CN|en] [--level L] [--as LOGIN]: team training matrix and records", runTraining},
		{"quote", "list --db PATH [--json] [--as LOGIN] | export --db PATH --number N --out FILE.xlsx|.pdf [--as LOGIN] | expire --db PATH", runQuote},
		{"customers", "import --db PATH --as LOGIN FILE | export --db PATH --out FILE.xlsx [--stage S] [--segment S] [--city C] [--tag T] [--as LOGIN] | search --db PATH [--json] [--as LOGIN] QUERY", runCustomers},
		{"appraisal", "generate --db PATH --month YYYY-MM [--as LOGIN] | list --db PATH --month YYYY-MM [--json] [--as LOGIN] | report --db PATH --month YYYY-MM (--rep LOGIN | --all | --team) [--as LOGIN] [--lang zh-CN|en] --out FILE.pdf", runAppraisal},
		{"sales", "funnel --db PATH --from YYYY-MM-DD --to YYYY-MM-DD [--json] [--as LOGIN]: stages with deals, amount, conversion, lost", runSales},
		{"service", "report --db PATH --month YYYY-MM [--json] [--as LOGIN]: after-sales per rep and in total (tickets opened, resolved, within target, satisfaction, surveys, NPS)", runService},
		{"export-all", "--db PATH --out FILE.xlsx [--lang zh-CN|en] [--as LOGIN]: the whole company, a sheet per table (owner only)", runExportAll},
		{"audit", "--db PATH [--json] [--since YYYY-MM-DD] [--as LOGIN]: the trail of who changed what (owner only)", runAudit},
	}
}

// IsCommand says whether args start with a subcommand name (anything that is
// not a flag); the desktop app starts otherwise.
func IsCommand(args []string) bool {
	return len(args) > 0 && !strings.HasPrefix(args[0], "-")
}

// errUsage marks a mistake in how the command was called (exit code 2).
var errUsage = errors.New("usage")

// Run runs args[0] with the rest of args and returns the exit code.
func Run(ctx context.Context, env Env, args []string) int {
	for _, c := range commands() {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, env, args[1:])
		switch {
		case err == nil:
			return 0
		case errors.Is(err, flag.ErrHelp):
			return 0
		case errors.Is(err, errUsage):
			fmt.Fprintf(env.Stderr, "steady %s: %v\n", c.name, err)
			Usage(env.Stderr)
			return 2
		default:
			fmt.Fprintf(env.Stderr, "steady %s: %s\n", c.name, plain(err))
			return 1
		}
	}
	fmt.Fprintf(env.Stderr, "steady: unknown command %q\n", args[0])
	Usage(env.Stderr)
	return 2
}

// Usage prints every command. A data command acts as the user --as names,
// with that user's permissions, or as the owner (said on stderr).
func Usage(w io.Writer) {
	fmt.Fprintln(w, "usage: steady [--db PATH]            open the app")
	for _, c := range commands() {
		fmt.Fprintf(w, "       steady %-9s %s\n", c.name, c.summary)
	}
}

func oneLine(err error) string {
	return strings.Join(strings.Fields(err.Error()), " ")
}

// flags returns a flag set that reports mistakes as usage errors.
func flags(name string, env Env) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// parse parses args and rejects stray positional arguments.
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
	}
	return nil
}

// ParseDesktopFlags reads the flags the desktop app accepts.
func ParseDesktopFlags(args []string) (dbPath string, err error) {
	fs := flag.NewFlagSet("steady", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&dbPath, "db", "", "database file")
	if err := fs.Parse(withoutMacProcessSerial(args)); err != nil {
		return "", err
	}
	if fs.NArg() > 0 {
		return "", fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	return dbPath, nil
}

// withoutMacProcessSerial drops the -psn_… argument old macOS versions add.
func withoutMacProcessSerial(args []string) []string {
	out := args[:0:0]
	for _, a := range args {
		if !strings.HasPrefix(a, "-psn_") {
			out = append(out, a)
		}
	}
	return out
}
