package app

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"steady/backend/apperr"
)

// knownPaths are the files this run of the app produced or was handed by
// the person through a native dialog: what a save or open dialog returned
// and what an export wrote. Bound methods that take a path accept only
// these, so a page that runs script it should not (a crafted customer name
// that slipped through) cannot read, overwrite or launch any other file.
type knownPaths struct {
	mu    sync.Mutex
	paths map[string]bool
}

// add remembers path as one the app produced.
func (k *knownPaths) add(path string) {
	if path == "" {
		return
	}
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.paths == nil {
		k.paths = map[string]bool{}
	}
	k.paths[pathKey(path)] = true
}

// check refuses a path the app did not produce since it started.
func (k *knownPaths) check(path string) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	if path == "" || !k.paths[pathKey(path)] {
		return apperr.Forbidden("errors.forbidden.pathNotOffered")
	}
	return nil
}

// pathKey is path absolute and clean, case folded where the file systems
// usually fold it, so one file has one key.
func pathKey(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = filepath.Clean(path)
	}
	if runtime.GOOS == "windows" || runtime.GOOS == "darwin" {
		abs = strings.ToLower(abs)
	}
	return abs
}

// openableExt are the kinds of file the app writes and offers to open: a
// document, never a program.
var openableExt = map[string]bool{".xlsx": true, ".pdf": true, ".csv": true}

// checkOpenable refuses to hand path to the system's opener unless it is a
// regular file of a kind the app writes (by its name and, through links, by
// what it really is) and, where files carry one, without an execute bit.
// Opening a program would run it.
func checkOpenable(path string) error {
	refused := apperr.Forbidden("errors.forbidden.pathNotDocument")
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		return err
	}
	for _, name := range []string{path, real} {
		if !openableExt[strings.ToLower(filepath.Ext(name))] {
			return refused
		}
	}
	info, err := os.Stat(real)
	if err != nil {
		return err
	}
	if !info.Mode().IsRegular() || (runtime.GOOS != "windows" && info.Mode().Perm()&0o111 != 0) {
		return refused
	}
	return nil
}
