package services_test

import (
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"steady/backend/appraisal"
	"steady/backend/auth"
	"steady/backend/demo"
	"steady/backend/services"
	"steady/backend/store"
)

// Every computed number of an appraisal opens records that add up to it:
// on the demo company's last full month, recomputed today, the evidence of
// each metric of each rep counts exactly what the appraisal counted.
func TestTheEvidenceAddsUpToEveryNumber(t *testing.T) {
	path := filepath.Join(t.TempDir(), "demo.db")
	now := time.Date(2026, 11, 27, 1, 0, 0, 0, time.UTC)
	if _, err := demo.Create(ctx, path, demo.Options{Seed: 7, Customers: 80, HashCost: bcrypt.MinCost, Now: now}); err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	set := services.New(db, func() time.Time { return now })
	owner := ownerOf(t, set)
	for _, month := range []string{"2026-10", "2026-11"} {
		if _, err := set.Appraisal.Generate(ctx, owner, month); err != nil {
			t.Fatal(err)
		}
		list, err := set.Appraisal.Appraisals(ctx, owner, month)
		if err != nil || len(list) == 0 {
			t.Fatalf("%s: %d appraisals, %v", month, len(list), err)
		}
		measured := 0
		for _, a := range list {
			for _, r := range a.Results {
				if r.Code == appraisal.Manual || r.Code == appraisal.Satisfaction {
					continue
				}
				rows, err := set.Appraisal.Evidence(ctx, owner, a.ID, r.Code)
				if err != nil {
					t.Fatal(err)
				}
				if r.Actual != nil {
					measured++
				}
				checkEvidence(t, month+" "+a.UserName+" "+r.Code, r, rows)
			}
		}
		if measured < 10 {
			t.Errorf("%s: only %d numbers measured; the demo should give the appraisal data", month, measured)
		}
	}
}

func checkEvidence(t *testing.T, what string, r appraisal.Result, rows []appraisal.EvidenceRow) {
	t.Helper()
	states := map[string]int{}
	var won int64
	for _, row := range rows {
		states[row.State]++
		if row.State == "won" && row.AmountMinor != nil {
			won += *row.AmountMinor
		}
	}
	actual := int64(-1)
	if r.Actual != nil {
		actual = *r.Actual
	}
	switch r.Code {
	case appraisal.SalesAmount:
		if won != actual {
			t.Errorf("%s: evidence sums %d, the appraisal %d", what, won, actual)
		}
	case appraisal.NewBuyers:
		if int64(len(rows)) != actual {
			t.Errorf("%s: %d customers listed, %d counted", what, len(rows), actual)
		}
	case appraisal.QuoteWinRate:
		if states["accepted"] != r.Counts["accepted"] || len(rows) != r.Counts["closed"] {
			t.Errorf("%s: rows %v, counts %v", what, states, r.Counts)
		}
	case appraisal.TrainingCompletion:
		if states["completed"] != r.Counts["completed"] || len(rows) != r.Counts["due"] {
			t.Errorf("%s: rows %v, counts %v", what, states, r.Counts)
		}
	default: // SOP tasks and revisits
		for _, s := range []string{"onTime", "late", "missed"} {
			if states[s] != r.Counts[s] {
				t.Errorf("%s: %d %s listed, %d counted", what, states[s], s, r.Counts[s])
			}
		}
	}
}

func ownerOf(t *testing.T, set *services.Set) auth.Actor {
	t.Helper()
	users, err := set.Users.Users(ctx, auth.Actor{Role: auth.RoleOwner})
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range users {
		if u.Role == auth.RoleOwner {
			return u.Actor()
		}
	}
	t.Fatal("no owner")
	return auth.Actor{}
}
