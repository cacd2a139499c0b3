package sales

import (
	"context"
	"database/sql"
	"time"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/store"
)

// transition is one change of a deal's stage: the action the history and
// audit name, the stage entered, and any other columns the change sets.
type transition struct {
	action string
	to     Stage
	set    string // extra assignments, each ending in ", "
	args   []any
	at     time.Time
	audit  map[string]any // more the audit keeps of the change (a backdated win's day and reason)
}

// MoveDeal moves a deal to another stage of its part of the process: an open
// deal between open stages, a won deal between the won and after-sales
// stages. Moving on (to a later stage) needs the exit checklist of every
// stage it leaves behind complete, the current one and each one it jumps
// over; moving back does not. Winning and losing have their own calls;
// moving to the stage the deal is in changes nothing.
func (s *Service) MoveDeal(ctx context.Context, actor auth.Actor, id string, version int, stageID string) (Deal, error) {
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		d, _, err := editDeal(ctx, tx, actor, id, version)
		if err != nil || d.StageID == stageID {
			return err
		}
		ss, err := loadStages(ctx, tx)
		if err != nil {
			return err
		}
		from, _ := ss.byID(d.StageID)
		to, ok := ss.byID(stageID)
		if !ok {
			return apperr.Field("stageId", "validation.invalidChoice", nil)
		}
		if err := checkMove(d, to); err != nil {
			return err
		}
		if err := checkExits(ctx, tx, d, ss.passing(from.ID, to.ID)); err != nil {
			return err
		}
		return s.enterTx(ctx, tx, ss, d, actor.ID, transition{action: "move", to: to, at: s.now()})
	})
	if err != nil {
		return Deal{}, err
	}
	return loadDeal(ctx, s.db.Read(), id)
}

// checkMove refuses moves that leave the deal's part of the process.
func checkMove(d Deal, to Stage) error {
	switch {
	case d.Status == StatusLost:
		return apperr.Conflict("dealStatus")
	case d.Status == StatusOpen && (to.Kind == KindWon || to.Kind == KindLost):
		return apperr.Field("stageId", "validation.winOrLoseToClose", nil)
	case d.Status == StatusOpen && to.Kind != KindOpen:
		return apperr.Field("stageId", "validation.invalidChoice", nil)
	case d.Status == StatusWon && to.Kind != KindWon && to.Kind != KindAfter:
		return apperr.Conflict("dealStatus")
	}
	return nil
}

// enterTx moves d into tr.to: the deal row (at the version read), the
// furthest stage reached, a history row, and the new stage's SOP tasks.
func (s *Service) enterTx(ctx context.Context, tx *sql.Tx, ss stages, d Deal, actorID string, tr transition) error {
	reached := d.ReachedStageID
	if tr.to.Kind != KindLost && ss.order(tr.to.ID) > ss.order(reached) {
		reached = tr.to.ID
	}
	now := store.FormatTime(tr.at)
	args := append([]any{tr.to.ID, now, reached, statusOf(tr.to.Kind)}, tr.args...)
	args = append(args, now, d.ID, d.Version)
	res, err := tx.ExecContext(ctx, `UPDATE deals SET stage_id = ?, stage_entered_at = ?, reached_stage_id = ?, status = ?, `+
		tr.set+`updated_at = ?, version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NULL`, args...)
	if err := changedOne(res, err, "deal"); err != nil {
		return err
	}
	from, _ := ss.byID(d.StageID)
	f, err := s.facts(ctx)
	if err != nil {
		return err
	}
	if err := insertHistory(ctx, tx, d, actorID, tr.action, from, tr.to, tr.at, f.loc); err != nil {
		return err
	}
	after, err := loadDeal(ctx, tx, d.ID)
	if err != nil {
		return err
	}
	if err := s.openTasksTx(ctx, tx, after, tr.to); err != nil {
		return err
	}
	afterNote := map[string]any{"stageId": tr.to.ID, "status": after.Status}
	for k, v := range tr.audit {
		afterNote[k] = v
	}
	return s.record(ctx, tx, actorID, "deal", d.ID, tr.action,
		map[string]any{"stageId": d.StageID, "status": d.Status}, afterNote)
}
