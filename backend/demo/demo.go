// Package demo fills a new database with a believable small business, so
// that a newcomer sees a living company. The same seed gives the same data.
package demo

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"time"

	"steady/backend/auth"
	"steady/backend/company"
	"steady/backend/services"
	"steady/backend/setup"
	"steady/backend/store"
)

// Options control the demo data.
type Options struct {
	Seed uint64
	// Customers is how many demo customers to create (the command line's
	// default is 300); each rep gets one of the first five and a pipeline.
	// Zero makes a company with its team, training, catalog and sales
	// setup, but without customers, deals or quotes.
	Customers int
	HashCost  int // bcrypt cost; tests use the minimum
	Now       time.Time

	// interrupt, when set, may fail the run after a stage (tests stand in
	// for a full disk with it).
	interrupt func(stage string) error
}

func (o Options) interrupted(stage string) error {
	if o.interrupt == nil {
		return nil
	}
	return o.interrupt(stage)
}

// Summary says what was created.
type Summary struct {
	Company string
	Users   int
}

// Password is every demo account's password.
const Password = "steady-demo"

// fill writes the demo company into a new database at path and leaves it
// closed, with every commit in the file itself (see Create).
func fill(ctx context.Context, path string, opts Options) (sum Summary, err error) {
	db, err := store.Open(ctx, path)
	if err != nil {
		return Summary{}, err
	}
	defer func() {
		if cerr := db.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("demo: close: %w", cerr)
		}
	}()
	if opts.Now.IsZero() {
		opts.Now = time.Now()
	}
	r := rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x5eed))
	// One set of services, wired as the app wires them, on the demo's own
	// clock: each part of the story sets the clock to when it happens.
	c := &clock{t: opts.Now}
	set := services.New(db, c.now, services.HashCost(opts.HashCost))
	profile := companies[r.IntN(len(companies))]
	ownerName := personName(r)
	res, err := setup.RunWith(ctx, db, set.Users, set.Company,
		setup.Input{CompanyName: profile.name, OwnerName: ownerName, Login: "owner", Password: Password},
		withContact(company.Defaults(profile.name), profile))
	if err != nil {
		return Summary{}, err
	}
	n, err := addTeam(ctx, db, set.Users, res.OwnerID, r, opts.Now)
	if err != nil {
		return Summary{}, err
	}
	if err := play(ctx, db, set, c, r, opts); err != nil {
		return Summary{}, err
	}
	if err := db.Checkpoint(ctx); err != nil { // the file is renamed alone: nothing may stay in its log
		return Summary{}, err
	}
	return Summary{Company: profile.name, Users: n + 1}, nil
}

// play writes the areas' stories in an order where each finds what it
// needs: training for the team, the dollar's exchange rates, customers, a catalog the deals and quotes
// name, a year of deals, then the last weeks' quotes, each with its deal,
// a year of after-sales tickets and surveys, and the appraisals of the
// last months, computed from all of it.
func play(ctx context.Context, db *store.DB, set *services.Set, c *clock, r *rand.Rand, opts Options) error {
	t, err := loadTeam(ctx, db)
	if err != nil {
		return err
	}
	if err := addTraining(ctx, set.Training, set.Users, t.owner, c, r, opts.Now); err != nil {
		return err
	}
	if err := addRates(ctx, set.Company, t.owner, opts.Now); err != nil {
		return err
	}
	if err := addCustomers(ctx, db, set.Customers, c, t, r, opts.Now, opts.Customers); err != nil {
		return err
	}
	if err := opts.interrupted("customers"); err != nil {
		return err
	}
	c.t = opts.Now.AddDate(-1, 0, -30) // the catalog was there before the year of deals
	products, err := addCatalog(ctx, set.Catalog, t.owner)
	if err != nil {
		return err
	}
	p, err := addSales(ctx, db, set, c, t, r, opts.Now, opts.Customers)
	if err != nil {
		return err
	}
	if err := addQuotes(ctx, db, set.Quotes, p, t, products, r); err != nil {
		return err
	}
	if err := addService(ctx, db, set, c, t, r, opts.Now, opts.Customers); err != nil {
		return err
	}
	return addAppraisals(ctx, set, c, t, r, opts.Now)
}

func withContact(s company.Settings, p companyProfile) company.Settings {
	s.Address, s.Phone = p.address, p.phone
	return s
}

// addTeam adds a manager and five reps reporting to them.
func addTeam(ctx context.Context, db *store.DB, users *auth.Service, ownerID string, r *rand.Rand, now time.Time) (int, error) {
	managerID := store.NewID()
	team := []auth.UserInput{{ID: managerID, Login: "manager", Role: auth.RoleManager, Level: auth.LevelSenior}}
	levels := []string{auth.LevelSenior, auth.LevelSenior, auth.LevelJunior, auth.LevelJunior, auth.LevelNewHire}
	for i, level := range levels {
		team = append(team, auth.UserInput{ID: store.NewID(), Login: fmt.Sprintf("rep%d", i+1), Role: auth.RoleRep, Level: level, ManagerID: managerID})
	}
	err := db.Tx(ctx, func(tx *sql.Tx) error {
		for i := range team {
			u := &team[i]
			u.Name, u.Password, u.Active = personName(r), Password, true
			u.HireDate = hireDate(r, now, u.Level)
			u.Phone = fmt.Sprintf("1%d%d %04d %04d", 3+r.IntN(6), r.IntN(10), r.IntN(10000), r.IntN(10000))
			if err := users.InsertUserTx(ctx, tx, ownerID, *u); err != nil {
				return fmt.Errorf("demo: add %s: %w", u.Login, err)
			}
		}
		return nil
	})
	return len(team), err
}

// hireDate puts new hires in the last two months and seniors years back.
func hireDate(r *rand.Rand, now time.Time, level string) string {
	days := map[string]int{auth.LevelNewHire: 60, auth.LevelJunior: 400, auth.LevelSenior: 1500}[level]
	back := days/2 + r.IntN(days/2)
	return now.AddDate(0, 0, -back).Format(time.DateOnly)
}
