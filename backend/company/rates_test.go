package company_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/company"
)

func TestTheOwnerKeepsRatesPerCurrencyAndMonth(t *testing.T) {
	svc, _ := newCompany(t)
	ctx := context.Background()
	rep := auth.Actor{ID: "rep-1", Role: auth.RoleRep}
	usd := []company.RateChange{{Currency: "usd", RateMicro: 7_123456}}
	if _, err := svc.SaveRates(ctx, rep, "2026-11", usd); !errors.Is(err, apperr.ErrForbidden) {
		t.Fatalf("a rep setting a rate: %v", err)
	}
	got, err := svc.SaveRates(ctx, owner, "2026-11", usd)
	if err != nil || len(got.Rates) != 1 || got.Rates[0].Currency != "USD" || got.Rates[0].RateMicro != 7_123456 || got.Currency != "CNY" {
		t.Fatalf("saved: %+v, %v", got, err)
	}
	// one record per (currency, month): a second "new" rate is a conflict, not a twin
	if _, err := svc.SaveRates(ctx, owner, "2026-11", []company.RateChange{{Currency: "USD", RateMicro: 7_000000}}); !errors.Is(err, apperr.ErrConflict) {
		t.Fatalf("a second USD rate for November: %v", err)
	}
	stale := []company.RateChange{{Currency: "USD", RateMicro: 7_250000, Version: got.Rates[0].Version + 1}}
	if _, err := svc.SaveRates(ctx, owner, "2026-11", stale); !errors.Is(err, apperr.ErrConflict) {
		t.Fatalf("a stale version: %v", err)
	}
	read, err := svc.Rates(ctx, rep, "2026-11")
	if err != nil || len(read.Rates) != 1 {
		t.Fatalf("a rep reads the rates: %+v, %v", read, err)
	}
	bad := []company.RateChange{{Currency: "CNY", RateMicro: 1_000000}, {Currency: "XXX", RateMicro: 1}, {Currency: "JPY", RateMicro: 0}}
	_, err = svc.SaveRates(ctx, owner, "2026-11", bad)
	e, ok := apperr.As(err)
	if !ok || e.Fields["changes.0.currency"].Code != "validation.invalidCurrency" || e.Fields["changes.1.currency"].Code == "" ||
		e.Fields["changes.2.rateMicro"].Code != "validation.numberRange" {
		t.Fatalf("the company's own currency, an unknown one and a zero rate: %v", err)
	}
	if _, err := svc.Rates(ctx, owner, "2026-13"); fieldOf(err, "month") != "validation.invalidMonth" {
		t.Fatalf("a bad month: %v", err)
	}
}

func TestCopyRatesFillsOnlyTheMissingCurrencies(t *testing.T) {
	svc, _ := newCompany(t)
	ctx := context.Background()
	if _, err := svc.SaveRates(ctx, owner, "2026-10", []company.RateChange{{Currency: "USD", RateMicro: 7_100000},
		{Currency: "JPY", RateMicro: 48000}}); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.SaveRates(ctx, owner, "2026-11", []company.RateChange{{Currency: "USD", RateMicro: 7_200000}}); err != nil {
		t.Fatal(err)
	}
	got, err := svc.CopyRates(ctx, owner, "2026-11")
	if err != nil || len(got.Rates) != 2 || got.Rates[0].Currency != "JPY" || got.Rates[0].RateMicro != 48000 ||
		got.Rates[1].RateMicro != 7_200000 || len(got.Previous) != 2 {
		t.Fatalf("copied: %+v, %v", got, err)
	}
	if _, err := svc.CopyRates(ctx, auth.Actor{ID: "m", Role: auth.RoleManager}, "2026-12"); !errors.Is(err, apperr.ErrForbidden) {
		t.Fatalf("a manager copying: %v", err)
	}
}

func TestTheConverterUsesTheRateOfTheMonthInTheCompanysZone(t *testing.T) {
	svc, _ := newCompany(t)
	ctx := context.Background()
	for month, rate := range map[string]int64{"2026-10": 7_100000, "2026-11": 7_200000} {
		if _, err := svc.SaveRates(ctx, owner, month, []company.RateChange{{Currency: "USD", RateMicro: rate}}); err != nil {
			t.Fatal(err)
		}
	}
	conv, err := svc.Converter(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// 31 October 17:00 UTC is already 1 November in Shanghai
	if got, ok := conv.Convert(100_00, "USD", time.Date(2026, 10, 31, 17, 0, 0, 0, time.UTC)); !ok || got != 720_00 {
		t.Fatalf("at 01:00 on 1 November in Shanghai: %d, %v", got, ok)
	}
	if got, ok := conv.Convert(100_00, "USD", time.Date(2026, 10, 31, 15, 30, 0, 0, time.UTC)); !ok || got != 710_00 {
		t.Fatalf("at 23:30 on 31 October in Shanghai: %d, %v", got, ok)
	}
	if _, ok := conv.Convert(100_00, "USD", time.Date(2026, 12, 1, 2, 0, 0, 0, time.UTC)); ok {
		t.Fatal("December has no rate")
	}
	if got, ok := conv.Convert(5, "CNY", time.Time{}); !ok || got != 5 {
		t.Fatal("the company's own currency passes as it is")
	}
	c := conv.Conversion()
	if len(c.Rates) != 2 || len(c.NotConverted) != 1 || c.NotConverted[0].Month != "2026-12" {
		t.Fatalf("recorded: %+v", c)
	}
	if fresh := conv.Fresh().Conversion(); len(fresh.Rates)+len(fresh.NotConverted) != 0 {
		t.Fatalf("a fresh converter recorded %+v", fresh)
	}
}

func fieldOf(err error, field string) string {
	if e, ok := apperr.As(err); ok {
		return e.Fields[field].Code
	}
	return ""
}
