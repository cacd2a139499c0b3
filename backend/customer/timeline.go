package customer

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"steady/backend/auth"
)

// TimelineEntry is one event on a customer's page: an activity, a change of
// stage, a change of owner, or a duplicate merged into the customer. Exactly
// one of the four details is set.
type TimelineEntry struct {
	ID        string       `json:"id"`
	Kind      string       `json:"kind"` // "activity", "stage", "owner" or "merge"
	At        string       `json:"at"`
	ActorID   string       `json:"actorId"` // "" for automatic changes
	ActorName string       `json:"actorName"`
	Activity  *Activity    `json:"activity,omitempty"`
	Stage     *StageChange `json:"stage,omitempty"`
	Owner     *OwnerChange `json:"owner,omitempty"`
	Merge     *MergeChange `json:"merge,omitempty"`
	Ticket    *TicketNote  `json:"ticket,omitempty"`
}

// TicketNote is an after-sales ticket the customer raised (the service
// area's table, read here so the story has it in its place).
type TicketNote struct {
	Subject  string `json:"subject"`
	Kind     string `json:"kind"`
	Priority string `json:"priority"`
	Status   string `json:"status"`
}

// StageChange is a move between lifecycle stages. Reason is what a person
// typed, or an i18n code ("lifecycle.auto.firstWin") when Automatic.
type StageChange struct {
	From      string `json:"from"`
	To        string `json:"to"`
	Reason    string `json:"reason"`
	Automatic bool   `json:"automatic"`
}

// OwnerChange is a change of hands; "" ids are the pool.
type OwnerChange struct {
	Action   string `json:"action"` // create, claim, assign, release, expire
	FromID   string `json:"fromId"`
	FromName string `json:"fromName"`
	ToID     string `json:"toId"`
	ToName   string `json:"toName"`
	Reason   string `json:"reason"`
}

// TimelinePage is a page of entries, newest first; Next is the cursor of
// the following page, "" at the end.
type TimelinePage struct {
	Entries []TimelineEntry `json:"entries"`
	Next    string          `json:"next"`
}

// maxTimelinePage bounds one page.
const maxTimelinePage = 200

// Timeline returns a customer's story, newest first: activities with the
// lifecycle and owner changes and the merges woven in (a merged duplicate's
// activities and changes are the customer's own since the merge). before is "" for the first page, or
// the Next of the previous one.
func (s *Service) Timeline(ctx context.Context, actor auth.Actor, customerID string, limit int, before string) (TimelinePage, error) {
	q := s.db.Read()
	c, err := loadCustomer(ctx, q, customerID)
	if err != nil {
		return TimelinePage{}, err
	}
	sc, err := scopeOf(ctx, q, actor)
	if err != nil {
		return TimelinePage{}, err
	}
	if err := sc.canSee(c.OwnerID); err != nil {
		return TimelinePage{}, err
	}
	limit = pageSize(limit, 50, maxTimelinePage)
	atBefore, idBefore := parseCursor(before)
	var all []TimelineEntry
	for _, read := range []timelineSource{activityEntries, stageEntries, ownerEntries, mergeEntries, ticketEntries} {
		entries, err := read(ctx, q, customerID, atBefore, idBefore, limit+1)
		if err != nil {
			return TimelinePage{}, err
		}
		all = append(all, entries...)
	}
	slices.SortFunc(all, func(a, b TimelineEntry) int {
		return cmp.Or(strings.Compare(b.At, a.At), strings.Compare(b.ID, a.ID))
	})
	page := TimelinePage{Entries: all[:min(limit, len(all))]}
	if len(all) > limit {
		last := page.Entries[limit-1]
		page.Next = last.At + "|" + last.ID
	}
	return page, nil
}

// parseCursor splits "at|id"; the empty cursor starts after every entry.
func parseCursor(before string) (string, string) {
	at, id, ok := strings.Cut(before, "|")
	if !ok {
		return "9999", ""
	}
	return at, id
}

type timelineSource func(ctx context.Context, q Querier, customerID, at, id string, limit int) ([]TimelineEntry, error)

// Each source reads its newest rows strictly before (at, id).

