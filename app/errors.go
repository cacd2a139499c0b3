package app

import (
	"encoding/json"
	"errors"
	"log/slog"

	"steady/backend/apperr"
	"steady/backend/store"
)

// uiError is what a bound method returns: Wails hands its text (JSON of a
// typed error) to the frontend, whose adapter turns it back into a typed error.
type uiError struct{ payload string }

func (e uiError) Error() string { return e.payload }

type internalError struct {
	Kind string `json:"kind"`
	Code string `json:"code"`
}

// toUI serialises typed errors as they are; anything else is logged with its
// raw text and reaches the screen only as a translated "something went wrong".
func toUI(log *slog.Logger, op string, err error) error {
	if err == nil {
		return nil
	}
	if e, ok := apperr.As(err); ok {
		b, _ := json.Marshal(e) // a struct of strings and maps of plain values
		return uiError{string(b)}
	}
	log.Error("operation failed", "op", op, "err", err)
	b, _ := json.Marshal(internalError{Kind: "internal", Code: storeCode(err)})
	return uiError{string(b)}
}

// storeCode names what the store refused, as an i18n key: why the database
// could not be opened, or why a backup was not written.
func storeCode(err error) string {
	switch {
	case errors.Is(err, store.ErrBackupOntoLive):
		return "errors.backupOntoLive"
	case errors.Is(err, store.ErrSchemaTooNew):
		return "startup.schemaTooNew"
	case errors.Is(err, store.ErrDamaged):
		return "startup.damaged"
	case errors.Is(err, store.ErrNotSteady):
		return "startup.notSteady"
	case errors.Is(err, store.ErrInUse):
		return "startup.inUse"
	case errors.Is(err, errStartup) && isDamaged(err):
		return "startup.damaged" // SQLite's own "malformed" / "not a database" while opening
	case errors.Is(err, errStartup):
		return "startup.openFailed"
	}
	if p, ok := store.ProblemOf(err); ok { // what SQLite refused: locked, full, read-only, malformed
		return p.Code
	}
	return "errors.internal"
}

var errStartup = errors.New("the database could not be opened")

// isDamaged says whether SQLite itself called the file damaged.
func isDamaged(err error) bool {
	p, ok := store.ProblemOf(err)
	return ok && p == store.ProblemDamaged
}
