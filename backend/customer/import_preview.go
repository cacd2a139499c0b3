package customer

import (
	"context"

	"steady/backend/apperr"
	"steady/backend/auth"
)

// ImportPreview is what the mapping step shows: how the file was read, the
// mapping in use, and the first rows as they would import.
type ImportPreview struct {
	Format   string `json:"format"`
	Encoding string `json:"encoding"`
	// Confidence is how sure the encoding is, in percent (see ImportTable)
	Confidence int           `json:"confidence"`
	Sheet      string        `json:"sheet"`
	Headers    []string      `json:"headers"`
	Mapping    []string      `json:"mapping"`
	Fields     []ImportField `json:"fields"`
	Missing    []string      `json:"missing"` // required fields no column maps to
	// Ignored are the headers of the columns nothing imports; CRM names the
	// system whose export the headers are ("zoho", "salesforce", "hubspot",
	// "fxiaoke", "" for none)
	Ignored []string     `json:"ignored"`
	CRM     string       `json:"crm"`
	Rows    []PreviewRow `json:"rows"`
	Total   int          `json:"total"`
}

// PreviewRow is one row as the import would take it.
type PreviewRow struct {
	Line   int               `json:"line"`
	Cells  []string          `json:"cells"`  // the file's cells, one per header, mapped or not
	Values map[string]string `json:"values"` // cell text by field key
	Action string            `json:"action"` // "create", "update" or "reject"
	// Notes are the lines the row adds to the customer's notes (a list cell
	// that names nothing, an owner no user matches, the old created time)
	Notes   []string  `json:"notes"`
	Problem *RowError `json:"problem,omitempty"`
}

const maxPreviewRows = 200

// PreviewImport maps the first n rows of t (mapping nil: guessed from the
// headers) and says what importing each would do, without writing.
func (s *Service) PreviewImport(ctx context.Context, actor auth.Actor, t ImportTable, mapping []string, n int) (ImportPreview, error) {
	mapping, err := checkMapping(t.Headers, mapping)
	missing := []string{}
	if e, ok := apperr.As(err); ok && len(e.Fields) == 1 && e.Fields["mapping"].Code == "validation.missingColumns" {
		err, missing = nil, []string{"name"}
	}
	if err != nil {
		return ImportPreview{}, err
	}
	p := ImportPreview{Format: t.Format, Encoding: t.Encoding, Confidence: t.Confidence, Sheet: t.Sheet, Headers: t.Headers, Mapping: mapping,
		Fields: ImportFields(), Missing: missing, Ignored: ignoredHeaders(t.Headers, mapping), CRM: detectCRM(t.Headers),
		Rows: []PreviewRow{}, Total: len(t.Rows)}
	q := s.db.Read()
	sc, err := scopeOf(ctx, q, actor)
	if err != nil {
		return p, err
	}
	owners, err := loadOwners(ctx, q)
	if err != nil {
		return p, err
	}
	sources, err := foldedSources(ctx, q)
	if err != nil {
		return p, err
	}
	run := &importRun{s: s, actor: actor, headers: t.Headers, mapping: mapping, cols: indexOf(mapping), owners: owners,
		sources: sources}
	for _, row := range t.Rows[:min(pageSize(n, 20, maxPreviewRows), len(t.Rows))] {
		pr, err := run.preview(ctx, q, sc, row)
		if err != nil {
			return p, err
		}
		p.Rows = append(p.Rows, pr)
	}
	return p, nil
}

// preview decides what one row would do, reading only.
func (r *importRun) preview(ctx context.Context, q Querier, sc scope, row ImportRow) (PreviewRow, error) {
	pr := PreviewRow{Line: row.Line, Cells: make([]string, len(r.headers)), Values: map[string]string{}, Action: "create",
		Notes: []string{}}
	for i := range pr.Cells {
		pr.Cells[i] = row.cell(i)
	}
	for key, at := range r.cols {
		pr.Values[key] = row.cell(at)
	}
	field, err := r.check(ctx, q, sc, row, &pr)
	if e, ok := apperr.As(err); ok {
		problem := r.rowError(row.Line, e, field)
		pr.Action, pr.Problem = "reject", &problem
		return pr, nil
	}
	return pr, err
}

// check returns why a row would be refused, and the field to put a
// refusal of the whole row on.
func (r *importRun) check(ctx context.Context, q Querier, sc scope, row ImportRow, pr *PreviewRow) (string, error) {
	rec, err := parseRecord(row, r.cols, r.owners)
	if err != nil {
		return "", err
	}
	field := matchField(rec)
	ids, err := matchesOf(ctx, q, keysOf(rec.in, rec.contact))
	if err != nil {
		return field, err
	}
	for _, u := range rec.unknown {
		_, listed := r.sources[foldHeader(u.cell)]
		if u.field != "source" || !listed && !r.actor.IsOwner() { // the owner's import adds a source instead
			pr.Notes = append(pr.Notes, fieldLabel(u.field, "zh")+"："+u.cell)
		}
	}
	switch len(ids) {
	case 0:
		pr.Notes = append(pr.Notes, rec.newNotes...)
		owner := rec.in.OwnerID
		if owner == "" {
			owner = r.actor.ID
		}
		var v apperr.Validation
		if err := checkOwner(ctx, q, sc, &v, "owner", owner); err != nil {
			return field, err
		}
		return field, v.Err()
	case 1:
		pr.Action = "update"
		c, err := loadCustomer(ctx, q, ids[0])
		if err != nil {
			return field, err
		}
		return field, sc.canEdit(c.OwnerID)
	}
	return field, errSeveralMatches(rec, len(ids))
}
