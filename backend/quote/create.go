package quote

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"steady/backend/audit"
	"steady/backend/auth"
	"steady/backend/store"
)

// Create starts a draft quote owned by the actor. Empty terms are filled
// from the default templates of the quote's language.
func (s *Service) Create(ctx context.Context, actor auth.Actor, in Input) (Quote, error) {
	settings, err := s.settings(ctx)
	if err != nil {
		return Quote{}, err
	}
	id := store.NewID()
	err = s.db.Tx(ctx, func(tx *sql.Tx) error {
		owner, err := personByID(ctx, tx, actor.ID)
		if err != nil {
			return err
		}
		q, err := s.prepare(ctx, tx, in, settings, today(s.now(), settings), dealLink{actor: actor}, owner)
		if err != nil {
			return err
		}
		if q, err = withDefaultTerms(ctx, tx, q); err != nil {
			return err
		}
		q.ID, q.RootID, q.Revision, q.Status, q.OwnerID = id, id, 1, StatusDraft, owner.ID
		if q.BaseNumber, err = s.nextNumberTx(ctx, tx, settings.QuotePrefix, today(s.now(), settings)); err != nil {
			return err
		}
		q.Number = q.BaseNumber
		return s.insertTx(ctx, tx, actor.ID, q, owner, "create")
	})
	if err != nil {
		return Quote{}, err
	}
	return s.Quote(ctx, actor, id)
}

