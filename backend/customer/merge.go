package customer

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/store"
)

// MergeInput names the customer to keep and the duplicate to fold into it,
// each with the version the caller read. Take lists the fields (of
// MergeFields) whose value comes from the duplicate where both have one;
// every other field keeps the kept customer's value, or takes the
// duplicate's where the kept one has none.
type MergeInput struct {
	KeepID      string   `json:"keepId"`
	KeepVersion int      `json:"keepVersion"`
	DropID      string   `json:"dropId"`
	DropVersion int      `json:"dropVersion"`
	Take        []string `json:"take"`
}

// MergeFields are the fields a merge can take from either customer.
var MergeFields = []string{"name", "source", "industry", "region", "city", "country", "address", "phone", "email", "wechat", "website"}

// MergeHook moves another area's records of dropID (deals, quotes) to
// keepID inside the merge's transaction, with their audit rows, and says
// how many records it moved.
type MergeHook func(ctx context.Context, tx *sql.Tx, actorID, keepID, dropID string) (int, error)

type namedHook struct {
	key  string
	hook MergeHook
}

// OnMerge adds a hook every merge runs. key names the hook's records in the
// merge's count of what moved ("deals", "quotes"), which the timeline shows.
// Hooks are added while the services are wired, before any merge.
func (s *Service) OnMerge(key string, hook MergeHook) {
	s.mergeHooks = append(s.mergeHooks, namedHook{key: key, hook: hook})
}

// Merge folds the duplicate DropID into KeepID in one transaction: every
// contact, activity, stage and owner change (but its creation), revisit
// task and won deal of the duplicate moves to the kept customer, which also
// takes the duplicate's tags and any field it left empty; the hooks move
// other areas' records (deals, quotes); the duplicate is then deleted (a
// tombstone stays, with a merge record naming where it went). Managers and
// the owner merge customers they may change.
func (s *Service) Merge(ctx context.Context, actor auth.Actor, in MergeInput) (Customer, error) {
	if in.KeepID == in.DropID {
		return Customer{}, apperr.Field("dropId", "validation.sameCustomer", nil)
	}
	for _, f := range in.Take {
		if !slices.Contains(MergeFields, f) {
			return Customer{}, apperr.Field("take", "validation.invalidChoice", nil)
		}
	}
	if actor.Role == auth.RoleRep {
		return Customer{}, apperr.Forbidden("errors.forbidden.mergeCustomers")
	}
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		m, err := s.startMerge(ctx, tx, actor, in)
		if err != nil {
			return err
		}
		if err := m.run(ctx); err != nil {
			return err
		}
		return reindexTx(ctx, tx, in.KeepID)
	})
	if err != nil {
		return Customer{}, err
	}
	return s.Customer(ctx, actor, in.KeepID)
}

// merge is one merge inside its transaction.
type merge struct {
	s          *Service
	tx         *sql.Tx
	actor      auth.Actor
	keep, drop Customer
	take       []string
	at         time.Time
	moved      map[string]int
}

func (s *Service) startMerge(ctx context.Context, tx *sql.Tx, actor auth.Actor, in MergeInput) (*merge, error) {
	keep, _, err := visibleTx(ctx, tx, actor, in.KeepID)
	if err != nil {
		return nil, err
	}
	drop, _, err := visibleTx(ctx, tx, actor, in.DropID)
	if err != nil {
		return nil, err
	}
	if keep.Version != in.KeepVersion || drop.Version != in.DropVersion {
		return nil, apperr.Conflict("customer")
	}
	return &merge{s: s, tx: tx, actor: actor, keep: keep, drop: drop, take: in.Take, at: s.now(), moved: map[string]int{}}, nil
}

func (m *merge) run(ctx context.Context) error {
	steps := []func(context.Context) error{m.prepare, m.moveRecords, m.moveOthers, m.updateKept, m.followPurchases,
		m.tombstone, m.recordMerge}
	for _, step := range steps {
		if err := step(ctx); err != nil {
			return err
		}
	}
	return nil
}

// prepare ends the duplicate's open revisit (the kept customer has its own)
// and its primary contact's flag when the kept customer has a primary.
func (m *merge) prepare(ctx context.Context) error {
	if err := m.s.closeRevisitTx(ctx, m.tx, m.drop.ID, m.at); err != nil {
		return err
	}
	contacts, err := contactsOf(ctx, m.tx, m.keep.ID)
	if err != nil || len(contacts) == 0 || !contacts[0].Primary {
		return err
	}
	return m.s.demotePrimaryTx(ctx, m.tx, m.actor.ID, m.drop.ID, "")
}

