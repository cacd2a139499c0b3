package service

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/store"
	"steady/backend/validate"
)

// Followup is the task a low score opens: the manager of the customer's
// owner calls the customer back within a working day.
type Followup struct {
	ID           string `json:"id"`
	SurveyID     string `json:"surveyId"`
	Score        int    `json:"score"`
	Comment      string `json:"comment"`
	CustomerID   string `json:"customerId"`
	CustomerName string `json:"customerName"`
	OwnerName    string `json:"ownerName"` // the rep the survey counts for
	AssigneeID   string `json:"assigneeId"`
	AssigneeName string `json:"assigneeName"`
	DueAt        string `json:"dueAt"`
	Status       string `json:"status"` // open, done
	Note         string `json:"note"`
	DoneAt       string `json:"doneAt"`
	Overdue      bool   `json:"overdue"`
	Version      int    `json:"version"`
}

// followUpTx opens the follow-up of a low score.
func (s *Service) followUpTx(ctx context.Context, tx *sql.Tx, h Hours, surveyID string, sb subject, score int) error {
	st, err := loadSettings(ctx, tx)
	if err != nil {
		return err
	}
	if score > st.LowScore {
		return nil
	}
	assignee, err := managerOf(ctx, tx, sb.ownerID)
	if err != nil {
		return err
	}
	now := s.now()
	id, stamp := store.NewID(), store.FormatTime(now)
	_, err = tx.ExecContext(ctx, `INSERT INTO service_followups(id, survey_id, customer_id, assignee_id, due_at, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?)`, id, surveyID, sb.customerID, assignee, store.FormatTime(h.Add(now, 8*time.Hour)), stamp, stamp)
	if err != nil {
		return fmt.Errorf("service: follow-up: %w", err)
	}
	return s.record(ctx, tx, "", "service_followup", id, "create", nil, map[string]any{"surveyId": surveyID, "assigneeId": assignee})
}

// managerOf is who follows up on a customer held by ownerID: the owner's
// manager, or the company's owner when the rep has no manager, the holder
// is a manager or the owner, or the customer is in the pool.
func managerOf(ctx context.Context, q querier, ownerID string) (string, error) {
	var manager string
	err := q.QueryRowContext(ctx, `SELECT coalesce(m.id, '') FROM users u LEFT JOIN users m ON m.id = u.manager_id
		AND m.deleted_at IS NULL AND m.active = 1 WHERE u.id = ?`, ownerID).Scan(&manager)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return "", fmt.Errorf("service: manager of %s: %w", ownerID, err)
	}
	if manager != "" {
		return manager, nil
	}
	err = q.QueryRowContext(ctx, `SELECT id FROM users WHERE role = 'owner' AND active = 1 AND deleted_at IS NULL
		ORDER BY created_at, id LIMIT 1`).Scan(&manager)
	if err != nil {
		return "", fmt.Errorf("service: company owner: %w", err)
	}
	return manager, nil
}

const followupColumns = `f.id, f.survey_id, coalesce(s.score, 0), s.comment, f.customer_id, c.name, coalesce(o.name, ''),
	f.assignee_id, coalesce(a.name, ''), f.due_at, f.status, f.note, coalesce(f.done_at, ''), f.version`

const followupFrom = ` FROM service_followups f JOIN surveys s ON s.id = f.survey_id JOIN customers c ON c.id = f.customer_id
	LEFT JOIN users o ON o.id = s.owner_id LEFT JOIN users a ON a.id = f.assignee_id WHERE f.deleted_at IS NULL`

func scanFollowup(row scanner, now string) (Followup, error) {
	var f Followup
	err := row.Scan(&f.ID, &f.SurveyID, &f.Score, &f.Comment, &f.CustomerID, &f.CustomerName, &f.OwnerName, &f.AssigneeID,
		&f.AssigneeName, &f.DueAt, &f.Status, &f.Note, &f.DoneAt, &f.Version)
	f.Overdue = f.Status == "open" && f.DueAt < now
	return f, err
}

// Followups lists the follow-ups assigned to people the actor may see, open
// ones first by due time; done ones only when asked (status "all").
func (s *Service) Followups(ctx context.Context, actor auth.Actor, status string) ([]Followup, error) {
	q := s.db.Read()
	sc, err := scopeOf(ctx, q, actor)
	if err != nil {
		return nil, err
	}
	cond, args := sc.usersWhere("f.assignee_id")
	if status != "all" {
		cond += ` AND f.status = 'open'`
	}
	rows, err := q.QueryContext(ctx, `SELECT `+followupColumns+followupFrom+` AND `+cond+
		` ORDER BY f.status DESC, f.due_at LIMIT 200`, args...)
	if err != nil {
		return nil, fmt.Errorf("service: follow-ups: %w", err)
	}
	defer rows.Close()
	now := s.stamp()
	out := []Followup{}
	for rows.Next() {
		f, err := scanFollowup(rows, now)
		if err != nil {
			return nil, fmt.Errorf("service: follow-ups: %w", err)
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// CompleteFollowup marks a follow-up done with what was agreed; only its
// assignee or someone above them may.
func (s *Service) CompleteFollowup(ctx context.Context, actor auth.Actor, id, note string, version int) (Followup, error) {
	var v apperr.Validation
	note = validate.Text(&v, "note", note, true, 2000)
	if err := v.Err(); err != nil {
		return Followup{}, err
	}
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		sc, err := scopeOf(ctx, tx, actor)
		if err != nil {
			return err
		}
		f, err := scanFollowup(tx.QueryRowContext(ctx, `SELECT `+followupColumns+followupFrom+` AND f.id = ?`, id), s.stamp())
		if errors.Is(err, sql.ErrNoRows) {
			return apperr.NotFound("followup")
		}
		if err != nil {
			return fmt.Errorf("service: follow-up %s: %w", id, err)
		}
		if !sc.has(f.AssigneeID) {
			return apperr.Forbidden("errors.forbidden.notYourTeam")
		}
		if f.Version != version || f.Status != "open" {
			return apperr.Conflict("followup")
		}
		now := s.stamp()
		_, err = tx.ExecContext(ctx, `UPDATE service_followups SET status = 'done', note = ?, done_at = ?, done_by = ?,
			updated_at = ?, version = version + 1 WHERE id = ?`, note, now, actor.ID, now, id)
		if err != nil {
			return fmt.Errorf("service: complete follow-up: %w", err)
		}
		return s.record(ctx, tx, actor.ID, "service_followup", id, "done", f, note)
	})
	if err != nil {
		return Followup{}, err
	}
	f, err := scanFollowup(s.db.Read().QueryRowContext(ctx, `SELECT `+followupColumns+followupFrom+` AND f.id = ?`, id), s.stamp())
	if err != nil {
		return f, fmt.Errorf("service: follow-up %s: %w", id, err)
	}
	return f, nil
}
