package app

import (
	"steady/backend/auth"
	"steady/backend/onboarding"
)

// The owner's getting-started checklist lives with the company profile:
// it is the company's first set-up. The checklist holds no state but the
// database's, so a service is made per call over the open database.
func (c *Company) gettingStarted() *onboarding.Service { return onboarding.NewService(c.core.DB, Now) }

// GettingStarted returns the owner's checklist, each item ticked from
// what the company's data holds (owner only).
func (c *Company) GettingStarted() (onboarding.Checklist, error) {
	return asActor(c.session, "company.gettingStarted", func(a auth.Actor) (onboarding.Checklist, error) {
		return c.gettingStarted().Checklist(bg(), a)
	})
}

// DismissGettingStarted puts the checklist away for good (owner only).
func (c *Company) DismissGettingStarted() error {
	return asActorDo(c.session, "company.dismissGettingStarted", func(a auth.Actor) error {
		return c.gettingStarted().Dismiss(bg(), a)
	})
}
