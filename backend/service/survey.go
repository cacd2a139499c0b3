package service

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/store"
	"steady/backend/validate"
)

// Survey asks one customer how satisfied they were with one ticket, one won
// deal or one revisit. OwnerID is the customer's owner when the answer was
// recorded (the rep the appraisal credits); ByOwner marks an answer that
// owner recorded themselves, which carries the customer's reply as received.
type Survey struct {
	ID             string `json:"id"`
	CustomerID     string `json:"customerId"`
	CustomerName   string `json:"customerName"`
	TicketID       string `json:"ticketId"`
	DealID         string `json:"dealId"`
	RevisitID      string `json:"revisitId"`
	About          string `json:"about"`  // the ticket's subject or the deal's title
	Status         string `json:"status"` // sent, answered
	SentAt         string `json:"sentAt"`
	Score          *int   `json:"score"`
	NPS            *int   `json:"nps"`
	Comment        string `json:"comment"`
	ReplyText      string `json:"replyText"`
	OwnerID        string `json:"ownerId"`
	OwnerName      string `json:"ownerName"`
	RecordedBy     string `json:"recordedBy"`
	RecordedByName string `json:"recordedByName"`
	ByOwner        bool   `json:"byOwner"`
	AnsweredAt     string `json:"answeredAt"`
	FollowupID     string `json:"followupId"`
	Version        int    `json:"version"`
}

// SurveyRef names what a survey is about: exactly one of the three.
type SurveyRef struct {
	TicketID  string `json:"ticketId"`
	DealID    string `json:"dealId"`
	RevisitID string `json:"revisitId"`
}

// Answer is a customer's answer as recorded: a score 1–5, an optional 0–10
// likelihood to recommend, a comment, and the reply as the customer sent it.
type Answer struct {
	SurveyRef
	Score     int    `json:"score"`
	NPS       *int   `json:"nps"`
	Comment   string `json:"comment"`
	ReplyText string `json:"replyText"`
}

const surveyColumns = `s.id, s.customer_id, c.name, coalesce(s.ticket_id, ''), coalesce(s.deal_id, ''), coalesce(s.revisit_id, ''),
	coalesce(t.subject, d.title, ''), s.status, s.sent_at, s.score, s.nps, s.comment, s.reply_text, coalesce(s.owner_id, ''),
	coalesce(o.name, ''), coalesce(s.recorded_by, ''), coalesce(r.name, ''), s.by_owner, coalesce(s.answered_at, ''),
	coalesce((SELECT f.id FROM service_followups f WHERE f.survey_id = s.id AND f.deleted_at IS NULL), ''), s.version`

const surveyFrom = ` FROM surveys s JOIN customers c ON c.id = s.customer_id LEFT JOIN tickets t ON t.id = s.ticket_id
	LEFT JOIN deals d ON d.id = s.deal_id LEFT JOIN users o ON o.id = s.owner_id LEFT JOIN users r ON r.id = s.recorded_by
	WHERE s.deleted_at IS NULL`

func scanSurvey(row scanner) (Survey, error) {
	var v Survey
	var score, nps sql.NullInt64
	err := row.Scan(&v.ID, &v.CustomerID, &v.CustomerName, &v.TicketID, &v.DealID, &v.RevisitID, &v.About, &v.Status,
		&v.SentAt, &score, &nps, &v.Comment, &v.ReplyText, &v.OwnerID, &v.OwnerName, &v.RecordedBy, &v.RecordedByName,
		&v.ByOwner, &v.AnsweredAt, &v.FollowupID, &v.Version)
	v.Score, v.NPS = intPtr(score), intPtr(nps)
	return v, err
}

func intPtr(n sql.NullInt64) *int {
	if !n.Valid {
		return nil
	}
	v := int(n.Int64)
	return &v
}

// subject is what a survey reference points at: its customer and whether a
// survey of it already exists.
type subject struct {
	customerID, ownerID string
	surveyID            string
	answered            bool
}

