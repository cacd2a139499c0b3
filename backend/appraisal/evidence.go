package appraisal

import (
	"context"

	"steady/backend/apperr"
	"steady/backend/auth"
)

// EvidenceRow is one record behind a computed number: what it is (Kind:
// deal, customer, quote, task, revisit, course, survey), the record to open (ID, and
// for a task its deal in ParentID), words to show, when, an amount where
// there is one, and how it counted (State: won, onTime, late, missed,
// pending, accepted, rejected, expired, completed, open, notConverted).
// An amount converted from another currency keeps the original beside it
// with the rate used (RateMicro millionths per unit, the rate of RateMonth).
type EvidenceRow struct {
	Kind             string `json:"kind"`
	ID               string `json:"id"`
	ParentID         string `json:"parentId"`
	Title            string `json:"title"`
	TitleEn          string `json:"titleEn"` // the English title where the record has one (SOP tasks)
	Detail           string `json:"detail"`
	At               string `json:"at"`
	DoneAt           string `json:"doneAt"`
	AmountMinor      *int64 `json:"amountMinor"`
	Currency         string `json:"currency"`
	State            string `json:"state"`
	OriginalMinor    *int64 `json:"originalMinor"`
	OriginalCurrency string `json:"originalCurrency"`
	RateMicro        int64  `json:"rateMicro"`
	RateMonth        string `json:"rateMonth"`
}

// EvidenceSource reads the records behind metric code for userID in month m.
type EvidenceSource func(ctx context.Context, code string, userID string, m Month) ([]EvidenceRow, error)

// SetEvidence connects the areas' records (the services package wires it).
func (s *Service) SetEvidence(src EvidenceSource) { s.evidence = src }

// Evidence lists the records behind one computed metric of an appraisal the
// actor may see, as the data holds them now (a final appraisal's drift
// shows where they no longer add up to what was finalised).
func (s *Service) Evidence(ctx context.Context, actor auth.Actor, appraisalID, code string) ([]EvidenceRow, error) {
	a, err := s.visible(ctx, s.db.Read(), actor, appraisalID)
	if err != nil {
		return nil, err
	}
	if _, ok := kinds[code]; !ok || code == Manual || s.evidence == nil {
		return nil, apperr.Field("code", "validation.invalidChoice", nil)
	}
	m, err := s.Month(ctx, a.Month)
	if err != nil {
		return nil, err
	}
	return s.evidence(ctx, code, a.UserID, m)
}
