// Package onboarding is the owner's getting-started checklist: the first
// things a new company sets up (company details, people, customers,
// products with prices, discount limits), each ticked from what the
// database holds rather than from clicks, so an item done anywhere (an
// import, the CLI, another screen) ticks itself.
package onboarding

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"steady/backend/apperr"
	"steady/backend/audit"
	"steady/backend/auth"
	"steady/backend/store"
)

// Item is one step of the checklist; Route is the screen where it is done.
type Item struct {
	Key   string `json:"key"`
	Done  bool   `json:"done"`
	Route string `json:"route"`
}

// Checklist is the owner's checklist. Dismissed is set once the owner put
// it away; the card then no longer shows.
type Checklist struct {
	Items     []Item `json:"items"`
	Done      int    `json:"done"`
	Dismissed bool   `json:"dismissed"`
}

// Service reads the checklist and records its dismissal.
type Service struct {
	db  *store.DB
	now func() time.Time
}

// NewService returns the checklist's service.
func NewService(db *store.DB, now func() time.Time) *Service {
	return &Service{db: db, now: now}
}

// Checklist returns the items in the order a new company does them.
// Only the owner sets these things up, so only the owner may read it.
func (s *Service) Checklist(ctx context.Context, actor auth.Actor) (Checklist, error) {
	if !actor.IsOwner() {
		return Checklist{}, apperr.Forbidden("errors.forbidden.ownerOnly")
	}
	q := s.db.Read()
	out := Checklist{Items: make([]Item, 0, len(steps))}
	for _, st := range steps {
		done, err := st.done(ctx, q)
		if err != nil {
			return Checklist{}, fmt.Errorf("onboarding: %s: %w", st.key, err)
		}
		out.Items = append(out.Items, Item{Key: st.key, Done: done, Route: st.route})
		if done {
			out.Done++
		}
	}
	var dismissed sql.NullString
	err := q.QueryRowContext(ctx, `SELECT getting_started_dismissed_at FROM company WHERE deleted_at IS NULL LIMIT 1`).Scan(&dismissed)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return Checklist{}, fmt.Errorf("onboarding: dismissed: %w", err)
	}
	out.Dismissed = dismissed.Valid
	return out, nil
}

// Dismiss puts the checklist away for good (owner only); dismissing it
// again changes nothing.
func (s *Service) Dismiss(ctx context.Context, actor auth.Actor) error {
	if !actor.IsOwner() {
		return apperr.Forbidden("errors.forbidden.ownerOnly")
	}
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		now := s.now()
		var id string
		err := tx.QueryRowContext(ctx, `SELECT id FROM company WHERE deleted_at IS NULL
			AND getting_started_dismissed_at IS NULL LIMIT 1`).Scan(&id)
		if errors.Is(err, sql.ErrNoRows) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("onboarding: dismiss: %w", err)
		}
		// the profile's version stays: a company form open meanwhile saves
		// as it would have, since no field of it changed
		_, err = tx.ExecContext(ctx, `UPDATE company SET getting_started_dismissed_at = ?, updated_at = ? WHERE id = ?`,
			store.FormatTime(now), store.FormatTime(now), id)
		if err != nil {
			return fmt.Errorf("onboarding: dismiss: %w", err)
		}
		return audit.Write(ctx, tx, audit.Entry{At: now, ActorID: actor.ID, Entity: "company", EntityID: id,
			Action: "dismissGettingStarted", After: map[string]string{"gettingStartedDismissedAt": store.FormatTime(now)}})
	})
}
