package app

import (
	"fmt"

	"steady/backend/search"
)

// searchRows: the global search finds, for each role, only what that role
// may open; the builder's catalog check is open to all who quote.
func searchRows() map[string]row {
	return map[string]row{
		"Search.Find": {want: every(scoped), call: func(f *fixture, r role) error {
			// "打印机" is each rep's deal title and the catalog's product; team B's deal and quote must stay hidden.
			res, err := f.search.Find("打印机")
			if err != nil {
				return err
			}
			if err := leaks(r, hitIDs(res, search.KindDeal), []string{f.dealRep2.ID}); err != nil {
				return err
			}
			byNumber, err := f.search.Find(f.quoteRep2.Number)
			if err != nil {
				return err
			}
			if err := leaks(r, hitIDs(byNumber, search.KindQuote), []string{f.quoteRep2.ID}); err != nil {
				return err
			}
			held, err := f.search.Find("恒信")
			if err != nil {
				return err
			}
			if err := leaks(r, hitIDs(held, search.KindCustomer), []string{f.custRep2}); err != nil {
				return err
			}
			if ps := hitIDs(res, search.KindProduct); len(ps) != 1 || ps[0] != f.product.ID {
				return fmt.Errorf("the %s finds products %v", r, ps)
			}
			return nil
		}},
		"Catalog.Matching": {want: every(allowed), call: func(f *fixture, r role) error {
			found, err := f.catalog.Matching("", "激光 打印机")
			if err != nil {
				return err
			}
			if len(found) != 1 || found[0].ID != f.product.ID {
				return fmt.Errorf("the %s matched %+v", r, found)
			}
			if seesCost := found[0].CostMinor != 0 || found[0].FloorPriceMinor != 0; seesCost != (r != asRep) {
				return fmt.Errorf("the %s sees cost %v", r, seesCost)
			}
			return nil
		}},
	}
}

func hitIDs(res search.Results, kind string) []string {
	var out []string
	for _, h := range res.Hits {
		if h.Kind == kind {
			out = append(out, h.ID)
		}
	}
	return out
}
