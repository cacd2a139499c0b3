package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"steady/backend/audit"
)

// auditPage is how many rows the command reads at a time.
const auditPage = 500

// runAudit runs `steady audit`: the trail of changes, oldest first, from
// --since (a day in the company's time zone) on. Only the owner reads it.
func runAudit(ctx context.Context, env Env, args []string) error {
	fs := flags("audit", env)
	db := fs.String("db", "", "database file")
	asJSON := fs.Bool("json", false, "print JSON")
	since := fs.String("since", "", "first day, YYYY-MM-DD, in the company's time zone")
	as := asFlag(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	if *since != "" {
		if _, err := time.Parse(time.DateOnly, *since); err != nil {
			return fmt.Errorf("%w: --since must be a day as YYYY-MM-DD", errUsage)
		}
	}
	run, err := openAs(ctx, env, *db, *as)
	if err != nil {
		return err
	}
	defer run.Close()
	q := audit.Query{Limit: auditPage}
	if *since != "" {
		day, _ := time.ParseInLocation(time.DateOnly, *since, run.set.Company.Location(ctx)) // checked above
		q.Since = day.UTC().Format(time.RFC3339)
	}
	items, err := readTrail(ctx, run, q)
	if err != nil {
		return err
	}
	if *asJSON {
		return printTrailJSON(env.Stdout, items)
	}
	return printTrail(env.Stdout, items)
}

// readTrail reads every page (the list pages newest first) and turns it
// oldest first, as a log reads.
func readTrail(ctx context.Context, run *acting, q audit.Query) ([]audit.Item, error) {
	var all []audit.Item
	for {
		p, err := audit.List(ctx, run.db.Read(), run.actor, q)
		if err != nil {
			return nil, err
		}
		all = append(all, p.Items...)
		if p.Next == "" {
			break
		}
		q.After = p.Next
	}
	for i, j := 0, len(all)-1; i < j; i, j = i+1, j-1 {
		all[i], all[j] = all[j], all[i]
	}
	return all, nil
}

// trailLine is one change as `audit --json` prints it: before and after as
// the JSON they were stored as.
type trailLine struct {
	At        string          `json:"at"`
	ActorID   string          `json:"actorId"`
	ActorName string          `json:"actorName"`
	Entity    string          `json:"entity"`
	EntityID  string          `json:"entityId"`
	Label     string          `json:"label"`
	Action    string          `json:"action"`
	Before    json.RawMessage `json:"before"`
	After     json.RawMessage `json:"after"`
}

func printTrailJSON(w io.Writer, items []audit.Item) error {
	out := make([]trailLine, len(items))
	for i, it := range items {
		out[i] = trailLine{At: it.At, ActorID: it.ActorID, ActorName: it.ActorName, Entity: it.Entity,
			EntityID: it.EntityID, Label: it.Label, Action: it.Action, Before: raw(it.Before), After: raw(it.After)}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// raw is stored JSON as itself, null for none (or for text that is not JSON).
func raw(s string) json.RawMessage {
	if s == "" || !json.Valid([]byte(s)) {
		return json.RawMessage("null")
	}
	return json.RawMessage(s)
}

func printTrail(w io.Writer, items []audit.Item) error {
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "AT\tWHO\tACTION\tRECORD\tNAME\tCHANGED")
	for _, it := range items {
		who := it.ActorName
		if who == "" {
			who = "(automatic)"
		}
		changed := ""
		for i, c := range it.Changes {
			if i > 0 {
				changed += ", "
			}
			changed += c.Field
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s %s\t%s\t%s\n", it.At, who, it.Action, it.Entity, it.EntityID, it.Label, changed)
	}
	return tw.Flush()
}
