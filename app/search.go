package app

import (
	"steady/backend/auth"
	"steady/backend/search"
)

// Search is the global search (Ctrl/Cmd+K) over customers, contacts, deals,
// quotes and products, each area searched as the signed-in user sees it.
type Search struct {
	core    *Core
	session *Session
}

// NewSearch binds the global search.
func NewSearch(core *Core, session *Session) *Search {
	return &Search{core: core, session: session}
}

// Find returns what query finds, grouped by kind.
func (s *Search) Find(query string) (search.Results, error) {
	return asActor(s.session, "search.find", func(a auth.Actor) (search.Results, error) {
		areas := search.Areas{Customers: s.core.Customers, Deals: s.core.Sales, Quotes: s.core.Quotes, Products: s.core.Catalog}
		return search.Find(bg(), areas, a, query)
	})
}
