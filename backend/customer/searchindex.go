package customer

import (
	"context"
	"database/sql"
	"fmt"
)

// indexWriter writes search documents through prepared statements, so that
// bulk work (rebuilds, demo data) pays for parsing once.
type indexWriter struct {
	doc, index *sql.Stmt
}

func newIndexWriter(ctx context.Context, tx *sql.Tx) (*indexWriter, error) {
	doc, err := tx.PrepareContext(ctx, `INSERT INTO search_docs(customer_id, contact_id) VALUES (?, ?)`)
	if err != nil {
		return nil, fmt.Errorf("customer: prepare index: %w", err)
	}
	index, err := tx.PrepareContext(ctx, `INSERT INTO search_index(rowid, scope, name, pinyin, initials, reach)
		VALUES (?, ?, ?, ?, ?, ?)`)
	if err != nil {
		doc.Close()
		return nil, fmt.Errorf("customer: prepare index: %w", err)
	}
	return &indexWriter{doc: doc, index: index}, nil
}

func (w *indexWriter) Close() {
	w.doc.Close()
	w.index.Close()
}

// add indexes one customer (contactID "") or contact.
func (w *indexWriter) add(ctx context.Context, customerID, contactID string, d searchDoc) error {
	res, err := w.doc.ExecContext(ctx, customerID, contactID)
	if err != nil {
		return fmt.Errorf("customer: index %s: %w", customerID, err)
	}
	key, err := res.LastInsertId()
	if err != nil {
		return fmt.Errorf("customer: index %s: %w", customerID, err)
	}
	if _, err := w.index.ExecContext(ctx, key, d.scope, d.name, d.pinyin, d.initials, d.reach); err != nil {
		return fmt.Errorf("customer: index %s: %w", customerID, err)
	}
	return nil
}

// reindexTx rebuilds the search documents of one customer and its contacts
// inside the transaction that changed them, so search never lags behind.
func reindexTx(ctx context.Context, tx *sql.Tx, customerID string) error {
	if err := unindexTx(ctx, tx, customerID); err != nil {
		return err
	}
	w, err := newIndexWriter(ctx, tx)
	if err != nil {
		return err
	}
	defer w.Close()
	return indexCustomerTx(ctx, tx, w, customerID)
}

// indexCustomerTx writes the documents of a customer that has none.
func indexCustomerTx(ctx context.Context, tx *sql.Tx, w *indexWriter, customerID string) error {
	c, err := loadCustomer(ctx, tx, customerID)
	if err != nil {
		return err
	}
	contacts, err := contactsOf(ctx, tx, customerID)
	if err != nil {
		return err
	}
	if err := w.add(ctx, c.ID, "", docFor(c.OwnerID, c.Name, c.Phone, c.Email, c.WeChat)); err != nil {
		return err
	}
	for _, p := range contacts {
		if err := w.add(ctx, c.ID, p.ID, docFor(c.OwnerID, p.Name, p.Phone, p.Email, p.WeChat)); err != nil {
			return err
		}
	}
	return nil
}

// unindexTx removes every search document of a customer. Each goes by its
// own rowid: a full-text table cannot look up "rowid IN (…)" by index.
func unindexTx(ctx context.Context, tx *sql.Tx, customerID string) error {
	docs, err := idsWhere(ctx, tx, `SELECT doc FROM search_docs WHERE customer_id = ?`, customerID)
	if err != nil {
		return err
	}
	for _, doc := range docs {
		if _, err := tx.ExecContext(ctx, `DELETE FROM search_index WHERE rowid = ?`, doc); err != nil {
			return fmt.Errorf("customer: unindex %s: %w", customerID, err)
		}
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM search_docs WHERE customer_id = ?`, customerID); err != nil {
		return fmt.Errorf("customer: unindex %s: %w", customerID, err)
	}
	return nil
}
