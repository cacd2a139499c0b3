package customer

import (
	"context"
	"database/sql"
	"slices"

	"steady/backend/apperr"
	"steady/backend/auth"
)

// ImportOptions say how to read the columns: Mapping names the field of
// each column ("" to skip it), as the preview showed it; nil guesses from
// the headers.
type ImportOptions struct {
	Mapping []string `json:"mapping"`
}

// RowError is why one row was refused. Line is the line (CSV) or row
// (XLSX) number people see; Field is the import field at fault and Column
// the header of its column ("" when the file has none); Code is an i18n key.
type RowError struct {
	Line   int            `json:"line"`
	Field  string         `json:"field"`
	Column string         `json:"column"`
	Code   string         `json:"code"`
	Params map[string]any `json:"params,omitempty"`
}

// ImportSummary says what an import did. A row matching a customer by phone
// or e-mail updates it (Unchanged when the row held nothing new); when the
// run is cancelled nothing lands, so every count is zero.
// List cells (kind, stage, source) never refuse a row: Mapped counts cells
// read through a synonym, case or width; Added, sources the owner's import
// added to the list; Noted, cells that named nothing in the list, left
// empty with their text kept in the customer's notes. OwnerUnknown counts
// created rows whose owner cell named no user: the importing user owns them
// and the name is kept in their notes.
type ImportSummary struct {
	Rows         int        `json:"rows"`
	Created      int        `json:"created"`
	Updated      int        `json:"updated"`
	Unchanged    int        `json:"unchanged"`
	Mapped       int        `json:"mapped"`
	Added        int        `json:"added"`
	Noted        int        `json:"noted"`
	OwnerUnknown int        `json:"ownerUnknown"`
	Rejected     []RowError `json:"rejected"`
	Cancelled    bool       `json:"cancelled"`
}

// Import adds the rows of t as customers (with a contact when the row names
// one) or updates the customers they duplicate, in one transaction: the
// accepted rows all land, or, on cancellation or failure, none do. Refused
// rows are reported with their line and reason. progress hears rows done.
func (s *Service) Import(ctx context.Context, actor auth.Actor, t ImportTable, opts ImportOptions, progress Progress) (ImportSummary, error) {
	mapping, err := checkMapping(t.Headers, opts.Mapping)
	if err != nil {
		return ImportSummary{}, err
	}
	sum := ImportSummary{Rows: len(t.Rows), Rejected: []RowError{}}
	thr := newThrottle(progress)
	thr.report(0, len(t.Rows))
	err = s.db.Tx(ctx, func(tx *sql.Tx) error {
		run, err := s.newImportRun(ctx, tx, actor, t.Headers, mapping)
		if err != nil {
			return err
		}
		defer run.close()
		for i, row := range t.Rows {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := run.row(ctx, row, &sum); err != nil {
				return err
			}
			thr.report(i+1, len(t.Rows))
		}
		return run.reindexUpdated(ctx)
	})
	if err != nil && ctx.Err() != nil { // cancelled: the transaction rolled back
		return ImportSummary{Rows: len(t.Rows), Rejected: []RowError{}, Cancelled: true}, nil
	}
	if err != nil {
		return ImportSummary{}, err
	}
	return sum, nil
}

// importRun is one import inside its transaction.
type importRun struct {
	s       *Service
	tx      *sql.Tx
	actor   auth.Actor
	headers []string
	mapping []string
	cols    columnIndex
	owners  ownerIndex
	ins     *inserter // one for the run: the scope, settings and statements are read once
	changed []string  // customers updated by the run, in order, each once
	seen    map[string]bool
	sources map[string]string // folded label → label of every added source
}

func (s *Service) newImportRun(ctx context.Context, tx *sql.Tx, actor auth.Actor, headers, mapping []string) (*importRun, error) {
	owners, err := loadOwners(ctx, tx)
	if err != nil {
		return nil, err
	}
	ins, err := s.newInserter(ctx, tx, actor) // checks the actor's role first
	if err != nil {
		return nil, err
	}
	ins.stageReason = "import" // an imported stage counts as set by hand
	sources, err := foldedSources(ctx, tx)
	if err != nil {
		return nil, err
	}
	return &importRun{s: s, tx: tx, actor: actor, headers: headers, mapping: mapping,
		cols: indexOf(mapping), owners: owners, ins: ins, seen: map[string]bool{}, sources: sources}, nil
}

