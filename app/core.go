// Package app is the desktop edge: the types Wails binds for the frontend,
// the native menu and window, and error formatting for the UI. It holds no
// SQL and no business rules; those live in backend/.
package app

import (
	"context"
	"fmt"
	"log/slog"
	"sync"

	"steady/backend/appraisal"
	"steady/backend/auth"
	"steady/backend/backups"
	"steady/backend/catalog"
	"steady/backend/company"
	"steady/backend/customer"
	"steady/backend/inbox"
	"steady/backend/prefs"
	"steady/backend/quote"
	"steady/backend/sales"
	"steady/backend/service"
	"steady/backend/store"
	"steady/backend/training"
)

// Core is what every bound type shares: the open database and its services,
// or the reason it could not be opened.
type Core struct {
	DB        *store.DB // nil when OpenErr is set
	OpenErr   error
	Users     *auth.Service
	Company   *company.Service
	Prefs     *prefs.Prefs
	Training  *training.Service
	Customers *customer.Service
	Quotes    *quote.Service
	Catalog   *catalog.Service
	Sales     *sales.Service
	Appraisal *appraisal.Service
	Service   *service.Service
	Inbox     *inbox.Service
	Log       *slog.Logger
	Version   string
	DataDir   string
	DBPath    string
	LogPath   string

	// Backups are this computer's automatic backups of DBPath; set even
	// when the database could not be opened (to offer a restore).
	Backups *backups.Service
	// Reopen opens DBPath again and rewires the services (after a restore).
	Reopen func()

	paths knownPaths // the files this run produced: the only ones bound methods take

	notices desktopNotices // the desktop's notifications, set up on first use

	mu       sync.Mutex
	ctx      context.Context // the Wails context, set at startup
	language string          // "zh-CN", "en" or "" (follow the system)

	// opening is closed once the first open of the database has been tried
	// (see Opening). The webview loads and calls while OnStartup still opens
	// the file, which on a large database (its check reads it: 2 s at
	// 100,000 customers) left every early call with nil services.
	opening chan struct{}
}

// Opening makes ready wait until Opened: call it before the window starts.
func (c *Core) Opening() { c.opening = make(chan struct{}) }

// Opened ends the wait Opening began, once the database is open or OpenErr says why not.
func (c *Core) Opened() { close(c.opening) }

// Startup keeps the Wails context for runtime calls.
func (c *Core) Startup(ctx context.Context) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.ctx = ctx
}

// wailsContext is the context runtime calls need; nil before startup.
func (c *Core) wailsContext() context.Context {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.ctx
}

// ready reports the startup error, if the database could not be opened,
// waiting for the first open to end.
func (c *Core) ready() error {
	if c.opening != nil {
		<-c.opening
	}
	if c.OpenErr != nil {
		return fmt.Errorf("%w: %w", errStartup, c.OpenErr)
	}
	return nil
}