// resolveRef checks the reference and reads its customer: a ticket that is
// resolved or closed, a won deal, a revisit that was done.
func resolveRef(ctx context.Context, q querier, ref SurveyRef) (subject, error) {
	var query, id, col string
	switch {
	case ref.TicketID != "" && ref.DealID == "" && ref.RevisitID == "":
		query, id, col = `SELECT customer_id FROM tickets WHERE id = ? AND deleted_at IS NULL AND status IN ('resolved', 'closed')`, ref.TicketID, "ticket_id"
	case ref.DealID != "" && ref.TicketID == "" && ref.RevisitID == "":
		query, id, col = `SELECT customer_id FROM deals WHERE id = ? AND deleted_at IS NULL AND status = 'won'`, ref.DealID, "deal_id"
	case ref.RevisitID != "" && ref.TicketID == "" && ref.DealID == "":
		query, id, col = `SELECT customer_id FROM revisit_tasks WHERE id = ? AND deleted_at IS NULL AND status = 'done'`, ref.RevisitID, "revisit_id"
	default:
		return subject{}, apperr.Field("ref", "service.errors.surveyRef", nil)
	}
	var sb subject
	err := q.QueryRowContext(ctx, query, id).Scan(&sb.customerID)
	if errors.Is(err, sql.ErrNoRows) {
		return sb, apperr.Field("ref", "service.errors.surveyRef", nil)
	}
	if err != nil {
		return sb, fmt.Errorf("service: survey subject: %w", err)
	}
	if sb.ownerID, err = customerOwner(ctx, q, sb.customerID); err != nil {
		return sb, err
	}
	var status string
	err = q.QueryRowContext(ctx, `SELECT id, status FROM surveys WHERE `+col+` = ? AND deleted_at IS NULL`, id).Scan(&sb.surveyID, &status)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return sb, fmt.Errorf("service: survey of %s: %w", id, err)
	}
	sb.answered = status == "answered"
	return sb, nil
}

// SendSurvey starts a survey whose text the rep copies into WeChat or
// email; asking again returns the survey already sent.
func (s *Service) SendSurvey(ctx context.Context, actor auth.Actor, ref SurveyRef) (Survey, error) {
	var id string
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		sb, err := s.surveySubject(ctx, tx, actor, ref)
		if err != nil {
			return err
		}
		if sb.surveyID != "" {
			id = sb.surveyID
			return nil
		}
		id = store.NewID()
		now := s.stamp()
		_, err = tx.ExecContext(ctx, `INSERT INTO surveys(id, customer_id, ticket_id, deal_id, revisit_id, status, sent_by, sent_at,
			created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'sent', ?, ?, ?, ?)`, id, sb.customerID, nullable(ref.TicketID),
			nullable(ref.DealID), nullable(ref.RevisitID), actor.ID, now, now, now)
		if err != nil {
			return fmt.Errorf("service: send survey: %w", err)
		}
		return s.record(ctx, tx, actor.ID, "survey", id, "send", nil, ref)
	})
	if err != nil {
		return Survey{}, err
	}
	return s.survey(ctx, s.db.Read(), id)
}

// surveySubject resolves ref for an actor who may see its customer.
func (s *Service) surveySubject(ctx context.Context, q querier, actor auth.Actor, ref SurveyRef) (subject, error) {
	sc, err := scopeOf(ctx, q, actor)
	if err != nil {
		return subject{}, err
	}
	sb, err := resolveRef(ctx, q, ref)
	if err != nil {
		return sb, err
	}
	if !sc.seesCustomer(sb.ownerID) {
		return sb, apperr.Forbidden("errors.forbidden.customer")
	}
	return sb, nil
}