func activityEntries(ctx context.Context, q Querier, customerID, at, id string, limit int) ([]TimelineEntry, error) {
	rows, err := q.QueryContext(ctx, `SELECT `+activityColumns+` FROM activities a LEFT JOIN users u ON u.id = a.user_id
		WHERE a.customer_id = ? AND a.deleted_at IS NULL AND (a.at, a.id) < (?, ?)
		ORDER BY a.at DESC, a.id DESC LIMIT ?`, customerID, at, id, limit)
	if err != nil {
		return nil, fmt.Errorf("customer: timeline activities: %w", err)
	}
	defer rows.Close()
	var out []TimelineEntry
	for rows.Next() {
		a, err := scanActivity(rows)
		if err != nil {
			return nil, fmt.Errorf("customer: timeline activities: %w", err)
		}
		out = append(out, TimelineEntry{ID: a.ID, Kind: "activity", At: a.At, ActorID: a.UserID, ActorName: a.UserName, Activity: &a})
	}
	return out, rows.Err()
}

func stageEntries(ctx context.Context, q Querier, customerID, at, id string, limit int) ([]TimelineEntry, error) {
	rows, err := q.QueryContext(ctx, `SELECT h.id, h.at, coalesce(h.actor_id, ''), coalesce(u.name, ''), h.from_stage,
		h.to_stage, h.reason, h.automatic FROM customer_stage_history h LEFT JOIN users u ON u.id = h.actor_id
		WHERE h.customer_id = ? AND (h.at, h.id) < (?, ?) ORDER BY h.at DESC, h.id DESC LIMIT ?`, customerID, at, id, limit)
	if err != nil {
		return nil, fmt.Errorf("customer: timeline stages: %w", err)
	}
	defer rows.Close()
	var out []TimelineEntry
	for rows.Next() {
		e, st := TimelineEntry{Kind: "stage"}, StageChange{}
		if err := rows.Scan(&e.ID, &e.At, &e.ActorID, &e.ActorName, &st.From, &st.To, &st.Reason, &st.Automatic); err != nil {
			return nil, fmt.Errorf("customer: timeline stages: %w", err)
		}
		e.Stage = &st
		out = append(out, e)
	}
	return out, rows.Err()
}

func ownerEntries(ctx context.Context, q Querier, customerID, at, id string, limit int) ([]TimelineEntry, error) {
	rows, err := q.QueryContext(ctx, `SELECT h.id, h.at, coalesce(h.actor_id, ''), coalesce(a.name, ''), h.action,
		coalesce(h.from_owner_id, ''), coalesce(f.name, ''), coalesce(h.to_owner_id, ''), coalesce(t.name, ''), h.reason
		FROM customer_owner_history h LEFT JOIN users a ON a.id = h.actor_id LEFT JOIN users f ON f.id = h.from_owner_id
		LEFT JOIN users t ON t.id = h.to_owner_id
		WHERE h.customer_id = ? AND (h.at, h.id) < (?, ?) ORDER BY h.at DESC, h.id DESC LIMIT ?`, customerID, at, id, limit)
	if err != nil {
		return nil, fmt.Errorf("customer: timeline owners: %w", err)
	}
	defer rows.Close()
	var out []TimelineEntry
	for rows.Next() {
		e, o := TimelineEntry{Kind: "owner"}, OwnerChange{}
		if err := rows.Scan(&e.ID, &e.At, &e.ActorID, &e.ActorName, &o.Action, &o.FromID, &o.FromName, &o.ToID, &o.ToName, &o.Reason); err != nil {
			return nil, fmt.Errorf("customer: timeline owners: %w", err)
		}
		e.Owner = &o
		out = append(out, e)
	}
	return out, rows.Err()
}

func ticketEntries(ctx context.Context, q Querier, customerID, at, id string, limit int) ([]TimelineEntry, error) {
	rows, err := q.QueryContext(ctx, `SELECT t.id, t.received_at, coalesce(t.opened_by, ''), coalesce(u.name, ''), t.subject,
		t.kind, t.priority, t.status FROM tickets t LEFT JOIN users u ON u.id = t.opened_by
		WHERE t.customer_id = ? AND t.deleted_at IS NULL AND (t.received_at, t.id) < (?, ?)
		ORDER BY t.received_at DESC, t.id DESC LIMIT ?`, customerID, at, id, limit)
	if err != nil {
		return nil, fmt.Errorf("customer: timeline tickets: %w", err)
	}
	defer rows.Close()
	var out []TimelineEntry
	for rows.Next() {
		e, k := TimelineEntry{Kind: "ticket"}, TicketNote{}
		if err := rows.Scan(&e.ID, &e.At, &e.ActorID, &e.ActorName, &k.Subject, &k.Kind, &k.Priority, &k.Status); err != nil {
			return nil, fmt.Errorf("customer: timeline tickets: %w", err)
		}
		e.Ticket = &k
		out = append(out, e)
	}
	return out, rows.Err()
}
