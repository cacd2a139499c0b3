package quote

import (
	"context"
	"encoding/json"

	"steady/backend/audit"
	"steady/backend/auth"
)

// Event is one step in a quote's life as its page shows it: who did what,
// when, and the status, approval note and total it left. The stored
// before/after documents are never passed on: they hold cost prices.
type Event struct {
	At         string `json:"at"`
	ActorName  string `json:"actorName"` // "" for the app itself (an expiry)
	Action     string `json:"action"`    // create, update, submit, approve, reject, send, accept, decline, expire, ...
	Status     string `json:"status"`    // the status after the step, "" when the step left none
	Note       string `json:"note"`      // the approval note a decision carried
	TotalMinor int64  `json:"totalMinor"`
	HasTotal   bool   `json:"hasTotal"`
}

// History lists quote id's steps, oldest first, for an actor who may see it.
func (s *Service) History(ctx context.Context, actor auth.Actor, id string) ([]Event, error) {
	if _, _, err := seeQuote(ctx, s.db.Read(), actor, id); err != nil {
		return nil, err
	}
	records, err := audit.History(ctx, s.db.Read(), "quote", id)
	if err != nil {
		return nil, err
	}
	events := make([]Event, 0, len(records))
	for _, r := range records {
		events = append(events, eventOf(r))
	}
	return events, nil
}

// stepFacts reads what History shows from either kind of stored document:
// a whole quote (create, update) or a status note (status steps).
type stepFacts struct {
	Status       string `json:"status"`
	ApprovalNote string `json:"approvalNote"`
	TotalMinor   *int64 `json:"totalMinor"`
	Totals       *struct {
		Total int64 `json:"totalMinor"`
	} `json:"totals"`
}

func eventOf(r audit.Record) Event {
	e := Event{At: r.At, ActorName: r.ActorName, Action: r.Action}
	var f stepFacts
	if r.After == "" || json.Unmarshal([]byte(r.After), &f) != nil {
		return e // a step without a document (delete) or an older shape: who and when still show
	}
	e.Status = f.Status
	if r.Action == "approve" || r.Action == "rejectApproval" {
		e.Note = f.ApprovalNote
	}
	switch {
	case f.TotalMinor != nil:
		e.TotalMinor, e.HasTotal = *f.TotalMinor, true
	case f.Totals != nil:
		e.TotalMinor, e.HasTotal = f.Totals.Total, true
	}
	return e
}
