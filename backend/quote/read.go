package quote

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"steady/backend/apperr"
	"steady/backend/auth"
)

const quoteColumns = `q.id, q.number, q.base_number, q.revision, q.root_id, coalesce(q.previous_id, ''), q.status,
	q.language, q.customer_id, q.customer_name, q.customer_address, q.contact_name, q.contact_phone, q.contact_email,
	q.deal_id, q.currency, coalesce(q.price_list_id, ''), q.tax_included, q.discount_bp, q.charges_json,
	q.issue_date, q.valid_until, q.payment_terms, q.delivery_terms, q.warranty_terms, q.notes,
	q.needs_approval, q.approval_reasons, q.approval_decision, coalesce(q.approval_by, ''), coalesce(a.name, ''),
	coalesce(q.approval_at, ''), q.approval_note, coalesce(q.submitted_at, ''), coalesce(q.sent_at, ''),
	coalesce(q.closed_at, ''), q.owner_id, coalesce(o.name, ''), coalesce(q.copied_from, ''), q.version, q.created_at,
	q.updated_at`

const quoteFrom = ` FROM quotes q LEFT JOIN users o ON o.id = q.owner_id LEFT JOIN users a ON a.id = q.approval_by
	WHERE q.deleted_at IS NULL`

func scanQuote(s scanner) (Quote, error) {
	var q Quote
	var charges, reasons string
	err := s.Scan(&q.ID, &q.Number, &q.BaseNumber, &q.Revision, &q.RootID, &q.PreviousID, &q.Status,
		&q.Language, &q.CustomerID, &q.CustomerName, &q.CustomerAddress, &q.ContactName, &q.ContactPhone, &q.ContactEmail,
		&q.DealID, &q.Currency, &q.PriceListID, &q.TaxIncluded, &q.DiscountBP, &charges,
		&q.IssueDate, &q.ValidUntil, &q.PaymentTerms, &q.DeliveryTerms, &q.WarrantyTerms, &q.Notes,
		&q.NeedsApproval, &reasons, &q.ApprovalDecision, &q.ApprovalBy, &q.ApprovalByName,
		&q.ApprovalAt, &q.ApprovalNote, &q.SubmittedAt, &q.SentAt,
		&q.ClosedAt, &q.OwnerID, &q.OwnerName, &q.CopiedFrom, &q.Version, &q.CreatedAt, &q.UpdatedAt)
	if err != nil {
		return q, err
	}
	if err := json.Unmarshal([]byte(charges), &q.Charges); err != nil {
		return q, fmt.Errorf("charges: %w", err)
	}
	if err := json.Unmarshal([]byte(reasons), &q.ApprovalReasons); err != nil {
		return q, fmt.Errorf("approval reasons: %w", err)
	}
	return q, nil
}

