package prefs

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
)

// EnvDevice names the environment variable that moves the device file (tests).
const EnvDevice = "STEADY_DEVICE"

// Device is this computer's own file in the user's config folder, for what
// must never travel with the company's data: a backup or a copy of the
// database carries none of it. Keys are scoped to the database they serve.
type Device struct {
	path string
	mu   sync.Mutex
}

// DevicePath is $STEADY_DEVICE, else <user config dir>/Steady/device.json.
func DevicePath() (string, error) {
	if p := os.Getenv(EnvDevice); p != "" {
		return p, nil
	}
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("prefs: find the user config folder: %w", err)
	}
	return filepath.Join(dir, "Steady", "device.json"), nil
}

// OpenDevice uses the file at path (created on the first Set).
func OpenDevice(path string) *Device { return &Device{path: path} }

func (d *Device) read() (map[string]string, error) {
	values := map[string]string{}
	raw, err := os.ReadFile(d.path)
	if errors.Is(err, fs.ErrNotExist) {
		return values, nil
	}
	if err != nil {
		return nil, fmt.Errorf("prefs: read %s: %w", d.path, err)
	}
	if err := json.Unmarshal(raw, &values); err != nil {
		return nil, fmt.Errorf("prefs: read %s: %w", d.path, err)
	}
	return values, nil
}

// Get returns the value for key, or "" when it was never set.
func (d *Device) Get(key string) (string, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	values, err := d.read()
	return values[key], err
}

// Set stores value under key ("" removes it). The file is written whole
// through a temporary name and readable by this user only.
func (d *Device) Set(key, value string) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	values, err := d.read()
	if err != nil {
		return err
	}
	if value == "" {
		delete(values, key)
	} else {
		values[key] = value
	}
	raw, err := json.MarshalIndent(values, "", "  ")
	if err != nil {
		return fmt.Errorf("prefs: encode: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(d.path), 0o700); err != nil {
		return fmt.Errorf("prefs: %w", err)
	}
	tmp := d.path + ".partial"
	if err := os.WriteFile(tmp, raw, 0o600); err != nil {
		return fmt.Errorf("prefs: write %s: %w", d.path, err)
	}
	if err := os.Rename(tmp, d.path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("prefs: write %s: %w", d.path, err)
	}
	return nil
}
