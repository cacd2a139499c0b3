package service

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"

	"steady/backend/apperr"
	"steady/backend/auth"
)

const ticketColumns = `t.id, t.customer_id, c.name, coalesce(c.owner_id, ''), coalesce(t.contact_id, ''), coalesce(p.name, ''),
	coalesce(t.deal_id, ''), t.kind, t.priority, t.channel, t.subject, t.description, t.assignee_id, coalesce(u.name, ''),
	t.status, t.resolution, t.received_at, t.respond_target_min, t.resolve_target_min, t.response_due_at,
	coalesce(t.responded_at, ''), t.responded_on_time, coalesce(t.resolve_due_at, ''), t.used_min, coalesce(t.resolved_at, ''),
	t.resolved_on_time, coalesce(t.closed_at, ''), coalesce((SELECT s.id FROM surveys s WHERE s.ticket_id = t.id AND s.deleted_at IS NULL), ''),
	t.version`

const ticketFrom = ` FROM tickets t JOIN customers c ON c.id = t.customer_id LEFT JOIN contacts p ON p.id = t.contact_id
	LEFT JOIN users u ON u.id = t.assignee_id WHERE t.deleted_at IS NULL`

type scanner interface{ Scan(dest ...any) error }

func scanTicket(row scanner, now string) (Ticket, error) {
	var k Ticket
	var respOK, resOK sql.NullBool
	err := row.Scan(&k.ID, &k.CustomerID, &k.CustomerName, &k.CustomerOwnerID, &k.ContactID, &k.ContactName, &k.DealID,
		&k.Kind, &k.Priority, &k.Channel, &k.Subject, &k.Description, &k.AssigneeID, &k.AssigneeName, &k.Status,
		&k.Resolution, &k.ReceivedAt, &k.RespondTargetMin, &k.ResolveTargetMin, &k.ResponseDueAt, &k.RespondedAt,
		&respOK, &k.ResolveDueAt, &k.UsedMin, &k.ResolvedAt, &resOK, &k.ClosedAt, &k.SurveyID, &k.Version)
	if err != nil {
		return k, err
	}
	k.RespondedOnTime, k.ResolvedOnTime = boolPtr(respOK), boolPtr(resOK)
	k.ResponseOverdue = active(k.Status) && k.RespondedAt == "" && k.ResponseDueAt < now
	k.Overdue = k.ResponseOverdue || (active(k.Status) && k.ResolveDueAt != "" && k.ResolveDueAt < now)
	return k, nil
}

func boolPtr(b sql.NullBool) *bool {
	if !b.Valid {
		return nil
	}
	v := b.Bool
	return &v
}

// loadTicket reads one live ticket.
func loadTicket(ctx context.Context, q querier, id, now string) (Ticket, error) {
	k, err := scanTicket(q.QueryRowContext(ctx, `SELECT `+ticketColumns+ticketFrom+` AND t.id = ?`, id), now)
	if errors.Is(err, sql.ErrNoRows) {
		return k, apperr.NotFound("ticket")
	}
	if err != nil {
		return k, fmt.Errorf("service: ticket %s: %w", id, err)
	}
	return k, nil
}

// visibleTicket reads a ticket the actor may see.
func (s *Service) visibleTicket(ctx context.Context, q querier, actor auth.Actor, id string) (Ticket, error) {
	sc, err := scopeOf(ctx, q, actor)
	if err != nil {
		return Ticket{}, err
	}
	k, err := loadTicket(ctx, q, id, s.stamp())
	if err != nil {
		return k, err
	}
	if !sc.seesTicket(k.CustomerOwnerID, k.AssigneeID) {
		return k, apperr.Forbidden("errors.forbidden.ticket")
	}
	return k, nil
}