// mergedTables are the records that follow a customer; versioned ones are
// records devices sync, so a move is a change to them. The duplicate's own
// creation (its first owner and first stage) stays with its tombstone: one
// company entered twice is one new customer, not two, in the appraisal.
// A versioned record that moves gets its own audit row (entity names it),
// so the trail says which contact, activity, task or win went where.
var mergedTables = []struct {
	table, key, except, entity string
	versioned                  bool
}{
	{"contacts", "contacts", "", "contact", true}, {"activities", "activities", "", "activity", true},
	{"revisit_tasks", "revisits", "", "revisitTask", true}, {"won_deals", "wonDeals", "", "wonDeal", true},
	{"customer_stage_history", "stageChanges", " AND from_stage <> ''", "", false},
	{"customer_owner_history", "ownerChanges", " AND action <> 'create'", "", false},
}

func (m *merge) moveRecords(ctx context.Context) error {
	now := store.FormatTime(m.at)
	for _, t := range mergedTables {
		if t.versioned {
			if err := m.recordMoves(ctx, t.table, t.entity); err != nil {
				return err
			}
		}
		query := `UPDATE ` + t.table + ` SET customer_id = ? WHERE customer_id = ?` + t.except
		args := []any{m.keep.ID, m.drop.ID}
		if t.versioned {
			query = `UPDATE ` + t.table + ` SET customer_id = ?, updated_at = ?, version = version + 1 WHERE customer_id = ?` + t.except
			args = []any{m.keep.ID, now, m.drop.ID}
		}
		res, err := m.tx.ExecContext(ctx, query, args...)
		if err != nil {
			return fmt.Errorf("customer: merge %s: %w", t.table, err)
		}
		n, err := res.RowsAffected()
		if err != nil {
			return fmt.Errorf("customer: merge %s: %w", t.table, err)
		}
		m.moved[t.key] = int(n)
	}
	return nil
}

// recordMoves writes an audit row for every record of table that is about
// to move from the duplicate to the kept customer.
func (m *merge) recordMoves(ctx context.Context, table, entity string) error {
	rows, err := m.tx.QueryContext(ctx, `SELECT id FROM `+table+` WHERE customer_id = ?`, m.drop.ID)
	if err != nil {
		return fmt.Errorf("customer: merge %s: %w", table, err)
	}
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return fmt.Errorf("customer: merge %s: %w", table, err)
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("customer: merge %s: %w", table, err)
	}
	for _, id := range ids {
		if err := m.s.record(ctx, m.tx, m.at, m.actor.ID, entity, id, "moveCustomer",
			map[string]string{"customerId": m.drop.ID}, map[string]string{"customerId": m.keep.ID}); err != nil {
			return err
		}
	}
	return nil
}

// moveOthers runs the other areas' hooks and counts what they moved.
func (m *merge) moveOthers(ctx context.Context) error {
	for _, h := range m.s.mergeHooks {
		n, err := h.hook(ctx, m.tx, m.actor.ID, m.keep.ID, m.drop.ID)
		if err != nil {
			return err
		}
		m.moved[h.key] += n
	}
	return nil
}

// updateKept gives the kept customer what only the duplicate had, and the
// later of their last contacts and purchases.
func (m *merge) updateKept(ctx context.Context) error {
	in := combined(m.keep, m.drop, m.take)
	if !sameFields(m.keep, in) {
		if err := m.s.updateCustomerRow(ctx, m.tx, in); err != nil {
			return err
		}
	}
	_, err := m.tx.ExecContext(ctx, `UPDATE customers SET last_contact_at = max(last_contact_at, ?),
		last_purchase_at = CASE WHEN ? = '' THEN last_purchase_at ELSE max(coalesce(last_purchase_at, ''), ?) END
		WHERE id = ?`, m.drop.LastContactAt, m.drop.LastPurchaseAt, m.drop.LastPurchaseAt, m.keep.ID)
	if err != nil {
		return fmt.Errorf("customer: merge times: %w", err)
	}
	in.Stage, in.Contacts = m.keep.Stage, nil
	after := map[string]any{"customer": in, "mergedFrom": m.drop.ID, "moved": m.moved}
	return m.s.record(ctx, m.tx, m.at, m.actor.ID, "customer", m.keep.ID, "merge", m.keep, after)
}

