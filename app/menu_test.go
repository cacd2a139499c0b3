package app

import (
	"context"
	"runtime"
	"testing"
)

// On Linux a language or theme change while the window runs must leave the
// native menu alone: replacing it through Wails v2 crashes GTK (see
// menu_replace_linux.go). With a running app's context the runtime call
// would stop this test.
func TestLinuxKeepsTheRunningMenu(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("Windows and macOS replace the menu in place")
	}
	core := &Core{}
	core.Startup(context.Background())
	m := NewMenu(core)
	m.Relabel("en")
	m.CheckTheme("dark")
	if core.Language() != "en" {
		t.Fatalf("the language is %q, want en for the next menu built", core.Language())
	}
}
