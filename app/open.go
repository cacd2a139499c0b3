package app

import (
	"os/exec"
	"path/filepath"
	"runtime"
)

// OpenPath opens a saved file with the program the system uses for it.
func (s *System) OpenPath(path string) error {
	return toUI(s.core.Log, "system.open", startDetached(openCommand(path)))
}

// ShowInFolder opens the file's folder, with the file selected where the
// system can do that.
func (s *System) ShowInFolder(path string) error {
	return toUI(s.core.Log, "system.showInFolder", startDetached(revealCommand(path)))
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
