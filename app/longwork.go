package app

import (
	"context"
	"sync"
	"time"

	wruntime "github.com/wailsapp/wails/v2/pkg/runtime"
)

// job tracks the long tasks (import, export) the user can cancel. Progress goes
// out as the event "<name>:progress" with {done, total}; the backend
// throttles it, and so does this edge: at most every 100 ms.
type job struct {
	mu     sync.Mutex
	cancel map[string]context.CancelFunc
}

// start returns a context for the named job and a progress reporter.
func (j *job) start(core *Core, name string) (context.Context, func(done, total int), func()) {
	ctx, cancel := context.WithCancel(context.Background())
	j.mu.Lock()
	if j.cancel == nil {
		j.cancel = map[string]context.CancelFunc{}
	}
	j.cancel[name] = cancel
	j.mu.Unlock()
	var last time.Time
	report := func(done, total int) {
		if done < total && time.Since(last) < 100*time.Millisecond {
			return // at most every 100 ms; the last report always goes out
		}
		last = time.Now()
		if wctx := core.wailsContext(); wctx != nil {
			wruntime.EventsEmit(wctx, name+":progress", map[string]int{"done": done, "total": total})
		}
	}
	finish := func() {
		j.mu.Lock()
		delete(j.cancel, name)
		j.mu.Unlock()
		cancel()
	}
	return ctx, report, finish
}

// stop cancels the named job if it is running.
func (j *job) stop(name string) {
	j.mu.Lock()
	defer j.mu.Unlock()
	if cancel, ok := j.cancel[name]; ok {
		cancel()
	}
}
