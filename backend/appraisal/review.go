package appraisal

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"

	"steady/backend/apperr"
	"steady/backend/audit"
	"steady/backend/auth"
)

const maxCommentLen = 2000

// ReviewInput is the manager's part: rubric levels by manual metric name and a comment.
type ReviewInput struct {
	ManualScores map[string]int `json:"manualScores"`
	Comment      string         `json:"comment"`
}

// SendForReview shows a draft to its rep, who may then write a self-assessment.
func (s *Service) SendForReview(ctx context.Context, actor auth.Actor, id string, version int) (Appraisal, error) {
	return s.change(ctx, actor, id, "review", func(tx *sql.Tx, a Appraisal) error {
		if err := s.requireManages(ctx, tx, actor, a); err != nil {
			return err
		}
		if a.Status != StatusDraft {
			return apperr.Field("status", "validation.appraisalStatus", nil)
		}
		return s.update(ctx, tx, a.ID, version, `status = 'review'`)
	})
}

// SaveSelfAssessment keeps the rep's own words on their appraisal in review.
func (s *Service) SaveSelfAssessment(ctx context.Context, actor auth.Actor, id string, version int, text string) (Appraisal, error) {
	text = strings.TrimSpace(text)
	return s.change(ctx, actor, id, "self-assessment", func(tx *sql.Tx, a Appraisal) error {
		if a.UserID != actor.ID {
			return apperr.Forbidden("errors.forbidden.notYourAppraisal")
		}
		if a.Status != StatusReview {
			return apperr.Field("selfAssessment", "validation.appraisalStatus", nil)
		}
		if utf8.RuneCountInString(text) > maxCommentLen {
			return apperr.Field("selfAssessment", "validation.tooLong", map[string]any{"max": maxCommentLen})
		}
		return s.update(ctx, tx, a.ID, version, `self_assessment = ?`, text)
	})
}

// SaveReview keeps the manager's rubric levels and comment and re-weighs the total.
func (s *Service) SaveReview(ctx context.Context, actor auth.Actor, id string, version int, in ReviewInput) (Appraisal, error) {
	in.Comment = strings.TrimSpace(in.Comment)
	return s.change(ctx, actor, id, "review", func(tx *sql.Tx, a Appraisal) error {
		if err := s.requireManages(ctx, tx, actor, a); err != nil {
			return err
		}
		if a.Status == StatusFinal {
			return apperr.Field("comment", "validation.appraisalStatus", nil)
		}
		if err := validateReview(a, in); err != nil {
			return err
		}
		results, total, grade, err := rescore(a, in.ManualScores)
		if err != nil {
			return err
		}
		scores, _ := json.Marshal(in.ManualScores) // a map of ints
		return s.update(ctx, tx, a.ID, version, `manual_scores = ?, manager_comment = ?, result = ?, total = ?, grade = ?,
			reviewer_id = ?`, string(scores), in.Comment, results, total, grade, actor.ID)
	})
}

func validateReview(a Appraisal, in ReviewInput) error {
	var v apperr.Validation
	manual := map[string]bool{}
	for _, r := range a.Results {
		if r.Code == Manual {
			manual[r.Name] = true
		}
	}
	for name, level := range in.ManualScores {
		if !manual[name] {
			v.Add("manualScores."+name, "validation.invalidChoice", nil)
		} else if level < 1 || level > rubricLevels {
			v.Add("manualScores."+name, "validation.numberRange", map[string]any{"min": 1, "max": rubricLevels})
		}
	}
	if utf8.RuneCountInString(in.Comment) > maxCommentLen {
		v.Add("comment", "validation.tooLong", map[string]any{"max": maxCommentLen})
	}
	return v.Err()
}

// rescore puts new rubric levels into the computed results and re-weighs
// them under the grade thresholds the appraisal was computed with.
func rescore(a Appraisal, levels map[string]int) (string, *int, string, error) {
	results := append([]Result(nil), a.Results...)
	for i, r := range results {
		if r.Code == Manual {
			results[i] = computeMetric(r.Metric, inputs{manual: levels})
		}
	}
	total := weigh(results)
	b, err := json.Marshal(stored{Results: results, Proration: a.Proration, Grades: a.grades})
	if err != nil {
		return "", nil, "", fmt.Errorf("appraisal: encode result: %w", err)
	}
	grades := Template{GradeA: a.grades[0], GradeB: a.grades[1], GradeC: a.grades[2]}
	return string(b), total, gradeFor(grades, total), nil
}

