package company

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"
	"time"

	"steady/backend/apperr"
	"steady/backend/audit"
	"steady/backend/auth"
	"steady/backend/store"
)

// Service reads and changes the company profile.
type Service struct {
	db  *store.DB
	now func() time.Time
}

// NewService returns a company service.
func NewService(db *store.DB, now func() time.Time) *Service {
	return &Service{db: db, now: now}
}

const selectSettings = `SELECT id, name, address, phone, tax_id, logo, logo_mime, currency, tax_rate_bp,
	prices_include_tax, timezone, quote_prefix, idle_lock_minutes, version, updated_at FROM company WHERE deleted_at IS NULL LIMIT 1`

func scanSettings(row *sql.Row) (Settings, error) {
	var s Settings
	var lg logo
	err := row.Scan(&s.ID, &s.Name, &s.Address, &s.Phone, &s.TaxID, &lg.bytes, &lg.mime, &s.Currency,
		&s.TaxRateBP, &s.PricesIncludeTax, &s.Timezone, &s.QuotePrefix, &s.IdleLockMinutes, &s.Version, &s.UpdatedAt)
	if errors.Is(err, sql.ErrNoRows) {
		return Settings{}, apperr.NotFound("company")
	}
	if err != nil {
		return Settings{}, fmt.Errorf("company: read: %w", err)
	}
	s.LogoDataURL = lg.dataURL()
	return s, nil
}

// Settings returns the company profile, read once per process (cache.go).
func (s *Service) Settings(ctx context.Context) (Settings, error) {
	c := cacheOf(s.db)
	if st, _, ok := c.get(); ok {
		return st, nil
	}
	_, gen, _ := c.get()
	st, err := scanSettings(s.db.Read().QueryRowContext(ctx, selectSettings))
	if err == nil {
		c.put(st, gen)
	}
	return st, err
}

// InsertTx creates the company inside tx (first run and demo data).
func (s *Service) InsertTx(ctx context.Context, tx *sql.Tx, creatorID string, in Settings) (string, error) {
	in, lg, err := clean(in)
	if err != nil {
		return "", err
	}
	in.ID = store.NewID()
	now := store.FormatTime(s.now())
	_, err = tx.ExecContext(ctx, `INSERT INTO company(id, name, address, phone, tax_id, logo, logo_mime, currency,
		tax_rate_bp, prices_include_tax, timezone, quote_prefix, idle_lock_minutes, created_by, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		in.ID, in.Name, in.Address, in.Phone, in.TaxID, lg.bytes, lg.mime, in.Currency, in.TaxRateBP,
		in.PricesIncludeTax, in.Timezone, in.QuotePrefix, in.IdleLockMinutes, creatorID, now, now)
	if err != nil {
		return "", fmt.Errorf("company: insert: %w", err)
	}
	in.LogoDataURL = ""
	Forget(s.db) // not read before the first run commits: nothing there was kept
	return in.ID, audit.Write(ctx, tx, audit.Entry{At: s.now(), ActorID: creatorID, Entity: "company", EntityID: in.ID, Action: "create", After: in})
}

// Save changes the profile; only the owner may. in.Version must be the
// version the caller read, or nothing changes and a conflict is returned.
func (s *Service) Save(ctx context.Context, actor auth.Actor, in Settings) (Settings, error) {
	if !actor.IsOwner() {
		return Settings{}, apperr.Forbidden("errors.forbidden.ownerOnly")
	}
	in, lg, err := clean(in)
	if err != nil {
		return Settings{}, err
	}
	err = s.db.Tx(ctx, func(tx *sql.Tx) error {
		before, err := scanSettings(tx.QueryRowContext(ctx, selectSettings))
		if err != nil {
			return err
		}
		if before.Version != in.Version {
			return apperr.Conflict("company")
		}
		_, err = tx.ExecContext(ctx, `UPDATE company SET name = ?, address = ?, phone = ?, tax_id = ?, logo = ?,
			logo_mime = ?, currency = ?, tax_rate_bp = ?, prices_include_tax = ?, timezone = ?, quote_prefix = ?,
			idle_lock_minutes = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?`,
			in.Name, in.Address, in.Phone, in.TaxID, lg.bytes, lg.mime, in.Currency, in.TaxRateBP,
			in.PricesIncludeTax, in.Timezone, in.QuotePrefix, in.IdleLockMinutes, store.FormatTime(s.now()), before.ID, in.Version)
		if err != nil {
			return fmt.Errorf("company: update: %w", err)
		}
		before.LogoDataURL, in.LogoDataURL = logoNote(before.LogoDataURL), logoNote(in.LogoDataURL)
		return audit.Write(ctx, tx, audit.Entry{At: s.now(), ActorID: actor.ID, Entity: "company", EntityID: before.ID, Action: "update", Before: before, After: in})
	})
	Forget(s.db) // also on a failed save: a conflict means the kept profile is old
	if err != nil {
		return Settings{}, err
	}
	return s.Settings(ctx)
}

// logoNote keeps the audit trail readable: it records that a logo was set,
// not its bytes.
func logoNote(dataURL string) string {
	if dataURL == "" {
		return ""
	}
	return fmt.Sprintf("(logo, %d bytes encoded)", len(dataURL))
}

// Zone is the company's time zone, or why it could not be read.
func (s *Service) Zone(ctx context.Context) (*time.Location, error) {
	settings, err := s.Settings(ctx)
	if err != nil {
		return nil, err
	}
	return zoneNamed(settings.Timezone), nil
}

// Location is the company's time zone for callers that cannot stop on an
// error (training's day counting): UTC when the settings cannot be read,
// which before setup is every time.
func (s *Service) Location(ctx context.Context) *time.Location {
	if loc, err := s.Zone(ctx); err == nil {
		return loc
	}
	return time.UTC
}

// zones caches loaded time zones by name: loading one reads the zone
// database, and Location is asked for on every date a list or import shows.
var zones sync.Map

func zoneNamed(name string) *time.Location {
	if loc, ok := zones.Load(name); ok {
		return loc.(*time.Location)
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return time.UTC // validated on save; only a damaged row gets here
	}
	zones.Store(name, loc)
	return loc
}
