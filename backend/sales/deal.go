package sales

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"steady/backend/apperr"
	"steady/backend/auth"
)

// Deal statuses; a deal's status follows the kind of its stage.
const (
	StatusOpen = "open"
	StatusWon  = "won"
	StatusLost = "lost"
)

// ProductOfInterest is a catalog product (ProductID set) or free text.
type ProductOfInterest struct {
	ProductID string `json:"productId"`
	Name      string `json:"name"`
}

// Tick records who ticked a checklist item and when.
type Tick struct {
	At string `json:"at"`
	By string `json:"by"`
}

// Deal is one sales opportunity with one customer.
type Deal struct {
	ID               string              `json:"id"`
	CustomerID       string              `json:"customerId"`
	CustomerName     string              `json:"customerName"`
	Title            string              `json:"title"`
	AmountMinor      int64               `json:"amountMinor"`
	Currency         string              `json:"currency"`
	ExpectedCloseOn  string              `json:"expectedCloseOn"` // "" or YYYY-MM-DD
	OwnerID          string              `json:"ownerId"`
	OwnerName        string              `json:"ownerName"`
	StageID          string              `json:"stageId"`
	StageEnteredAt   string              `json:"stageEnteredAt"`
	ReachedStageID   string              `json:"reachedStageId"`
	Status           string              `json:"status"`
	Products         []ProductOfInterest `json:"products"`
	BudgetMinor      *int64              `json:"budgetMinor"` // nil: not known yet
	DecisionMaker    string              `json:"decisionMaker"`
	PurchaseTimeline string              `json:"purchaseTimeline"`
	Needs            string              `json:"needs"`
	Notes            string              `json:"notes"`
	Checklist        map[string]Tick     `json:"checklist"` // ticked items by key
	WonAt            string              `json:"wonAt"`
	LostAt           string              `json:"lostAt"`
	ClosedAt         string              `json:"closedAt"`
	LostReasonID     string              `json:"lostReasonId"`
	LostStageID      string              `json:"lostStageId"`
	LostNote         string              `json:"lostNote"`
	QuoteID          string              `json:"quoteId"`
	CreatedBy        string              `json:"createdBy"`
	CreatedAt        string              `json:"createdAt"`
	UpdatedAt        string              `json:"updatedAt"`
	Version          int                 `json:"version"`
}

const dealColumns = `d.id, d.customer_id, coalesce(c.name, ''), d.title, d.amount_minor, d.currency, d.expected_close_on,
	d.owner_id, coalesce(u.name, ''), d.stage_id, d.stage_entered_at, d.reached_stage_id, d.status, d.products,
	d.budget_minor, d.decision_maker, d.purchase_timeline, d.needs, d.notes, d.checklist_done,
	coalesce(d.won_at, ''), coalesce(d.lost_at, ''), coalesce(d.closed_at, ''), coalesce(d.lost_reason_id, ''),
	coalesce(d.lost_stage_id, ''), d.lost_note, d.quote_id, coalesce(d.created_by, ''), d.created_at, d.updated_at, d.version`

const dealFrom = ` FROM deals d LEFT JOIN customers c ON c.id = d.customer_id LEFT JOIN users u ON u.id = d.owner_id
	WHERE d.deleted_at IS NULL`

func scanDeal(row scanner) (Deal, error) {
	var d Deal
	var products, ticks string
	var budget sql.NullInt64
	err := row.Scan(&d.ID, &d.CustomerID, &d.CustomerName, &d.Title, &d.AmountMinor, &d.Currency, &d.ExpectedCloseOn,
		&d.OwnerID, &d.OwnerName, &d.StageID, &d.StageEnteredAt, &d.ReachedStageID, &d.Status, &products,
		&budget, &d.DecisionMaker, &d.PurchaseTimeline, &d.Needs, &d.Notes, &ticks,
		&d.WonAt, &d.LostAt, &d.ClosedAt, &d.LostReasonID, &d.LostStageID, &d.LostNote, &d.QuoteID,
		&d.CreatedBy, &d.CreatedAt, &d.UpdatedAt, &d.Version)
	if err != nil {
		return d, err
	}
	if budget.Valid {
		d.BudgetMinor = &budget.Int64
	}
	if err := json.Unmarshal([]byte(products), &d.Products); err != nil {
		return d, fmt.Errorf("sales: products of deal %s: %w", d.ID, err)
	}
	if err := json.Unmarshal([]byte(ticks), &d.Checklist); err != nil {
		return d, fmt.Errorf("sales: checklist of deal %s: %w", d.ID, err)
	}
	if d.Products == nil {
		d.Products = []ProductOfInterest{}
	}
	if d.Checklist == nil {
		d.Checklist = map[string]Tick{}
	}
	return d, nil
}

// loadDeal reads one live deal without asking who may see it.
func loadDeal(ctx context.Context, q querier, id string) (Deal, error) {
	d, err := scanDeal(q.QueryRowContext(ctx, `SELECT `+dealColumns+dealFrom+` AND d.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return Deal{}, apperr.NotFound("deal")
	}
	if err != nil {
		return Deal{}, fmt.Errorf("sales: deal %s: %w", id, err)
	}
	return d, nil
}

// seeDeal loads a deal the actor may see (and so work on).
func seeDeal(ctx context.Context, q querier, actor auth.Actor, id string) (Deal, scope, error) {
	d, err := loadDeal(ctx, q, id)
	if err != nil {
		return d, scope{}, err
	}
	sc, err := scopeOf(ctx, q, actor)
	if err != nil {
		return d, sc, err
	}
	return d, sc, sc.can(d.OwnerID)
}

// editDeal loads a deal the actor may change at the version they read.
func editDeal(ctx context.Context, tx *sql.Tx, actor auth.Actor, id string, version int) (Deal, scope, error) {
	d, sc, err := seeDeal(ctx, tx, actor, id)
	if err != nil {
		return d, sc, err
	}
	if d.Version != version {
		return d, sc, apperr.Conflict("deal")
	}
	return d, sc, nil
}

// DealDetail is a deal with what its page shows: what the current stage's
// exit checklist still lacks, its SOP tasks and its stage history.
type DealDetail struct {
	Deal
	Missing []Missing    `json:"missing"`
	Tasks   []Task       `json:"tasks"`
	History []StageVisit `json:"history"`
}

// Deal returns one deal with its checklist state, tasks and history.
func (s *Service) Deal(ctx context.Context, actor auth.Actor, id string) (DealDetail, error) {
	q := s.db.Read()
	d, _, err := seeDeal(ctx, q, actor, id)
	if err != nil {
		return DealDetail{}, err
	}
	out := DealDetail{Deal: d}
	st, err := loadStage(ctx, q, d.StageID)
	if err != nil {
		return DealDetail{}, err
	}
	if out.Missing, err = missingItems(ctx, q, d, st); err != nil {
		return DealDetail{}, err
	}
	now := s.now()
	if out.Tasks, err = tasksWhere(ctx, q, now, `t.deal_id = ?`, []any{id}, `t.created_at, t.id`, 0); err != nil {
		return DealDetail{}, err
	}
	if out.History, err = historyOf(ctx, q, id, now); err != nil {
		return DealDetail{}, err
	}
	return out, nil
}
