package quote_test

import (
	"testing"
	"time"

	"steady/backend/company"
	"steady/backend/quote"
)

func TestMonthlyNumbersFollowTheCompanysMonth(t *testing.T) {
	w := newWorld(t)
	w.clock.T = time.Date(2026, 10, 31, 17, 0, 0, 0, time.UTC) // already 1 November in Shanghai
	won := w.create(w.rep, w.input())
	won, _ = w.svc.MarkSent(ctx, w.rep, won.ID, won.Version)
	won, _ = w.svc.Accept(ctx, w.rep, won.ID, won.Version)
	lost := w.create(w.rep, w.input())
	lost, _ = w.svc.MarkSent(ctx, w.rep, lost.ID, lost.Version)
	w.clock.T = time.Date(2026, 12, 1, 2, 0, 0, 0, time.UTC)
	if _, err := w.svc.Decline(ctx, w.rep, lost.ID, lost.Version); err != nil {
		t.Fatal(err)
	}
	nov, err := w.svc.MonthlyNumbers(ctx, "2026-11")
	if err != nil || len(nov) != 1 {
		t.Fatalf("November: %+v, %v", nov, err)
	}
	m := nov[0]
	if m.UserID != w.rep.ID || m.Created != 2 || m.Sent != 2 || m.Accepted != 1 || m.Rejected != 0 || m.AcceptedMinor != won.Totals.Total {
		t.Fatalf("November: %+v", m)
	}
	if oct, _ := w.svc.MonthlyNumbers(ctx, "2026-10"); len(oct) != 0 {
		t.Fatalf("October: %+v", oct)
	}
	if dec, _ := w.svc.MonthlyNumbers(ctx, "2026-12"); len(dec) != 1 || dec[0].Rejected != 1 || dec[0].Created != 0 {
		t.Fatalf("December: %+v", dec)
	}
	if _, err := w.svc.MonthlyNumbers(ctx, "2026-13"); fieldCode(err, "month") != "validation.invalidDate" {
		t.Fatalf("bad month: %v", err)
	}
}

// A month where a rep only started quotes (none sent, none closed) counts
// them; it used to fail on the empty sums.
func TestMonthlyNumbersWithOnlyDrafts(t *testing.T) {
	w := newWorld(t)
	w.clock.T = time.Date(2026, 11, 10, 2, 0, 0, 0, time.UTC)
	w.create(w.rep, w.input())
	nov, err := w.svc.MonthlyNumbers(ctx, "2026-11")
	if err != nil || len(nov) != 1 || nov[0].Created != 1 || nov[0].Sent != 0 || nov[0].Accepted != 0 {
		t.Fatalf("November: %+v, %v", nov, err)
	}
}

// A quote accepted in US dollars adds its total converted at the company's
// rate of the month it was accepted; without a rate it counts as accepted,
// adds nothing and is listed as not converted.
func TestMonthlyNumbersConvertQuotesInOtherCurrencies(t *testing.T) {
	w := newWorld(t)
	usd := quote.Input{CustomerName: "Acme Trading LLC", Currency: "USD", TaxIncluded: true,
		Lines: []quote.LineInput{{Name: "咨询服务", QtyMilli: 1000, UnitPriceMinor: 1_000_05}}}
	accept := func(at time.Time) quote.Quote {
		w.clock.T = at
		q := w.create(w.rep, usd)
		q, _ = w.svc.MarkSent(ctx, w.rep, q.ID, q.Version)
		q, err := w.svc.Accept(ctx, w.rep, q.ID, q.Version)
		if err != nil || q.Currency != "USD" || q.Totals.Total != 1_000_05 {
			t.Fatalf("accept: %+v, %v", q.Totals, err)
		}
		return q
	}
	accept(time.Date(2026, 10, 20, 2, 0, 0, 0, time.UTC))
	accept(time.Date(2026, 11, 20, 2, 0, 0, 0, time.UTC))
	rates := company.NewService(w.db, w.clock.Now)
	if _, err := rates.SaveRates(ctx, w.owner, "2026-11", []company.RateChange{{Currency: "USD", RateMicro: 7_123456}}); err != nil {
		t.Fatal(err)
	}
	nov, err := w.svc.MonthlyNumbers(ctx, "2026-11")
	// 1,000.05 × 7.123456 = 7,123.8122… yuan
	if err != nil || len(nov) != 1 || nov[0].Accepted != 1 || nov[0].AcceptedMinor != 7_123_81 || len(nov[0].Conversion.Rates) != 1 {
		t.Fatalf("November: %+v, %v", nov, err)
	}
	oct, err := w.svc.MonthlyNumbers(ctx, "2026-10")
	if err != nil || len(oct) != 1 || oct[0].Accepted != 1 || oct[0].AcceptedMinor != 0 ||
		len(oct[0].Conversion.NotConverted) != 1 || oct[0].Conversion.NotConverted[0].AmountMinor != 1_000_05 {
		t.Fatalf("October (no rate): %+v, %v", oct, err)
	}
}
