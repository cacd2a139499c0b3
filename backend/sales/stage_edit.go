package sales

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/catalog"
	"steady/backend/store"
	"steady/backend/validate"
)

// StageInput is what the stage editor sends. Kind is read on create only
// (open or after: the won and lost stages exist once each); a checklist item
// without a key is new and gets one.
type StageInput struct {
	ID            string          `json:"id"`
	Version       int             `json:"version"`
	Kind          string          `json:"kind"`
	NameZh        string          `json:"nameZh"`
	NameEn        string          `json:"nameEn"`
	GoalZh        string          `json:"goalZh"`
	GoalEn        string          `json:"goalEn"`
	ProbabilityBP int64           `json:"probabilityBp"`
	Checklist     []ChecklistItem `json:"checklist"`
}

// maxChecklist keeps a stage's exit checklist short enough to act on.
const maxChecklist = 20

func cleanStage(in StageInput) (StageInput, error) {
	var v apperr.Validation
	in.NameZh = validate.Text(&v, "nameZh", in.NameZh, true, 40)
	in.NameEn = validate.Text(&v, "nameEn", in.NameEn, false, 40)
	in.GoalZh = validate.Text(&v, "goalZh", in.GoalZh, false, 200)
	in.GoalEn = validate.Text(&v, "goalEn", in.GoalEn, false, 200)
	catalog.Rate(&v, "probabilityBp", in.ProbabilityBP)
	if len(in.Checklist) > maxChecklist {
		v.Add("checklist", "validation.tooManyItems", map[string]any{"max": maxChecklist})
	}
	if in.Checklist == nil {
		in.Checklist = []ChecklistItem{}
	}
	seen := map[string]bool{}
	for i := range in.Checklist {
		in.Checklist[i] = cleanItem(&v, fmt.Sprintf("checklist.%d.", i), in.Checklist[i])
		if key := in.Checklist[i].Key; seen[key] {
			v.Add(fmt.Sprintf("checklist.%d.key", i), "validation.duplicate", nil)
		} else {
			seen[key] = true
		}
	}
	return in, v.Err()
}

func cleanItem(v *apperr.Validation, field string, it ChecklistItem) ChecklistItem {
	it.Key = strings.TrimSpace(it.Key)
	if it.Key == "" {
		it.Key = store.NewID()
	}
	validate.OneOf(v, field+"kind", it.Kind, "validation.invalidChoice", ItemCheck, ItemField, ItemTasks)
	if it.Kind == ItemField {
		validate.OneOf(v, field+"field", it.Field, "validation.invalidChoice", DealFields()...)
	} else {
		it.Field = ""
	}
	it.LabelZh = validate.Text(v, field+"labelZh", it.LabelZh, true, 100)
	it.LabelEn = validate.Text(v, field+"labelEn", it.LabelEn, false, 100)
	return it
}

// SaveStage creates (empty ID) or changes a stage; only the owner may.
func (s *Service) SaveStage(ctx context.Context, actor auth.Actor, in StageInput) (Stage, error) {
	if !actor.IsOwner() {
		return Stage{}, apperr.Forbidden("errors.forbidden.ownerOnly")
	}
	in, err := cleanStage(in)
	if err != nil {
		return Stage{}, err
	}
	err = s.db.Tx(ctx, func(tx *sql.Tx) error {
		if err := checkStageName(ctx, tx, in); err != nil {
			return err
		}
		if in.ID == "" {
			return s.insertStage(ctx, tx, actor, &in)
		}
		return s.updateStage(ctx, tx, actor, in)
	})
	if err != nil {
		return Stage{}, err
	}
	return loadStage(ctx, s.db.Read(), in.ID)
}

func checkStageName(ctx context.Context, tx *sql.Tx, in StageInput) error {
	var n int
	err := tx.QueryRowContext(ctx, `SELECT count(*) FROM sales_stages WHERE deleted_at IS NULL AND name_zh = ? AND id <> ?`,
		in.NameZh, in.ID).Scan(&n)
	if err != nil {
		return fmt.Errorf("sales: stage name: %w", err)
	}
	if n > 0 {
		return apperr.Field("nameZh", "validation.nameTaken", nil)
	}
	return nil
}

func (s *Service) insertStage(ctx context.Context, tx *sql.Tx, actor auth.Actor, in *StageInput) error {
	var v apperr.Validation
	validate.OneOf(&v, "kind", in.Kind, "validation.invalidChoice", KindOpen, KindAfter)
	if err := v.Err(); err != nil {
		return err
	}
	in.ID = store.NewID()
	now := s.stamp()
	_, err := tx.ExecContext(ctx, `INSERT INTO sales_stages(id, kind, position, name_zh, name_en, goal_zh, goal_en,
		probability_bp, checklist, created_by, created_at, updated_at)
		VALUES (?, ?, (SELECT coalesce(max(position), 0) + 1 FROM sales_stages WHERE kind = ? AND deleted_at IS NULL),
		?, ?, ?, ?, ?, ?, ?, ?, ?)`, in.ID, in.Kind, in.Kind, in.NameZh, in.NameEn, in.GoalZh, in.GoalEn,
		in.ProbabilityBP, mustJSON(in.Checklist), actor.ID, now, now)
	if err != nil {
		return fmt.Errorf("sales: insert stage: %w", err)
	}
	return s.record(ctx, tx, actor.ID, "salesStage", in.ID, "create", nil, in)
}

func (s *Service) updateStage(ctx context.Context, tx *sql.Tx, actor auth.Actor, in StageInput) error {
	before, err := loadStage(ctx, tx, in.ID)
	if err != nil {
		return err
	}
	res, err := tx.ExecContext(ctx, `UPDATE sales_stages SET name_zh = ?, name_en = ?, goal_zh = ?, goal_en = ?,
		probability_bp = ?, checklist = ?, updated_at = ?, version = version + 1
		WHERE id = ? AND version = ? AND deleted_at IS NULL`, in.NameZh, in.NameEn, in.GoalZh, in.GoalEn,
		in.ProbabilityBP, mustJSON(in.Checklist), s.stamp(), in.ID, in.Version)
	if err := changedOne(res, err, "salesStage"); err != nil {
		return err
	}
	in.Kind = before.Kind
	return s.record(ctx, tx, actor.ID, "salesStage", in.ID, "update", before, in)
}

// mustJSON encodes values that always encode (plain structs, slices, maps).
func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(fmt.Sprintf("sales: encode %T: %v", v, err))
	}
	return string(b)
}
