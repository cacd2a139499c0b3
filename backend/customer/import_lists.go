package customer

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"steady/backend/apperr"
	"steady/backend/store"
)

// foldedSources maps every added source, folded as headers are (case,
// full/half width, spaces), to its label.
func foldedSources(ctx context.Context, q Querier) (map[string]string, error) {
	labels, err := customSources(ctx, q)
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, l := range labels {
		out[foldHeader(l)] = l
	}
	return out, nil
}

// lists resolves the list cells of a row that named nothing in the list: a
// source may be one the owner added (matched the same folded way), or is
// added when the owner imports (the label to add is returned, "" for none);
// anything else leaves the field empty (kind and stage their defaults) and
// keeps the text in a line of the customer's notes.
func (r *importRun) lists(rec *importRecord) string {
	add := ""
	for _, u := range rec.unknown {
		if u.field == "source" {
			if label, ok := r.sources[foldHeader(u.cell)]; ok {
				rec.in.Source = label
				if label != u.cell {
					rec.mapped++
				}
				continue
			}
			if r.actor.IsOwner() && utf8.RuneCountInString(u.cell) <= maxShort {
				rec.in.Source, add = u.cell, u.cell
				continue
			}
		}
		rec.set[u.field] = false // an update keeps what the customer had
		rec.notes = append(rec.notes, fieldLabel(u.field, "zh")+"："+u.cell)
	}
	return add
}

// applyAdding applies a row that adds the source label to the list ("" for
// none): the label is added first (the row's customer is checked against the
// list), and taken back, unseen outside the run, when the row is refused.
func (r *importRun) applyAdding(ctx context.Context, rec importRecord, label string) (string, error) {
	if label == "" {
		return r.apply(ctx, rec)
	}
	if err := addSourceTx(ctx, r.tx, r.actor.ID, label, store.FormatTime(r.s.now())); err != nil {
		return "", err
	}
	action, err := r.apply(ctx, rec)
	if _, refused := apperr.As(err); refused {
		if _, err := r.tx.ExecContext(ctx, `DELETE FROM customer_sources WHERE label = ?`, label); err != nil {
			return "", fmt.Errorf("customer: take back source: %w", err)
		}
		return "", err
	}
	if err == nil {
		r.sources[foldHeader(label)] = label
	}
	return action, err
}

// withNotes appends to notes the lines it does not hold yet, one per line
// (importing the same file again changes nothing).
func withNotes(notes string, lines []string) string {
	var all []string
	if strings.TrimSpace(notes) != "" {
		all = append(all, notes)
	}
	for _, l := range lines {
		if !slices.Contains(strings.Split(notes, "\n"), l) {
			all = append(all, l)
		}
	}
	return strings.Join(all, "\n")
}
