package app

import (
	"context"
	"encoding/json"
	"sync"

	"github.com/wailsapp/wails/v2/pkg/options"
	wruntime "github.com/wailsapp/wails/v2/pkg/runtime"

	"steady/backend/prefs"
)

// Geometry is the window's last size and place on this computer.
type Geometry struct {
	Width     int  `json:"width"`
	Height    int  `json:"height"`
	X         int  `json:"x"`
	Y         int  `json:"y"`
	Placed    bool `json:"placed"`
	Maximised bool `json:"maximised"`
}

// Window sizes the window from last time, shows it once the page is ready
// (no white flash), and remembers where it was when it closes.
type Window struct {
	core   *Core
	placed sync.Once
}

// NewWindow returns the window keeper.
func NewWindow(core *Core) *Window { return &Window{core: core} }

// MinWidth and MinHeight fit the sidebar and a two-column form.
const (
	MinWidth      = 1024
	MinHeight     = 680
	DefaultWidth  = 1280
	DefaultHeight = 800
)

// Saved returns the last geometry, or a comfortable default.
func (w *Window) Saved() Geometry {
	g := Geometry{Width: DefaultWidth, Height: DefaultHeight}
	if w.core.ready() != nil {
		return g
	}
	raw, err := w.core.Prefs.Get(context.Background(), prefs.Window)
	if err != nil || raw == "" {
		return g
	}
	var saved Geometry
	if json.Unmarshal([]byte(raw), &saved) != nil || saved.Width < MinWidth || saved.Height < MinHeight {
		return g
	}
	return saved
}

// OnDomReady sizes, places and shows the window.
// A page reload fires it again; only the first one places the window.
func (w *Window) OnDomReady(ctx context.Context) {
	w.placed.Do(func() {
		g := w.Saved()
		wruntime.WindowSetSize(ctx, g.Width, g.Height)
		if g.Placed {
			wruntime.WindowSetPosition(ctx, g.X, g.Y)
		}
		if g.Maximised {
			wruntime.WindowMaximise(ctx)
		}
	})
	wruntime.WindowShow(ctx)
}

// OnBeforeClose remembers the geometry; it never blocks closing.
func (w *Window) OnBeforeClose(ctx context.Context) bool {
	if w.core.ready() != nil {
		return false
	}
	g := Geometry{Maximised: wruntime.WindowIsMaximised(ctx), Placed: true}
	prev := w.Saved()
	if g.Maximised {
		g.Width, g.Height, g.X, g.Y = prev.Width, prev.Height, prev.X, prev.Y
	} else {
		g.Width, g.Height = wruntime.WindowGetSize(ctx)
		g.X, g.Y = wruntime.WindowGetPosition(ctx)
	}
	raw, _ := json.Marshal(g) // plain ints and bools
	if err := w.core.Prefs.Set(context.Background(), prefs.Window, string(raw)); err != nil {
		w.core.Log.Warn("could not remember the window", "err", err)
	}
	return false
}

// OnSecondInstance brings the running window forward when Steady is started again.
func (w *Window) OnSecondInstance(options.SecondInstanceData) {
	ctx := w.core.wailsContext()
	if ctx == nil {
		return
	}
	wruntime.WindowUnminimise(ctx)
	wruntime.WindowShow(ctx)
	wruntime.WindowSetAlwaysOnTop(ctx, true)
	wruntime.WindowSetAlwaysOnTop(ctx, false)
}
