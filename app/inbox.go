package app

import (
	"sync"

	wruntime "github.com/wailsapp/wails/v2/pkg/runtime"

	"steady/backend/auth"
	"steady/backend/inbox"
)

// InboxChanged is the event the window hears when something in an inbox may
// have changed on this computer (a quote submitted, approved, sent back,
// revised); the inbox store reads the inbox again. Changes from another
// computer arrive by the store's gentle poll.
const InboxChanged = "inbox:changed"

// Inbox is the approvals inbox: what waits for the signed-in person's
// decision, the answers to what they asked, and the desktop notification
// when something new arrives.
type Inbox struct {
	core    *Core
	session *Session
}

// NewInbox binds the inbox.
func NewInbox(core *Core, session *Session) *Inbox {
	return &Inbox{core: core, session: session}
}

// List returns the signed-in person's inbox, newest first.
func (i *Inbox) List() (inbox.Inbox, error) {
	return asActor(i.session, "inbox.list", func(a auth.Actor) (inbox.Inbox, error) { return i.core.Inbox.List(bg(), a) })
}

// MarkSeen records that the person has read an answer as it was at at.
func (i *Inbox) MarkSeen(kind, recordID, at string) error {
	return asActorDo(i.session, "inbox.markSeen", func(a auth.Actor) error {
		return i.core.Inbox.MarkSeen(bg(), a, kind, recordID, at)
	})
}

// Notify shows a desktop notification (the window has already said the
// same in its own notice, in the person's language) and reports whether
// the desktop took it. Without a desktop to notify (no session bus, no
// permission, a test window) it does nothing and the log says so once.
func (i *Inbox) Notify(id, title, body string) (bool, error) {
	return asActor(i.session, "inbox.notify", func(auth.Actor) (bool, error) {
		return i.core.notices.send(i.core, id, title, body), nil
	})
}

// desktopNotices sets Wails' notifications up on first use and remembers
// whether this computer can show them.
type desktopNotices struct {
	mu     sync.Mutex
	tried  bool
	usable bool
}

func (d *desktopNotices) send(c *Core, id, title, body string) bool {
	ctx := c.wailsContext()
	if ctx == nil {
		return false
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if !d.tried {
		d.tried = true
		d.usable = d.setUp(c)
	}
	if !d.usable {
		return false
	}
	err := wruntime.SendNotification(ctx, wruntime.NotificationOptions{ID: id, Title: title, Body: body})
	if err != nil {
		d.usable = false // one line in the log, not one per item
		c.Log.Warn("desktop notification failed; only the app's own notices from now on", "err", err)
		return false
	}
	return true
}

func (d *desktopNotices) setUp(c *Core) bool {
	ctx := c.wailsContext()
	if err := wruntime.InitializeNotifications(ctx); err != nil {
		c.Log.Info("desktop notifications unavailable; the app shows its own notices only", "err", err)
		return false
	}
	if !wruntime.IsNotificationAvailable(ctx) {
		c.Log.Info("desktop notifications unavailable on this desktop; the app shows its own notices only")
		return false
	}
	if ok, err := wruntime.RequestNotificationAuthorization(ctx); err != nil || !ok {
		c.Log.Info("desktop notifications not allowed; the app shows its own notices only", "err", err)
		return false
	}
	return true
}

// inboxChanged tells the window to read its inbox again.
func (c *Core) inboxChanged() {
	if ctx := c.wailsContext(); ctx != nil {
		wruntime.EventsEmit(ctx, InboxChanged)
	}
}
