package service

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"steady/backend/auth"
	"steady/backend/store"
	"steady/backend/store/storetest"
)

// Budgets (issue 14): a page of the ticket list and the month's report,
// each under 50 ms, on 100,000 customers with 200,000 tickets over two and
// a half years (and a survey on every third resolved one).
// Run: go test -tags sqlite_fts5 -run '^$' -bench . ./backend/service/

const (
	benchCustomers = 100_000
	benchTickets   = 200_000
)

type benchFixture struct {
	ownerID, managerID, repID string
}

var shared storetest.SharedBench[benchFixture]

func openBench(b *testing.B) (*Service, benchFixture) {
	db, f := shared.Open(b, buildBench)
	now := func() time.Time { return time.Date(2026, 11, 27, 1, 0, 0, 0, time.UTC) }
	hours := func(context.Context) (Hours, error) { return officeHours, nil }
	backdate := func(context.Context) (int, error) { return 3, nil }
	return NewService(db, now, hours, backdate), f
}

func buildBench() (benchFixture, string, error) {
	var f benchFixture
	path := filepath.Join(os.TempDir(), "steady-service-bench-v1.db")
	ctx := context.Background()
	db, err := store.Open(ctx, path)
	if err != nil {
		return f, "", err
	}
	defer db.Close()
	var have int
	_ = db.Read().QueryRow(`SELECT count(*) FROM tickets`).Scan(&have)
	reps, err := benchPeople(ctx, db, have == benchTickets)
	if err != nil {
		return f, "", err
	}
	_ = db.Read().QueryRow(`SELECT id FROM users WHERE login = 'owner'`).Scan(&f.ownerID)
	_ = db.Read().QueryRow(`SELECT id FROM users WHERE login = 'manager1'`).Scan(&f.managerID)
	f.repID = reps[0]
	if have == benchTickets {
		return f, path, nil
	}
	return f, path, fillBench(ctx, db, reps)
}

func benchPeople(ctx context.Context, db *store.DB, built bool) ([]string, error) {
	if !built {
		return storetest.BenchTeam(ctx, db, storetest.BenchReps)
	}
	rows, err := db.Read().Query(`SELECT id FROM users WHERE role = 'rep' ORDER BY login`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// fillBench writes customers spread over the reps, and tickets received
// over 30 months, most of them resolved (four in five on time), some
// still open, a survey on every third resolved one.
func fillBench(ctx context.Context, db *store.DB, reps []string) error {
	r := rand.New(rand.NewPCG(14, 14))
	customers := make([]string, benchCustomers)
	owners := make([]string, benchCustomers)
	start := time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)
	return db.Tx(ctx, func(tx *sql.Tx) error {
		for i := range customers {
			customers[i], owners[i] = store.NewID(), reps[i%len(reps)]
			if _, err := tx.Exec(`INSERT INTO customers(id, kind, name, name_pinyin, owner_id, created_at, updated_at)
				VALUES (?, 'company', ?, '', ?, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')`,
				customers[i], fmt.Sprintf("客户%06d", i), owners[i]); err != nil {
				return err
			}
		}
		kinds := []string{"consultation", "complaint", "repair", "return", "other"}
		for i := 0; i < benchTickets; i++ {
			c := r.IntN(benchCustomers)
			received := start.Add(time.Duration(r.Int64N(int64(913 * 24 * time.Hour))))
			at := store.FormatTime(received)
			status, resolvedAt, onTime := "resolved", any(store.FormatTime(received.Add(20*time.Hour))), any(r.IntN(5) != 0)
			if i%50 == 0 {
				status, resolvedAt, onTime = "in_progress", nil, nil
			}
			id := store.NewID()
			if _, err := tx.Exec(`INSERT INTO tickets(id, customer_id, kind, priority, channel, subject, assignee_id, status,
				received_at, respond_target_min, resolve_target_min, response_due_at, resolve_due_at, resolved_at,
				resolved_on_time, created_at, updated_at)
				VALUES (?, ?, ?, 'normal', 'phone', '设备故障', ?, ?, ?, 240, 1620, ?, ?, ?, ?, ?, ?)`,
				id, customers[c], kinds[i%5], owners[c], status, at, at, store.FormatTime(received.Add(72*time.Hour)),
				resolvedAt, onTime, at, at); err != nil {
				return err
			}
			if status == "resolved" && i%3 == 0 {
				if _, err := tx.Exec(`INSERT INTO surveys(id, customer_id, ticket_id, status, sent_at, score, nps, owner_id,
					recorded_by, answered_at, created_at, updated_at) VALUES (?, ?, ?, 'answered', ?, ?, ?, ?, ?, ?, ?, ?)`,
					store.NewID(), customers[c], id, resolvedAt, 1+r.IntN(5), r.IntN(11), owners[c], owners[c], resolvedAt, at, at); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

func BenchmarkTicketList(b *testing.B) {
	svc, f := openBench(b)
	ctx := context.Background()
	for _, c := range []struct {
		name   string
		actor  auth.Actor
		status string
	}{
		{"owner-all", auth.Actor{ID: f.ownerID, Role: auth.RoleOwner}, "all"},
		{"owner-active", auth.Actor{ID: f.ownerID, Role: auth.RoleOwner}, "active"},
		{"owner-overdue", auth.Actor{ID: f.ownerID, Role: auth.RoleOwner}, "overdue"},
		{"manager-all", auth.Actor{ID: f.managerID, Role: auth.RoleManager}, "all"},
		{"manager-active", auth.Actor{ID: f.managerID, Role: auth.RoleManager}, "active"},
		{"rep-all", auth.Actor{ID: f.repID, Role: auth.RoleRep}, "all"},
		{"rep-active", auth.Actor{ID: f.repID, Role: auth.RoleRep}, "active"},
		{"rep-overdue", auth.Actor{ID: f.repID, Role: auth.RoleRep}, "overdue"},
	} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				page, err := svc.Tickets(ctx, c.actor, TicketQuery{Status: c.status})
				if err != nil || len(page.Tickets) == 0 {
					b.Fatalf("%d tickets, %v", len(page.Tickets), err)
				}
			}
		})
	}
}

func BenchmarkMonthReport(b *testing.B) {
	svc, f := openBench(b)
	ctx := context.Background()
	for _, c := range []struct {
		name  string
		actor auth.Actor
	}{
		{"owner", auth.Actor{ID: f.ownerID, Role: auth.RoleOwner}},
		{"manager", auth.Actor{ID: f.managerID, Role: auth.RoleManager}},
		{"rep", auth.Actor{ID: f.repID, Role: auth.RoleRep}},
	} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				r, err := svc.Report(ctx, c.actor, "2026-10")
				if err != nil || r.Total.Opened == 0 {
					b.Fatalf("%+v, %v", r.Total, err)
				}
			}
		})
	}
}
