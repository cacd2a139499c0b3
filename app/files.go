package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	wruntime "github.com/wailsapp/wails/v2/pkg/runtime"

	"steady/backend/prefs"
)

// saveTarget describes a file the user is about to save.
type saveTarget struct {
	name   string // suggested file name, for people (e.g. 培训矩阵_2026-11-27.xlsx)
	filter string // e.g. "Excel (*.xlsx)"
	ext    string // e.g. ".xlsx"
}

// askSavePath shows the native save dialog in the last folder used. A file
// that exists is replaced only after a second, explicit yes. "" means cancelled.
func (c *Core) askSavePath(t saveTarget) (string, error) {
	wctx := c.wailsContext()
	folder, _ := c.Prefs.Get(context.Background(), prefs.LastFolder) // no folder remembered is fine
	path, err := wruntime.SaveFileDialog(wctx, wruntime.SaveDialogOptions{
		DefaultDirectory: folder,
		DefaultFilename:  t.name,
		Filters:          []wruntime.FileFilter{{DisplayName: t.filter, Pattern: "*" + t.ext}},
	})
	if err != nil || path == "" {
		return "", err
	}
	if !strings.EqualFold(filepath.Ext(path), t.ext) {
		path += t.ext // Windows does not add the filter's extension
	}
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		c.paths.add(path)
		return path, nil
	}
	answer, err := wruntime.MessageDialog(wctx, wruntime.MessageDialogOptions{
		Type: wruntime.QuestionDialog, Title: "Steady",
		Message: c.text("dialog.replaceFile", filepath.Base(path)),
		Buttons: []string{"Yes", "No"}, DefaultButton: "No",
	})
	if err != nil || (answer != "Yes" && answer != "Ok") {
		return "", err
	}
	c.paths.add(path)
	return path, nil
}

// askOpenPath shows the native open dialog; the file chosen becomes one the
// app may read. "" means cancelled.
func (c *Core) askOpenPath(filters ...wruntime.FileFilter) (string, error) {
	path, err := wruntime.OpenFileDialog(c.wailsContext(), wruntime.OpenDialogOptions{Filters: filters})
	if err != nil || path == "" {
		return "", err
	}
	c.paths.add(path)
	return path, nil
}

// rememberFolder keeps the folder of a saved file for the next dialog.
func (c *Core) rememberFolder(path string) {
	if err := c.Prefs.Set(context.Background(), prefs.LastFolder, filepath.Dir(path)); err != nil {
		c.Log.Warn("could not remember the folder", "err", err)
	}
}

// writeFileAtomically writes through a temporary file beside path, so a
// failed export never leaves half a file under the user's chosen name.
func writeFileAtomically(path string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".steady-*.partial")
	if err != nil {
		return fmt.Errorf("app: save %s: %w", path, err)
	}
	defer os.Remove(tmp.Name()) // gone after the rename; cleans up after a failure
	if err := write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("app: save %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("app: save %s: %w", path, err)
	}
	return nil
}

// saveAs asks where to save and writes the file there; "" means cancelled.
func (c *Core) saveAs(t saveTarget, write func(io.Writer) error) (string, error) {
	path, err := c.askSavePath(t)
	if err != nil || path == "" {
		return "", err
	}
	if err := writeFileAtomically(path, write); err != nil {
		return "", err
	}
	c.rememberFolder(path)
	return path, nil
}
