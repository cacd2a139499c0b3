package quote

import (
	"context"
	"crypto/rand"
	"database/sql"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

// Numbers read PREFIX-YYYYMMDD-DEVICE-NNN (QT-20261127-7KQ2M-001): the
// company's prefix, the day in the company's time zone, this installation's
// own code and a sequence of this device's quotes that day. Two devices
// quoting offline at the same moment differ in the device part, so they
// never produce the same number; a revision adds -V2, -V3….

// deviceAlphabet leaves out 0/O, 1/I/L so a code reads back unambiguously.
const deviceAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"

// deviceCodeLength of 5 gives 31⁵ ≈ 28.6 million codes.
const deviceCodeLength = 5

// newDeviceCode draws a random code, each character equally likely.
func newDeviceCode() string {
	code := make([]byte, 0, deviceCodeLength)
	buf := make([]byte, 16)
	limit := 256 - 256%len(deviceAlphabet) // bytes at or above would favour the first letters
	for len(code) < deviceCodeLength {
		if _, err := rand.Read(buf); err != nil {
			panic(fmt.Sprintf("quote: random source failed: %v", err)) // nothing can continue then
		}
		for _, b := range buf {
			if int(b) < limit && len(code) < deviceCodeLength {
				code = append(code, deviceAlphabet[int(b)%len(deviceAlphabet)])
			}
		}
	}
	return string(code)
}

// DeviceCodes keeps this device's code outside the company database (the
// app's is the device file, prefs.DeviceCodes): a backup restored on a
// second laptop, or a copy of the database, must not bring the code along,
// or two devices quoting offline would hand out the same numbers.
type DeviceCodes interface {
	// DeviceCode is the stored code, "" when this device has none yet.
	DeviceCode() (string, error)
	SetDeviceCode(code string) error
}

// SetDeviceCodes wires where this device's code lives. Without it (tests,
// the demo's made-up company) the code lives as long as the service: still
// a code of its own, never another device's.
func (s *Service) SetDeviceCodes(c DeviceCodes) { s.codes.store = c }

// deviceCodes draws this device's code once and keeps it where it is told.
type deviceCodes struct {
	mu     sync.Mutex // one code even when two quotes are numbered at once
	store  DeviceCodes
	memory string // the code when there is no store
}

// code returns this device's code, drawing and storing a new one the first
// time (or when what is stored is not a code: a hand-edited file).
func (c *deviceCodes) code() (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.store == nil {
		if c.memory == "" {
			c.memory = newDeviceCode()
		}
		return c.memory, nil
	}
	code, err := c.store.DeviceCode()
	if err != nil {
		return "", fmt.Errorf("quote: device code: %w", err)
	}
	if validDeviceCode(code) {
		return code, nil
	}
	code = newDeviceCode()
	if err := c.store.SetDeviceCode(code); err != nil {
		return "", fmt.Errorf("quote: save device code: %w", err)
	}
	return code, nil
}

// validDeviceCode says whether code is one newDeviceCode could have drawn.
func validDeviceCode(code string) bool {
	if len(code) != deviceCodeLength {
		return false
	}
	for i := range len(code) {
		if !strings.ContainsRune(deviceAlphabet, rune(code[i])) {
			return false
		}
	}
	return true
}

// nextNumberTx returns the next base number for day (YYYY-MM-DD). The
// sequence continues after the highest number this device ever used that
// day, deleted quotes included, so no number is handed out twice.
func (s *Service) nextNumberTx(ctx context.Context, tx *sql.Tx, prefix, day string) (string, error) {
	device, err := s.codes.code()
	if err != nil {
		return "", err
	}
	stem := strings.ReplaceAll(day, "-", "") + "-" + device + "-"
	if prefix != "" {
		stem = prefix + "-" + stem
	}
	rows, err := tx.QueryContext(ctx, `SELECT base_number FROM quotes WHERE base_number LIKE ? ESCAPE '\'`,
		strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(stem)+"%")
	if err != nil {
		return "", fmt.Errorf("quote: next number: %w", err)
	}
	defer rows.Close()
	last := 0
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return "", fmt.Errorf("quote: next number: %w", err)
		}
		if seq, err := strconv.Atoi(strings.TrimPrefix(n, stem)); err == nil && seq > last {
			last = seq
		}
	}
	if err := rows.Err(); err != nil {
		return "", fmt.Errorf("quote: next number: %w", err)
	}
	return fmt.Sprintf("%s%03d", stem, last+1), nil
}

// revisionNumber is what documents show for revision rev of base.
func revisionNumber(base string, rev int) string {
	if rev <= 1 {
		return base
	}
	return fmt.Sprintf("%s-V%d", base, rev)
}
