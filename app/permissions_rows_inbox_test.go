package app

import (
	"fmt"
	"slices"

	"steady/backend/inbox"
	"steady/backend/quote"
)

// inboxRows: a held quote waits for its owner's manager only (team A's for
// 王芳, team B's never; the owner lists only what no active manager will
// decide, so neither); a rep has nothing to decide; marking seen and the
// desktop notice are everyone's own.
func inboxRows() map[string]row {
	return map[string]row{
		"Inbox.List": {want: every(scoped), call: func(f *fixture, r role) error {
			mine, theirs := f.pending(f.actor(asRep), f.custRep), f.pending(f.rep2.Actor(), f.custRep2)
			f.ready()
			box, err := f.inbox.List()
			if err != nil {
				return err
			}
			got := ids(box.Items, func(it inbox.Item) string { return it.RecordID })
			if slices.Contains(got, theirs.ID) {
				return fmt.Errorf("the %s finds team B's held quote", r)
			}
			if slices.Contains(got, mine.ID) != (r == asManager) {
				return fmt.Errorf("the %s: team A's held quote present = %v", r, slices.Contains(got, mine.ID))
			}
			for _, it := range box.Items {
				if it.RecordID == mine.ID && it.Margin == nil {
					return fmt.Errorf("the manager is not shown the margin: %+v", it)
				}
			}
			return nil
		}},
		"Inbox.MarkSeen": {want: every(allowed), call: func(f *fixture, r role) error {
			return f.inbox.MarkSeen(quote.InboxAnswer, f.quoteRep.ID, "2026-11-27T01:00:00.000Z")
		}},
		"Inbox.Notify": {want: every(allowed), call: func(f *fixture, r role) error {
			shown, err := f.inbox.Notify("quote-1", "报价待审批", "QT-1 · 李强")
			if err == nil && shown {
				return fmt.Errorf("the test window has no desktop, yet the %s's notice was shown", r)
			}
			return err
		}},
	}
}
