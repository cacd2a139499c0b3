package backups

import (
	"context"
	"database/sql"
	"fmt"

	"steady/backend/store"
)

// Preview is what a backup holds, shown before restoring it.
type Preview struct {
	Entry         Entry  `json:"entry"`
	Company       string `json:"company"`
	Customers     int    `json:"customers"`
	Deals         int    `json:"deals"`
	Quotes        int    `json:"quotes"`
	Users         int    `json:"users"`
	LastChange    string `json:"lastChange"` // the latest change recorded in it (RFC 3339, "" when none)
	SchemaVersion int    `json:"schemaVersion"`
}

// counted are the tables a preview counts (records not deleted); a backup
// from before a table existed counts 0 for it.
var counted = []struct {
	table string
	field func(*Preview) *int
}{
	{"customers", func(p *Preview) *int { return &p.Customers }},
	{"deals", func(p *Preview) *int { return &p.Deals }},
	{"quotes", func(p *Preview) *int { return &p.Quotes }},
	{"users", func(p *Preview) *int { return &p.Users }},
}

// Preview checks the named backup fully and reads what it holds.
func (s *Service) Preview(ctx context.Context, name string) (Preview, error) {
	e, err := s.entry(name)
	if err != nil {
		return Preview{}, err
	}
	return PreviewFile(ctx, e)
}

// PreviewFile checks the backup at e.Path fully and reads what it holds
// without changing it.
func PreviewFile(ctx context.Context, e Entry) (Preview, error) {
	report, err := store.Check(ctx, e.Path, true)
	if err != nil {
		return Preview{}, err
	}
	if err := report.Err(); err != nil {
		return Preview{}, err
	}
	conn, err := store.OpenReadOnly(e.Path)
	if err != nil {
		return Preview{}, err
	}
	defer conn.Close()
	p := Preview{Entry: e, SchemaVersion: report.SchemaVersion}
	var last sql.NullString
	var parts []string
	for _, c := range counted {
		has, err := hasTable(ctx, conn, c.table)
		if err != nil || !has {
			if err != nil {
				return Preview{}, err
			}
			continue
		}
		q := fmt.Sprintf(`SELECT count(*) FROM %s WHERE deleted_at IS NULL`, c.table)
		if err := conn.QueryRowContext(ctx, q).Scan(c.field(&p)); err != nil {
			return Preview{}, fmt.Errorf("backups: preview %s: %w", c.table, err)
		}
		parts = append(parts, fmt.Sprintf(`SELECT max(updated_at) AS t FROM %s`, c.table))
	}
	parts = append(parts, `SELECT max(at) AS t FROM audit_log`)
	q := `SELECT max(t) FROM (`
	for i, part := range parts {
		if i > 0 {
			q += ` UNION ALL `
		}
		q += part
	}
	if err := conn.QueryRowContext(ctx, q+`)`).Scan(&last); err != nil {
		return Preview{}, fmt.Errorf("backups: preview last change: %w", err)
	}
	p.LastChange = last.String
	err = conn.QueryRowContext(ctx, `SELECT name FROM company WHERE deleted_at IS NULL LIMIT 1`).Scan(&p.Company)
	if err != nil && err != sql.ErrNoRows {
		return Preview{}, fmt.Errorf("backups: preview company: %w", err)
	}
	return p, nil
}

func hasTable(ctx context.Context, conn *sql.DB, name string) (bool, error) {
	var n int
	err := conn.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?`, name).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("backups: preview: %w", err)
	}
	return n > 0, nil
}

// Verify runs the full integrity check on the named backup.
func (s *Service) Verify(ctx context.Context, name string) (store.Report, error) {
	e, err := s.entry(name)
	if err != nil {
		return store.Report{}, err
	}
	return store.Check(ctx, e.Path, true)
}