// quoteByID reads one quote with its lines and totals.
func quoteByID(ctx context.Context, q querier, id string) (Quote, error) {
	qt, err := scanQuote(q.QueryRowContext(ctx, `SELECT `+quoteColumns+quoteFrom+` AND q.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return Quote{}, apperr.NotFound("quote")
	}
	if err != nil {
		return Quote{}, fmt.Errorf("quote: read %s: %w", id, err)
	}
	qt.Lines, err = linesOf(ctx, q, id)
	if err != nil {
		return Quote{}, err
	}
	return withTotals(qt), nil
}

const lineColumns = `id, line_key, position, coalesce(product_id, ''), sku, name, spec, unit, qty_milli,
	unit_price_minor, list_price_minor, floor_price_minor, discount_bp, tax_rate_bp`

func linesOf(ctx context.Context, q querier, quoteID string) ([]Line, error) {
	rows, err := q.QueryContext(ctx, `SELECT `+lineColumns+` FROM quote_lines
		WHERE quote_id = ? AND deleted_at IS NULL ORDER BY position`, quoteID)
	if err != nil {
		return nil, fmt.Errorf("quote: lines of %s: %w", quoteID, err)
	}
	defer rows.Close()
	lines := []Line{}
	for rows.Next() {
		var l Line
		err := rows.Scan(&l.ID, &l.LineKey, &l.Position, &l.ProductID, &l.SKU, &l.Name, &l.Spec, &l.Unit, &l.QtyMilli,
			&l.UnitPriceMinor, &l.ListPriceMinor, &l.FloorPriceMinor, &l.DiscountBP, &l.TaxRateBP)
		if err != nil {
			return nil, fmt.Errorf("quote: lines of %s: %w", quoteID, err)
		}
		lines = append(lines, l)
	}
	return lines, rows.Err()
}

// Quote returns one quote the actor may see, without floor prices for reps.
func (s *Service) Quote(ctx context.Context, actor auth.Actor, id string) (Quote, error) {
	q, _, err := seeQuote(ctx, s.db.Read(), actor, id)
	return forActor(actor, q), err
}

// QuoteByNumber returns the quote with this number (revision suffix included).
func (s *Service) QuoteByNumber(ctx context.Context, actor auth.Actor, number string) (Quote, error) {
	var id string
	err := s.db.Read().QueryRowContext(ctx, `SELECT id FROM quotes WHERE number = ? AND deleted_at IS NULL`, number).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return Quote{}, apperr.NotFound("quote")
	}
	if err != nil {
		return Quote{}, fmt.Errorf("quote: by number %s: %w", number, err)
	}
	return s.Quote(ctx, actor, id)
}

// Summary is a quote as lists show it.
type Summary struct {
	ID            string `json:"id"`
	Number        string `json:"number"`
	Revision      int    `json:"revision"`
	Status        string `json:"status"`
	CustomerID    string `json:"customerId"`
	CustomerName  string `json:"customerName"`
	Currency      string `json:"currency"`
	TotalMinor    int64  `json:"totalMinor"`
	IssueDate     string `json:"issueDate"`
	ValidUntil    string `json:"validUntil"`
	NeedsApproval bool   `json:"needsApproval"`
	OwnerID       string `json:"ownerId"`
	OwnerName     string `json:"ownerName"`
	UpdatedAt     string `json:"updatedAt"`
}

// Filter narrows the quote list; empty fields match everything.
type Filter struct {
	Status     string `json:"status"`
	CustomerID string `json:"customerId"`
	OwnerID    string `json:"ownerId"`
	Query      string `json:"query"` // number or customer name contains
	LatestOnly bool   `json:"latestOnly"`
}

// List returns the quotes the actor may see, newest first.
func (s *Service) List(ctx context.Context, actor auth.Actor, f Filter) ([]Summary, error) {
	cond, args := scope(actor)
	like := "%" + f.Query + "%"
	args = append(args, f.Status, f.Status, f.CustomerID, f.CustomerID, f.OwnerID, f.OwnerID, f.Query, like, like, f.LatestOnly)
	rows, err := s.db.Read().QueryContext(ctx, `SELECT q.id, q.number, q.revision, q.status, q.customer_id, q.customer_name,
		q.currency, q.total_minor, q.issue_date, q.valid_until, q.needs_approval, q.owner_id, coalesce(o.name, ''), q.updated_at
		FROM quotes q LEFT JOIN users o ON o.id = q.owner_id
		WHERE q.deleted_at IS NULL AND `+cond+` AND (? = '' OR q.status = ?) AND (? = '' OR q.customer_id = ?)
		AND (? = '' OR q.owner_id = ?) AND (? = '' OR q.number LIKE ? OR q.customer_name LIKE ?)
		AND (? = 0 OR NOT EXISTS (SELECT 1 FROM quotes n WHERE n.previous_id = q.id AND n.deleted_at IS NULL))
		ORDER BY q.created_at DESC, q.id DESC`, args...)
	if err != nil {
		return nil, fmt.Errorf("quote: list: %w", err)
	}
	return scanSummaries(rows, "list")
}

// scanSummaries reads the rows of a summary query (the columns List,
// Revisions and Search select, in that order) and closes them.
func scanSummaries(rows *sql.Rows, what string) ([]Summary, error) {
	defer rows.Close()
	out := []Summary{}
	for rows.Next() {
		var m Summary
		err := rows.Scan(&m.ID, &m.Number, &m.Revision, &m.Status, &m.CustomerID, &m.CustomerName, &m.Currency,
			&m.TotalMinor, &m.IssueDate, &m.ValidUntil, &m.NeedsApproval, &m.OwnerID, &m.OwnerName, &m.UpdatedAt)
		if err != nil {
			return nil, fmt.Errorf("quote: %s: %w", what, err)
		}
		out = append(out, m)
	}
	return out, rows.Err()
}
