package app

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"steady/backend/auth"
	"steady/backend/catalog"
	"steady/backend/quote"
)

// draft is a new quote of owner's for customerID: at list price, or under
// the floor (it then needs approval).
func (f *fixture) draft(owner auth.Actor, customerID string, underFloor bool) quote.Quote {
	f.t.Helper()
	in := f.quoteInput(customerID, "")
	if !underFloor {
		in.Lines[0].CatalogPrice = true
	}
	q, err := f.set.Quotes.Create(tctx, owner, in)
	f.must(err)
	return q
}

func (f *fixture) pending(owner auth.Actor, customerID string) quote.Quote {
	q := f.draft(owner, customerID, true)
	q, err := f.set.Quotes.Submit(tctx, owner, q.ID, q.Version)
	f.must(err)
	return q
}

// sent is a quote at list price, sent, for a customer typed in (a quote of a
// customer on file wins its deal, which must pass its checklists first; the
// deal's own re-check is quote's TestAcceptingAQuoteReChecksItsDeal).
func (f *fixture) sent(owner auth.Actor, _ string) quote.Quote {
	f.t.Helper()
	in := f.quoteInput("", "")
	in.Lines[0].CatalogPrice = true
	q, err := f.set.Quotes.Create(tctx, owner, in)
	f.must(err)
	q, err = f.set.Quotes.MarkSent(tctx, owner, q.ID, q.Version)
	f.must(err)
	return q
}

// quotePair makes one quote r may work on and one of team B's with make,
// then runs act on each as scopedPair does.
func quotePair(f *fixture, r role, make func(owner auth.Actor, customerID string) quote.Quote, act func(q quote.Quote) error) error {
	own, other := make(f.holder(r), f.custRep), make(f.rep2.Actor(), f.custRep2)
	f.ready()
	return scopedPair(r, func() error { return act(own) }, func() error { return act(other) })
}

// newPath is a new file the person chose to save to.
func (f *fixture) newPath(ext string) string {
	return f.offer(filepath.Join(f.dir, fmt.Sprintf("out-%d%s", time.Now().UnixNano(), ext)))
}

