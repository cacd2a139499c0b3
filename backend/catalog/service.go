// Package catalog holds what a business sells: products and services with
// their prices, costs and floor prices, price lists that override list prices
// for a customer tier, and the catalog's Excel import and export.
package catalog

import (
	"context"
	"database/sql"
	"time"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/store"
)

// Service reads and changes the catalog.
type Service struct {
	db  *store.DB
	now func() time.Time
}

// NewService returns a catalog service.
func NewService(db *store.DB, now func() time.Time) *Service {
	return &Service{db: db, now: now}
}

// stamp is the current moment as stored text.
func (s *Service) stamp() string { return store.FormatTime(s.now()) }

// querier is what both the read pool and a transaction offer.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

type scanner interface{ Scan(dest ...any) error }

// requireEditor lets the owner and managers change prices; everyone signed
// in may read the catalog.
func requireEditor(actor auth.Actor) error {
	if actor.Role == auth.RoleOwner || actor.Role == auth.RoleManager {
		return nil
	}
	return apperr.Forbidden("errors.forbidden.managerOnly")
}

// changedOne turns an UPDATE that touched no row into a conflict: the row
// changed (or went away) since the caller read it.
func changedOne(res sql.Result, err error, entity string) error {
	if err != nil {
		return err
	}
	n, err := res.RowsAffected()
	if err != nil {
		return err
	}
	if n != 1 {
		return apperr.Conflict(entity)
	}
	return nil
}

func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}
