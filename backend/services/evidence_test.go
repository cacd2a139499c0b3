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
// each metric of each rep counts exactly what the appraisal counted. A rep
// also wins in dollars (the demo keeps a November rate) and in yen (no rate):
// the dollar win shows its converted amount and the rate, the yen win is
// listed as not converted and adds nothing.
func TestTheEvidenceAddsUpToEveryNumber(t *testing.T) {
	set := demoCompany(t, 7)
	owner := ownerOf(t, set)
	rep := repOf(t, set)
	win(t, set, rep, readyDeal(t, set, rep, "Acme Trading LLC", "USD", 2_000_00), 2_000_00)
	win(t, set, rep, readyDeal(t, set, rep, "株式会社サクラ商事", "JPY", 150_000), 150_000)
	foreignChecked := false
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
				if a.UserID == rep.ID && r.Code == appraisal.SalesAmount && month == "2026-11" {
					checkForeignWins(t, rows)
					foreignChecked = true
				}
			}
		}
		if measured < 10 {
			t.Errorf("%s: only %d numbers measured; the demo should give the appraisal data", month, measured)
		}
	}
	if !foreignChecked {
		t.Error("the rep who won in dollars and yen has no November sales amount")
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

// checkForeignWins finds the dollar win converted at November's rate and
// the yen win not converted.
func checkForeignWins(t *testing.T, rows []appraisal.EvidenceRow) {
	t.Helper()
	var usd, jpy *appraisal.EvidenceRow
	for i, row := range rows {
		switch row.OriginalCurrency {
		case "USD":
			usd = &rows[i]
		case "JPY":
			jpy = &rows[i]
		}
	}
	if usd == nil || usd.State != "won" || usd.Currency != "CNY" || usd.RateMicro == 0 || usd.RateMonth != "2026-11" ||
		*usd.OriginalMinor != 2_000_00 || *usd.AmountMinor != money(2_000_00, usd.RateMicro) {
		t.Errorf("the dollar win's evidence = %+v", usd)
	}
	if jpy == nil || jpy.State != "notConverted" || jpy.Currency != "JPY" || jpy.RateMicro != 0 || *jpy.AmountMinor != 150_000 {
		t.Errorf("the yen win's evidence = %+v", jpy)
	}
}

// money is cents × rate, rounded half up (cents to fen: the digits agree).
func money(cents, rateMicro int64) int64 { return (cents*rateMicro + 500_000) / 1_000_000 }

func repOf(t *testing.T, set *services.Set) auth.Actor {
	t.Helper()
	users, err := set.Users.Users(ctx, auth.Actor{Role: auth.RoleOwner})
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range users {
		if u.Role == auth.RoleRep && u.Active && u.HireDate < "2026-10-01" {
			return u.Actor()
		}
	}
	t.Fatal("no rep")
	return auth.Actor{}
}

// demoCompany is a demo company of 80 customers made with seed on
// 27 November 2026, with the services on its clock.
func demoCompany(t *testing.T, seed uint64) *services.Set {
	t.Helper()
	path := filepath.Join(t.TempDir(), "demo.db")
	now := time.Date(2026, 11, 27, 1, 0, 0, 0, time.UTC)
	if _, err := demo.Create(ctx, path, demo.Options{Seed: seed, Customers: 80, HashCost: bcrypt.MinCost, Now: now}); err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return services.New(db, func() time.Time { return now })
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
