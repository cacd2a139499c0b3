package sales

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"steady/backend/store"
)

// Task statuses. A task waits while its anchor event has not happened, is
// open once it has a deadline, and ends done or closed (its deal was won,
// lost or deleted first).
const (
	TaskWaiting = "waiting"
	TaskOpen    = "open"
	TaskDone    = "done"
	TaskClosed  = "closed"
)

// Task is an SOP task on a deal, assigned to the deal's owner. Its title,
// anchor and offset are copies of its rule's when it was made.
type Task struct {
	ID           string `json:"id"`
	DealID       string `json:"dealId"`
	DealTitle    string `json:"dealTitle"`
	CustomerID   string `json:"customerId"`
	CustomerName string `json:"customerName"`
	StageID      string `json:"stageId"`
	RuleID       string `json:"ruleId"`
	AssigneeID   string `json:"assigneeId"`
	AssigneeName string `json:"assigneeName"`
	TitleZh      string `json:"titleZh"`
	TitleEn      string `json:"titleEn"`
	Anchor       string `json:"anchor"`
	OffsetHours  int    `json:"offsetHours"`
	AnchorAt     string `json:"anchorAt"` // "" while waiting
	DueAt        string `json:"dueAt"`    // "" while waiting
	Status       string `json:"status"`
	Overdue      bool   `json:"overdue"` // open and past its deadline
	Late         bool   `json:"late"`    // done after its deadline
	DoneAt       string `json:"doneAt"`
	DoneBy       string `json:"doneBy"`
	Note         string `json:"note"`
	DoneByKind   string `json:"doneByKind"` // "" or the activity kind that does it when logged against the deal
	ActivityID   string `json:"activityId"` // the activity that did it, "" when done by hand
	ClosedAt     string `json:"closedAt"`
	Version      int    `json:"version"`
}

// openTasksTx makes the tasks of stage st's active rules for deal d (one per
// rule and deal, ever), each due its offset after its anchor, or waiting.
func (s *Service) openTasksTx(ctx context.Context, tx *sql.Tx, d Deal, st Stage) error {
	rules, err := rulesWhere(ctx, tx, `stage_id = ? AND active = 1`, st.ID)
	if err != nil {
		return err
	}
	for _, r := range rules {
		anchor, err := anchorOf(ctx, tx, d, r.Anchor)
		if err != nil {
			return err
		}
		if err := s.insertTask(ctx, tx, d, r, anchor); err != nil {
			return err
		}
	}
	return nil
}

// anchorOf is when the anchor event happened for d ("" not yet).
func anchorOf(ctx context.Context, q querier, d Deal, anchor string) (string, error) {
	switch anchor {
	case AnchorDealCreated:
		return d.CreatedAt, nil
	case AnchorFirstCall:
		return firstCall(ctx, q, d.CustomerID, d.CreatedAt)
	}
	return d.StageEnteredAt, nil
}

// firstCall is when the first call, visit or meeting with the customer since
// the deal began happened ("" when none has). A task made before that call
// waits; the call's own transaction starts its clock (the triggers of
// migration 0010_sop_first_call), whatever path writes the call, so the two
// agree: the first such contact at or after the deal's creation, by its time.
func firstCall(ctx context.Context, q querier, customerID, since string) (string, error) {
	var at sql.NullString
	err := q.QueryRowContext(ctx, `SELECT min(at) FROM activities WHERE customer_id = ? AND at >= ?
		AND kind IN ('call', 'visit', 'meeting') AND deleted_at IS NULL`, customerID, since).Scan(&at)
	if err != nil {
		return "", fmt.Errorf("sales: first call: %w", err)
	}
	return at.String, nil
}

