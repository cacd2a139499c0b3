package customer

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"steady/backend/apperr"
)

const contactColumns = `id, customer_id, name, title, phone, email, wechat, birthday, is_primary, created_at, version`

func scanContact(row scanner) (Contact, error) {
	var p Contact
	err := row.Scan(&p.ID, &p.CustomerID, &p.Name, &p.Title, &p.Phone, &p.Email, &p.WeChat,
		&p.Birthday, &p.Primary, &p.CreatedAt, &p.Version)
	return p, err
}

// contactsOf lists a customer's live contacts, the primary one first.
func contactsOf(ctx context.Context, q Querier, customerID string) ([]Contact, error) {
	rows, err := q.QueryContext(ctx, `SELECT `+contactColumns+` FROM contacts
		WHERE customer_id = ? AND deleted_at IS NULL ORDER BY is_primary DESC, created_at, id`, customerID)
	if err != nil {
		return nil, fmt.Errorf("customer: contacts of %s: %w", customerID, err)
	}
	defer rows.Close()
	out := []Contact{}
	for rows.Next() {
		p, err := scanContact(rows)
		if err != nil {
			return nil, fmt.Errorf("customer: contacts of %s: %w", customerID, err)
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// loadContact reads one live contact.
func loadContact(ctx context.Context, q Querier, id string) (Contact, error) {
	p, err := scanContact(q.QueryRowContext(ctx, `SELECT `+contactColumns+` FROM contacts
		WHERE id = ? AND deleted_at IS NULL`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return Contact{}, apperr.NotFound("contact")
	}
	if err != nil {
		return Contact{}, fmt.Errorf("customer: contact %s: %w", id, err)
	}
	return p, nil
}
