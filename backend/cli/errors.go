package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"steady/backend/apperr"
	"steady/backend/store"
)

// said is a failure already worded for the person at the terminal.
type said struct{ text string }

func (e *said) Error() string { return e.text }

func say(format string, args ...any) error { return &said{fmt.Sprintf(format, args...)} }

// plain is the one line Run prints for a failure: the commands' own
// wording, the store's, the file system's and the areas' typed errors in
// words, and anything unforeseen by its innermost cause, without the
// packages' prefixes.
func plain(err error) string {
	var s *said
	var pe *fs.PathError
	switch {
	case errors.As(err, &s):
		return oneLine(s)
	case errors.As(err, &pe):
		if text := fileProblem(pe.Path, err); text != "" {
			return text
		}
		return oneLine(fmt.Errorf("could not %s %s: %w", pe.Op, pe.Path, pe.Err))
	}
	if text := storeProblem("the database", err); text != "" {
		return text
	}
	if e, ok := apperr.As(err); ok {
		return typed(e)
	}
	return oneLine(cause(err))
}

// about words err as a problem with the file at path when it is one (not a
// Steady database, damaged, in use, already there…) and passes it on otherwise.
func about(path string, err error) error {
	if err == nil {
		return nil
	}
	if text := fileProblem(path, err); text != "" {
		return &said{text}
	}
	return err
}

// fileProblem words what is wrong with the file called name, or "".
func fileProblem(name string, err error) string {
	if text := storeProblem(name, err); text != "" {
		return text
	}
	switch {
	case errors.Is(err, fs.ErrExist):
		return name + " already exists; choose another file name"
	case errors.Is(err, fs.ErrNotExist):
		return name + " does not exist"
	case errors.Is(err, fs.ErrPermission):
		return "no permission to use " + name
	}
	return ""
}

// storeProblem words the store's verdicts on a database file, or "".
func storeProblem(name string, err error) string {
	switch {
	case errors.Is(err, store.ErrNotSteady):
		return name + " is not a Steady database"
	case errors.Is(err, store.ErrDamaged):
		return name + " is damaged: it failed its integrity check"
	case errors.Is(err, store.ErrSchemaTooNew):
		return name + " was written by a newer version of Steady; update Steady to use it"
	case errors.Is(err, store.ErrInUse):
		return name + " is open in a running Steady; close it first"
	case errors.Is(err, store.ErrBackupOntoLive):
		return name + " belongs to the database being backed up; choose another file name"
	}
	if p, ok := store.ProblemOf(err); ok { // what SQLite refused: locked, full, read-only, malformed
		return p.Text("en")
	}
	return ""
}

// typed words the areas' typed errors in English (the app shows them in the
// user's language; the command line has no translations).
func typed(e *apperr.Error) string {
	switch e.Kind {
	case apperr.KindNotFound:
		return "not found"
	case apperr.KindConflict:
		return "it was changed meanwhile; try again"
	case apperr.KindForbidden, apperr.KindUnauthenticated:
		return "not allowed"
	}
	fields := make([]string, 0, len(e.Fields))
	for name := range e.Fields {
		fields = append(fields, name)
	}
	sort.Strings(fields)
	return "invalid " + strings.Join(fields, ", ")
}

// cause is the innermost error err wraps: what actually failed, without the
// context each package added in front.
func cause(err error) error {
	for {
		next := errors.Unwrap(err)
		if next == nil {
			return err
		}
		err = next
	}
}

// newFile refuses an output file that is already there, or whose folder is
// missing, before any work starts.
func newFile(path string) error {
	if _, err := os.Stat(path); err == nil {
		return say("%s already exists; choose another file name", path)
	}
	if info, err := os.Stat(filepath.Dir(path)); err != nil || !info.IsDir() {
		return say("there is no folder %s to write %s in", filepath.Dir(path), path)
	}
	return nil
}

// existingFile refuses a missing input file, or a folder given for one;
// what names the kind of file wanted ("database", "backup").
func existingFile(path, what string) error {
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return say("no %s at %s", what, path)
	case err != nil:
		return about(path, err)
	case info.IsDir():
		return say("%s is a folder, not a %s", path, what)
	}
	return nil
}