func (r *importRun) close() { r.ins.close() }

// updated notes a customer whose search documents must be rewritten.
func (r *importRun) updated(id string) {
	if !r.seen[id] {
		r.seen[id] = true
		r.changed = append(r.changed, id)
	}
}

// reindexUpdated rewrites the search documents of the updated customers
// once, at the end of the run. Removing a document from the full-text index
// makes it flush the documents it holds in memory, so removals scattered
// among thousands of inserts would write thousands of small segments;
// together they write one. Nothing searches the index during the run.
func (r *importRun) reindexUpdated(ctx context.Context) error {
	for _, id := range r.changed {
		if err := unindexTx(ctx, r.tx, id); err != nil {
			return err
		}
	}
	for _, id := range r.changed {
		if err := indexCustomerTx(ctx, r.tx, r.ins.index, id); err != nil {
			return err
		}
	}
	return nil
}

// row imports one row, or adds it to the refused ones when it is invalid or
// not the actor's to change. Any other error ends the run.
func (r *importRun) row(ctx context.Context, row ImportRow, sum *ImportSummary) error {
	rec, err := parseRecord(row, r.cols, r.owners)
	action, add := "", ""
	if err == nil {
		add = r.lists(&rec)
		action, err = r.applyAdding(ctx, rec, add)
	}
	if err == nil {
		sum.Mapped += rec.mapped
		sum.Noted += len(rec.notes)
		if add != "" {
			sum.Added++
		}
		switch action {
		case "created":
			sum.Created++
			if !rec.ownerKnown {
				sum.OwnerUnknown++
			}
		case "updated":
			sum.Updated++
		case "unchanged":
			sum.Unchanged++
		}
		return nil
	}
	e, ok := apperr.As(err)
	if !ok {
		return err
	}
	sum.Rejected = append(sum.Rejected, r.rowError(row.Line, e, matchField(rec)))
	return nil
}

// apply writes one checked row. Every reason to refuse a row is found
// before it writes anything (parseRecord, the match, the scope and owner
// checks of inserter.check and visibleTx), so a refused row leaves nothing
// behind without the cost of a savepoint per row; any later error is not a
// refusal and ends the whole run.
func (r *importRun) apply(ctx context.Context, rec importRecord) (string, error) {
	ids, err := matchesOf(ctx, r.tx, keysOf(rec.in, rec.contact))
	if err != nil {
		return "", err
	}
	switch len(ids) {
	case 0:
		return "created", r.create(ctx, rec)
	case 1:
		return r.update(ctx, ids[0], rec)
	}
	return "", errSeveralMatches(rec, len(ids))
}

// create inserts the row's customer through the path the form uses.
func (r *importRun) create(ctx context.Context, rec importRecord) error {
	in := rec.in
	in.Notes = withNotes(in.Notes, append(slices.Clone(rec.notes), rec.newNotes...))
	in.Tags = withTags(in.Tags, rec.extraTags)
	if rec.contact != nil {
		p := *rec.contact
		p.Primary = true
		in.Contacts = []ContactInput{p}
	}
	_, err := r.ins.insert(ctx, in)
	return apperr.RenameFields(err, contactFields)
}

// rowError reports the first problem of a refused row, in column order; a
// refusal of the whole row (not the actor's customer) is put on field.
func (r *importRun) rowError(line int, e *apperr.Error, field string) RowError {
	if len(e.Fields) == 0 {
		return RowError{Line: line, Field: field, Column: r.column(field), Code: e.Code}
	}
	for _, f := range importFields {
		if fe, ok := e.Fields[f.Key]; ok {
			return RowError{Line: line, Field: f.Key, Column: r.column(f.Key), Code: fe.Code, Params: fe.Params}
		}
	}
	for field, fe := range e.Fields {
		return RowError{Line: line, Field: field, Column: r.column(field), Code: fe.Code, Params: fe.Params}
	}
	return RowError{Line: line, Code: e.Code}
}

// column is the header of the column mapped to field, or "".
func (r *importRun) column(field string) string {
	if at, ok := r.cols[field]; ok && at < len(r.headers) {
		return r.headers[at]
	}
	return ""
}