// insertTx writes a new quote row with its lines (q.ID, number, revision,
// root, status and owner set), after running the discount guard.
func (s *Service) insertTx(ctx context.Context, tx *sql.Tx, actorID string, q Quote, owner person, action string) error {
	q, reasons, err := s.judge(ctx, tx, q, owner)
	if err != nil {
		return err
	}
	q.NeedsApproval, q.ApprovalReasons = len(reasons) > 0, reasons
	charges, reasonsJSON := mustJSON(q.Charges), mustJSON(reasons)
	now := s.stamp()
	_, err = tx.ExecContext(ctx, `INSERT INTO quotes(id, number, base_number, revision, root_id, previous_id, status,
		language, customer_id, customer_name, customer_address, contact_name, contact_phone, contact_email, deal_id,
		currency, price_list_id, tax_included, discount_bp, charges_json, issue_date, valid_until, payment_terms,
		delivery_terms, warranty_terms, notes, subtotal_minor, discount_minor, tax_minor, charges_minor, total_minor,
		needs_approval, approval_reasons, owner_id, copied_from, created_by, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		q.ID, q.Number, q.BaseNumber, q.Revision, q.RootID, nullable(q.PreviousID), q.Status,
		q.Language, q.CustomerID, q.CustomerName, q.CustomerAddress, q.ContactName, q.ContactPhone, q.ContactEmail, q.DealID,
		q.Currency, nullable(q.PriceListID), q.TaxIncluded, q.DiscountBP, charges, q.IssueDate, q.ValidUntil, q.PaymentTerms,
		q.DeliveryTerms, q.WarrantyTerms, q.Notes, q.Totals.Subtotal, q.Totals.Discount, q.Totals.Tax, q.Totals.Charges,
		q.Totals.Total, q.NeedsApproval, reasonsJSON, q.OwnerID, nullable(q.CopiedFrom), nullable(actorID), now, now)
	if err != nil {
		return fmt.Errorf("quote: insert: %w", err)
	}
	if err := s.syncLinesTx(ctx, tx, q.ID, nil, q.Lines); err != nil {
		return err
	}
	return audit.Write(ctx, tx, audit.Entry{At: s.now(), ActorID: actorID, Entity: "quote", EntityID: q.ID, Action: action, After: q})
}

// Update changes a quote that has not been sent; it becomes a draft again
// and any approval is cleared, since what was approved has changed.
// in.Version must be the version the caller read.
func (s *Service) Update(ctx context.Context, actor auth.Actor, in Input) (Quote, error) {
	settings, err := s.settings(ctx)
	if err != nil {
		return Quote{}, err
	}
	err = s.db.Tx(ctx, func(tx *sql.Tx) error {
		before, owner, err := seeQuote(ctx, tx, actor, in.ID)
		if err != nil {
			return err
		}
		if err := editable(before, in.Version); err != nil {
			return err
		}
		q, err := s.prepare(ctx, tx, in, settings, before.IssueDate, dealLink{actor: actor, linked: before.DealID}, owner)
		if err != nil {
			return err
		}
		q.CopiedFrom = before.CopiedFrom
		q, reasons, err := s.judge(ctx, tx, q, owner)
		if err != nil {
			return err
		}
		if err := s.updateRowTx(ctx, tx, before, q, reasons); err != nil {
			return err
		}
		if err := s.syncLinesTx(ctx, tx, before.ID, before.Lines, q.Lines); err != nil {
			return err
		}
		return audit.Write(ctx, tx, audit.Entry{At: s.now(), ActorID: actor.ID, Entity: "quote", EntityID: before.ID, Action: "update", Before: before, After: q})
	})
	if err != nil {
		return Quote{}, err
	}
	return s.Quote(ctx, actor, in.ID)
}

// editable refuses a stale version or a quote past approval.
func editable(q Quote, version int) error {
	if q.Version != version {
		return conflict()
	}
	switch q.Status {
	case StatusDraft, StatusPendingApproval, StatusApproved:
		return nil
	}
	return errStatus()
}

func (s *Service) updateRowTx(ctx context.Context, tx *sql.Tx, before, q Quote, reasons []Reason) error {
	res, err := tx.ExecContext(ctx, `UPDATE quotes SET status = 'draft', language = ?, customer_id = ?, customer_name = ?,
		customer_address = ?, contact_name = ?, contact_phone = ?, contact_email = ?, deal_id = ?, currency = ?,
		price_list_id = ?, tax_included = ?, discount_bp = ?, charges_json = ?, issue_date = ?, valid_until = ?,
		payment_terms = ?, delivery_terms = ?, warranty_terms = ?, notes = ?, subtotal_minor = ?, discount_minor = ?,
		tax_minor = ?, charges_minor = ?, total_minor = ?, needs_approval = ?, approval_reasons = ?,
		approval_decision = '', approval_by = NULL, approval_at = NULL, approval_note = '', submitted_at = NULL,
		updated_at = ?, version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NULL`,
		q.Language, q.CustomerID, q.CustomerName, q.CustomerAddress, q.ContactName, q.ContactPhone, q.ContactEmail,
		q.DealID, q.Currency, nullable(q.PriceListID), q.TaxIncluded, q.DiscountBP, mustJSON(q.Charges), q.IssueDate,
		q.ValidUntil, q.PaymentTerms, q.DeliveryTerms, q.WarrantyTerms, q.Notes, q.Totals.Subtotal, q.Totals.Discount,
		q.Totals.Tax, q.Totals.Charges, q.Totals.Total, len(reasons) > 0, mustJSON(reasons),
		s.stamp(), before.ID, before.Version)
	return changedOne(res, err, "quote")
}

// syncLinesTx makes the quote's live lines exactly next: a line whose ID is
// one of old is updated in place, others are inserted, and old lines no
// longer present are tombstoned.
func (s *Service) syncLinesTx(ctx context.Context, tx *sql.Tx, quoteID string, old, next []Line) error {
	now := s.stamp()
	known := map[string]bool{}
	for _, l := range old {
		known[l.ID] = true
	}
	kept := map[string]bool{}
	for _, l := range next {
		if known[l.ID] && !kept[l.ID] {
			kept[l.ID] = true
			if err := updateLineTx(ctx, tx, l, now); err != nil {
				return err
			}
			continue
		}
		l.ID = store.NewID()
		if l.LineKey == "" {
			l.LineKey = l.ID
		}
		if err := insertLineTx(ctx, tx, quoteID, l, now); err != nil {
			return err
		}
	}
	for _, l := range old {
		if kept[l.ID] {
			continue
		}
		if _, err := tx.ExecContext(ctx, `UPDATE quote_lines SET deleted_at = ?, updated_at = ?, version = version + 1
			WHERE id = ?`, now, now, l.ID); err != nil {
			return fmt.Errorf("quote: drop line: %w", err)
		}
	}
	return nil
}

func insertLineTx(ctx context.Context, tx *sql.Tx, quoteID string, l Line, now string) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO quote_lines(id, quote_id, line_key, position, product_id, sku, name, spec,
		unit, qty_milli, unit_price_minor, list_price_minor, floor_price_minor, discount_bp, tax_rate_bp, amount_minor,
		created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		l.ID, quoteID, l.LineKey, l.Position, nullable(l.ProductID), l.SKU, l.Name, l.Spec, l.Unit, l.QtyMilli,
		l.UnitPriceMinor, l.ListPriceMinor, l.FloorPriceMinor, l.DiscountBP, l.TaxRateBP, l.Totals.Amount, now, now)
	if err != nil {
		return fmt.Errorf("quote: insert line: %w", err)
	}
	return nil
}

func updateLineTx(ctx context.Context, tx *sql.Tx, l Line, now string) error {
	_, err := tx.ExecContext(ctx, `UPDATE quote_lines SET position = ?, product_id = ?, sku = ?, name = ?, spec = ?,
		unit = ?, qty_milli = ?, unit_price_minor = ?, list_price_minor = ?, floor_price_minor = ?, discount_bp = ?,
		tax_rate_bp = ?, amount_minor = ?, updated_at = ?, version = version + 1 WHERE id = ?`,
		l.Position, nullable(l.ProductID), l.SKU, l.Name, l.Spec, l.Unit, l.QtyMilli, l.UnitPriceMinor,
		l.ListPriceMinor, l.FloorPriceMinor, l.DiscountBP, l.TaxRateBP, l.Totals.Amount, now, l.ID)
	if err != nil {
		return fmt.Errorf("quote: update line: %w", err)
	}
	return nil
}

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(fmt.Sprintf("quote: encode %T: %v", v, err)) // plain structs always encode
	}
	return string(b)
}
