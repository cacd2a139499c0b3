package quote

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/big"

	"steady/backend/auth"
	"steady/backend/inbox"
	"steady/backend/money"
)

// The quotes' part of the approvals inbox (inbox.Provider): a quote held by
// the discount guard waits for its owner's manager, or for the owner of the
// company when that person has no active manager (the owner may approve any
// quote from its page, but their inbox lists only what nobody else will);
// the decision goes back to the quote's owner until they have seen it or
// moved the quote on (sent the approved one, resubmitted the one sent back).

// Kinds of inbox items from quotes.
const (
	InboxApproval = "quote.approval"
	InboxAnswer   = "quote.answer"
)

// InboxItems lists the quotes waiting for actor's approval and the
// decisions on actor's quotes made since since (stored time text).
func (s *Service) InboxItems(ctx context.Context, actor auth.Actor, since string) ([]inbox.Item, error) {
	items, err := s.waitingFor(ctx, actor)
	if err != nil {
		return nil, err
	}
	answers, err := s.answersFor(ctx, actor, since)
	return append(items, answers...), err
}

// waitingCondition is who actor approves for, as SQL over the quote owner o.
func waitingCondition(actor auth.Actor) (string, []any, bool) {
	switch actor.Role {
	case auth.RoleManager:
		return `o.manager_id = ? AND q.owner_id != ?`, []any{actor.ID, actor.ID}, true
	case auth.RoleOwner:
		return `NOT EXISTS (SELECT 1 FROM users m WHERE m.id = o.manager_id AND m.id != o.id AND m.role = 'manager'
			AND m.active = 1 AND m.deleted_at IS NULL)`, nil, true
	}
	return "", nil, false
}

func (s *Service) waitingFor(ctx context.Context, actor auth.Actor) ([]inbox.Item, error) {
	cond, args, ok := waitingCondition(actor)
	if !ok {
		return nil, nil
	}
	ids, err := s.ids(ctx, `SELECT q.id FROM quotes q JOIN users o ON o.id = q.owner_id
		WHERE q.deleted_at IS NULL AND q.status = 'pending_approval' AND `+cond, args...)
	if err != nil {
		return nil, err
	}
	settings, err := s.settings(ctx)
	if err != nil {
		return nil, err
	}
	items := make([]inbox.Item, 0, len(ids))
	for _, id := range ids {
		q, err := quoteByID(ctx, s.db.Read(), id)
		if err != nil {
			return nil, err
		}
		it := itemOf(q, InboxApproval, q.SubmittedAt)
		it.State = inbox.StatePending
		for _, r := range q.ApprovalReasons {
			it.Reasons = append(it.Reasons, r.Kind)
		}
		if seesFloors(actor) { // cost is for managers and the owner only, like the floor
			if it.Margin, err = s.margin(ctx, q, settings.PricesIncludeTax); err != nil {
				return nil, err
			}
		}
		items = append(items, it)
	}
	return items, nil
}

// answersFor lists actor's quotes decided by someone else since since and
// still where the decision left them.
func (s *Service) answersFor(ctx context.Context, actor auth.Actor, since string) ([]inbox.Item, error) {
	ids, err := s.ids(ctx, `SELECT q.id FROM quotes q WHERE q.deleted_at IS NULL AND q.owner_id = ?
		AND q.approval_at >= ? AND coalesce(q.approval_by, '') != ?
		AND ((q.approval_decision = 'approved' AND q.status = 'approved')
			OR (q.approval_decision = 'rejected' AND q.status = 'draft'))`, actor.ID, since, actor.ID)
	if err != nil {
		return nil, err
	}
	items := make([]inbox.Item, 0, len(ids))
	for _, id := range ids {
		q, err := quoteByID(ctx, s.db.Read(), id)
		if err != nil {
			return nil, err
		}
		it := itemOf(q, InboxAnswer, q.ApprovalAt)
		it.State, it.DecidedByName, it.Note = inbox.StateApproved, q.ApprovalByName, q.ApprovalNote
		if q.ApprovalDecision == "rejected" {
			it.State = inbox.StateRejected
		}
		items = append(items, it)
	}
	return items, nil
}

func itemOf(q Quote, kind, at string) inbox.Item {
	return inbox.Item{Kind: kind, RecordID: q.ID, Version: q.Version, Title: q.Number, Subject: q.CustomerName,
		AskedByID: q.OwnerID, AskedByName: q.OwnerName, At: at, Reasons: []string{}, Currency: q.Currency,
		AmountMinor: q.Totals.Total}
}

func (s *Service) ids(ctx context.Context, query string, args ...any) ([]string, error) {
	rows, err := s.db.Read().QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("quote: inbox: %w", err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("quote: inbox: %w", err)
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// margin is q's margin over the lines that are catalog products with a
// cost in the quote's currency: their net (before tax, after every
// discount) less their cost, the cost taken from the catalog's tax terms
// to before tax. nil when no line has a known cost.
func (s *Service) margin(ctx context.Context, q Quote, catalogIncl bool) (*inbox.Margin, error) {
	m := inbox.Margin{Lines: len(q.Lines)}
	for i, l := range q.Lines {
		if l.ProductID == "" {
			continue
		}
		var cost, rate int64
		err := s.db.Read().QueryRowContext(ctx, `SELECT cost_minor, tax_rate_bp FROM products
			WHERE id = ? AND currency = ? AND cost_minor > 0`, l.ProductID, q.Currency).Scan(&cost, &rate)
		if err != nil {
			if errors.Is(err, sql.ErrNoRows) {
				continue
			}
			return nil, fmt.Errorf("quote: inbox margin: %w", err)
		}
		unit := taxTerms(cost, rate, catalogIncl, false)
		if !money.LineGrossFits(l.QtyMilli, unit) {
			continue // a cost no sale could reach: not a cost the margin can rest on
		}
		m.LinesCosted++
		m.NetMinor += q.Totals.Lines[i].Net
		m.CostMinor += money.DivRound(l.QtyMilli*unit, 1000)
	}
	if m.LinesCosted == 0 {
		return nil, nil
	}
	if m.NetMinor > 0 {
		m.BP = rateBP(m.NetMinor-m.CostMinor, m.NetMinor)
	}
	return &m, nil
}

// rateBP is part ÷ whole in basis points, rounded half away from zero,
// without overflow for any amounts a quote can hold.
func rateBP(part, whole int64) int64 {
	num := new(big.Int).Mul(big.NewInt(part), big.NewInt(20000))
	neg := num.Sign() < 0
	num.Abs(num).Add(num, big.NewInt(whole))
	num.Quo(num, new(big.Int).Mul(big.NewInt(whole), big.NewInt(2)))
	if neg {
		num.Neg(num)
	}
	return num.Int64()
}