func (s *Service) insertTask(ctx context.Context, tx *sql.Tx, d Deal, r Rule, anchorAt string) error {
	status, due, err := deadline(anchorAt, r.OffsetHours)
	if err != nil {
		return err
	}
	now := s.stamp()
	_, err = tx.ExecContext(ctx, `INSERT INTO sop_tasks(id, deal_id, rule_id, stage_id, assignee_id, title_zh, title_en,
		anchor, offset_hours, anchor_at, due_at, status, done_by_kind, created_at, updated_at)
		SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS
		(SELECT 1 FROM sop_tasks WHERE deal_id = ? AND rule_id = ? AND deleted_at IS NULL)`,
		store.NewID(), d.ID, r.ID, r.StageID, d.OwnerID, r.TitleZh, r.TitleEn, r.Anchor, r.OffsetHours,
		nullable(anchorAt), due, status, r.DoneByKind, now, now, d.ID, r.ID)
	if err != nil {
		return fmt.Errorf("sales: insert task: %w", err)
	}
	return nil
}

// deadline is a task's status and due time for an anchor time ("" waits).
func deadline(anchorAt string, offsetHours int) (string, any, error) {
	if anchorAt == "" {
		return TaskWaiting, nil, nil
	}
	t, err := store.ParseTime(anchorAt)
	if err != nil {
		return "", nil, err
	}
	return TaskOpen, store.FormatTime(t.Add(time.Duration(offsetHours) * time.Hour)), nil
}

// closeTasksTx ends a deal's unfinished tasks without them being done.
func closeTasksTx(ctx context.Context, tx *sql.Tx, dealID, now string) error {
	_, err := tx.ExecContext(ctx, `UPDATE sop_tasks SET status = 'closed', closed_at = ?, updated_at = ?, version = version + 1
		WHERE deal_id = ? AND status IN ('waiting', 'open') AND deleted_at IS NULL`, now, now, dealID)
	if err != nil {
		return fmt.Errorf("sales: close tasks: %w", err)
	}
	return nil
}

// reassignTasksTx gives a deal's tasks still to come (waiting, or open with
// their deadline ahead) to its new owner. A task already past its deadline
// stays with the person who owned the deal when it fell due: handing the deal
// on moves nothing already owed, and whoever finishes it, it counts as late
// for them.
func reassignTasksTx(ctx context.Context, tx *sql.Tx, dealID, ownerID, now string) error {
	_, err := tx.ExecContext(ctx, `UPDATE sop_tasks SET assignee_id = ?1, updated_at = ?2, version = version + 1
		WHERE deal_id = ?3 AND (status = 'waiting' OR (status = 'open' AND due_at > ?2)) AND deleted_at IS NULL`,
		ownerID, now, dealID)
	if err != nil {
		return fmt.Errorf("sales: reassign tasks: %w", err)
	}
	return nil
}

// Sweep starts any waiting first-call task whose call is on file. The call's
// own transaction does that already (migration 0010_sop_first_call); this is
// only a safety net for rows that came in some other way, run at start-up and
// each day. It returns how many tasks got a deadline.
func (s *Service) Sweep(ctx context.Context) (int, error) {
	started := 0
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE sop_tasks SET status = 'open', anchor_at = `+firstCallOfTask+`,
			due_at = strftime('%Y-%m-%dT%H:%M:%fZ', `+firstCallOfTask+`, '+' || offset_hours || ' hours'),
			updated_at = ?, version = version + 1
			WHERE status = 'waiting' AND anchor = 'first_call' AND deleted_at IS NULL AND `+firstCallOfTask+` IS NOT NULL`, s.stamp())
		if err != nil {
			return fmt.Errorf("sales: start waiting tasks: %w", err)
		}
		n, err := res.RowsAffected()
		started = int(n)
		return err
	})
	return started, err
}

// firstCallOfTask is the first call since its deal began, for a row of sop_tasks.
const firstCallOfTask = `(SELECT min(a.at) FROM activities a JOIN deals d ON d.id = sop_tasks.deal_id
	WHERE a.customer_id = d.customer_id AND a.at >= d.created_at AND a.kind IN ('call', 'visit', 'meeting')
	AND a.deleted_at IS NULL)`
