//go:build !linux

package app

// menuReplaceable: Windows and macOS rebuild the native menu in place.
const menuReplaceable = true