func (s *Service) survey(ctx context.Context, q querier, id string) (Survey, error) {
	v, err := scanSurvey(q.QueryRowContext(ctx, `SELECT `+surveyColumns+surveyFrom+` AND s.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return v, apperr.NotFound("survey")
	}
	if err != nil {
		return v, fmt.Errorf("service: survey %s: %w", id, err)
	}
	return v, nil
}

// RecordSurvey records the customer's answer, once per ticket, deal or
// revisit. The appraisal pays the customer's owner on it, so an answer
// that owner records must carry the reply as the customer sent it; who
// recorded it is kept and shown. A score at or under the company's low
// mark opens a follow-up for the owner's manager.
func (s *Service) RecordSurvey(ctx context.Context, actor auth.Actor, in Answer) (Survey, error) {
	in, err := cleanAnswer(in)
	if err != nil {
		return Survey{}, err
	}
	hours, err := s.hours(ctx)
	if err != nil {
		return Survey{}, err
	}
	var id string
	err = s.db.Tx(ctx, func(tx *sql.Tx) error {
		sb, err := s.surveySubject(ctx, tx, actor, in.SurveyRef)
		if err != nil {
			return err
		}
		if sb.answered {
			return apperr.Field("ref", "service.errors.alreadySurveyed", nil)
		}
		byOwner := sb.ownerID == actor.ID
		if byOwner && in.ReplyText == "" {
			return apperr.Field("replyText", "service.errors.replyRequired", nil)
		}
		id = sb.surveyID
		if err := s.writeAnswer(ctx, tx, actor, &id, sb, in, byOwner); err != nil {
			return err
		}
		return s.followUpTx(ctx, tx, hours, id, sb, in.Score)
	})
	if err != nil {
		return Survey{}, err
	}
	return s.survey(ctx, s.db.Read(), id)
}

func cleanAnswer(in Answer) (Answer, error) {
	var v apperr.Validation
	if in.Score < 1 || in.Score > 5 {
		v.Add("score", "validation.numberRange", map[string]any{"min": 1, "max": 5})
	}
	if in.NPS != nil && (*in.NPS < 0 || *in.NPS > 10) {
		v.Add("nps", "validation.numberRange", map[string]any{"min": 0, "max": 10})
	}
	in.Comment = validate.Text(&v, "comment", in.Comment, false, 2000)
	in.ReplyText = validate.Text(&v, "replyText", in.ReplyText, false, 4000)
	return in, v.Err()
}

// writeAnswer answers the survey sent, or records a new answered one.
func (s *Service) writeAnswer(ctx context.Context, tx *sql.Tx, actor auth.Actor, id *string, sb subject, in Answer, byOwner bool) error {
	now := s.stamp()
	var err error
	if *id == "" {
		*id = store.NewID()
		_, err = tx.ExecContext(ctx, `INSERT INTO surveys(id, customer_id, ticket_id, deal_id, revisit_id, status, sent_by, sent_at,
			score, nps, comment, reply_text, owner_id, recorded_by, by_owner, answered_at, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, 'answered', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, *id, sb.customerID, nullable(in.TicketID),
			nullable(in.DealID), nullable(in.RevisitID), actor.ID, now, in.Score, in.NPS, in.Comment, in.ReplyText,
			nullable(sb.ownerID), actor.ID, byOwner, now, now, now)
	} else {
		_, err = tx.ExecContext(ctx, `UPDATE surveys SET status = 'answered', score = ?, nps = ?, comment = ?, reply_text = ?,
			owner_id = ?, recorded_by = ?, by_owner = ?, answered_at = ?, updated_at = ?, version = version + 1
			WHERE id = ? AND status = 'sent'`, in.Score, in.NPS, in.Comment, in.ReplyText, nullable(sb.ownerID), actor.ID,
			byOwner, now, now, *id)
	}
	if err != nil {
		return fmt.Errorf("service: record survey: %w", err)
	}
	return s.record(ctx, tx, actor.ID, "survey", *id, "answer", nil, in)
}
