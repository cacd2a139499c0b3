package appraisal

import (
	"context"
	"database/sql"
	"fmt"
	"slices"

	"steady/backend/apperr"
	"steady/backend/audit"
	"steady/backend/auth"
	"steady/backend/store"
)

// TargetRow is one person's targets for a month in the targets grid.
type TargetRow struct {
	UserID    string                `json:"userId"`
	Name      string                `json:"name"`
	Level     string                `json:"level"`
	HireDate  string                `json:"hireDate"`
	Proration *Proration            `json:"proration"` // set when they joined in the month
	Cells     map[string]TargetCell `json:"cells"`     // by metric code; absent = not set
}

// TargetCell is one stored target.
type TargetCell struct {
	Value   int64 `json:"value"`
	Version int   `json:"version"`
}

// TargetChange sets (Value ≥ 0) or clears (Clear) one cell; Version is the
// one read (0 for a cell that was empty).
type TargetChange struct {
	UserID  string `json:"userId"`
	Code    string `json:"code"`
	Value   int64  `json:"value"`
	Clear   bool   `json:"clear"`
	Version int    `json:"version"`
}

const maxTarget = 1_000_000_000_000_00 // a trillion in minor units

// Targets returns the grid of month for the people the actor manages.
func (s *Service) Targets(ctx context.Context, actor auth.Actor, monthKey string) ([]TargetRow, error) {
	if err := requireManager(actor); err != nil {
		return nil, err
	}
	m, err := s.Month(ctx, monthKey)
	if err != nil {
		return nil, err
	}
	people, err := appraisable(ctx, s.db.Read(), actor, m)
	if err != nil {
		return nil, err
	}
	cells, err := targetCells(ctx, s.db.Read(), m.Key)
	if err != nil {
		return nil, err
	}
	rows := make([]TargetRow, 0, len(people))
	for _, p := range people {
		row := TargetRow{UserID: p.ID, Name: p.Name, Level: p.Level, HireDate: p.HireDate,
			Proration: proration(m, p.HireDate), Cells: cells[p.ID]}
		if row.Cells == nil {
			row.Cells = map[string]TargetCell{}
		}
		rows = append(rows, row)
	}
	return rows, nil
}

// appraisable lists the active people the actor manages who had started by
// the month's end, by name.
func appraisable(ctx context.Context, q querier, actor auth.Actor, m Month) ([]person, error) {
	cond, args := managedScope(actor, "id")
	rows, err := q.QueryContext(ctx, `SELECT `+personColumns+` FROM users WHERE deleted_at IS NULL AND active = 1
		AND role <> 'owner' AND `+cond+` ORDER BY name, id`, args...)
	if err != nil {
		return nil, fmt.Errorf("appraisal: people: %w", err)
	}
	defer rows.Close()
	var out []person
	for rows.Next() {
		p, err := scanPerson(rows)
		if err != nil {
			return nil, fmt.Errorf("appraisal: people: %w", err)
		}
		if !hiredAfter(m, p.HireDate) {
			out = append(out, p)
		}
	}
	return out, rows.Err()
}

// targetCells reads every target of a month: user → code → cell.
func targetCells(ctx context.Context, q querier, month string) (map[string]map[string]TargetCell, error) {
	rows, err := q.QueryContext(ctx, `SELECT user_id, code, value, version FROM appraisal_targets
		WHERE month = ? AND deleted_at IS NULL`, month)
	if err != nil {
		return nil, fmt.Errorf("appraisal: targets: %w", err)
	}
	defer rows.Close()
	out := map[string]map[string]TargetCell{}
	for rows.Next() {
		var user, code string
		var c TargetCell
		if err := rows.Scan(&user, &code, &c.Value, &c.Version); err != nil {
			return nil, fmt.Errorf("appraisal: targets: %w", err)
		}
		if out[user] == nil {
			out[user] = map[string]TargetCell{}
		}
		out[user][code] = c
	}
	return out, rows.Err()
}

