package sales

import (
	"context"
	"database/sql"
	"fmt"
	"slices"

	"steady/backend/apperr"
	"steady/backend/auth"
)

// DeleteStage removes an open or after-sales stage that no live deal is in,
// with its SOP rules. The won and lost stages, and the last open stage, stay.
func (s *Service) DeleteStage(ctx context.Context, actor auth.Actor, id string, version int) error {
	if !actor.IsOwner() {
		return apperr.Forbidden("errors.forbidden.ownerOnly")
	}
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		ss, st, err := deletable(ctx, tx, id)
		if err != nil {
			return err
		}
		now := s.stamp()
		res, err := tx.ExecContext(ctx, `UPDATE sales_stages SET deleted_at = ?, updated_at = ?, version = version + 1
			WHERE id = ? AND version = ? AND deleted_at IS NULL`, now, now, id, version)
		if err := changedOne(res, err, "salesStage"); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE sop_rules SET deleted_at = ?, updated_at = ?, version = version + 1
			WHERE stage_id = ? AND deleted_at IS NULL`, now, now, id); err != nil {
			return fmt.Errorf("sales: delete stage rules: %w", err)
		}
		if err := repointDeals(ctx, tx, neighbour(ss, st).ID, id, now); err != nil {
			return err
		}
		return s.record(ctx, tx, actor.ID, "salesStage", id, "delete", st, nil)
	})
}

// deletable loads the stages and refuses to delete st while the process
// needs it or a live deal is in it.
func deletable(ctx context.Context, tx *sql.Tx, id string) (stages, Stage, error) {
	ss, err := loadStages(ctx, tx)
	if err != nil {
		return nil, Stage{}, err
	}
	st, ok := ss.byID(id)
	if !ok {
		return nil, Stage{}, apperr.NotFound("salesStage")
	}
	if st.Kind == KindWon || st.Kind == KindLost || (st.Kind == KindOpen && len(ss.ofKind(KindOpen)) == 1) {
		return nil, Stage{}, apperr.Forbidden("errors.forbidden.requiredStage")
	}
	var deals int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM deals WHERE stage_id = ? AND deleted_at IS NULL`, id).Scan(&deals); err != nil {
		return nil, Stage{}, fmt.Errorf("sales: deals in stage: %w", err)
	}
	if deals > 0 {
		return nil, Stage{}, apperr.Field("id", "validation.stageInUse", map[string]any{"count": deals})
	}
	return ss, st, nil
}

// neighbour is the stage a deal that reached st is counted in once st is
// gone: the one before it, or after it when st came first.
func neighbour(ss stages, st Stage) Stage {
	if i := ss.order(st.ID); i > 0 {
		return ss[i-1]
	}
	return ss[1]
}

// repointDeals moves the funnel's marks (furthest stage reached, stage lost
// in) of deals from a deleted stage to its neighbour.
func repointDeals(ctx context.Context, tx *sql.Tx, to, from, now string) error {
	for _, col := range []string{"reached_stage_id", "lost_stage_id"} {
		_, err := tx.ExecContext(ctx, `UPDATE deals SET `+col+` = ?, updated_at = ?, version = version + 1
			WHERE `+col+` = ? AND deleted_at IS NULL`, to, now, from)
		if err != nil {
			return fmt.Errorf("sales: repoint deals: %w", err)
		}
	}
	return nil
}

// ReorderStages puts every open stage (or every after-sales stage) in the
// order of ids; only the owner may.
func (s *Service) ReorderStages(ctx context.Context, actor auth.Actor, ids []string) ([]Stage, error) {
	if !actor.IsOwner() {
		return nil, apperr.Forbidden("errors.forbidden.ownerOnly")
	}
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		ss, err := loadStages(ctx, tx)
		if err != nil {
			return err
		}
		if !sameStages(ss, ids) {
			return apperr.Field("ids", "validation.invalidChoice", nil)
		}
		now := s.stamp()
		for i, id := range ids {
			if _, err := tx.ExecContext(ctx, `UPDATE sales_stages SET position = ?, updated_at = ?, version = version + 1
				WHERE id = ?`, i+1, now, id); err != nil {
				return fmt.Errorf("sales: reorder stages: %w", err)
			}
		}
		return s.record(ctx, tx, actor.ID, "salesStage", ids[0], "reorder", nil, ids)
	})
	if err != nil {
		return nil, err
	}
	return s.Stages(ctx)
}

// sameStages says whether ids are exactly the live stages of one open or
// after kind, each once.
func sameStages(ss stages, ids []string) bool {
	if len(ids) == 0 {
		return false
	}
	first, ok := ss.byID(ids[0])
	if !ok || (first.Kind != KindOpen && first.Kind != KindAfter) {
		return false
	}
	kind := ss.ofKind(first.Kind)
	if len(kind) != len(ids) {
		return false
	}
	for _, st := range kind {
		if !slices.Contains(ids, st.ID) {
			return false
		}
	}
	return true
}
