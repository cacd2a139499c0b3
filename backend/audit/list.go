package audit

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"steady/backend/apperr"
	"steady/backend/store"
)

// Asker is who reads the trail; auth.Actor is one. (audit cannot import
// auth: auth writes audit rows.)
type Asker interface{ IsOwner() bool }

// Query narrows the trail: by the person who acted, the kind of record (and
// one record), and a time span [Since, Until). After is the Next of the
// previous page; "" is the newest page.
type Query struct {
	ActorID  string `json:"actorId"`
	Entity   string `json:"entity"`
	EntityID string `json:"entityId"`
	Since    string `json:"since"` // RFC 3339; "" is from the start
	Until    string `json:"until"` // RFC 3339, excluded; "" is up to now
	After    string `json:"after"`
	Limit    int    `json:"limit"`
}

// Item is one change as a person reads it.
type Item struct {
	ID        string   `json:"id"`
	At        string   `json:"at"`
	ActorID   string   `json:"actorId"`
	ActorName string   `json:"actorName"`
	Entity    string   `json:"entity"`
	EntityID  string   `json:"entityId"`
	Label     string   `json:"label"` // the record's name, title or number when the row carries one
	Action    string   `json:"action"`
	Changes   []Change `json:"changes"`
	Before    string   `json:"before"` // the stored JSON, "" for none
	After     string   `json:"after"`
}

// Page is one page of the trail, newest first; Next is "" on the last page.
type Page struct {
	Items []Item `json:"items"`
	Next  string `json:"next"`
}

const (
	defaultLimit = 50
	maxLimit     = 500
)

// List returns a page of the trail, newest first, keyset-paged (the trail
// only grows, and an offset would rescan it on every page). The whole trail
// tells who did what to every record: only the owner reads it.
func List(ctx context.Context, db *sql.DB, asker Asker, q Query) (Page, error) {
	if !asker.IsOwner() {
		return Page{}, apperr.Forbidden("errors.forbidden.ownerOnly")
	}
	where, args, err := q.filter()
	if err != nil {
		return Page{}, err
	}
	limit := q.Limit
	if limit <= 0 || limit > maxLimit {
		limit = defaultLimit
	}
	rows, err := db.QueryContext(ctx, `SELECT a.id, a.at, coalesce(a.actor_id, ''), coalesce(u.name, ''), a.entity, a.entity_id,
		a.action, coalesce(a.before_json, ''), coalesce(a.after_json, '')
		FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id`+where+`
		ORDER BY a.at DESC, a.id DESC LIMIT ?`, append(args, limit+1)...)
	if err != nil {
		return Page{}, fmt.Errorf("audit: list: %w", err)
	}
	defer rows.Close()
	page := Page{Items: []Item{}}
	for rows.Next() {
		var it Item
		if err := rows.Scan(&it.ID, &it.At, &it.ActorID, &it.ActorName, &it.Entity, &it.EntityID, &it.Action,
			&it.Before, &it.After); err != nil {
			return Page{}, fmt.Errorf("audit: list: %w", err)
		}
		it.Label, it.Changes = Label(it.Before, it.After), Diff(it.Before, it.After)
		page.Items = append(page.Items, it)
	}
	if err := rows.Err(); err != nil {
		return Page{}, fmt.Errorf("audit: list: %w", err)
	}
	if len(page.Items) > limit {
		page.Items = page.Items[:limit]
		last := page.Items[limit-1]
		page.Next = last.At + "|" + last.ID
	}
	return page, nil
}

// filter turns the query into a WHERE clause; a malformed time or cursor is
// a field error, never an empty page that looks like "nothing happened".
func (q Query) filter() (string, []any, error) {
	var conds []string
	var args []any
	add := func(cond string, a ...any) { conds = append(conds, cond); args = append(args, a...) }
	if q.ActorID != "" {
		add("a.actor_id = ?", q.ActorID)
	}
	if q.Entity != "" {
		add("a.entity = ?", q.Entity)
	}
	if q.EntityID != "" {
		add("a.entity_id = ?", q.EntityID)
	}
	for _, b := range []struct{ field, value, cond string }{
		{"since", q.Since, "a.at >= ?"}, {"until", q.Until, "a.at < ?"},
	} {
		if b.value == "" {
			continue
		}
		t, err := time.Parse(time.RFC3339, b.value)
		if err != nil {
			return "", nil, apperr.Field(b.field, "validation.invalidDate", nil)
		}
		add(b.cond, store.FormatTime(t))
	}
	if q.After != "" {
		at, id, ok := strings.Cut(q.After, "|")
		if !ok {
			return "", nil, apperr.Field("after", "validation.invalidChoice", nil)
		}
		add("(a.at < ? OR (a.at = ? AND a.id < ?))", at, at, id)
	}
	if len(conds) == 0 {
		return "", nil, nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args, nil
}
