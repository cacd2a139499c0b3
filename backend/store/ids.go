package store

import (
	"fmt"
	"time"

	"github.com/google/uuid"
)

// NewID returns a UUIDv7: time-ordered, so indexes stay compact, and globally
// unique, so records from different devices can merge.
func NewID() string {
	id, err := uuid.NewV7()
	if err != nil {
		// NewV7 fails only when the system's random source does; nothing can continue then.
		panic(fmt.Sprintf("store: random source failed: %v", err))
	}
	return id.String()
}

// timeLayout is fixed-width so that text comparison orders times correctly.
const timeLayout = "2006-01-02T15:04:05.000Z"

// FormatTime renders t as UTC RFC 3339 text with milliseconds.
func FormatTime(t time.Time) string { return t.UTC().Format(timeLayout) }

// ParseTime reads a time written by FormatTime.
func ParseTime(s string) (time.Time, error) {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("store: parse time %q: %w", s, err)
	}
	return t, nil
}
