package demo

import (
	"context"
	"fmt"
	"math/rand/v2"
	"time"

	"steady/backend/auth"
	"steady/backend/catalog"
	"steady/backend/quote"
	"steady/backend/store"
)

// demoQuotes is how many quotes the demo writes; their planned fates cycle
// through every status.
const demoQuotes = 24

// fates, one per quote in turn: where each quote's story ends.
var fates = []string{"draft", "pending", "approved", "sent", "accepted", "rejected", "expired", "revised",
	"approvedAfterReview", "sent", "accepted", "revisedTwice"}

// clock is the demo's settable time, so quotes carry past dates.
type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

// addQuotes fills the catalog with office and industrial products, two tier
// price lists, and quotes by every rep in every status.
func addQuotes(ctx context.Context, db *store.DB, r *rand.Rand, now time.Time) error {
	c := &clock{t: now.AddDate(0, 0, -60)}
	team, err := loadTeam(ctx, db)
	if err != nil {
		return err
	}
	products, err := addCatalog(ctx, catalog.NewService(db, c.now), team.owner)
	if err != nil {
		return err
	}
	customers, err := quoteCustomers(ctx, db)
	if err != nil {
		return err
	}
	svc := quote.NewService(db, c.now)
	for i := range demoQuotes {
		// Quotes start 10 to 56 days back, so even a twice-revised one ends before now.
		c.t = now.AddDate(0, 0, -(demoQuotes-i)*2-8).Add(time.Duration(r.IntN(8*60)) * time.Minute)
		rep := team.reps[i%len(team.reps)]
		in := quoteInput(r, products, customers[i%len(customers)], fates[i%len(fates)])
		if err := playQuote(ctx, svc, c, team, rep, in, fates[i%len(fates)], r); err != nil {
			return fmt.Errorf("demo: quote %d (%s): %w", i+1, fates[i%len(fates)], err)
		}
	}
	c.t = now
	_, err = svc.ExpireDue(ctx)
	return err
}

type team struct {
	owner, manager auth.Actor
	reps           []auth.Actor
}

func loadTeam(ctx context.Context, db *store.DB) (team, error) {
	var t team
	rows, err := db.Read().QueryContext(ctx, `SELECT id, role FROM users WHERE deleted_at IS NULL ORDER BY login`)
	if err != nil {
		return t, fmt.Errorf("demo: team: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var a auth.Actor
		if err := rows.Scan(&a.ID, &a.Role); err != nil {
			return t, fmt.Errorf("demo: team: %w", err)
		}
		switch a.Role {
		case auth.RoleOwner:
			t.owner = a
		case auth.RoleManager:
			t.manager = a
		default:
			t.reps = append(t.reps, a)
		}
	}
	if len(t.reps) == 0 {
		return t, fmt.Errorf("demo: no reps to write quotes")
	}
	return t, rows.Err()
}

func addCatalog(ctx context.Context, svc *catalog.Service, owner auth.Actor) ([]catalog.Product, error) {
	var out []catalog.Product
	for _, d := range demoProducts {
		p, err := svc.CreateProduct(ctx, owner, catalog.ProductInput{SKU: d.sku, NameZh: d.zh, NameEn: d.en, Spec: d.spec,
			Unit: d.unit, Category: d.category, Currency: "CNY", ListPriceMinor: d.list, FloorPriceMinor: d.floor,
			CostMinor: d.cost, TaxRateBP: d.rate, Active: true})
		if err != nil {
			return nil, fmt.Errorf("demo: product %s: %w", d.sku, err)
		}
		out = append(out, p)
	}
	for _, pl := range []struct {
		name, tier string
		offBP      int64
	}{{"VIP 客户价", "vip", 500}, {"经销商价", "distributor", 1200}} {
		in := catalog.PriceListInput{Name: pl.name, Tier: pl.tier, Currency: "CNY", Active: true}
		for i, p := range out {
			if i%3 != 2 { // a list names most products, not all
				price := max(p.FloorPriceMinor, p.ListPriceMinor*(10000-pl.offBP)/10000/100*100)
				in.Items = append(in.Items, catalog.PriceListItemInput{ProductID: p.ID, PriceMinor: price})
			}
		}
		if _, err := svc.SavePriceList(ctx, owner, in); err != nil {
			return nil, fmt.Errorf("demo: price list %s: %w", pl.name, err)
		}
	}
	return out, nil
}

// customerRef is who a demo quote is for.
type customerRef struct{ id, name, address, contact, phone string }

// quoteCustomers uses the demo's customers when the customers area made
// some, and invented companies otherwise.
func quoteCustomers(ctx context.Context, db *store.DB) ([]customerRef, error) {
	rows, err := db.Read().QueryContext(ctx, `SELECT k.id, k.name, k.address, coalesce(p.name, ''), coalesce(nullif(p.phone, ''), k.phone)
		FROM customers k LEFT JOIN contacts p ON p.customer_id = k.id AND p.is_primary = 1 AND p.deleted_at IS NULL
		WHERE k.deleted_at IS NULL AND k.kind = 'company' ORDER BY k.created_at, k.id LIMIT 12`)
	if err != nil {
		return nil, fmt.Errorf("demo: customers to quote: %w", err)
	}
	defer rows.Close()
	var out []customerRef
	for rows.Next() {
		var c customerRef
		if err := rows.Scan(&c.id, &c.name, &c.address, &c.contact, &c.phone); err != nil {
			return nil, fmt.Errorf("demo: customers to quote: %w", err)
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil || len(out) > 0 {
		return out, err
	}
	for _, d := range demoCompanies {
		out = append(out, customerRef{name: d.name, address: d.address, contact: d.contact, phone: d.phone})
	}
	return out, nil
}

// quoteInput picks two to six products with believable quantities.
func quoteInput(r *rand.Rand, products []catalog.Product, c customerRef, fate string) quote.Input {
	in := quote.Input{CustomerID: c.id, CustomerName: c.name, CustomerAddress: c.address, ContactName: c.contact,
		ContactPhone: c.phone, TaxIncluded: true, Notes: demoNotes[r.IntN(len(demoNotes))]}
	for _, at := range r.Perm(len(products))[:2+r.IntN(5)] {
		p := products[at]
		qty := int64(1+r.IntN(10)) * 1000
		switch p.Unit {
		case "米":
			qty = int64(50+r.IntN(400)) * 1000
		case "箱", "盒":
			qty = int64(5+r.IntN(40)) * 1000
		}
		in.Lines = append(in.Lines, quote.LineInput{ProductID: p.ID, QtyMilli: qty, CatalogPrice: true})
	}
	if r.IntN(4) == 0 {
		in.Charges = []quote.Charge{{Label: "运费", AmountMinor: int64(100+r.IntN(6)*50) * 100}}
	}
	switch fate {
	case "pending", "approvedAfterReview":
		in.DiscountBP = 1800 // beyond every level's limit
	default:
		in.DiscountBP = int64(r.IntN(3)) * 200
	}
	return in
}
