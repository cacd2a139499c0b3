// Package apperr holds the typed errors that may reach a person: invalid input
// with per-field i18n codes, not found, a stale version, and forbidden actions.
// Anything else is an internal error: logged, never shown verbatim.
package apperr

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// Kind tells the frontend how to present an error.
type Kind string

const (
	KindValidation      Kind = "validation"
	KindNotFound        Kind = "not_found"
	KindConflict        Kind = "conflict"
	KindForbidden       Kind = "forbidden"
	KindUnauthenticated Kind = "unauthenticated"
)

// FieldError is one problem with one field; Code is an i18n key.
type FieldError struct {
	Code   string         `json:"code"`
	Params map[string]any `json:"params,omitempty"`
}

// Error is a typed error with an i18n message code.
type Error struct {
	Kind   Kind                  `json:"kind"`
	Code   string                `json:"code"`
	Fields map[string]FieldError `json:"fields,omitempty"`
}

func (e *Error) Error() string {
	if len(e.Fields) == 0 {
		return fmt.Sprintf("%s: %s", e.Kind, e.Code)
	}
	names := make([]string, 0, len(e.Fields))
	for name, fe := range e.Fields {
		names = append(names, name+"="+fe.Code)
	}
	sort.Strings(names)
	return fmt.Sprintf("%s: %s", e.Kind, strings.Join(names, ", "))
}

// Is lets errors.Is(err, apperr.ErrNotFound) match any error of the same kind.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	return ok && t.Kind == e.Kind && (t.Code == "" || t.Code == e.Code)
}

// Sentinels for errors.Is; each matches every error of its kind.
var (
	ErrValidation      = &Error{Kind: KindValidation}
	ErrNotFound        = &Error{Kind: KindNotFound}
	ErrConflict        = &Error{Kind: KindConflict}
	ErrForbidden       = &Error{Kind: KindForbidden}
	ErrUnauthenticated = &Error{Kind: KindUnauthenticated}
)

// NotFound reports a missing record of the named entity.
func NotFound(entity string) error {
	return &Error{Kind: KindNotFound, Code: "errors.notFound." + entity}
}

// Conflict reports that the record changed since the caller read it.
func Conflict(entity string) error {
	return &Error{Kind: KindConflict, Code: "errors.conflict." + entity}
}

// Forbidden reports an action the acting user may not take.
func Forbidden(code string) error {
	return &Error{Kind: KindForbidden, Code: code}
}

// Unauthenticated reports a call that needs a signed-in user.
func Unauthenticated(code string) error {
	return &Error{Kind: KindUnauthenticated, Code: code}
}

// As returns the typed error inside err, if there is one.
func As(err error) (*Error, bool) {
	var e *Error
	if errors.As(err, &e) {
		return e, true
	}
	return nil, false
}
