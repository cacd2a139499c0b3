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

// Back Up and Export Everything are the owner's: where the menu can change
// while the app runs, others do not see them; on Linux they stay (the menu
// cannot be rebuilt there) and the frontend answers others with a notice.
func TestTheMenuOffersOwnerItemsToTheOwnerOnly(t *testing.T) {
	m := NewMenu(&Core{})
	m.SignedIn(false)
	if got := m.offersOwnerItems(); got != !menuReplaceable {
		t.Fatalf("signed out: owner items offered %v", got)
	}
	m.SignedIn(true)
	if !m.offersOwnerItems() {
		t.Fatal("the owner is not offered Back Up")
	}
	m.SignedIn(false)
	if got := m.offersOwnerItems(); got != !menuReplaceable {
		t.Fatalf("after the owner signed out: owner items offered %v", got)
	}
}
