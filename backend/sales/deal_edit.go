package sales

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/store"
)

// CreateDeal adds a deal in an open stage; the stage's SOP tasks start. A
// deal begun past the first stage must meet the exit checklists of the
// stages before it, as a move over them would (a rep cannot skip them by
// entering the deal further on).
func (s *Service) CreateDeal(ctx context.Context, actor auth.Actor, in DealInput) (Deal, error) {
	f, err := s.facts(ctx)
	if err != nil {
		return Deal{}, err
	}
	var v apperr.Validation
	in = cleanDeal(&v, in, f.currency)
	if err := s.checkCustomer(ctx, actor, &v, in.CustomerID); err != nil {
		return Deal{}, err
	}
	in.ID = store.NewID()
	err = s.db.Tx(ctx, func(tx *sql.Tx) error {
		st, err := s.prepareNew(ctx, tx, actor, &v, &in)
		if err != nil {
			return err
		}
		if err := checkSkipped(ctx, tx, in, st); err != nil {
			return err
		}
		return s.insertDealTx(ctx, tx, actor.ID, in, st, "")
	})
	if err != nil {
		return Deal{}, err
	}
	return loadDeal(ctx, s.db.Read(), in.ID)
}

// prepareNew finishes checking a new deal: its owner, products and stage.
func (s *Service) prepareNew(ctx context.Context, tx *sql.Tx, actor auth.Actor, v *apperr.Validation, in *DealInput) (Stage, error) {
	sc, err := scopeOf(ctx, tx, actor)
	if err != nil {
		return Stage{}, err
	}
	if in.OwnerID == "" {
		in.OwnerID = actor.ID
	}
	if err := checkDealOwner(ctx, tx, sc, v, in.OwnerID); err != nil {
		return Stage{}, err
	}
	if err := checkProducts(ctx, tx, v, in.Products); err != nil {
		return Stage{}, err
	}
	ss, err := loadStages(ctx, tx)
	if err != nil {
		return Stage{}, err
	}
	st, ok := ss.first(KindOpen)
	if in.StageID != "" {
		st, ok = ss.byID(in.StageID)
	}
	if !ok || st.Kind != KindOpen {
		v.Add("stageId", "validation.invalidChoice", nil)
	}
	return st, v.Err()
}

// checkSkipped checks a new deal against the stages before st, as a move
// from the first stage would: it has no ticks yet, only its fields.
func checkSkipped(ctx context.Context, tx *sql.Tx, in DealInput, st Stage) error {
	ss, err := loadStages(ctx, tx)
	if err != nil {
		return err
	}
	first, _ := ss.first(KindOpen)
	d := Deal{AmountMinor: in.AmountMinor, ExpectedCloseOn: in.ExpectedCloseOn, Products: in.Products,
		BudgetMinor: in.BudgetMinor, DecisionMaker: in.DecisionMaker, PurchaseTimeline: in.PurchaseTimeline,
		Needs: in.Needs, Checklist: map[string]Tick{}}
	return checkExits(ctx, tx, d, ss.passing(first.ID, st.ID))
}

