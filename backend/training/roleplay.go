package training

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"steady/backend/apperr"
	"steady/backend/audit"
	"steady/backend/auth"
	"steady/backend/store"
)

// Roleplay is one role-play practice: a scenario acted out by a rep, scored
// by an evaluator on a rubric, with written feedback and agreed actions.
type Roleplay struct {
	ID            string      `json:"id"`
	RepID         string      `json:"repId"`
	RepName       string      `json:"repName"`
	EvaluatorID   string      `json:"evaluatorId"`
	EvaluatorName string      `json:"evaluatorName"`
	HeldOn        string      `json:"heldOn"`
	Scenario      string      `json:"scenario"`
	Feedback      string      `json:"feedback"`
	Criteria      []Criterion `json:"criteria"`
	Score         int         `json:"score"`    // sum of the criteria's scores
	MaxScore      int         `json:"maxScore"` // sum of their maxima
	ScoreBP       int         `json:"scoreBp"`  // Score / MaxScore in basis points
	Actions       []Task      `json:"actions"`
	Version       int         `json:"version"`
	CreatedAt     string      `json:"createdAt"`
}

// Criterion is one scored line of the rubric. Key names a standard criterion
// (the UI translates it); a custom one has an empty Key and a Name.
type Criterion struct {
	Key      string `json:"key"`
	Name     string `json:"name"`
	Score    int    `json:"score"`
	MaxScore int    `json:"maxScore"`
}

// RoleplayInput is what the role-play form sends; the criteria and actions
// replace the record's own. An action with an ID keeps its task (and
// whether it was done); one without becomes a new task.
type RoleplayInput struct {
	ID          string        `json:"id"`
	RepID       string        `json:"repId"`
	EvaluatorID string        `json:"evaluatorId"`
	HeldOn      string        `json:"heldOn"`
	Scenario    string        `json:"scenario"`
	Feedback    string        `json:"feedback"`
	Criteria    []Criterion   `json:"criteria"`
	Actions     []ActionInput `json:"actions"`
	Version     int           `json:"version"`
}

// ActionInput is an improvement action with its follow-up day.
type ActionInput struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	DueOn string `json:"dueOn"`
}

// RoleplayFilter narrows the list: one rep, days From–To inclusive.
type RoleplayFilter struct {
	UserID string `json:"userId"`
	From   string `json:"from"`
	To     string `json:"to"`
}

// Standard rubric criteria.
const (
	CriterionOpening           = "opening"
	CriterionNeedsDiscovery    = "needs_discovery"
	CriterionPresentation      = "presentation"
	CriterionObjectionHandling = "objection_handling"
	CriterionClosing           = "closing"
)

// DefaultCriteria is the rubric a new role-play starts with, each out of 5.
func DefaultCriteria() []Criterion {
	keys := []string{CriterionOpening, CriterionNeedsDiscovery, CriterionPresentation, CriterionObjectionHandling, CriterionClosing}
	out := make([]Criterion, len(keys))
	for i, k := range keys {
		out[i] = Criterion{Key: k, MaxScore: 5}
	}
	return out
}

const roleplaySelect = `SELECT r.id, r.rep_id, rep.name, r.evaluator_id, coalesce(ev.name, ''), r.held_on, r.scenario,
	r.feedback, r.version, r.created_at FROM roleplays r JOIN users rep ON rep.id = r.rep_id
	LEFT JOIN users ev ON ev.id = r.evaluator_id WHERE r.deleted_at IS NULL`

func scanRoleplay(sc scanner) (Roleplay, error) {
	var r Roleplay
	err := sc.Scan(&r.ID, &r.RepID, &r.RepName, &r.EvaluatorID, &r.EvaluatorName, &r.HeldOn, &r.Scenario,
		&r.Feedback, &r.Version, &r.CreatedAt)
	return r, err
}

// Roleplay returns one role-play the actor may see.
func (s *Service) Roleplay(ctx context.Context, actor auth.Actor, id string) (Roleplay, error) {
	return s.roleplayByID(ctx, s.db.Read(), actor, id)
}

