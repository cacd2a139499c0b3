package customer

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"steady/backend/apperr"
	"steady/backend/auth"
)

// twin is a live customer a new one would duplicate, and which field of the
// new one matched it.
type twin struct {
	id, name, ownerID, ownerName, field string
}

// checkNotATwin refuses a new customer that is already on file: the same
// phone (the customer's own or a contact's), e-mail, or company name once
// legal forms and the city are cut away. Entering it again would count one
// customer twice, or take one from its rep or from the pool. A manager or
// the owner may say it is another company (allow); a rep may not, and is
// told who holds the one on file, or that it is in the pool to claim.
func checkNotATwin(ctx context.Context, q Querier, actor auth.Actor, in CustomerInput, allow bool) error {
	if allow && actor.Role != auth.RoleRep {
		return nil
	}
	t, found, err := findTwin(ctx, q, in)
	if err != nil || !found {
		return err
	}
	params := map[string]any{"name": t.name, "holder": t.ownerName}
	switch {
	case t.ownerID == "":
		return apperr.Field(t.field, "validation.duplicateInPool", params)
	case t.ownerID == actor.ID:
		return apperr.Field(t.field, "validation.duplicateYours", params)
	}
	return apperr.Field(t.field, "validation.duplicateCustomer", params)
}

// findTwin looks for in's twin by phone, e-mail, then name.
func findTwin(ctx context.Context, q Querier, in CustomerInput) (twin, bool, error) {
	type typed struct{ field, phone string } // a phone and the form field it was typed in
	phones := []typed{{"phone", in.Phone}}
	for i, c := range in.Contacts {
		phones = append(phones, typed{fmt.Sprintf("contacts.%d.phone", i), c.Phone})
	}
	for _, p := range phones {
		if norm := NormalizePhone(p.phone); len(norm) >= minMatchDigits {
			if t, ok, err := twinWhere(ctx, q, p.field, `c.phone_norm = ?1 OR c.id IN
				(SELECT customer_id FROM contacts WHERE phone_norm = ?1 AND deleted_at IS NULL)`, norm); ok || err != nil {
				return t, ok, err
			}
		}
	}
	if email := strings.TrimSpace(in.Email); email != "" {
		if t, ok, err := twinWhere(ctx, q, "email", `c.email = ?1 COLLATE NOCASE`, email); ok || err != nil {
			return t, ok, err
		}
	}
	return twinByName(ctx, q, in)
}

// twinWhere returns the oldest live customer matching cond.
func twinWhere(ctx context.Context, q Querier, field, cond string, arg any) (twin, bool, error) {
	t := twin{field: field}
	err := q.QueryRowContext(ctx, `SELECT c.id, c.name, coalesce(c.owner_id, ''), coalesce(u.name, '')
		FROM customers c LEFT JOIN users u ON u.id = c.owner_id
		WHERE c.deleted_at IS NULL AND (`+cond+`) ORDER BY c.created_at, c.id LIMIT 1`, arg).
		Scan(&t.id, &t.name, &t.ownerID, &t.ownerName)
	if errors.Is(err, sql.ErrNoRows) {
		return t, false, nil
	}
	if err != nil {
		return t, false, fmt.Errorf("customer: look for a twin: %w", err)
	}
	return t, true, nil
}

// twinByName finds a company whose name key is the new one's, in the same
// city (or where either has none), as the duplicates screen pairs them.
func twinByName(ctx context.Context, q Querier, in CustomerInput) (twin, bool, error) {
	key := nameKey(in.Name, in.City)
	if in.Kind != KindCompany || utf8.RuneCountInString(key) < 2 {
		return twin{}, false, nil
	}
	rows, err := q.QueryContext(ctx, `SELECT c.id, c.name, c.city, coalesce(c.owner_id, ''), coalesce(u.name, '')
		FROM customers c LEFT JOIN users u ON u.id = c.owner_id
		WHERE c.deleted_at IS NULL AND c.kind = ? AND instr(lower(c.name), ?) > 0 ORDER BY c.created_at, c.id`,
		KindCompany, key)
	if err != nil {
		return twin{}, false, fmt.Errorf("customer: look for a twin: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		t, city := twin{field: "name"}, ""
		if err := rows.Scan(&t.id, &t.name, &city, &t.ownerID, &t.ownerName); err != nil {
			return twin{}, false, fmt.Errorf("customer: look for a twin: %w", err)
		}
		if nameKey(t.name, city) == key && sameCity(candidate{city: city}, candidate{city: in.City}) {
			return t, true, nil
		}
	}
	return twin{}, false, rows.Err()
}
