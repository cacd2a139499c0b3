package app

import (
	"os/exec"
	"path/filepath"
	"runtime"

	"steady/backend/auth"
)

// OpenPath opens a file the app saved with the program the system uses for
// it. Only a signed-in person may, only for a path this run of the app
// produced (see knownPaths), and only a document: never a program.
func (s *System) OpenPath(path string) error {
	return asActorDo(s.session, "system.open", func(auth.Actor) error {
		return openFile(&s.core.paths, path, startDetached)
	})
}

// ShowInFolder opens the folder of a file the app saved, with the file
// selected where the system can do that.
func (s *System) ShowInFolder(path string) error {
	return asActorDo(s.session, "system.showInFolder", func(auth.Actor) error {
		if err := s.core.paths.check(path); err != nil {
			return err
		}
		return startDetached(revealCommand(path))
	})
}

// openFile hands path to the system's opener through start, after the
// checks; a refused path never reaches start.
func openFile(known *knownPaths, path string, start func(*exec.Cmd) error) error {
	if err := known.check(path); err != nil {
		return err
	}
	if err := checkOpenable(path); err != nil {
		return err
	}
	return start(openCommand(path))
}

func openCommand(path string) *exec.Cmd {
	switch runtime.GOOS {
	case "windows":
		return exec.Command("rundll32", "url.dll,FileProtocolHandler", path)
	case "darwin":
		return exec.Command("open", path)
	default:
		return exec.Command("xdg-open", path)
	}
}

func revealCommand(path string) *exec.Cmd {
	switch runtime.GOOS {
	case "windows":
		return exec.Command("explorer", "/select,", path)
	case "darwin":
		return exec.Command("open", "-R", path)
	default:
		return exec.Command("xdg-open", filepath.Dir(path))
	}
}

// startDetached starts the program and does not wait for it to close.
func startDetached(cmd *exec.Cmd) error {
	if err := cmd.Start(); err != nil {
		return err
	}
	go func() {
		_ = cmd.Wait() // reaps the process; the viewer's exit status is not ours to judge
	}()
	return nil
}