func (s *Service) roleplayByID(ctx context.Context, q querier, actor auth.Actor, id string) (Roleplay, error) {
	cond, args := scope(actor, "r.rep_id")
	r, err := scanRoleplay(q.QueryRowContext(ctx, roleplaySelect+` AND r.id = ? AND `+cond, append([]any{id}, args...)...))
	if errors.Is(err, sql.ErrNoRows) {
		return Roleplay{}, apperr.NotFound("roleplay")
	}
	if err != nil {
		return Roleplay{}, fmt.Errorf("training: roleplay %s: %w", id, err)
	}
	list := []Roleplay{r}
	if err := s.fillRoleplays(ctx, q, list); err != nil {
		return Roleplay{}, err
	}
	return list[0], nil
}

// Roleplays lists the role-plays the actor may see, latest first.
func (s *Service) Roleplays(ctx context.Context, actor auth.Actor, f RoleplayFilter) ([]Roleplay, error) {
	cond, args := scope(actor, "r.rep_id")
	rows, err := s.db.Read().QueryContext(ctx, roleplaySelect+` AND `+cond+` AND (? = '' OR r.rep_id = ?)
		AND (? = '' OR r.held_on >= ?) AND (? = '' OR r.held_on <= ?) ORDER BY r.held_on DESC, r.id DESC`,
		append(args, f.UserID, f.UserID, f.From, f.From, f.To, f.To)...)
	if err != nil {
		return nil, fmt.Errorf("training: roleplays: %w", err)
	}
	list := []Roleplay{}
	for rows.Next() {
		r, err := scanRoleplay(rows)
		if err != nil {
			rows.Close()
			return nil, fmt.Errorf("training: roleplays: %w", err)
		}
		list = append(list, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("training: roleplays: %w", err)
	}
	if err := s.fillRoleplays(ctx, s.db.Read(), list); err != nil {
		return nil, err
	}
	return list, nil
}

// fillRoleplays adds each role-play's rubric, its totals and its follow-up
// tasks, reading the rubrics and the tasks of the whole list in one query each.
func (s *Service) fillRoleplays(ctx context.Context, q querier, list []Roleplay) error {
	byID := make(map[string]*Roleplay, len(list))
	ids := make([]string, len(list))
	for i := range list {
		r := &list[i]
		r.Criteria, r.Actions = []Criterion{}, []Task{}
		byID[r.ID], ids[i] = r, r.ID
	}
	if len(list) == 0 {
		return nil
	}
	if err := addRubrics(ctx, q, byID, jsonList(ids)); err != nil {
		return err
	}
	tasks, err := s.tasks(ctx, q, "k.roleplay_id IN (SELECT value FROM json_each(?))", []any{jsonList(ids)})
	if err != nil {
		return err
	}
	for _, t := range tasks { // soonest due first, as each role-play lists them
		byID[t.RoleplayID].Actions = append(byID[t.RoleplayID].Actions, t)
	}
	for _, r := range byID {
		r.ScoreBP = ratioBP(r.Score, r.MaxScore)
	}
	return nil
}

// addRubrics adds the criteria of the role-plays whose ids the JSON list
// names, in rubric order, and sums their scores.
func addRubrics(ctx context.Context, q querier, byID map[string]*Roleplay, ids string) error {
	rows, err := q.QueryContext(ctx, `SELECT roleplay_id, key, name, score, max_score FROM roleplay_criteria
		WHERE roleplay_id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL ORDER BY roleplay_id, position`, ids)
	if err != nil {
		return fmt.Errorf("training: rubric: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var c Criterion
		if err := rows.Scan(&id, &c.Key, &c.Name, &c.Score, &c.MaxScore); err != nil {
			return fmt.Errorf("training: rubric: %w", err)
		}
		r := byID[id]
		r.Criteria = append(r.Criteria, c)
		r.Score, r.MaxScore = r.Score+c.Score, r.MaxScore+c.MaxScore
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("training: rubric: %w", err)
	}
	return nil
}

// ratioBP is part/whole in basis points, rounded half up; 0 when whole is 0.
func ratioBP(part, whole int) int {
	if whole <= 0 {
		return 0
	}
	return (part*20000 + whole) / (2 * whole)
}

// CreateRoleplay records a role-play and turns its actions into tasks.
func (s *Service) CreateRoleplay(ctx context.Context, actor auth.Actor, in RoleplayInput) (Roleplay, error) {
	in, err := cleanRoleplay(in)
	if err != nil {
		return Roleplay{}, err
	}
	in.ID = store.NewID()
	err = s.db.Tx(ctx, func(tx *sql.Tx) error {
		if err := checkRoleplayPeople(ctx, tx, actor, in); err != nil {
			return err
		}
		now := s.stamp()
		_, err := tx.ExecContext(ctx, `INSERT INTO roleplays(id, rep_id, evaluator_id, held_on, scenario, feedback,
			created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			in.ID, in.RepID, in.EvaluatorID, in.HeldOn, in.Scenario, in.Feedback, actor.ID, now, now)
		if err != nil {
			return fmt.Errorf("training: insert roleplay: %w", err)
		}
		if err := audit.Write(ctx, tx, audit.Entry{At: s.now(), ActorID: actor.ID, Entity: "roleplay", EntityID: in.ID, Action: "create", After: in}); err != nil {
			return err
		}
		return s.saveRubricAndActions(ctx, tx, actor, in)
	})
	if err != nil {
		return Roleplay{}, err
	}
	return s.Roleplay(ctx, actor, in.ID)
}

// UpdateRoleplay changes a role-play. in.Version must be the version the
// caller read, or nothing changes and a conflict is returned.
func (s *Service) UpdateRoleplay(ctx context.Context, actor auth.Actor, in RoleplayInput) (Roleplay, error) {
	in, err := cleanRoleplay(in)
	if err != nil {
		return Roleplay{}, err
	}
	err = s.db.Tx(ctx, func(tx *sql.Tx) error {
		before, err := s.roleplayByID(ctx, tx, actor, in.ID)
		if err != nil {
			return err
		}
		if _, err := recordUser(ctx, tx, actor, before.RepID); err != nil {
			return err
		}
		if err := checkRoleplayPeople(ctx, tx, actor, in); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `UPDATE roleplays SET rep_id = ?, evaluator_id = ?, held_on = ?, scenario = ?,
			feedback = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NULL`,
			in.RepID, in.EvaluatorID, in.HeldOn, in.Scenario, in.Feedback, s.stamp(), in.ID, in.Version)
		if err := changedOne(res, err, "roleplay"); err != nil {
			return err
		}
		if err := audit.Write(ctx, tx, audit.Entry{At: s.now(), ActorID: actor.ID, Entity: "roleplay", EntityID: in.ID, Action: "update", Before: before, After: in}); err != nil {
			return err
		}
		return s.saveRubricAndActions(ctx, tx, actor, in)
	})
	if err != nil {
		return Roleplay{}, err
	}
	return s.Roleplay(ctx, actor, in.ID)
}

// DeleteRoleplay removes a role-play and its open follow-up tasks.
func (s *Service) DeleteRoleplay(ctx context.Context, actor auth.Actor, id string, version int) error {
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		before, err := s.roleplayByID(ctx, tx, actor, id)
		if err != nil {
			return err
		}
		if _, err := recordUser(ctx, tx, actor, before.RepID); err != nil {
			return err
		}
		if err := s.softDelete(ctx, tx, actor, "roleplays", "roleplay", id, version, before); err != nil {
			return err
		}
		for _, t := range before.Actions {
			if t.DoneAt != "" {
				continue
			}
			if err := s.softDelete(ctx, tx, actor, "training_tasks", "trainingTask", t.ID, t.Version, t); err != nil {
				return err
			}
		}
		return nil
	})
}

// checkRoleplayPeople: the actor coaches the rep; the evaluator exists.
func checkRoleplayPeople(ctx context.Context, tx *sql.Tx, actor auth.Actor, in RoleplayInput) error {
	if _, err := recordUser(ctx, tx, actor, in.RepID); err != nil {
		return err
	}
	_, err := personByID(ctx, tx, in.EvaluatorID)
	return err
}
