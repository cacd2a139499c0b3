package app

// menuReplaceable is false on Linux: Wails v2's GTK side builds a replacement
// menu bar off the main thread, never shows it, and leaves the shown items
// without callbacks (a click then crashes), so the menu keeps the labels it
// started with until the next start.
const menuReplaceable = false
