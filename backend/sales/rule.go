package sales

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/customer"
	"steady/backend/store"
	"steady/backend/validate"
)

// Anchors: the event an SOP task's deadline counts from.
const (
	AnchorStageEntered = "stage_entered" // the deal entered the rule's stage
	AnchorDealCreated  = "deal_created"  // the deal was created
	AnchorFirstCall    = "first_call"    // the first call, visit or meeting logged for the customer since the deal began
)

// Anchors lists every anchor.
func Anchors() []string { return []string{AnchorStageEntered, AnchorDealCreated, AnchorFirstCall} }

// DoneByKinds are the activity kinds a rule may wait for: every follow-up
// with the customer (customer.ActivityKinds but the internal note).
func DoneByKinds() []string {
	var out []string
	for _, k := range customer.ActivityKinds() {
		if k != customer.ActivityNote {
			out = append(out, k)
		}
	}
	return out
}

// maxOffsetHours is a year: the longest deadline a rule may set.
const maxOffsetHours = 8760

// Rule is an SOP rule: entering its stage gives a deal a task due
// OffsetHours after the anchor event.
type Rule struct {
	ID          string `json:"id"`
	StageID     string `json:"stageId"`
	TitleZh     string `json:"titleZh"`
	TitleEn     string `json:"titleEn"`
	Anchor      string `json:"anchor"`
	OffsetHours int    `json:"offsetHours"`
	Position    int    `json:"position"`
	Active      bool   `json:"active"`
	DoneByKind  string `json:"doneByKind"` // "" or an activity kind whose logging against the deal does the task
	Version     int    `json:"version"`
}

// RuleInput is what the SOP editor sends. Changing a rule changes the tasks
// it makes from then on; tasks already made keep what they copied.
type RuleInput struct {
	ID          string `json:"id"`
	Version     int    `json:"version"`
	StageID     string `json:"stageId"`
	TitleZh     string `json:"titleZh"`
	TitleEn     string `json:"titleEn"`
	Anchor      string `json:"anchor"`
	OffsetHours int64  `json:"offsetHours"`
	Position    int    `json:"position"`
	Active      bool   `json:"active"`
	DoneByKind  string `json:"doneByKind"`
}

const ruleColumns = `id, stage_id, title_zh, title_en, anchor, offset_hours, position, active, done_by_kind, version`

func scanRule(row scanner) (Rule, error) {
	var r Rule
	err := row.Scan(&r.ID, &r.StageID, &r.TitleZh, &r.TitleEn, &r.Anchor, &r.OffsetHours, &r.Position, &r.Active, &r.DoneByKind, &r.Version)
	return r, err
}