// SaveTargets applies the changes to month's grid in one transaction: all
// of them land or, on a bad value or a cell someone changed meanwhile, none.
func (s *Service) SaveTargets(ctx context.Context, actor auth.Actor, monthKey string, changes []TargetChange) ([]TargetRow, error) {
	if err := requireManager(actor); err != nil {
		return nil, err
	}
	m, err := s.Month(ctx, monthKey)
	if err != nil {
		return nil, err
	}
	if err := validateChanges(changes); err != nil {
		return nil, err
	}
	err = s.db.Tx(ctx, func(tx *sql.Tx) error {
		for _, c := range changes {
			if err := s.applyTarget(ctx, tx, actor, m.Key, c); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return s.Targets(ctx, actor, monthKey)
}

func validateChanges(changes []TargetChange) error {
	var v apperr.Validation
	for i, c := range changes {
		field := fmt.Sprintf("changes.%d.", i)
		if !slices.Contains(TargetCodes, c.Code) {
			v.Add(field+"code", "validation.invalidChoice", nil)
		}
		if !c.Clear && (c.Value < 0 || c.Value > maxTarget) {
			v.Add(field+"value", "validation.invalidAmount", nil)
		}
	}
	return v.Err()
}

func (s *Service) applyTarget(ctx context.Context, tx *sql.Tx, actor auth.Actor, month string, c TargetChange) error {
	p, err := personByID(ctx, tx, c.UserID)
	if err != nil {
		return err
	}
	if !manages(actor, p) {
		return apperr.Forbidden("errors.forbidden.notYourTeam")
	}
	now := s.stamp()
	var res sql.Result
	switch {
	case c.Version == 0 && !c.Clear:
		res, err = tx.ExecContext(ctx, `INSERT INTO appraisal_targets(id, user_id, month, code, value, created_by, created_at,
			updated_at) SELECT ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM appraisal_targets
			WHERE user_id = ? AND month = ? AND code = ? AND deleted_at IS NULL)`,
			store.NewID(), c.UserID, month, c.Code, c.Value, actor.ID, now, now, c.UserID, month, c.Code)
	case c.Clear:
		res, err = tx.ExecContext(ctx, `UPDATE appraisal_targets SET deleted_at = ?, updated_at = ?, version = version + 1
			WHERE user_id = ? AND month = ? AND code = ? AND version = ? AND deleted_at IS NULL`,
			now, now, c.UserID, month, c.Code, c.Version)
	default:
		res, err = tx.ExecContext(ctx, `UPDATE appraisal_targets SET value = ?, updated_at = ?, version = version + 1
			WHERE user_id = ? AND month = ? AND code = ? AND version = ? AND deleted_at IS NULL`,
			c.Value, now, c.UserID, month, c.Code, c.Version)
	}
	if err := oneRow(res, err, "target"); err != nil {
		return err
	}
	return audit.Write(ctx, tx, audit.Entry{At: s.now(), ActorID: actor.ID, Entity: "appraisal_target",
		EntityID: c.UserID + "/" + month + "/" + c.Code, Action: "set", After: c})
}

// CopyTargets fills month's empty cells with the previous month's values,
// for the people the actor manages; cells already set are kept.
func (s *Service) CopyTargets(ctx context.Context, actor auth.Actor, monthKey string) ([]TargetRow, error) {
	if err := requireManager(actor); err != nil {
		return nil, err
	}
	m, err := s.Month(ctx, monthKey)
	if err != nil {
		return nil, err
	}
	grid, err := s.Targets(ctx, actor, monthKey)
	if err != nil {
		return nil, err
	}
	previous, err := targetCells(ctx, s.db.Read(), m.Previous().Key)
	if err != nil {
		return nil, err
	}
	var changes []TargetChange
	for _, row := range grid {
		for code, cell := range previous[row.UserID] {
			if _, set := row.Cells[code]; !set {
				changes = append(changes, TargetChange{UserID: row.UserID, Code: code, Value: cell.Value})
			}
		}
	}
	return s.SaveTargets(ctx, actor, monthKey, changes)
}