// Ticket returns one ticket with its history.
func (s *Service) Ticket(ctx context.Context, actor auth.Actor, id string) (TicketDetail, error) {
	q := s.db.Read()
	k, err := s.visibleTicket(ctx, q, actor, id)
	if err != nil {
		return TicketDetail{}, err
	}
	h, err := history(ctx, q, id)
	return TicketDetail{Ticket: k, History: h}, err
}

func history(ctx context.Context, q querier, ticketID string) ([]HistoryEntry, error) {
	// a hand-over keeps the new assignee's id as its note: it reads as their name
	rows, err := q.QueryContext(ctx, `SELECT h.id, h.at, coalesce(h.actor_id, ''), coalesce(u.name, ''), h.action,
		h.from_status, h.to_status, CASE h.action WHEN 'assign' THEN coalesce(n.name, '') ELSE h.note END
		FROM ticket_history h LEFT JOIN users u ON u.id = h.actor_id LEFT JOIN users n ON h.action = 'assign' AND n.id = h.note
		WHERE h.ticket_id = ? ORDER BY h.at, h.id`, ticketID)
	if err != nil {
		return nil, fmt.Errorf("service: history of %s: %w", ticketID, err)
	}
	defer rows.Close()
	out := []HistoryEntry{}
	for rows.Next() {
		var e HistoryEntry
		if err := rows.Scan(&e.ID, &e.At, &e.ActorID, &e.ActorName, &e.Action, &e.FromStatus, &e.ToStatus, &e.Note); err != nil {
			return nil, fmt.Errorf("service: history of %s: %w", ticketID, err)
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// TicketQuery picks tickets for a list. Status: "active" (default: open, in
// progress or waiting), "overdue", "resolved", "closed" or "all". Mine
// narrows to tickets assigned to the actor. Before is the Next of the
// previous page.
type TicketQuery struct {
	Status     string `json:"status"`
	Kind       string `json:"kind"`
	CustomerID string `json:"customerId"`
	DealID     string `json:"dealId"`
	AssigneeID string `json:"assigneeId"`
	Before     string `json:"before"`
	Limit      int    `json:"limit"`
}

// TicketPage is a page of tickets, newest received first.
type TicketPage struct {
	Tickets []Ticket `json:"tickets"`
	Next    string   `json:"next"`
}

// Tickets lists the tickets the actor may see, newest first, a page at a time.
func (s *Service) Tickets(ctx context.Context, actor auth.Actor, tq TicketQuery) (TicketPage, error) {
	q := s.db.Read()
	sc, err := scopeOf(ctx, q, actor)
	if err != nil {
		return TicketPage{}, err
	}
	now := s.stamp()
	at, id := parseCursor(tq.Before)
	limit := tq.Limit
	if limit <= 0 || limit > 200 {
		limit = 50
	}
	query, args := pageQuery(sc, tq, now, at, id, limit+1)
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return TicketPage{}, fmt.Errorf("service: tickets: %w", err)
	}
	defer rows.Close()
	page := TicketPage{Tickets: []Ticket{}}
	for rows.Next() {
		k, err := scanTicket(rows, now)
		if err != nil {
			return TicketPage{}, fmt.Errorf("service: tickets: %w", err)
		}
		page.Tickets = append(page.Tickets, k)
	}
	if len(page.Tickets) > limit {
		page.Tickets = page.Tickets[:limit]
		last := page.Tickets[limit-1]
		page.Next = last.ReceivedAt + "|" + last.ID
	}
	return page, rows.Err()
}

const activeStatuses = `t.status IN ('open', 'in_progress', 'waiting')`

func filterTickets(cond string, args []any, tq TicketQuery, now string) (string, []any) {
	switch tq.Status {
	case "", "active":
		cond += ` AND ` + activeStatuses
	case "overdue":
		cond += ` AND ` + activeStatuses + ` AND ((t.responded_at IS NULL AND t.response_due_at < ?) OR t.resolve_due_at < ?)`
		args = append(args, now, now)
	case StatusResolved, StatusClosed, StatusOpen, StatusInProgress, StatusWaiting:
		cond, args = cond+` AND t.status = ?`, append(args, tq.Status)
	}
	for col, v := range map[string]string{"t.kind": tq.Kind, "t.customer_id": tq.CustomerID, "t.deal_id": tq.DealID, "t.assignee_id": tq.AssigneeID} {
		if v != "" {
			cond, args = cond+` AND `+col+` = ?`, append(args, v)
		}
	}
	return cond, args
}

func parseCursor(before string) (string, string) {
	for i := len(before) - 1; i >= 0; i-- {
		if before[i] == '|' {
			return before[:i], before[i+1:]
		}
	}
	return "9999", ""
}

// pageQuery reads one page. The owner's list, and lists of every status
// (most tickets are resolved), walk the tickets by time. A rep's or
// manager's tickets are few among many, so walking by time would read most
// of the table to find them: their page is picked from two lists instead
// (tickets assigned to them, tickets of their customers), each cut to the
// page, then merged. Their customers are found through the holder index,
// whose key is the owner or, for the pool, an empty text (a plain owner_id has no index: the
// planner scanned every customer). Active work, the default list and the
// overdue one, is a small share even of one rep's tickets: it is found
// through the indexes of active tickets alone (tickets_active by assignee,
// migration 0022's by customer) instead of reading every ticket they have.
// A team holds tens of thousands of customers, more than the company has
// active tickets: its list looks up the customer of each active ticket
// rather than the active tickets of each customer.
func pageQuery(sc scope, tq TicketQuery, now, at, id string, n int) (string, []any) {
	filter, fargs := filterTickets("t.deleted_at IS NULL", nil, tq, now)
	page := ` AND (t.received_at, t.id) < (?, ?) ORDER BY t.received_at DESC, t.id DESC LIMIT ` + strconv.Itoa(n)
	if sc.all || tq.Status == "all" || tq.Status == StatusResolved || tq.Status == StatusClosed {
		cond, cargs := sc.ticketWhere()
		return `SELECT ` + ticketColumns + ticketFrom + ` AND ` + cond + ` AND ` + filter + page, append(append(cargs, fargs...), at, id)
	}
	assigned := `tickets t INDEXED BY tickets_by_assignee`
	ofCustomers := `customers c JOIN tickets t INDEXED BY tickets_by_customer ON t.customer_id = c.id`
	switch {
	case onlyActive(tq.Status) && len(sc.users) > 1:
		assigned = `tickets t INDEXED BY tickets_active`
		ofCustomers = `tickets t INDEXED BY tickets_active_by_customer CROSS JOIN customers c ON c.id = t.customer_id`
	case onlyActive(tq.Status):
		assigned = `tickets t INDEXED BY tickets_active`
		ofCustomers = `customers c JOIN tickets t INDEXED BY tickets_active_by_customer ON t.customer_id = c.id`
	}
	users, uargs := sc.usersWhere("t.assignee_id")
	owners, oargs := sc.usersWhere("coalesce(c.owner_id, '')")
	args := append(append(append([]any{}, uargs...), fargs...), at, id)
	args = append(append(append(args, oargs...), fargs...), at, id)
	pick := `SELECT id FROM (SELECT t.id, t.received_at FROM ` + assigned + ` WHERE ` + users + ` AND ` + filter + page + `)
		UNION SELECT id FROM (SELECT t.id, t.received_at FROM ` + ofCustomers + `
		WHERE ` + owners + ` AND c.deleted_at IS NULL AND ` + filter + page + `)`
	return `SELECT ` + ticketColumns + ticketFrom + ` AND t.id IN (` + pick + `) ORDER BY t.received_at DESC, t.id DESC LIMIT ` +
		strconv.Itoa(n), args
}

// onlyActive says whether a list's condition holds activeStatuses, which a
// partial index of active tickets requires of a query that names it.
func onlyActive(status string) bool {
	return status == "" || status == "active" || status == "overdue"
}
