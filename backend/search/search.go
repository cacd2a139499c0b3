// Package search is the global search (Ctrl/Cmd+K): one query asked of each
// area's own search, as the acting user, and the answers grouped by kind.
// It holds no SQL: each area keeps its query and its rule of who sees what
// (a rep: their own customers and the pool's, their own deals and quotes),
// so a record the user may not open never comes back here either.
package search

import (
	"context"
	"strings"

	"steady/backend/auth"
	"steady/backend/catalog"
	"steady/backend/customer"
	"steady/backend/quote"
	"steady/backend/sales"
)

// Kinds of hit, in the order the results list them.
const (
	KindCustomer = "customer"
	KindContact  = "contact"
	KindDeal     = "deal"
	KindQuote    = "quote"
	KindProduct  = "product"
)

// PerKind is how many hits of each kind come back: enough to pick from with
// the arrow keys; the area's own list has the rest.
const PerKind = 5

// Hit is one record found, with what the result list shows and what opening
// it needs.
type Hit struct {
	Kind        string `json:"kind"`
	ID          string `json:"id"`          // the customer, contact, deal, quote or product
	CustomerID  string `json:"customerId"`  // the customer a contact, deal or quote belongs to ("" when none)
	Title       string `json:"title"`       // a name, a deal's title, a quote's number, a product's Chinese name
	TitleEn     string `json:"titleEn"`     // a product's English name
	Detail      string `json:"detail"`      // the company, the customer, a product's SKU
	Status      string `json:"status"`      // a customer's stage, a deal's or quote's status code
	AmountMinor int64  `json:"amountMinor"` // a deal's amount, a quote's total, a product's list price
	Currency    string `json:"currency"`
}

// Results are the hits of one query, grouped by kind in the order of Kinds.
type Results struct {
	Query string `json:"query"`
	Hits  []Hit  `json:"hits"`
}

// Each area's search, as the area offers it.
type (
	Customers interface {
		Search(ctx context.Context, actor auth.Actor, query string, limit int) ([]customer.SearchHit, error)
	}
	Deals interface {
		SearchDeals(ctx context.Context, actor auth.Actor, query string, limit int) ([]sales.Card, error)
	}
	Quotes interface {
		Search(ctx context.Context, actor auth.Actor, query string, limit int) ([]quote.Summary, error)
	}
	Products interface {
		Products(ctx context.Context, actor auth.Actor, f catalog.ProductFilter) ([]catalog.Product, error)
	}
)

// Areas are the searches to fan out to.
type Areas struct {
	Customers Customers
	Deals     Deals
	Quotes    Quotes
	Products  Products
}

// Find asks every area for query as actor. A failing area fails the search:
// a list silently missing a kind would read as "no such deal".
func Find(ctx context.Context, a Areas, actor auth.Actor, query string) (Results, error) {
	out := Results{Query: query, Hits: []Hit{}}
	if strings.TrimSpace(query) == "" {
		return out, nil
	}
	people, err := customersAndContacts(ctx, a.Customers, actor, query)
	if err != nil {
		return Results{}, err
	}
	deals, err := a.Deals.SearchDeals(ctx, actor, query, PerKind)
	if err != nil {
		return Results{}, err
	}
	quotes, err := a.Quotes.Search(ctx, actor, query, PerKind)
	if err != nil {
		return Results{}, err
	}
	products, err := a.Products.Products(ctx, actor, catalog.ProductFilter{Query: query, Limit: PerKind})
	if err != nil {
		return Results{}, err
	}
	out.Hits = append(out.Hits, people...)
	for _, d := range deals {
		out.Hits = append(out.Hits, Hit{Kind: KindDeal, ID: d.ID, CustomerID: d.CustomerID, Title: d.Title,
			Detail: d.CustomerName, Status: d.Status, AmountMinor: d.AmountMinor, Currency: d.Currency})
	}
	for _, q := range quotes {
		out.Hits = append(out.Hits, Hit{Kind: KindQuote, ID: q.ID, CustomerID: q.CustomerID, Title: q.Number,
			Detail: q.CustomerName, Status: q.Status, AmountMinor: q.TotalMinor, Currency: q.Currency})
	}
	for _, p := range products {
		// Only what every role may see: no cost, no floor.
		out.Hits = append(out.Hits, Hit{Kind: KindProduct, ID: p.ID, Title: p.NameZh, TitleEn: p.NameEn, Detail: p.SKU,
			AmountMinor: p.ListPriceMinor, Currency: p.Currency})
	}
	return out, nil
}

// customersAndContacts splits the customer area's ranked hits into up to
// PerKind customers followed by up to PerKind contacts.
func customersAndContacts(ctx context.Context, c Customers, actor auth.Actor, query string) ([]Hit, error) {
	found, err := c.Search(ctx, actor, query, 4*PerKind)
	if err != nil {
		return nil, err
	}
	var customers, contacts []Hit
	for _, h := range found {
		switch {
		case h.ContactID == "" && len(customers) < PerKind:
			customers = append(customers, Hit{Kind: KindCustomer, ID: h.CustomerID, CustomerID: h.CustomerID,
				Title: h.Name, Detail: h.Phone, Status: h.Stage})
		case h.ContactID != "" && len(contacts) < PerKind:
			contacts = append(contacts, Hit{Kind: KindContact, ID: h.ContactID, CustomerID: h.CustomerID,
				Title: h.Name, Detail: h.Company, Status: h.Stage})
		}
	}
	return append(customers, contacts...), nil
}
