package quote

import (
	"context"
	"crypto/rand"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"steady/backend/prefs"
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

// deviceCodeTx returns this installation's code, creating it the first time.
func deviceCodeTx(ctx context.Context, tx *sql.Tx) (string, error) {
	var code string
	err := tx.QueryRowContext(ctx, `SELECT value FROM device_prefs WHERE key = ?`, prefs.DeviceCode).Scan(&code)
	if err == nil && code != "" {
		return code, nil
	}
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return "", fmt.Errorf("quote: device code: %w", err)
	}
	code = newDeviceCode()
	_, err = tx.ExecContext(ctx, `INSERT INTO device_prefs(key, value) VALUES (?, ?)
		ON CONFLICT(key) DO UPDATE SET value = excluded.value`, prefs.DeviceCode, code)
	if err != nil {
		return "", fmt.Errorf("quote: save device code: %w", err)
	}
	return code, nil
}

// nextNumberTx returns the next base number for day (YYYY-MM-DD). The
// sequence continues after the highest number this device ever used that
// day, deleted quotes included, so no number is handed out twice.
func nextNumberTx(ctx context.Context, tx *sql.Tx, prefix, day string) (string, error) {
	device, err := deviceCodeTx(ctx, tx)
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
