package app

import (
	"runtime"
	"sync"

	"github.com/wailsapp/wails/v2/pkg/menu"
	"github.com/wailsapp/wails/v2/pkg/menu/keys"
	wruntime "github.com/wailsapp/wails/v2/pkg/runtime"
)

// Menu is the native application menu. Its items emit events the frontend
// acts on ("menu:navigate", "menu:backup", "menu:exportAll", "menu:about",
// "menu:language", "menu:theme"), so that every action has one implementation.
type Menu struct {
	core *Core

	mu    sync.Mutex
	theme string
	owner bool // the owner is signed in: the menu offers backing up and exporting everything

	// applyMu serialises menu rebuilds: Wails walks the menu's maps without
	// a lock, and the frontend relabels and sets the language at once.
	applyMu sync.Mutex
}

// NewMenu returns the menu builder.
func NewMenu(core *Core) *Menu { return &Menu{core: core, theme: "system"} }

// Build returns the menu in the current language.
func (m *Menu) Build() *menu.Menu {
	t := m.core.text
	root := menu.NewMenu()
	if runtime.GOOS == "darwin" {
		root.Append(menu.AppMenu())
	}
	file := root.AddSubmenu(t("menu.file"))
	file.AddText(t("menu.newCustomer"), keys.CmdOrCtrl("n"), m.emit("menu:navigate", "customers/new"))
	file.AddText(t("menu.newQuote"), keys.Combo("n", keys.CmdOrCtrlKey, keys.ShiftKey), m.emit("menu:navigate", "quotes/new"))
	file.AddSeparator()
	if m.offersOwnerItems() {
		file.AddText(t("menu.backup"), nil, m.emit("menu:backup", nil))
		file.AddText(t("menu.exportAll"), nil, m.emit("menu:exportAll", nil))
		file.AddSeparator()
	}
	file.AddText(t("menu.quit"), keys.CmdOrCtrl("q"), func(*menu.CallbackData) { wruntime.Quit(m.core.wailsContext()) })
	root.Append(menu.EditMenu())
	m.addView(root)
	help := root.AddSubmenu(t("menu.help"))
	help.AddText(t("menu.about"), nil, m.emit("menu:about", nil))
	return root
}

func (m *Menu) addView(root *menu.Menu) {
	t := m.core.text
	view := root.AddSubmenu(t("menu.view"))
	lang := view.AddSubmenu(t("menu.language"))
	lang.AddText("中文", nil, m.emit("menu:language", "zh-CN"))
	lang.AddText("English", nil, m.emit("menu:language", "en"))
	theme := view.AddSubmenu(t("menu.theme"))
	m.mu.Lock()
	current := m.theme
	m.mu.Unlock()
	for _, choice := range []struct{ value, label string }{
		{"system", "menu.themeSystem"}, {"light", "menu.themeLight"}, {"dark", "menu.themeDark"},
	} {
		theme.AddRadio(t(choice.label), current == choice.value, nil, m.emit("menu:theme", choice.value))
	}
}

func (m *Menu) emit(event string, payload any) menu.Callback {
	return func(*menu.CallbackData) {
		if payload == nil {
			wruntime.EventsEmit(m.core.wailsContext(), event)
			return
		}
		wruntime.EventsEmit(m.core.wailsContext(), event, payload)
	}
}

// offersOwnerItems says whether Back Up and Export Everything are shown:
// only to the owner where the menu can change while the app runs; on Linux,
// where it cannot, they stay and the frontend answers others with a notice.
func (m *Menu) offersOwnerItems() bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.owner || !menuReplaceable
}

// SignedIn rebuilds the menu for who is signed in now (nil: nobody).
func (m *Menu) SignedIn(owner bool) {
	if m == nil {
		return // a session without a window (start-up checks)
	}
	m.mu.Lock()
	changed := m.owner != owner
	m.owner = owner
	m.mu.Unlock()
	if changed {
		m.apply()
	}
}

// Relabel rebuilds the menu in another language.
func (m *Menu) Relabel(lang string) {
	m.core.SetLanguage(lang)
	m.apply()
}

// CheckTheme moves the theme radio mark.
func (m *Menu) CheckTheme(theme string) {
	m.mu.Lock()
	m.theme = theme
	m.mu.Unlock()
	m.apply()
}

func (m *Menu) apply() {
	ctx := m.core.wailsContext()
	if ctx == nil || !menuReplaceable {
		return // before startup the menu is built from options
	}
	m.applyMu.Lock()
	defer m.applyMu.Unlock()
	wruntime.MenuSetApplicationMenu(ctx, m.Build())
	wruntime.MenuUpdateApplicationMenu(ctx)
}
