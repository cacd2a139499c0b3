package sales

import (
	"context"
	"database/sql"
	"strings"
	"time"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/catalog"
	"steady/backend/store"
	"steady/backend/validate"
)

// WinInput is what the win dialog sends: the final amount (in the deal's
// currency) and the day the customer said yes ("" for today).
type WinInput struct {
	Version     int    `json:"version"`
	AmountMinor int64  `json:"amountMinor"`
	WonOn       string `json:"wonOn"` // YYYY-MM-DD in the company's time zone
	// BackdateReason lets the owner date a win further back than the
	// company's window; the audit keeps it.
	BackdateReason string `json:"backdateReason"`
}

// LoseInput is what the lose dialog sends.
type LoseInput struct {
	Version  int    `json:"version"`
	ReasonID string `json:"reasonId"`
	Note     string `json:"note"`
}

// Win closes an open deal as won once the exit checklists of its stage and
// of every open stage after it are complete (winning from the first stage
// skips no checklist): the deal enters the won stage, its unfinished tasks close, the
// won stage's tasks start, and the customer area records the win (lifecycle
// and segment) in the same transaction.
func (s *Service) Win(ctx context.Context, actor auth.Actor, id string, in WinInput) (Deal, error) {
	f, err := s.facts(ctx)
	if err != nil {
		return Deal{}, err
	}
	in.BackdateReason = strings.TrimSpace(in.BackdateReason)
	if !actor.IsOwner() {
		in.BackdateReason = "" // only the owner may date further back; a rep's reason is no licence
	}
	wonAt, err := s.cleanWin(in, f.loc)
	if err != nil {
		return Deal{}, err
	}
	if err := s.checkBackdate(ctx, actor, wonAt.In(f.loc).Format(time.DateOnly), f.loc, in.BackdateReason, "wonOn"); err != nil {
		return Deal{}, err
	}
	err = s.db.Tx(ctx, func(tx *sql.Tx) error {
		d, _, err := editDeal(ctx, tx, actor, id, in.Version)
		if err != nil {
			return err
		}
		if d.Status != StatusOpen {
			return apperr.Conflict("dealStatus")
		}
		if err := checkWinExits(ctx, tx, d); err != nil {
			return err
		}
		return s.winTx(ctx, tx, d, actor.ID, winFacts{amountMinor: in.AmountMinor, currency: d.Currency, wonAt: wonAt,
			backdateReason: in.BackdateReason})
	})
	if err != nil {
		return Deal{}, err
	}
	return loadDeal(ctx, s.db.Read(), id)
}

// checkWinExits refuses to win d while an exit checklist of its stage, or of
// an open stage after it, is unfinished. A lost deal won after all is
// checked from the stage it was lost in.
func checkWinExits(ctx context.Context, tx *sql.Tx, d Deal) error {
	ss, err := loadStages(ctx, tx)
	if err != nil {
		return err
	}
	from := d.StageID
	if d.Status == StatusLost && d.LostStageID != "" {
		from = d.LostStageID
	}
	return checkExits(ctx, tx, d, ss.openFrom(from))
}

// cleanWin checks the dialog and returns when the deal was won: now for
// today, noon of an earlier day otherwise.
func (s *Service) cleanWin(in WinInput, loc *time.Location) (time.Time, error) {
	var v apperr.Validation
	catalog.Amount(&v, "amountMinor", in.AmountMinor)
	if in.AmountMinor == 0 {
		v.Add("amountMinor", "validation.invalidAmount", nil)
	}
	validate.Text(&v, "backdateReason", in.BackdateReason, false, 200)
	now := s.now()
	wonAt := now
	if day := validate.Date(&v, "wonOn", in.WonOn); day != "" && !v.Has("wonOn") {
		t, _ := time.ParseInLocation(time.DateOnly, day, loc)
		today := now.In(loc).Format(time.DateOnly)
		switch {
		case day > today:
			v.Add("wonOn", "validation.inFuture", nil)
		case day < today:
			wonAt = t.Add(12 * time.Hour)
		}
	}
	return wonAt, v.Err()
}

// winFacts are what a win records: the amount and currency, when the
// customer said yes, the accepted quote that won it ("" for the win dialog),
// and the owner's reason for dating it back beyond the window ("" for none).
type winFacts struct {
	amountMinor             int64
	currency                string
	wonAt                   time.Time
	quoteID, backdateReason string
}

// winTx wins d: the stage change, its tasks, and the customer's record.
func (s *Service) winTx(ctx context.Context, tx *sql.Tx, d Deal, actorID string, w winFacts) error {
	ss, err := loadStages(ctx, tx)
	if err != nil {
		return err
	}
	won, ok := ss.first(KindWon)
	if !ok {
		return apperr.NotFound("salesStage")
	}
	if err := closeTasksTx(ctx, tx, d.ID, s.stamp()); err != nil {
		return err
	}
	at := store.FormatTime(w.wonAt)
	tr := transition{action: "win", to: won, at: s.now(),
		set: `amount_minor = ?, currency = ?, won_at = ?, closed_at = ?, lost_at = NULL, lost_reason_id = NULL,
			lost_stage_id = NULL, lost_note = '', quote_id = ?, `,
		args: []any{w.amountMinor, w.currency, at, at, w.quoteID}}
	if w.backdateReason != "" {
		tr.audit = map[string]any{"wonAt": at, "backdateReason": w.backdateReason}
	}
	if err := s.enterTx(ctx, tx, ss, d, actorID, tr); err != nil {
		return err
	}
	return s.customers.RecordWonDeal(ctx, tx, d.CustomerID, w.wonAt, w.amountMinor, w.currency)
}

// Lose closes an open deal as lost, with a reason from the list and a note;
// the stage it was lost in is kept for the funnel.
func (s *Service) Lose(ctx context.Context, actor auth.Actor, id string, in LoseInput) (Deal, error) {
	var v apperr.Validation
	in.ReasonID = strings.TrimSpace(in.ReasonID)
	if in.ReasonID == "" {
		v.Add("reasonId", "validation.required", nil)
	}
	in.Note = validate.Text(&v, "note", in.Note, false, 500)
	if err := v.Err(); err != nil {
		return Deal{}, err
	}
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		d, _, err := editDeal(ctx, tx, actor, id, in.Version)
		if err != nil {
			return err
		}
		if d.Status != StatusOpen {
			return apperr.Conflict("dealStatus")
		}
		if err := checkReason(ctx, tx, in.ReasonID); err != nil {
			return err
		}
		ss, err := loadStages(ctx, tx)
		if err != nil {
			return err
		}
		lost, ok := ss.first(KindLost)
		if !ok {
			return apperr.NotFound("salesStage")
		}
		now := s.now()
		if err := closeTasksTx(ctx, tx, d.ID, store.FormatTime(now)); err != nil {
			return err
		}
		at := store.FormatTime(now)
		return s.enterTx(ctx, tx, ss, d, actor.ID, transition{action: "lose", to: lost, at: now,
			set:  `lost_at = ?, closed_at = ?, lost_reason_id = ?, lost_stage_id = ?, lost_note = ?, `,
			args: []any{at, at, in.ReasonID, d.StageID, in.Note}})
	})
	if err != nil {
		return Deal{}, err
	}
	return loadDeal(ctx, s.db.Read(), id)
}
