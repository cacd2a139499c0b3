package app

import (
	"context"

	"steady/backend/auth"
	"steady/backend/company"
	"steady/backend/money"
)

// Company is the company profile screen's backend.
type Company struct {
	core    *Core
	session *Session
}

// NewCompany binds the company profile.
func NewCompany(core *Core, session *Session) *Company {
	return &Company{core: core, session: session}
}

// Get returns the company profile.
func (c *Company) Get() (company.Settings, error) {
	return asActor(c.session, "company.get", func(auth.Actor) (company.Settings, error) {
		return c.core.Company.Settings(context.Background())
	})
}

// Save stores the profile; in.Version must be the version that was read.
func (c *Company) Save(in company.Settings) (company.Settings, error) {
	return asActor(c.session, "company.save", func(a auth.Actor) (company.Settings, error) {
		return c.core.Company.Save(context.Background(), a, in)
	})
}

// Rates returns a month's exchange rates (YYYY-MM, "" for the current
// month) with the month before's; everyone signed in may read them.
func (c *Company) Rates(month string) (company.RateMonth, error) {
	return asActor(c.session, "company.rates", func(a auth.Actor) (company.RateMonth, error) {
		return c.core.Company.Rates(context.Background(), a, month)
	})
}

// SaveRates sets or clears a month's rates, each with the version read
// (owner only).
func (c *Company) SaveRates(month string, changes []company.RateChange) (company.RateMonth, error) {
	return asActor(c.session, "company.saveRates", func(a auth.Actor) (company.RateMonth, error) {
		return c.core.Company.SaveRates(context.Background(), a, month, changes)
	})
}

// CopyRates gives a month the previous month's rates it does not have yet
// (owner only).
func (c *Company) CopyRates(month string) (company.RateMonth, error) {
	return asActor(c.session, "company.copyRates", func(a auth.Actor) (company.RateMonth, error) {
		return c.core.Company.CopyRates(context.Background(), a, month)
	})
}

// Currencies lists ISO 4217 codes, the common ones first.
func (c *Company) Currencies() []string { return money.Currencies() }

// Timezones lists the time zones offered in the picker.
func (c *Company) Timezones() []string { return company.Timezones() }
