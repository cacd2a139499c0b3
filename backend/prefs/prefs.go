// Package prefs keeps this installation's own settings (language, theme,
// window placement, device code): they describe the machine, not the
// business, and are never synced. The secrets and the device code live in
// the device file, outside the company database.
package prefs

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"steady/backend/store"
)

// Keys used across the app.
const (
	Language   = "ui.language"
	Theme      = "ui.theme"
	Window     = "ui.window"
	DeviceCode = "device.code"
	LastFolder = "ui.lastFolder"
	// RememberToken is this computer's remembered sign-in ("remember me").
	RememberToken = "device.rememberToken"
	// ScreenLocked is "1" while this computer's screen is locked, so that a
	// restart (or a killed app) resumes at the lock screen, not signed in.
	ScreenLocked = "device.screenLocked"
	// DueSeen + a user id is when that user was last told what fell due.
	DueSeen = "sales.dueSeen."
)

// secret keys live in the device file, never in the company database: a
// backup of it must not sign anyone in.
var secret = map[string]bool{RememberToken: true}

// inDeviceFile says whether key lives in the device file: the secrets, and
// this device's quote-number code, which a backup or copy must not clone.
func inDeviceFile(key string) bool { return secret[key] || key == DeviceCode || key == ScreenLocked }

// Prefs reads and writes device preferences.
type Prefs struct {
	db     *store.DB
	device *Device
}

// New returns preferences stored in db, the secret ones in device.
// Secrets an earlier version kept in db move to device on the way.
func New(ctx context.Context, db *store.DB, device *Device) (*Prefs, error) {
	p := &Prefs{db: db, device: device}
	if err := p.moveSecrets(ctx); err != nil {
		return nil, err
	}
	return p, p.moveDeviceCode(ctx)
}

// moveDeviceCode takes the quote-number code an earlier version kept in the
// database out of it: into the device file when that holds none yet (this
// device's numbers carry on as before), otherwise it is only dropped (it
// came with a restored backup or a copy: another device's code).
func (p *Prefs) moveDeviceCode(ctx context.Context) error {
	old, err := get(ctx, p.db.Read(), DeviceCode)
	if err != nil || old == "" {
		return err
	}
	current, err := p.device.Get(p.scoped(DeviceCode))
	if err != nil {
		return err
	}
	if current == "" {
		if err := p.device.Set(p.scoped(DeviceCode), old); err != nil {
			return err
		}
	}
	return p.db.Tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM device_prefs WHERE key = ?`, DeviceCode); err != nil {
			return fmt.Errorf("prefs: move %s: %w", DeviceCode, err)
		}
		return nil
	})
}

// DeviceCodes is this device's quote-number code for the database, kept in
// the device file (what quote.DeviceCodes asks for).
func (p *Prefs) DeviceCodes() DeviceCodes {
	return DeviceCodes{device: p.device, key: p.scoped(DeviceCode)}
}

// DeviceCodes reads and writes one database's code in the device file.
type DeviceCodes struct {
	device *Device
	key    string
}

// DeviceCode is the stored code, "" when there is none yet.
func (c DeviceCodes) DeviceCode() (string, error) { return c.device.Get(c.key) }

// SetDeviceCode stores code.
func (c DeviceCodes) SetDeviceCode(code string) error { return c.device.Set(c.key, code) }

func (p *Prefs) moveSecrets(ctx context.Context) error {
	for key := range secret {
		old, err := get(ctx, p.db.Read(), key)
		if err != nil {
			return err
		}
		if old == "" {
			continue
		}
		if err := p.device.Set(p.scoped(key), old); err != nil {
			return err
		}
		err = p.db.Tx(ctx, func(tx *sql.Tx) error {
			_, err := tx.ExecContext(ctx, `DELETE FROM device_prefs WHERE key = ?`, key)
			return err
		})
		if err != nil {
			return fmt.Errorf("prefs: move %s: %w", key, err)
		}
	}
	return nil
}

// scoped names a device key for this database.
func (p *Prefs) scoped(key string) string { return DeviceKey(p.db.Path(), key) }

// DeviceKey names key in the device file for the database at dbPath: each
// database has its own (a second company on the same computer, a test's).
func DeviceKey(dbPath, key string) string { return dbPath + "#" + key }

// Get returns the value for key, or "" when it was never set.
func (p *Prefs) Get(ctx context.Context, key string) (string, error) {
	if inDeviceFile(key) {
		return p.device.Get(p.scoped(key))
	}
	return get(ctx, p.db.Read(), key)
}

func get(ctx context.Context, conn *sql.DB, key string) (string, error) {
	var v string
	err := conn.QueryRowContext(ctx, "SELECT value FROM device_prefs WHERE key = ?", key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("prefs: get %s: %w", key, err)
	}
	return v, nil
}

// Set stores value under key.
func (p *Prefs) Set(ctx context.Context, key, value string) error {
	if inDeviceFile(key) {
		return p.device.Set(p.scoped(key), value)
	}
	return p.db.Tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO device_prefs(key, value) VALUES (?, ?)
			ON CONFLICT(key) DO UPDATE SET value = excluded.value`, key, value)
		if err != nil {
			return fmt.Errorf("prefs: set %s: %w", key, err)
		}
		return nil
	})
}

// PeekFile reads key from the database file at path without opening it for
// the app: the native menu is built before the database opens, and should
// speak the language chosen last time. A missing file is fs.ErrNotExist.
func PeekFile(ctx context.Context, path, key string) (string, error) {
	conn, err := store.OpenReadOnly(path)
	if err != nil {
		return "", err
	}
	defer conn.Close()
	return get(ctx, conn, key)
}
