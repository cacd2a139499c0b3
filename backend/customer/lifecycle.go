package customer

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/store"
	"steady/backend/validate"
)

// stageChange describes one move between stages: by a person (actorID and a
// typed reason) or automatic (reason is an i18n code).
type stageChange struct {
	actorID   string
	reason    string
	automatic bool
	at        time.Time
}

// ChangeStage moves a customer to another stage by hand; a reason is
// required. version must be the version the caller read.
func (s *Service) ChangeStage(ctx context.Context, actor auth.Actor, customerID string, version int, to, reason string) (Customer, error) {
	var v apperr.Validation
	to = validate.OneOf(&v, "stage", strings.TrimSpace(to), "validation.invalidStage", Stages()...)
	reason = validate.Text(&v, "reason", reason, true, 200)
	if err := v.Err(); err != nil {
		return Customer{}, err
	}
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		c, _, err := visibleTx(ctx, tx, actor, customerID)
		if err != nil {
			return err
		}
		if c.Version != version {
			return apperr.Conflict("customer")
		}
		if c.Stage == to {
			return apperr.Field("stage", "validation.sameStage", nil)
		}
		return s.setStageTx(ctx, tx, c, to, stageChange{actorID: actor.ID, reason: reason, at: s.now()})
	})
	if err != nil {
		return Customer{}, err
	}
	return s.Customer(ctx, actor, customerID)
}

// setStageTx moves c to stage to, records the move in the stage history and
// the audit trail, and bumps the customer's version.
func (s *Service) setStageTx(ctx context.Context, tx *sql.Tx, c Customer, to string, ch stageChange) error {
	var manualAt any // a stage set by a person holds for a while (see heldStage)
	if !ch.automatic {
		manualAt = store.FormatTime(ch.at)
	}
	res, err := tx.ExecContext(ctx, `UPDATE customers SET stage = ?, stage_manual_at = ?, updated_at = ?,
		version = version + 1 WHERE id = ? AND version = ?`, to, manualAt, store.FormatTime(ch.at), c.ID, c.Version)
	if err != nil {
		return fmt.Errorf("customer: set stage: %w", err)
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return apperr.Conflict("customer")
	}
	if err := insertStageHistory(ctx, tx, c.ID, c.Stage, to, ch); err != nil {
		return err
	}
	return s.record(ctx, tx, ch.at, ch.actorID, "customer", c.ID, "stage",
		map[string]string{"stage": c.Stage}, map[string]string{"stage": to, "reason": ch.reason})
}

func insertStageHistory(ctx context.Context, tx *sql.Tx, customerID, from, to string, ch stageChange) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO customer_stage_history(id, customer_id, at, actor_id, from_stage,
		to_stage, reason, automatic) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, store.NewID(), customerID,
		store.FormatTime(ch.at), nullable(ch.actorID), from, to, ch.reason, ch.automatic)
	if err != nil {
		return fmt.Errorf("customer: stage history: %w", err)
	}
	return nil
}

// heldStage is the SQL condition under which a customer's stage was set by
// a person (or an import) and still holds against the sweep: no deal was won
// or lost, and no activity logged, after the change, and the dormancy period
// (its one parameter, the cutoff) has not passed again since it.
const heldStage = `(stage_manual_at IS NOT NULL AND stage_manual_at >= ?
	AND NOT EXISTS (SELECT 1 FROM activities a WHERE a.customer_id = customers.id AND a.deleted_at IS NULL
		AND a.created_at > customers.stage_manual_at)
	AND NOT EXISTS (SELECT 1 FROM won_deals w WHERE w.customer_id = customers.id AND w.deleted_at IS NULL
		AND w.created_at > customers.stage_manual_at)
	AND NOT EXISTS (SELECT 1 FROM deals d WHERE d.customer_id = customers.id AND d.deleted_at IS NULL
		AND d.lost_at > customers.stage_manual_at))`

// sweepStages moves customers without a purchase for the configured days
// to dormant, and dormant ones, later, to churned. A customer who never
// bought counts from when they were created. A stage set by hand holds (see
// heldStage). Lost deals are read from the sales area's deals table: a loss
// is a fact of that area that this rule needs, and the customer area is not
// told of it otherwise.
func (s *Service) sweepStages(ctx context.Context, st Settings, now time.Time) (dormant, churned int, err error) {
	steps := []struct {
		stages string // an SQL list of the stages that move
		to     string
		days   int
		n      *int
	}{
		{`'customer', 'repeat'`, StageDormant, st.DormantAfterDays, &dormant},
		{`'dormant'`, StageChurned, st.ChurnedAfterDays, &churned},
	}
	holdCutoff := store.FormatTime(now.AddDate(0, 0, -st.DormantAfterDays))
	for _, step := range steps {
		cutoff := store.FormatTime(now.AddDate(0, 0, -step.days))
		cond := `deleted_at IS NULL AND stage IN (` + step.stages + `) AND coalesce(last_purchase_at, created_at) < ?
			AND NOT ` + heldStage
		args := []any{cutoff, holdCutoff}
		*step.n, err = s.sweepWhere(ctx, cond, args, func(tx *sql.Tx, c Customer) error {
			return s.setStageTx(ctx, tx, c, step.to, stageChange{reason: "lifecycle.auto.noPurchase", automatic: true, at: now})
		})
		if err != nil {
			return dormant, churned, err
		}
	}
	return dormant, churned, nil
}

// idsWhere returns the first column of every row of query.
func idsWhere(ctx context.Context, q Querier, query string, args ...any) ([]string, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("customer: select ids: %w", err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("customer: select ids: %w", err)
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}
