// Package services builds every backend area on one database and wires the
// hooks between areas, once, so that the desktop app, the command line and
// the demo all run the same business rules: an accepted quote wins its deal
// (or one made for it), a quote names only a deal of its customer, a merged
// customer takes its deals and quotes along, a rep given a level gets that
// level's default training plans, and days count in the company's zone.
package services

import (
	"context"
	"database/sql"
	"time"

	"steady/backend/appraisal"
	"steady/backend/auth"
	"steady/backend/catalog"
	"steady/backend/company"
	"steady/backend/customer"
	"steady/backend/inbox"
	"steady/backend/quote"
	"steady/backend/sales"
	"steady/backend/service"
	"steady/backend/store"
	"steady/backend/training"
)

// Set is every area's service on one database and one clock.
type Set struct {
	Users     *auth.Service
	Company   *company.Service
	Training  *training.Service
	Customers *customer.Service
	Quotes    *quote.Service
	Catalog   *catalog.Service
	Sales     *sales.Service
	Appraisal *appraisal.Service
	Service   *service.Service
	Inbox     *inbox.Service // what waits for each person: quotes to approve, answers unseen
}

// Option changes how New builds the set.
type Option func(*config)

type config struct {
	hashCost    int
	deviceCodes quote.DeviceCodes
}

// HashCost sets the bcrypt cost of passwords (0, the default, is bcrypt's
// default; tests and the demo pass a lower one).
func HashCost(cost int) Option { return func(c *config) { c.hashCost = cost } }

// DeviceCodes keeps this device's quote-number code where codes says (the
// app: the device file, outside the company database). Without it the code
// lives as long as the set: the demo's quotes and the command line's (which
// numbers none) get a code of their own that no device carries on.
func DeviceCodes(codes quote.DeviceCodes) Option {
	return func(c *config) { c.deviceCodes = codes }
}

// New builds the services on db with the clock now and wires them together.
func New(db *store.DB, now func() time.Time, opts ...Option) *Set {
	var cfg config
	for _, o := range opts {
		o(&cfg)
	}
	s := &Set{
		Users:   auth.NewService(db, now, cfg.hashCost),
		Company: company.NewService(db, now),
		Quotes:  quote.NewService(db, now),
		Catalog: catalog.NewService(db, now),
	}
	if cfg.deviceCodes != nil {
		s.Quotes.SetDeviceCodes(cfg.deviceCodes)
	}
	s.Training = training.NewService(db, now, s.Company.Location)
	s.Customers = customer.NewService(db, now, s.Company.Zone, customer.WonDealTable{})
	s.Training.SetBackdateDays(s.Customers.BackdateDays) // sessions keep the company's backdating window
	s.Sales = sales.NewService(db, now, s.Customers)
	s.Service = service.NewService(db, now, s.workingHours, s.Customers.BackdateDays)
	s.Appraisal = appraisal.NewService(db, now, s.Company.Location, s.figures)
	s.Appraisal.SetEvidence(s.evidence)
	s.Inbox = inbox.NewService(db, now, s.Quotes)
	s.wire()
	return s
}

// workingHours is the company's working week in its zone, which the
// after-sales targets count in.
func (s *Set) workingHours(ctx context.Context) (service.Hours, error) {
	h, err := s.Company.Hours(ctx)
	if err != nil {
		return service.Hours{}, err
	}
	loc, err := s.Company.Zone(ctx)
	if err != nil {
		return service.Hours{}, err
	}
	start, _ := company.Minutes(h.Start)
	end, _ := company.Minutes(h.End)
	return service.NewHours(h.Days, start, end, loc), nil
}

// quoteCustomers tells the quote area who holds a customer, as the quote's
// owner may see it (a customer they cannot see is forbidden).
type quoteCustomers struct{ customers *customer.Service }

func (c quoteCustomers) CustomerForQuote(ctx context.Context, _ *sql.Tx, actor auth.Actor, id string) (quote.CustomerFacts, error) {
	k, err := c.customers.Customer(ctx, actor, id)
	return quote.CustomerFacts{OwnerID: k.OwnerID}, err
}

// wire connects the areas through the small interfaces each one offers.
func (s *Set) wire() {
	s.Quotes.SetDealWinner(s.Sales)                // an accepted quote wins its deal
	s.Quotes.SetDealReader(s.Sales)                // a quote names only a deal of its customer
	s.Sales.SetQuoteCounter(s.Quotes.CountForDeal) // a deal with quotes stays with their customer
	s.Customers.SetDealTasks(s.Sales)              // a visit logged against a deal does its SOP task
	// the dashboards show the month so far against the sales-amount target
	s.Sales.SetTargets(func(ctx context.Context, month string, userIDs []string) (*int64, error) {
		return s.Appraisal.TargetSum(ctx, appraisal.SalesAmount, month, userIDs)
	})
	// a quote names only a customer its owner holds (not one in the pool)
	s.Quotes.SetCustomerReader(quoteCustomers{s.Customers})
	// a customer merged into another takes its deals and quotes along
	s.Customers.OnMerge("deals", s.Sales.MoveCustomer)
	s.Customers.OnMerge("quotes", s.Quotes.MoveCustomer)
	// the customer list filters by after-sales health (low satisfaction, open complaints)
	s.Customers.SetHealthFilter(s.Service)
	s.Users.OnLevel(func(ctx context.Context, tx *sql.Tx, actorID, userID string) error {
		_, err := s.Training.AssignDefaultPlansTx(ctx, tx, actorID, userID)
		return err
	})
}
