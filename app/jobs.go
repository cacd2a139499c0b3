package app

import (
	"context"
	"time"
)

// RunDailyJobs moves customers through time (dormant, churned, back to the
// pool, revisits falling due), starts SOP tasks waiting for a first call,
// expires quotes and recomputes segments: once at start-up,
// then whenever the day has changed, until ctx ends.
func (c *Core) RunDailyJobs(ctx context.Context) {
	last := ""
	tick := time.NewTicker(10 * time.Minute)
	defer tick.Stop()
	for {
		if day := Now().Format(time.DateOnly); day != last {
			last = day
			c.runDaily(ctx, Now())
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

func (c *Core) runDaily(ctx context.Context, now time.Time) {
	if c.ready() != nil {
		return
	}
	swept, err := c.Customers.Sweep(ctx, now)
	if err != nil {
		c.Log.Error("daily sweep", "err", err)
	} else {
		c.Log.Info("daily sweep", "result", swept)
	}
	if n, err := c.Sales.Sweep(ctx); err != nil {
		c.Log.Error("start waiting SOP tasks", "err", err)
	} else {
		c.Log.Info("started waiting SOP tasks", "count", n)
	}
	if n, err := c.Quotes.ExpireDue(ctx); err != nil {
		c.Log.Error("expire quotes", "err", err)
	} else {
		c.Log.Info("expired quotes", "count", n)
	}
	if n, err := c.Customers.RecomputeSegments(ctx, now); err != nil {
		c.Log.Error("recompute segments", "err", err)
	} else {
		c.Log.Info("recomputed segments", "customers", n)
	}
}
