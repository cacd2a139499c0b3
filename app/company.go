package app

import (
	"context"

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
	if _, err := c.session.actor(); err != nil {
		return company.Settings{}, toUI(c.core.Log, "company.get", err)
	}
	s, err := c.core.Company.Settings(context.Background())
	return s, toUI(c.core.Log, "company.get", err)
}

// Save stores the profile; in.Version must be the version that was read.
func (c *Company) Save(in company.Settings) (company.Settings, error) {
	actor, err := c.session.actor()
	if err != nil {
		return company.Settings{}, toUI(c.core.Log, "company.save", err)
	}
	s, err := c.core.Company.Save(context.Background(), actor, in)
	return s, toUI(c.core.Log, "company.save", err)
}

// Currencies lists ISO 4217 codes, the common ones first.
func (c *Company) Currencies() []string { return money.Currencies() }

// Timezones lists the time zones offered in the picker.
func (c *Company) Timezones() []string { return company.Timezones() }
