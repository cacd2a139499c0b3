package app

import (
	"os"
	"strings"
)

// systemLocale reads the POSIX locale variables; on Windows and macOS, where
// they are usually unset, the frontend's navigator.language decides instead
// and tells us through SetLanguage.
func systemLocale() string {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := os.Getenv(name); v != "" {
			return strings.ReplaceAll(v, "_", "-")
		}
	}
	return ""
}
