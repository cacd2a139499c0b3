package customer

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// RebuildSearchIndex builds the search index again from every live customer
// and contact, in one transaction (after a restore from an old backup, or a
// bulk load that wrote rows directly). It returns the number of documents.
func (s *Service) RebuildSearchIndex(ctx context.Context) (int, error) {
	n := 0
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `INSERT INTO search_index(search_index) VALUES ('delete-all')`); err != nil {
			return fmt.Errorf("customer: clear search index: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM search_docs`); err != nil {
			return fmt.Errorf("customer: clear search index: %w", err)
		}
		w, err := newIndexWriter(ctx, tx)
		if err != nil {
			return err
		}
		defer w.Close()
		if n, err = indexAll(ctx, tx, w); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO search_index(search_index) VALUES ('optimize')`); err != nil {
			return fmt.Errorf("customer: optimize search index: %w", err)
		}
		return nil
	})
	return n, err
}

// indexAll writes one document per live customer and contact.
func indexAll(ctx context.Context, tx *sql.Tx, w *indexWriter) (int, error) {
	rows, err := tx.QueryContext(ctx, `SELECT c.id, '', coalesce(c.owner_id, ''), c.name, c.phone, c.email, c.wechat
		FROM customers c WHERE c.deleted_at IS NULL
		UNION ALL
		SELECT c.id, p.id, coalesce(c.owner_id, ''), p.name, p.phone, p.email, p.wechat
		FROM contacts p JOIN customers c ON c.id = p.customer_id
		WHERE p.deleted_at IS NULL AND c.deleted_at IS NULL`)
	if err != nil {
		return 0, fmt.Errorf("customer: read for index: %w", err)
	}
	// read everything first: the writer must not insert under an open cursor
	type row struct{ customer, contact, owner, name, phone, email, wechat string }
	var all []row
	for rows.Next() {
		var r row
		if err := rows.Scan(&r.customer, &r.contact, &r.owner, &r.name, &r.phone, &r.email, &r.wechat); err != nil {
			rows.Close()
			return 0, fmt.Errorf("customer: read for index: %w", err)
		}
		all = append(all, r)
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return 0, fmt.Errorf("customer: read for index: %w", err)
	}
	for _, r := range all {
		if err := w.add(ctx, r.customer, r.contact, docFor(r.owner, r.name, r.phone, r.email, r.wechat)); err != nil {
			return 0, err
		}
	}
	return len(all), nil
}
