// Package inbox gathers what waits for a person across areas: approvals
// they owe (a quote held by the discount guard, for its owner's manager) and
// answers to what they asked (the manager's decision, for the rep) until
// they have seen them. Each area offers its items through a Provider; the
// inbox merges them, newest first, and remembers per person which answers
// were seen. It knows no area: areas implement Provider, and the wiring
// (backend/services) hands the providers in.
package inbox

import (
	"context"
	"sort"
	"time"

	"steady/backend/auth"
	"steady/backend/store"
)

// States of an item.
const (
	StatePending  = "pending"  // waits for the reader's decision
	StateApproved = "approved" // the reader's request was approved
	StateRejected = "rejected" // the reader's request was sent back
)

// AnswersFor is how long an answer stays in the inbox unseen: a rep back
// from two weeks' leave still finds the answers, while the decisions of the
// months before the inbox existed do not all arrive at once as news.
const AnswersFor = 14 * 24 * time.Hour

// Item is one thing in a person's inbox. Kind says which area and what
// ("quote.approval": decide it; "quote.answer": read the decision) and
// RecordID which record; At is when it arrived here (asked, or decided),
// as stored text, and is what "seen" is measured against.
type Item struct {
	Kind          string   `json:"kind"`
	RecordID      string   `json:"recordId"`
	Version       int      `json:"version"` // of the record, for deciding it from the list
	Title         string   `json:"title"`   // e.g. the quote's number
	Subject       string   `json:"subject"` // e.g. the customer's name
	AskedByID     string   `json:"askedById"`
	AskedByName   string   `json:"askedByName"`
	At            string   `json:"at"`
	State         string   `json:"state"`
	DecidedByName string   `json:"decidedByName"`
	Note          string   `json:"note"`     // the decision's note
	Reasons       []string `json:"reasons"`  // i18n-able kinds of why it waits
	Currency      string   `json:"currency"` // of AmountMinor
	AmountMinor   int64    `json:"amountMinor"`
	Margin        *Margin  `json:"margin"` // nil: not for this reader, or no cost known
	Unseen        bool     `json:"unseen"`
}

// Margin is what a deal earns over its known cost, for those who may see
// cost (never a rep): over the lines whose cost is known, Net (before tax,
// after discounts) less Cost; BP is that as basis points of Net.
type Margin struct {
	NetMinor    int64 `json:"netMinor"`
	CostMinor   int64 `json:"costMinor"`
	BP          int64 `json:"bp"`
	LinesCosted int   `json:"linesCosted"`
	Lines       int   `json:"lines"`
}

// Provider is an area's part of the inbox: what waits for actor's decision
// (State pending) and the answers to actor's requests decided since since.
type Provider interface {
	InboxItems(ctx context.Context, actor auth.Actor, since string) ([]Item, error)
}

// Inbox is a person's inbox: pending items and unseen answers, newest first.
type Inbox struct {
	Items   []Item `json:"items"`
	Waiting int    `json:"waiting"` // items waiting for the reader's decision
	Unseen  int    `json:"unseen"`  // answers not yet seen
}

// Service reads inboxes and keeps what each person has seen.
type Service struct {
	db        *store.DB
	now       func() time.Time
	providers []Provider
}

// NewService returns an inbox over providers.
func NewService(db *store.DB, now func() time.Time, providers ...Provider) *Service {
	return &Service{db: db, now: now, providers: providers}
}

// List is actor's inbox. A pending item stays until it is decided; an
// answer stays until actor has seen it (or it is older than AnswersFor).
func (s *Service) List(ctx context.Context, actor auth.Actor) (Inbox, error) {
	since := store.FormatTime(s.now().Add(-AnswersFor))
	var all []Item
	for _, p := range s.providers {
		items, err := p.InboxItems(ctx, actor, since)
		if err != nil {
			return Inbox{}, err
		}
		all = append(all, items...)
	}
	seen, err := s.seenBy(ctx, actor.ID)
	if err != nil {
		return Inbox{}, err
	}
	box := Inbox{Items: []Item{}}
	for _, it := range all {
		it.Unseen = it.At > seen[key{it.Kind, it.RecordID}]
		switch {
		case it.State == StatePending:
			box.Waiting++
		case it.Unseen:
			box.Unseen++
		default:
			continue
		}
		box.Items = append(box.Items, it)
	}
	sort.Slice(box.Items, func(i, j int) bool {
		a, b := box.Items[i], box.Items[j]
		if a.At != b.At {
			return a.At > b.At
		}
		return a.Kind+a.RecordID < b.Kind+b.RecordID
	})
	return box, nil
}
