package app

import (
	"sync/atomic"
	"time"
)

// clockOffset moves the app's clock forward. Only the end-to-end build sets
// it (ShiftTestClock, clock_e2e.go), so that the suite can let days pass;
// in a release build it stays zero.
var clockOffset atomic.Int64

// Now is the time the services and the app's own jobs read.
func Now() time.Time { return time.Now().Add(time.Duration(clockOffset.Load())) }
