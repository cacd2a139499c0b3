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

// clock is the demo's settable time, so records carry past dates.
type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

// addQuotes writes the last weeks' quotes by the reps in every status, each
// for a deal of the rep's customer that has come to the quotation stage;
// the customer's answer decides the deal (see quotedDeal).
func addQuotes(ctx context.Context, db *store.DB, svc *quote.Service, p *player, t team, products []catalog.Product, r *rand.Rand) error {
	accounts, err := quoteAccounts(ctx, db, t)
	if err != nil || len(accounts) == 0 { // no company customer held by a rep: nobody to quote
		return err
	}
	for i := range demoQuotes {
		fate := fates[i%len(fates)]
		// Quotes start 10 to 56 days back, so even a twice-revised one ends before now.
		at := p.now.AddDate(0, 0, -(demoQuotes-i)*2-8).Add(time.Duration(r.IntN(8*60)) * time.Minute)
		a := accounts[i%len(accounts)]
		qs := &quoteStory{manager: t.manager, in: quoteInput(r, products, a.ref, fate), fate: fate}
		title, amount := quoteDeal(r, products, qs.in)
		if err := p.quotedDeal(ctx, a.account, at, qs, title, amount); err != nil {
			return fmt.Errorf("demo: quote %d (%s): %w", i+1, fate, err)
		}
	}
	p.c.t = p.now
	if _, err := svc.ExpireDue(ctx); err != nil {
		return err
	}
	_, err = p.svc.Sweep(ctx) // the quotes' deals, as the app's daily sweep leaves them
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

// quoteAccount is a customer a demo quote is written for, and its rep.
type quoteAccount struct {
	account
	ref customerRef
}

// quoteAccounts takes up to three company customers of each rep, the
// earliest first, the reps in turn, so the quotes spread over the team.
func quoteAccounts(ctx context.Context, db *store.DB, t team) ([]quoteAccount, error) {
	reps := map[string]auth.Actor{}
	for _, rep := range t.reps {
		reps[rep.ID] = rep
	}
	rows, err := db.Read().QueryContext(ctx, `SELECT id, owner_id, name, address, contact, phone FROM (
		SELECT k.id, k.owner_id, k.name, k.address, coalesce(p.name, '') AS contact,
			coalesce(nullif(p.phone, ''), k.phone) AS phone, k.created_at,
			row_number() OVER (PARTITION BY k.owner_id ORDER BY k.created_at, k.id) AS nth
		FROM customers k LEFT JOIN contacts p ON p.customer_id = k.id AND p.is_primary = 1 AND p.deleted_at IS NULL
		WHERE k.deleted_at IS NULL AND k.kind = 'company' AND k.owner_id IS NOT NULL)
		WHERE nth <= 3 ORDER BY nth, created_at, id`)
	if err != nil {
		return nil, fmt.Errorf("demo: customers to quote: %w", err)
	}
	defer rows.Close()
	var out []quoteAccount
	for rows.Next() {
		var a quoteAccount
		var owner string
		if err := rows.Scan(&a.ref.id, &owner, &a.ref.name, &a.ref.address, &a.ref.contact, &a.ref.phone); err != nil {
			return nil, fmt.Errorf("demo: customers to quote: %w", err)
		}
		if rep, ok := reps[owner]; ok && len(out) < 12 {
			a.customerID, a.owner = a.ref.id, rep
			out = append(out, a)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("demo: customers to quote: %w", err)
	}
	return out, nil
}

// quoteDeal is the title and expected amount of the deal a quote is for:
// the first product's name and the lines at list price, in round thousands.
func quoteDeal(r *rand.Rand, products []catalog.Product, in quote.Input) (string, int64) {
	byID := map[string]catalog.Product{}
	for _, p := range products {
		byID[p.ID] = p
	}
	var amount int64
	for _, l := range in.Lines {
		amount += byID[l.ProductID].ListPriceMinor * l.QtyMilli / 1000
	}
	title := byID[in.Lines[0].ProductID].NameZh + dealTopics[r.IntN(len(dealTopics))]
	return title, max(amount/100_000, 1) * 100_000
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
