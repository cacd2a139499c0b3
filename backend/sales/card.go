package sales

import (
	"context"
	"fmt"
	"time"

	"steady/backend/store"
)

// Card is a deal as the board and the list show it.
type Card struct {
	ID              string `json:"id"`
	Title           string `json:"title"`
	CustomerID      string `json:"customerId"`
	CustomerName    string `json:"customerName"`
	AmountMinor     int64  `json:"amountMinor"`
	Currency        string `json:"currency"`
	ExpectedCloseOn string `json:"expectedCloseOn"`
	OwnerID         string `json:"ownerId"`
	OwnerName       string `json:"ownerName"`
	StageID         string `json:"stageId"`
	Status          string `json:"status"`
	StageEnteredAt  string `json:"stageEnteredAt"`
	DaysInStage     int    `json:"daysInStage"` // whole days
	OpenTasks       int    `json:"openTasks"`
	OverdueTasks    int    `json:"overdueTasks"`
	ClosedAt        string `json:"closedAt"`
	CreatedAt       string `json:"createdAt"`
	UpdatedAt       string `json:"updatedAt"`
	Version         int    `json:"version"`
}

// cardColumns take the current time as their one argument.
const cardColumns = `d.id, d.title, d.customer_id, coalesce(c.name, ''), d.amount_minor, d.currency, d.expected_close_on,
	d.owner_id, coalesce(u.name, ''), d.stage_id, d.status, d.stage_entered_at,
	(SELECT count(*) FROM sop_tasks t WHERE t.deal_id = d.id AND t.status = 'open' AND t.deleted_at IS NULL),
	(SELECT count(*) FROM sop_tasks t WHERE t.deal_id = d.id AND t.status = 'open' AND t.deleted_at IS NULL AND t.due_at < ?),
	coalesce(d.closed_at, ''), d.created_at, d.updated_at, d.version`

// cards lists the deals matching cond (conditions on d, each beginning
// " AND") in order, limit and offset applied: the page is picked through an
// index alone where one serves, then only its deals are read in full.
func cards(ctx context.Context, q querier, now time.Time, cond string, args []any, order string, limit, offset int) ([]Card, error) {
	query := `SELECT ` + cardColumns + ` FROM (SELECT d.rowid AS rid FROM deals d
		WHERE d.deleted_at IS NULL` + cond + ` ORDER BY ` + order + ` LIMIT ? OFFSET ?) page
		JOIN deals d ON d.rowid = page.rid LEFT JOIN customers c ON c.id = d.customer_id LEFT JOIN users u ON u.id = d.owner_id
		ORDER BY ` + order
	args = append(append([]any{store.FormatTime(now)}, args...), limit, offset)
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("sales: deals: %w", err)
	}
	defer rows.Close()
	out := []Card{}
	for rows.Next() {
		var c Card
		err := rows.Scan(&c.ID, &c.Title, &c.CustomerID, &c.CustomerName, &c.AmountMinor, &c.Currency, &c.ExpectedCloseOn,
			&c.OwnerID, &c.OwnerName, &c.StageID, &c.Status, &c.StageEnteredAt, &c.OpenTasks, &c.OverdueTasks,
			&c.ClosedAt, &c.CreatedAt, &c.UpdatedAt, &c.Version)
		if err != nil {
			return nil, fmt.Errorf("sales: deals: %w", err)
		}
		entered, err := store.ParseTime(c.StageEnteredAt)
		if err != nil {
			return nil, err
		}
		c.DaysInStage = max(int(now.Sub(entered).Hours()/24), 0)
		out = append(out, c)
	}
	return out, rows.Err()
}
