package customer

import (
	"context"
	"errors"
	"testing"

	"steady/backend/apperr"
)

func TestSaveSettingsChecksRulesAndVersion(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	base, err := w.svc.Settings(ctx)
	if err != nil || base.PoolAfterDays != 30 || base.Revisit.HighValue != 14 || base.RFM.Currency != "CNY" {
		t.Fatalf("defaults = %+v, %v", base, err)
	}
	cases := []struct {
		name  string
		edit  func(s *Settings)
		field string
		code  string
	}{
		{"zero days", func(s *Settings) { s.PoolAfterDays = 0 }, "poolAfterDays", "validation.numberRange"},
		{"churn before dormancy", func(s *Settings) { s.ChurnedAfterDays = 90 }, "churnedAfterDays", "validation.churnAfterDormant"},
		{"negative claim limit", func(s *Settings) { s.ClaimLimitPerDay = -1 }, "claimLimitPerDay", "validation.numberMin"},
		{"cadence", func(s *Settings) { s.Revisit.AtRisk = 4000 }, "revisit.atRisk", "validation.numberRange"},
		{"no greeting", func(s *Settings) { s.GreetingZh = " " }, "greetingZh", "validation.required"},
		{"currency", func(s *Settings) { s.RFM.Currency = "RMB" }, "rfm.currency", "validation.invalidCurrency"},
		{"lapsed before recent", func(s *Settings) { s.RFM.LapsedDays = 30 }, "rfm.lapsedDays", "validation.lapsedAfterRecent"},
		{"frequent below repeat", func(s *Settings) { s.RFM.FrequentDeals = 2 }, "rfm.frequentDeals", "validation.frequentAboveRepeat"},
		{"high below mid", func(s *Settings) { s.RFM.HighAmountMinor = 100 }, "rfm.highAmountMinor", "validation.highAboveMid"},
		{"score", func(s *Settings) { s.RFM.HighValueScore = 7 }, "rfm.highValueScore", "validation.numberRange"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := base
			c.edit(&in)
			if _, err := w.svc.SaveSettings(ctx, w.owner, in); fieldCode(err, c.field) != c.code {
				t.Fatalf("err = %v, want %s on %s", err, c.code, c.field)
			}
		})
	}
	if _, err := w.svc.SaveSettings(ctx, w.manager, base); !isForbidden(err) {
		t.Fatalf("manager saving = %v", err)
	}
	next := base
	next.PoolAfterDays, next.RFM.Currency = 45, "usd"
	saved, err := w.svc.SaveSettings(ctx, w.owner, next)
	if err != nil || saved.PoolAfterDays != 45 || saved.RFM.Currency != "USD" || saved.Version != base.Version+1 {
		t.Fatalf("save = %+v, %v", saved, err)
	}
	if _, err := w.svc.SaveSettings(ctx, w.owner, next); !errors.Is(err, apperr.ErrConflict) {
		t.Fatalf("stale save = %v", err)
	}
}
