//go:build e2e

package app

import "time"

// ShiftTestClock lets hours pass for the app (services, Today, the daily
// jobs), so the end-to-end suite can see revisits and tasks fall due. It
// exists only in builds with the e2e tag, like RegisterTestPath.
func (s *System) ShiftTestClock(hours int) error {
	clockOffset.Add(int64(time.Duration(hours) * time.Hour))
	return nil
}