// rulesWhere lists live rules of live stages matching cond.
func rulesWhere(ctx context.Context, q querier, cond string, args ...any) ([]Rule, error) {
	rows, err := q.QueryContext(ctx, `SELECT `+ruleColumns+` FROM sop_rules WHERE deleted_at IS NULL
		AND stage_id IN (SELECT id FROM sales_stages WHERE deleted_at IS NULL) AND `+cond+` ORDER BY position, created_at, id`, args...)
	if err != nil {
		return nil, fmt.Errorf("sales: sop rules: %w", err)
	}
	defer rows.Close()
	out := []Rule{}
	for rows.Next() {
		r, err := scanRule(rows)
		if err != nil {
			return nil, fmt.Errorf("sales: sop rules: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// Rules lists the SOP rules of a stage, or of every stage when stageID is "".
func (s *Service) Rules(ctx context.Context, stageID string) ([]Rule, error) {
	return rulesWhere(ctx, s.db.Read(), `(? = '' OR stage_id = ?)`, stageID, stageID)
}

func cleanRule(in RuleInput) (RuleInput, error) {
	var v apperr.Validation
	in.TitleZh = validate.Text(&v, "titleZh", in.TitleZh, true, 100)
	in.TitleEn = validate.Text(&v, "titleEn", in.TitleEn, false, 100)
	validate.OneOf(&v, "anchor", in.Anchor, "validation.invalidChoice", Anchors()...)
	in.DoneByKind = strings.TrimSpace(in.DoneByKind)
	if in.DoneByKind != "" {
		validate.OneOf(&v, "doneByKind", in.DoneByKind, "validation.invalidChoice", DoneByKinds()...)
	}
	if in.OffsetHours < 0 || in.OffsetHours > maxOffsetHours {
		v.Add("offsetHours", "validation.numberRange", map[string]any{"min": 0, "max": maxOffsetHours})
	}
	return in, v.Err()
}

// SaveRule creates (empty ID) or changes an SOP rule; only the owner may.
func (s *Service) SaveRule(ctx context.Context, actor auth.Actor, in RuleInput) (Rule, error) {
	if !actor.IsOwner() {
		return Rule{}, apperr.Forbidden("errors.forbidden.ownerOnly")
	}
	in, err := cleanRule(in)
	if err != nil {
		return Rule{}, err
	}
	err = s.db.Tx(ctx, func(tx *sql.Tx) error {
		st, err := loadStage(ctx, tx, in.StageID)
		if errors.Is(err, apperr.ErrNotFound) || (err == nil && st.Kind == KindLost) {
			return apperr.Field("stageId", "validation.invalidChoice", nil)
		}
		if err != nil {
			return err
		}
		if in.ID == "" {
			return s.insertRule(ctx, tx, actor, &in)
		}
		return s.updateRule(ctx, tx, actor, in)
	})
	if err != nil {
		return Rule{}, err
	}
	return loadRule(ctx, s.db.Read(), in.ID)
}

func loadRule(ctx context.Context, q querier, id string) (Rule, error) {
	r, err := scanRule(q.QueryRowContext(ctx, `SELECT `+ruleColumns+` FROM sop_rules WHERE id = ? AND deleted_at IS NULL`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return Rule{}, apperr.NotFound("sopRule")
	}
	if err != nil {
		return Rule{}, fmt.Errorf("sales: sop rule %s: %w", id, err)
	}
	return r, nil
}

func (s *Service) insertRule(ctx context.Context, tx *sql.Tx, actor auth.Actor, in *RuleInput) error {
	in.ID = store.NewID()
	now := s.stamp()
	_, err := tx.ExecContext(ctx, `INSERT INTO sop_rules(id, stage_id, title_zh, title_en, anchor, offset_hours, position,
		active, done_by_kind, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		in.ID, in.StageID, in.TitleZh, in.TitleEn, in.Anchor, in.OffsetHours, in.Position, in.Active, in.DoneByKind,
		actor.ID, now, now)
	if err != nil {
		return fmt.Errorf("sales: insert sop rule: %w", err)
	}
	return s.record(ctx, tx, actor.ID, "sopRule", in.ID, "create", nil, in)
}

func (s *Service) updateRule(ctx context.Context, tx *sql.Tx, actor auth.Actor, in RuleInput) error {
	before, err := loadRule(ctx, tx, in.ID)
	if err != nil {
		return err
	}
	res, err := tx.ExecContext(ctx, `UPDATE sop_rules SET stage_id = ?, title_zh = ?, title_en = ?, anchor = ?,
		offset_hours = ?, position = ?, active = ?, done_by_kind = ?, updated_at = ?, version = version + 1
		WHERE id = ? AND version = ? AND deleted_at IS NULL`, in.StageID, in.TitleZh, in.TitleEn, in.Anchor,
		in.OffsetHours, in.Position, in.Active, in.DoneByKind, s.stamp(), in.ID, in.Version)
	if err := changedOne(res, err, "sopRule"); err != nil {
		return err
	}
	return s.record(ctx, tx, actor.ID, "sopRule", in.ID, "update", before, in)
}

// DeleteRule retires a rule (a tombstone); its tasks stay as they are.
func (s *Service) DeleteRule(ctx context.Context, actor auth.Actor, id string, version int) error {
	if !actor.IsOwner() {
		return apperr.Forbidden("errors.forbidden.ownerOnly")
	}
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		before, err := loadRule(ctx, tx, id)
		if err != nil {
			return err
		}
		now := s.stamp()
		res, err := tx.ExecContext(ctx, `UPDATE sop_rules SET deleted_at = ?, updated_at = ?, version = version + 1
			WHERE id = ? AND version = ? AND deleted_at IS NULL`, now, now, id, version)
		if err := changedOne(res, err, "sopRule"); err != nil {
			return err
		}
		return s.record(ctx, tx, actor.ID, "sopRule", id, "delete", before, nil)
	})
}