// insertDealTx writes a new deal entering st, its first history row, its
// tasks and the audit row. actorID "" marks an automatic creation.
func (s *Service) insertDealTx(ctx context.Context, tx *sql.Tx, actorID string, in DealInput, st Stage, quoteID string) error {
	now := s.stamp()
	_, err := tx.ExecContext(ctx, `INSERT INTO deals(id, customer_id, title, amount_minor, currency, expected_close_on,
		owner_id, stage_id, stage_entered_at, reached_stage_id, status, products, budget_minor, decision_maker,
		purchase_timeline, needs, notes, quote_id, created_by, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		in.ID, in.CustomerID, in.Title, in.AmountMinor, in.Currency, in.ExpectedCloseOn, in.OwnerID, st.ID, now, st.ID,
		statusOf(st.Kind), mustJSON(in.Products), in.BudgetMinor, in.DecisionMaker, in.PurchaseTimeline, in.Needs,
		in.Notes, quoteID, nullable(actorID), now, now)
	if err != nil {
		return fmt.Errorf("sales: insert deal: %w", err)
	}
	d, err := loadDeal(ctx, tx, in.ID)
	if err != nil {
		return err
	}
	if err := insertHistory(ctx, tx, d, actorID, "create", Stage{}, st, s.now(), time.UTC); err != nil {
		return err
	}
	if err := s.openTasksTx(ctx, tx, d, st); err != nil {
		return err
	}
	return s.record(ctx, tx, actorID, "deal", in.ID, "create", nil, in)
}

// UpdateDeal changes a deal's fields. A closed deal keeps its customer,
// amount and currency (the win is already recorded); a new owner takes over
// the deal's unfinished tasks.
func (s *Service) UpdateDeal(ctx context.Context, actor auth.Actor, in DealInput) (Deal, error) {
	f, err := s.facts(ctx)
	if err != nil {
		return Deal{}, err
	}
	var v apperr.Validation
	in = cleanDeal(&v, in, f.currency)
	err = s.db.Tx(ctx, func(tx *sql.Tx) error {
		d, sc, err := editDeal(ctx, tx, actor, in.ID, in.Version)
		if err != nil {
			return err
		}
		if err := s.checkChange(ctx, tx, actor, sc, &v, d, &in); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `UPDATE deals SET customer_id = ?, title = ?, amount_minor = ?, currency = ?,
			expected_close_on = ?, owner_id = ?, products = ?, budget_minor = ?, decision_maker = ?, purchase_timeline = ?,
			needs = ?, notes = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NULL`,
			in.CustomerID, in.Title, in.AmountMinor, in.Currency, in.ExpectedCloseOn, in.OwnerID, mustJSON(in.Products),
			in.BudgetMinor, in.DecisionMaker, in.PurchaseTimeline, in.Needs, in.Notes, s.stamp(), in.ID, in.Version)
		if err := changedOne(res, err, "deal"); err != nil {
			return err
		}
		if in.OwnerID != d.OwnerID {
			if err := reassignTasksTx(ctx, tx, d.ID, in.OwnerID, s.stamp()); err != nil {
				return err
			}
		}
		return s.record(ctx, tx, actor.ID, "deal", in.ID, "update", d, in)
	})
	if err != nil {
		return Deal{}, err
	}
	return loadDeal(ctx, s.db.Read(), in.ID)
}

// checkChange checks what an update changes against the deal as it is.
func (s *Service) checkChange(ctx context.Context, tx *sql.Tx, actor auth.Actor, sc scope, v *apperr.Validation, d Deal, in *DealInput) error {
	if in.OwnerID == "" {
		in.OwnerID = d.OwnerID
	}
	if in.OwnerID != d.OwnerID {
		if err := checkDealOwner(ctx, tx, sc, v, in.OwnerID); err != nil {
			return err
		}
	}
	if in.CustomerID != d.CustomerID {
		if err := s.checkCustomer(ctx, actor, v, in.CustomerID); err != nil {
			return err
		}
		if err := s.checkNoQuotes(ctx, tx, v, d.ID); err != nil {
			return err
		}
	}
	if err := checkProducts(ctx, tx, v, in.Products); err != nil {
		return err
	}
	if err := v.Err(); err != nil {
		return err
	}
	closed := d.Status != StatusOpen
	if closed && (in.CustomerID != d.CustomerID || in.AmountMinor != d.AmountMinor || in.Currency != d.Currency) {
		return apperr.Conflict("dealStatus")
	}
	return nil
}

// checkNoQuotes keeps a deal with its customer while quotes name it: they
// were made out to that customer, and moving the deal would strand them.
func (s *Service) checkNoQuotes(ctx context.Context, tx *sql.Tx, v *apperr.Validation, dealID string) error {
	if s.quotesOf == nil {
		return nil
	}
	n, err := s.quotesOf(ctx, tx, dealID)
	if err != nil {
		return err
	}
	if n > 0 {
		v.Add("customerId", "validation.dealHasQuotes", map[string]any{"count": n})
	}
	return nil
}

// DeleteDeal removes a deal that was not won (a tombstone) and closes its
// unfinished tasks.
func (s *Service) DeleteDeal(ctx context.Context, actor auth.Actor, id string, version int) error {
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		d, _, err := editDeal(ctx, tx, actor, id, version)
		if err != nil {
			return err
		}
		if d.Status == StatusWon {
			return apperr.Conflict("dealStatus")
		}
		now := s.stamp()
		res, err := tx.ExecContext(ctx, `UPDATE deals SET deleted_at = ?, updated_at = ?, version = version + 1
			WHERE id = ? AND version = ? AND deleted_at IS NULL`, now, now, id, version)
		if err := changedOne(res, err, "deal"); err != nil {
			return err
		}
		if err := closeTasksTx(ctx, tx, id, now); err != nil {
			return err
		}
		return s.record(ctx, tx, actor.ID, "deal", id, "delete", d, nil)
	})
}