// Finalise locks an appraisal in review: it is never recomputed again.
func (s *Service) Finalise(ctx context.Context, actor auth.Actor, id string, version int) (Appraisal, error) {
	return s.change(ctx, actor, id, "finalise", func(tx *sql.Tx, a Appraisal) error {
		if err := s.requireManages(ctx, tx, actor, a); err != nil {
			return err
		}
		if a.Status != StatusReview {
			return apperr.Field("status", "validation.appraisalStatus", nil)
		}
		return s.update(ctx, tx, a.ID, version, `status = 'final', finalised_by = ?, finalised_at = ?`, actor.ID, s.stamp())
	})
}

// Reopen takes a final appraisal back to review; only the owner may, with a
// reason that the audit keeps.
func (s *Service) Reopen(ctx context.Context, actor auth.Actor, id string, version int, reason string) (Appraisal, error) {
	reason = strings.TrimSpace(reason)
	return s.changeWith(ctx, actor, id, "reopen", map[string]any{"reason": reason}, func(tx *sql.Tx, a Appraisal) error {
		if err := requireOwner(actor); err != nil {
			return err
		}
		if a.Status != StatusFinal {
			return apperr.Field("status", "validation.appraisalStatus", nil)
		}
		switch n := utf8.RuneCountInString(reason); {
		case n == 0:
			return apperr.Field("reason", "validation.required", nil)
		case n > maxCommentLen:
			return apperr.Field("reason", "validation.tooLong", map[string]any{"max": maxCommentLen})
		}
		return s.update(ctx, tx, a.ID, version, `status = 'review', finalised_by = NULL, finalised_at = NULL`)
	})
}

func (s *Service) requireManages(ctx context.Context, q querier, actor auth.Actor, a Appraisal) error {
	p, err := personByID(ctx, q, a.UserID)
	if err != nil {
		return err
	}
	if !manages(actor, p) {
		return apperr.Forbidden("errors.forbidden.notYourTeam")
	}
	return nil
}

// change runs fn on the appraisal inside one transaction, audits it, and
// returns the appraisal as it now is.
func (s *Service) change(ctx context.Context, actor auth.Actor, id, action string, fn func(*sql.Tx, Appraisal) error) (Appraisal, error) {
	return s.changeWith(ctx, actor, id, action, nil, fn)
}

func (s *Service) changeWith(ctx context.Context, actor auth.Actor, id, action string, note map[string]any,
	fn func(*sql.Tx, Appraisal) error) (Appraisal, error) {
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		before, err := s.visible(ctx, tx, actor, id)
		if err != nil {
			return err
		}
		if err := fn(tx, before); err != nil {
			return err
		}
		after, err := appraisalByID(ctx, tx, id)
		if err != nil {
			return err
		}
		return audit.Write(ctx, tx, audit.Entry{At: s.now(), ActorID: actor.ID, Entity: "appraisal", EntityID: id,
			Action: action, Before: summary(before, nil), After: summary(after, note)})
	})
	if err != nil {
		return Appraisal{}, err
	}
	return s.Appraisal(ctx, actor, id)
}

// summary is what the audit keeps of an appraisal.
func summary(a Appraisal, note map[string]any) map[string]any {
	out := map[string]any{"status": a.Status, "total": a.Total, "grade": a.Grade, "manualScores": a.ManualScores,
		"managerComment": a.ManagerComment, "selfAssessment": a.SelfAssessment}
	for k, v := range note {
		out[k] = v
	}
	return out
}

// update sets columns on the appraisal at the version read; a stale version is a conflict.
func (s *Service) update(ctx context.Context, tx *sql.Tx, id string, version int, set string, args ...any) error {
	now := s.stamp()
	args = append(args, now, id, version)
	res, err := tx.ExecContext(ctx, `UPDATE appraisals SET `+set+`, updated_at = ?, version = version + 1
		WHERE id = ? AND version = ? AND deleted_at IS NULL`, args...)
	return oneRow(res, err, "appraisal")
}
