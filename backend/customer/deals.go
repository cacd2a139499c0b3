package customer

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"steady/backend/apperr"
	"steady/backend/money"
	"steady/backend/store"
)

// PurchaseStats are one customer's won deals as segmentation needs them:
// the last win ever, and the number and total of the wins in the window.
type PurchaseStats struct {
	CustomerID  string
	LastWonAt   time.Time
	Deals       int
	AmountMinor int64
}

// WonDeals is where segmentation reads purchases. PurchaseStats returns the
// stats of customerID, or of every customer with a win when customerID is
// "": deals and amount count wins at or after since in currency. q is the
// caller's transaction when there is one, so a win just recorded counts.
type WonDeals interface {
	PurchaseStats(ctx context.Context, q Querier, customerID string, since time.Time, currency string) ([]PurchaseStats, error)
}

// WonDealTable reads the won_deals table that RecordWonDeal fills.
type WonDealTable struct{}

// PurchaseStats implements WonDeals.
func (WonDealTable) PurchaseStats(ctx context.Context, q Querier, customerID string, since time.Time, currency string) ([]PurchaseStats, error) {
	rows, err := q.QueryContext(ctx, `SELECT customer_id, max(won_at),
		sum(won_at >= ?1 AND currency = ?2), coalesce(sum(CASE WHEN won_at >= ?1 AND currency = ?2 THEN amount_minor END), 0)
		FROM won_deals WHERE deleted_at IS NULL AND (?3 = '' OR customer_id = ?3) GROUP BY customer_id`,
		store.FormatTime(since), currency, customerID)
	if err != nil {
		return nil, fmt.Errorf("customer: purchase stats: %w", err)
	}
	defer rows.Close()
	var out []PurchaseStats
	for rows.Next() {
		var p PurchaseStats
		var last string
		if err := rows.Scan(&p.CustomerID, &last, &p.Deals, &p.AmountMinor); err != nil {
			return nil, fmt.Errorf("customer: purchase stats: %w", err)
		}
		if p.LastWonAt, err = store.ParseTime(last); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// RecordWonDeal records a won deal of customerID inside the sales area's
// transaction tx, and follows it through: the first win makes a lead or
// prospect (or a dormant or churned customer) a customer, a later one makes
// them a repeat customer, and the customer's segment is scored again.
func (s *Service) RecordWonDeal(ctx context.Context, tx *sql.Tx, customerID string, wonAt time.Time, amountMinor int64, currency string) error {
	currency = strings.ToUpper(strings.TrimSpace(currency))
	if !money.IsCurrency(currency) {
		return apperr.Field("currency", "validation.invalidCurrency", nil)
	}
	if amountMinor < 0 {
		return apperr.Field("amountMinor", "validation.numberMin", map[string]any{"min": 0})
	}
	c, err := loadCustomer(ctx, tx, customerID)
	if err != nil {
		return err
	}
	now := s.now()
	_, err = tx.ExecContext(ctx, `INSERT INTO won_deals(id, customer_id, owner_id, won_at, amount_minor, currency,
		created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, store.NewID(), customerID, nullable(c.OwnerID),
		store.FormatTime(wonAt), amountMinor, currency, store.FormatTime(now), store.FormatTime(now))
	if err != nil {
		return fmt.Errorf("customer: record won deal: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE customers SET last_purchase_at = max(coalesce(last_purchase_at, ''), ?)
		WHERE id = ?`, store.FormatTime(wonAt), customerID); err != nil {
		return fmt.Errorf("customer: record won deal: %w", err)
	}
	if err := s.stageAfterWin(ctx, tx, c, now); err != nil {
		return err
	}
	won := map[string]any{"wonAt": store.FormatTime(wonAt), "amountMinor": amountMinor, "currency": currency}
	if err := s.record(ctx, tx, now, "", "customer", customerID, "wonDeal", nil, won); err != nil {
		return err
	}
	return s.rescoreTx(ctx, tx, customerID, now)
}

// stageAfterWin moves the customer to the stage their number of wins implies.
func (s *Service) stageAfterWin(ctx context.Context, tx *sql.Tx, c Customer, now time.Time) error {
	var wins int
	err := tx.QueryRowContext(ctx, `SELECT count(*) FROM won_deals WHERE customer_id = ? AND deleted_at IS NULL`, c.ID).Scan(&wins)
	if err != nil {
		return fmt.Errorf("customer: count wins: %w", err)
	}
	to, reason := stageForWins(c.Stage, wins)
	if to == c.Stage {
		return nil
	}
	return s.setStageTx(ctx, tx, c, to, stageChange{reason: reason, automatic: true, at: now})
}

// stageForWins is the stage a customer with this many wins should be in,
// and the reason code for the move.
func stageForWins(stage string, wins int) (string, string) {
	switch {
	case wins >= 2 && stage != StageRepeat:
		return StageRepeat, "lifecycle.auto.repeatWin"
	case wins == 1 && stage != StageCustomer && stage != StageRepeat:
		return StageCustomer, "lifecycle.auto.firstWin"
	}
	return stage, ""
}
