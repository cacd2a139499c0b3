package app

import (
	"steady/backend/auth"
	"steady/backend/customer"
)

// Customers is the customers area's backend: list, search, the customer
// page, contacts, activities, lifecycle, the pool and the today list.
type Customers struct {
	core    *Core
	session *Session
}

// NewCustomers binds the customers area.
func NewCustomers(core *Core, session *Session) *Customers {
	return &Customers{core: core, session: session}
}

// Choices are the code lists the forms and filters offer.
type Choices struct {
	Stages        []string `json:"stages"`
	Segments      []string `json:"segments"`
	Sources       []string `json:"sources"`
	ActivityKinds []string `json:"activityKinds"`
}

// Choices returns the stage, segment, source and activity codes.
func (c *Customers) Choices() Choices {
	return Choices{Stages: customer.Stages(), Segments: customer.Segments(), Sources: customer.Sources(), ActivityKinds: customer.ActivityKinds()}
}

// List returns one page of the filtered, sorted list.
func (c *Customers) List(q customer.ListQuery) (customer.CustomerPage, error) {
	return asActor(c.session, "customers.list", func(a auth.Actor) (customer.CustomerPage, error) { return c.core.Customers.Customers(bg(), a, q) })
}

// Search finds customers and contacts by any fragment, pinyin included.
func (c *Customers) Search(query string, limit int) ([]customer.SearchHit, error) {
	return asActor(c.session, "customers.search", func(a auth.Actor) ([]customer.SearchHit, error) {
		return c.core.Customers.Search(bg(), a, query, limit)
	})
}

// Get returns one customer with contacts.
func (c *Customers) Get(id string) (customer.Customer, error) {
	return asActor(c.session, "customers.get", func(a auth.Actor) (customer.Customer, error) { return c.core.Customers.Customer(bg(), a, id) })
}

// Create adds a customer.
func (c *Customers) Create(in customer.CustomerInput) (customer.Customer, error) {
	return asActor(c.session, "customers.create", func(a auth.Actor) (customer.Customer, error) {
		return c.core.Customers.CreateCustomer(bg(), a, in)
	})
}

// Update changes a customer; in.Version must be the version that was read.
func (c *Customers) Update(in customer.CustomerInput) (customer.Customer, error) {
	return asActor(c.session, "customers.update", func(a auth.Actor) (customer.Customer, error) {
		return c.core.Customers.UpdateCustomer(bg(), a, in)
	})
}

// Delete removes a customer (a tombstone; nothing is hard-deleted).
func (c *Customers) Delete(id string, version int) error {
	return asActorDo(c.session, "customers.delete", func(a auth.Actor) error { return c.core.Customers.DeleteCustomer(bg(), a, id, version) })
}

// AddContact adds a contact to a customer.
func (c *Customers) AddContact(customerID string, in customer.ContactInput) (customer.Contact, error) {
	return asActor(c.session, "customers.addContact", func(a auth.Actor) (customer.Contact, error) {
		return c.core.Customers.AddContact(bg(), a, customerID, in)
	})
}

// UpdateContact changes a contact.
func (c *Customers) UpdateContact(in customer.ContactInput) (customer.Contact, error) {
	return asActor(c.session, "customers.updateContact", func(a auth.Actor) (customer.Contact, error) {
		return c.core.Customers.UpdateContact(bg(), a, in)
	})
}

// DeleteContact removes a contact.
func (c *Customers) DeleteContact(id string, version int) error {
	return asActorDo(c.session, "customers.deleteContact", func(a auth.Actor) error { return c.core.Customers.DeleteContact(bg(), a, id, version) })
}

// LogActivity records a call, visit, message, meeting or note.
func (c *Customers) LogActivity(in customer.ActivityInput) (customer.Activity, error) {
	return asActor(c.session, "customers.logActivity", func(a auth.Actor) (customer.Activity, error) {
		return c.core.Customers.LogActivity(bg(), a, in)
	})
}

// UpdateActivity changes a logged activity.
func (c *Customers) UpdateActivity(in customer.ActivityInput) (customer.Activity, error) {
	return asActor(c.session, "customers.updateActivity", func(a auth.Actor) (customer.Activity, error) {
		return c.core.Customers.UpdateActivity(bg(), a, in)
	})
}

// DeleteActivity removes a logged activity.
func (c *Customers) DeleteActivity(id string, version int) error {
	return asActorDo(c.session, "customers.deleteActivity", func(a auth.Actor) error { return c.core.Customers.DeleteActivity(bg(), a, id, version) })
}

// Timeline is the customer's story, newest first; before pages back.
func (c *Customers) Timeline(customerID string, limit int, before string) (customer.TimelinePage, error) {
	return asActor(c.session, "customers.timeline", func(a auth.Actor) (customer.TimelinePage, error) {
		return c.core.Customers.Timeline(bg(), a, customerID, limit, before)
	})
}

// ChangeStage moves a customer through the lifecycle by hand, with a reason.
func (c *Customers) ChangeStage(customerID string, version int, to, reason string) (customer.Customer, error) {
	return asActor(c.session, "customers.changeStage", func(a auth.Actor) (customer.Customer, error) {
		return c.core.Customers.ChangeStage(bg(), a, customerID, version, to, reason)
	})
}

// Claim takes a customer from the pool.
func (c *Customers) Claim(customerID string) (customer.Customer, error) {
	return asActor(c.session, "customers.claim", func(a auth.Actor) (customer.Customer, error) { return c.core.Customers.Claim(bg(), a, customerID) })
}

// Assign gives customers, each with the version read, to a rep (managers:
// their team; owner: anyone).
func (c *Customers) Assign(refs []customer.CustomerRef, toUserID, reason string) error {
	return asActorDo(c.session, "customers.assign", func(a auth.Actor) error {
		return c.core.Customers.Assign(bg(), a, refs, toUserID, reason)
	})
}

// Release returns a customer to the pool; version is the version read.
func (c *Customers) Release(customerID string, version int, reason string) error {
	return asActorDo(c.session, "customers.release", func(a auth.Actor) error {
		return c.core.Customers.Release(bg(), a, customerID, version, reason)
	})
}

// Today lists the signed-in user's due and overdue revisits and upcoming birthdays.
func (c *Customers) Today() (customer.Today, error) {
	return asActor(c.session, "customers.today", func(a auth.Actor) (customer.Today, error) { return c.core.Customers.Today(bg(), a, Now()) })
}

// Settings returns the pool, lifecycle, revisit and segmentation rules.
func (c *Customers) Settings() (customer.Settings, error) {
	return asActor(c.session, "customers.settings", func(auth.Actor) (customer.Settings, error) { return c.core.Customers.Settings(bg()) })
}

// SaveSettings changes those rules.
func (c *Customers) SaveSettings(in customer.Settings) (customer.Settings, error) {
	return asActor(c.session, "customers.saveSettings", func(a auth.Actor) (customer.Settings, error) {
		return c.core.Customers.SaveSettings(bg(), a, in)
	})
}