// combined is the kept customer with the duplicate's values where it had
// none or where take asks for them, the tags of both, and both notes.
func combined(keep, drop Customer, take []string) CustomerInput {
	in := inputOf(keep)
	for _, f := range []struct {
		key      string
		dst, src *string
	}{{"name", &in.Name, &drop.Name}, {"source", &in.Source, &drop.Source}, {"industry", &in.Industry, &drop.Industry},
		{"region", &in.Region, &drop.Region}, {"city", &in.City, &drop.City}, {"country", &in.Country, &drop.Country},
		{"address", &in.Address, &drop.Address}, {"phone", &in.Phone, &drop.Phone}, {"email", &in.Email, &drop.Email},
		{"wechat", &in.WeChat, &drop.WeChat}, {"website", &in.Website, &drop.Website}} {
		if *f.src != "" && (*f.dst == "" || slices.Contains(take, f.key)) {
			*f.dst = *f.src
		}
	}
	in.Tags = slices.Clone(keep.Tags)
	for _, t := range drop.Tags {
		if !slices.Contains(in.Tags, t) && len(in.Tags) < maxTags {
			in.Tags = append(in.Tags, t)
		}
	}
	if drop.Notes != "" && !strings.Contains(in.Notes, drop.Notes) {
		in.Notes = strings.TrimSpace(in.Notes + "\n" + drop.Notes)
		if utf8.RuneCountInString(in.Notes) > maxNotes {
			in.Notes = string([]rune(in.Notes)[:maxNotes])
		}
	}
	return in
}

// followPurchases lets the kept customer's stage and segment follow the
// wins it took over: a lead or prospect with a win is a customer, and a
// customer with a second win a repeat customer. A dormant or churned one
// keeps its stage (a person decides whether the merge means it came back);
// its next win moves it as any win does.
func (m *merge) followPurchases(ctx context.Context) error {
	if m.moved["wonDeals"] == 0 {
		return nil
	}
	kept, err := loadCustomer(ctx, m.tx, m.keep.ID)
	if err != nil {
		return err
	}
	if kept.Stage == StageLead || kept.Stage == StageProspect || kept.Stage == StageCustomer {
		if err := m.s.stageAfterWin(ctx, m.tx, kept, m.at); err != nil {
			return err
		}
	}
	return m.s.rescoreTx(ctx, m.tx, m.keep.ID, m.at)
}

// tombstone deletes the duplicate as DeleteCustomer does.
func (m *merge) tombstone(ctx context.Context) error {
	now := store.FormatTime(m.at)
	res, err := m.tx.ExecContext(ctx, `UPDATE customers SET deleted_at = ?, updated_at = ?, version = version + 1
		WHERE id = ? AND version = ? AND deleted_at IS NULL`, now, now, m.drop.ID, m.drop.Version)
	if err != nil {
		return fmt.Errorf("customer: merge delete: %w", err)
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return apperr.Conflict("customer")
	}
	if err := writeTags(ctx, m.tx, m.drop.ID, "", nil); err != nil {
		return err
	}
	if err := unindexTx(ctx, m.tx, m.drop.ID); err != nil {
		return err
	}
	return m.s.record(ctx, m.tx, m.at, m.actor.ID, "customer", m.drop.ID, "mergedInto", m.drop,
		map[string]string{"keptId": m.keep.ID})
}

// recordMerge keeps the merge as a record: the kept customer's timeline
// shows it, and a device that still holds the duplicate can follow it.
func (m *merge) recordMerge(ctx context.Context) error {
	moved, err := json.Marshal(m.moved)
	if err != nil {
		return fmt.Errorf("customer: merge record: %w", err)
	}
	now := store.FormatTime(m.at)
	_, err = m.tx.ExecContext(ctx, `INSERT INTO customer_merges(id, kept_id, dropped_id, dropped_name, actor_id, at, moved,
		created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, store.NewID(), m.keep.ID, m.drop.ID, m.drop.Name,
		nullable(m.actor.ID), now, string(moved), now, now)
	if err != nil {
		return fmt.Errorf("customer: merge record: %w", err)
	}
	return nil
}
