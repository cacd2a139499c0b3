package customer

import (
	"context"
	"strings"

	"steady/backend/apperr"
)

// minMatchDigits is the shortest normalised phone that identifies a
// customer; shorter ones ("110", an extension) match nothing.
const minMatchDigits = 6

// matchKeys are the phones and e-mail addresses a record is known by.
type matchKeys struct {
	phones, emails []any
}

func keysOf(in CustomerInput, contact *ContactInput) matchKeys {
	phones, emails := []string{in.Phone}, []string{in.Email}
	if contact != nil {
		phones, emails = append(phones, contact.Phone), append(emails, contact.Email)
	}
	var k matchKeys
	for _, p := range phones {
		if n := NormalizePhone(p); len(n) >= minMatchDigits && !containsAny(k.phones, n) {
			k.phones = append(k.phones, n)
		}
	}
	for _, e := range emails {
		if e = strings.ToLower(strings.TrimSpace(e)); e != "" && !containsAny(k.emails, e) {
			k.emails = append(k.emails, e)
		}
	}
	return k
}

func containsAny(list []any, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// matchesOf returns the live customers a record duplicates: those whose
// phone or e-mail, or one of whose contacts' phone or e-mail, is the
// record's. Each lookup walks an index (0002 and 0006 migrations).
func matchesOf(ctx context.Context, q Querier, k matchKeys) ([]string, error) {
	var parts []string
	var args []any
	if len(k.phones) > 0 {
		list := placeholders(len(k.phones))
		parts = append(parts,
			`SELECT id FROM customers WHERE deleted_at IS NULL AND phone_norm <> '' AND phone_norm IN `+list,
			`SELECT p.customer_id FROM contacts p JOIN customers c ON c.id = p.customer_id AND c.deleted_at IS NULL
			 WHERE p.deleted_at IS NULL AND p.phone_norm <> '' AND p.phone_norm IN `+list)
		args = append(append(args, k.phones...), k.phones...)
	}
	if len(k.emails) > 0 {
		list := placeholders(len(k.emails))
		parts = append(parts,
			`SELECT id FROM customers WHERE deleted_at IS NULL AND email <> '' AND email COLLATE NOCASE IN `+list,
			`SELECT p.customer_id FROM contacts p JOIN customers c ON c.id = p.customer_id AND c.deleted_at IS NULL
			 WHERE p.deleted_at IS NULL AND p.email <> '' AND p.email COLLATE NOCASE IN `+list)
		args = append(append(args, k.emails...), k.emails...)
	}
	if len(parts) == 0 {
		return nil, nil
	}
	return idsWhere(ctx, q, strings.Join(parts, " UNION "), args...)
}

// matchField names the column a duplicate was found by, for a refusal.
func matchField(rec importRecord) string {
	for _, f := range []string{"phone", "email", "contactPhone", "contactEmail"} {
		if rec.set[f] {
			return f
		}
	}
	return "name"
}

// errSeveralMatches refuses a row that matches more than one customer:
// which one to update is the user's call (merge them first).
func errSeveralMatches(rec importRecord, n int) error {
	return apperr.Field(matchField(rec), "validation.matchesSeveral", map[string]any{"count": n})
}

// placeholders returns "(?, ?, …)" for n arguments.
func placeholders(n int) string {
	return "(" + strings.TrimSuffix(strings.Repeat("?, ", n), ", ") + ")"
}
