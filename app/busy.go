package app

import wruntime "github.com/wailsapp/wails/v2/pkg/runtime"

// WriteWaiting tells the window how many changes wait for another writer
// (a long import here or in another Steady) to finish, so that a person
// whose save seems stuck reads why; 0 when none waits any more. main
// hands it to the store (store.DB.OnWriteWait).
func (c *Core) WriteWaiting(waiting int) {
	if ctx := c.wailsContext(); ctx != nil {
		wruntime.EventsEmit(ctx, "store:busy", map[string]int{"waiting": waiting})
	}
}