func quoteRows() map[string]row {
	draft := func(f *fixture) func(auth.Actor, string) quote.Quote {
		return func(a auth.Actor, c string) quote.Quote { return f.draft(a, c, false) }
	}
	return map[string]row{
		"Quotes.List": {want: every(scoped), call: func(f *fixture, r role) error {
			list, err := f.quotes.List(quote.Filter{})
			if err != nil {
				return err
			}
			return leaks(r, ids(list, func(s quote.Summary) string { return s.ID }), []string{f.quoteRep2.ID}, f.quoteRep.ID)
		}},
		"Quotes.Get": {want: every(scoped), call: func(f *fixture, r role) error {
			return scopedPair(r, func() error { return second(f.quotes.Get(f.quoteRep.ID)) },
				func() error { return second(f.quotes.Get(f.quoteRep2.ID)) })
		}},
		"Quotes.Create": {want: every(allowed), call: func(f *fixture, r role) error {
			return second(f.quotes.Create(f.quoteInput(f.custRep, "")))
		}},
		"Quotes.Check": {want: every(allowed), call: func(f *fixture, r role) error {
			return second(f.quotes.Check(f.quoteInput(f.custRep, "")))
		}},
		"Quotes.Update": {want: every(scoped), call: func(f *fixture, r role) error {
			return quotePair(f, r, draft(f), func(q quote.Quote) error {
				in := f.quoteInput(q.CustomerID, "")
				in.ID, in.Version, in.Notes = q.ID, q.Version, "含安装"
				return second(f.quotes.Update(in))
			})
		}},
		"Quotes.Delete": {want: every(scoped), call: func(f *fixture, r role) error {
			return quotePair(f, r, draft(f), func(q quote.Quote) error { return f.quotes.Delete(q.ID, q.Version) })
		}},
		"Quotes.Submit": {want: every(scoped), call: func(f *fixture, r role) error {
			return quotePair(f, r, draft(f), func(q quote.Quote) error { return second(f.quotes.Submit(q.ID, q.Version)) })
		}},
		"Quotes.Approve": {want: roleWise(allowed, scoped, forbidden), call: func(f *fixture, r role) error {
			return quotePair(f, r, f.pending, func(q quote.Quote) error { return second(f.quotes.Approve(q.ID, q.Version, "同意")) })
		}},
		"Quotes.RejectApproval": {want: roleWise(allowed, scoped, forbidden), call: func(f *fixture, r role) error {
			return quotePair(f, r, f.pending, func(q quote.Quote) error { return second(f.quotes.RejectApproval(q.ID, q.Version, "再谈")) })
		}},
		"Quotes.MarkSent": {want: every(scoped), call: func(f *fixture, r role) error {
			return quotePair(f, r, draft(f), func(q quote.Quote) error { return second(f.quotes.MarkSent(q.ID, q.Version)) })
		}},
		"Quotes.Accept": {want: every(scoped), call: func(f *fixture, r role) error {
			return quotePair(f, r, f.sent, func(q quote.Quote) error { return second(f.quotes.Accept(q.ID, q.Version)) })
		}},
		"Quotes.Decline": {want: every(scoped), call: func(f *fixture, r role) error {
			return quotePair(f, r, f.sent, func(q quote.Quote) error { return second(f.quotes.Decline(q.ID, q.Version)) })
		}},
		"Quotes.Revise": {want: every(scoped), call: func(f *fixture, r role) error {
			return quotePair(f, r, f.sent, func(q quote.Quote) error { return second(f.quotes.Revise(q.ID, q.Version)) })
		}},
		"Quotes.Duplicate": {want: every(scoped), call: func(f *fixture, r role) error {
			return quotePair(f, r, draft(f), func(q quote.Quote) error { return second(f.quotes.Duplicate(q.ID)) })
		}},
		"Quotes.History": {want: every(scoped), call: func(f *fixture, r role) error {
			return scopedPair(r, func() error { return second(f.quotes.History(f.quoteRep.ID)) },
				func() error { return second(f.quotes.History(f.quoteRep2.ID)) })
		}},
		"Quotes.Revisions": {want: every(scoped), call: func(f *fixture, r role) error {
			return scopedPair(r, func() error { return second(f.quotes.Revisions(f.quoteRep.ID)) },
				func() error { return second(f.quotes.Revisions(f.quoteRep2.ID)) })
		}},
		"Quotes.Diff": {want: every(scoped), call: func(f *fixture, r role) error {
			return scopedPair(r, func() error { return second(f.quotes.Diff(f.quoteRep.ID)) },
				func() error { return second(f.quotes.Diff(f.quoteRep2.ID)) })
		}},
		"Quotes.Export": {want: every(scoped), call: func(f *fixture, r role) error {
			return f.withDialogs(func() error {
				return scopedPair(r, func() error { return second(f.quotes.Export(f.quoteRep.ID, "xlsx")) },
					func() error { return second(f.quotes.Export(f.quoteRep2.ID, "pdf")) })
			})
		}},
		"Quotes.ExportTo": {want: every(scoped), call: func(f *fixture, r role) error {
			return scopedPair(r, func() error { return second(f.quotes.ExportTo(f.quoteRep.ID, "xlsx", f.newPath(".xlsx"))) },
				func() error { return second(f.quotes.ExportTo(f.quoteRep2.ID, "xlsx", f.newPath(".xlsx"))) })
		}},
		"Quotes.TermTemplates": {want: every(allowed), call: func(f *fixture, r role) error { return second(f.quotes.TermTemplates("zh-CN")) }},
		"Quotes.SaveTermTemplate": {want: roleWise(allowed, allowed, forbidden), call: func(f *fixture, r role) error {
			return second(f.quotes.SaveTermTemplate(quote.TermTemplate{Kind: quote.TermPayment, Language: quote.LangZh,
				Title: "预付三成", Body: "合同签订后预付 30%，发货前付清。"}))
		}},
		"Quotes.DeleteTermTemplate": {want: roleWise(allowed, allowed, forbidden), call: func(f *fixture, r role) error {
			t, err := f.set.Quotes.SaveTermTemplate(tctx, f.actor(asOwner), quote.TermTemplate{Kind: quote.TermDelivery,
				Language: quote.LangZh, Title: fmt.Sprintf("送货%d", time.Now().UnixNano()), Body: "七日内送达。"})
			f.must(err)
			f.ready()
			return f.quotes.DeleteTermTemplate(t.ID, t.Version)
		}},
		"Quotes.DiscountLimits": {want: every(scoped), call: func(f *fixture, r role) error {
			list, err := f.quotes.DiscountLimits()
			if err != nil {
				return err
			}
			return leaks(r, ids(list, func(d quote.DiscountLimit) string { return d.Subject }), []string{f.rep2.ID})
		}},
		"Quotes.SetDiscountLimit": {want: roleWise(allowed, forbidden, forbidden), call: func(f *fixture, r role) error {
			return second(f.quotes.SetDiscountLimit(quote.DiscountLimit{Scope: "user", Subject: f.people[asRep].ID + "", MaxDiscountBP: 3000,
				Version: f.limitVersion(f.people[asRep].ID)}))
		}},
		"Quotes.DeleteDiscountLimit": {want: roleWise(allowed, forbidden, forbidden), call: func(f *fixture, r role) error {
			d, err := f.set.Quotes.SetDiscountLimit(tctx, f.actor(asOwner), quote.DiscountLimit{Scope: "user", Subject: f.manager2.ID,
				MaxDiscountBP: 1200, Version: f.limitVersion(f.manager2.ID)})
			f.must(err)
			f.ready()
			return f.quotes.DeleteDiscountLimit(d.ID, d.Version)
		}},

		"Catalog.Products": {want: every(allowed), call: func(f *fixture, r role) error {
			list, err := f.catalog.Products(catalog.ProductFilter{Query: "LP-4200"})
			if err != nil {
				return err
			}
			for _, p := range list {
				if p.ID == f.product.ID {
					return costShown(r, p)
				}
			}
			return fmt.Errorf("the %s does not find the printer", r)
		}},
		"Catalog.Product": {want: every(allowed), call: func(f *fixture, r role) error {
			p, err := f.catalog.Product(f.product.ID)
			if err != nil {
				return err
			}
			return costShown(r, p)
		}},
		"Catalog.Price": {want: every(allowed), call: func(f *fixture, r role) error {
			p, err := f.catalog.Price(f.product.ID, "")
			if err != nil {
				return err
			}
			return costShown(r, p.Product)
		}},
		"Catalog.CreateProduct": {want: roleWise(allowed, allowed, forbidden), call: func(f *fixture, r role) error {
			return second(f.catalog.CreateProduct(catalog.ProductInput{SKU: "DK-" + r.String(), NameZh: "升降办公桌", Unit: "张",
				Currency: "CNY", ListPriceMinor: 2_580_00, TaxRateBP: 1300, Active: true}))
		}},
		"Catalog.UpdateProduct": {want: roleWise(allowed, allowed, forbidden), call: func(f *fixture, r role) error {
			p, err := f.set.Catalog.Product(tctx, f.actor(asOwner), f.product.ID)
			f.must(err)
			return second(f.catalog.UpdateProduct(catalog.ProductInput{ID: p.ID, SKU: p.SKU, NameZh: p.NameZh, NameEn: p.NameEn,
				Unit: p.Unit, Currency: p.Currency, ListPriceMinor: p.ListPriceMinor, CostMinor: p.CostMinor,
				FloorPriceMinor: p.FloorPriceMinor, TaxRateBP: p.TaxRateBP, Active: true, KeepImage: true, Version: p.Version}))
		}},
		"Catalog.DeleteProduct": {want: roleWise(allowed, allowed, forbidden), call: func(f *fixture, r role) error {
			p, err := f.set.Catalog.CreateProduct(tctx, f.actor(asOwner), catalog.ProductInput{SKU: fmt.Sprintf("TMP-%d", time.Now().UnixNano()),
				NameZh: "临时产品", Unit: "个", Currency: "CNY", ListPriceMinor: 100_00, TaxRateBP: 1300, Active: true})
			f.must(err)
			f.ready()
			return f.catalog.DeleteProduct(p.ID, p.Version)
		}},
		"Catalog.Categories": {want: every(allowed), call: func(f *fixture, r role) error { return second(f.catalog.Categories()) }},
		"Catalog.PriceLists": {want: every(allowed), call: func(f *fixture, r role) error { return second(f.catalog.PriceLists()) }},
		"Catalog.PriceList": {want: every(allowed), call: func(f *fixture, r role) error {
			l := f.priceList()
			f.ready()
			return second(f.catalog.PriceList(l.ID))
		}},
		"Catalog.SavePriceList": {want: roleWise(allowed, allowed, forbidden), call: func(f *fixture, r role) error {
			return second(f.catalog.SavePriceList(catalog.PriceListInput{Name: "批发价" + r.String(), Currency: "CNY", Active: true,
				Items: []catalog.PriceListItemInput{{ProductID: f.product.ID, PriceMinor: 3_000_00}}}))
		}},
		"Catalog.DeletePriceList": {want: roleWise(allowed, allowed, forbidden), call: func(f *fixture, r role) error {
			l := f.priceList()
			f.ready()
			return f.catalog.DeletePriceList(l.ID, l.Version)
		}},
		"Catalog.Export": {want: every(allowed), call: func(f *fixture, r role) error {
			return f.withDialogs(func() error { return second(f.catalog.Export("zh-CN")) })
		}},
		"Catalog.PickImportFile": {want: every(allowed), call: func(f *fixture, r role) error {
			return f.withDialogs(func() error { return second(f.catalog.PickImportFile()) })
		}},
		"Catalog.Import": {want: roleWise(allowed, allowed, forbidden), call: func(f *fixture, r role) error {
			var buf bytes.Buffer
			f.must(f.set.Catalog.ExportXLSX(tctx, f.actor(asOwner), "zh-CN", &buf))
			path := f.newPath(".xlsx")
			f.must(os.WriteFile(path, buf.Bytes(), 0o600))
			f.ready()
			return second(f.catalog.Import(path, catalog.ImportDefaults{Currency: "CNY", TaxRateBP: 1300}, true))
		}},
	}
}

// costShown fails unless cost and floor reach the owner and managers, and
// never a rep.
func costShown(r role, p catalog.Product) error {
	hidden := p.CostMinor == 0 && p.FloorPriceMinor == 0
	if hidden != (r == asRep) {
		return fmt.Errorf("the %s reads cost %d, floor %d", r, p.CostMinor, p.FloorPriceMinor)
	}
	return nil
}

func (f *fixture) priceList() catalog.PriceList {
	f.t.Helper()
	l, err := f.set.Catalog.SavePriceList(tctx, f.actor(asOwner), catalog.PriceListInput{Name: fmt.Sprintf("价目%d", time.Now().UnixNano()),
		Currency: "CNY", Active: true, Items: []catalog.PriceListItemInput{{ProductID: f.product.ID, PriceMinor: 3_100_00}}})
	f.must(err)
	return l
}

// limitVersion is the version of userID's own discount limit (0: none yet).
func (f *fixture) limitVersion(userID string) int {
	all, err := f.set.Quotes.DiscountLimits(tctx, f.actor(asOwner))
	f.must(err)
	for _, d := range all {
		if d.Subject == userID {
			return d.Version
		}
	}
	return 0
}
