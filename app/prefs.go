package app

import (
	"context"

	"steady/backend/apperr"
	"steady/backend/prefs"
)

// SetLanguage keeps the chosen language ("zh-CN", "en", or "" to follow the
// system) and relabels the native menu.
func (s *Session) SetLanguage(lang string) error {
	if lang != "" && lang != "zh-CN" && lang != "en" {
		return toUI(s.core.Log, "session.language", apperr.Field("language", "validation.invalidLanguage", nil))
	}
	if err := s.core.ready(); err == nil {
		if err := s.core.Prefs.Set(context.Background(), prefs.Language, lang); err != nil {
			return toUI(s.core.Log, "session.language", err)
		}
	}
	s.menu.Relabel(lang)
	return nil
}

// SetTheme keeps the chosen theme: "system", "light" or "dark".
func (s *Session) SetTheme(theme string) error {
	if theme != "system" && theme != "light" && theme != "dark" {
		return toUI(s.core.Log, "session.theme", apperr.Field("theme", "validation.invalidTheme", nil))
	}
	if err := s.core.ready(); err != nil {
		return nil // nothing to keep it in; the frontend still applies it
	}
	s.menu.CheckTheme(theme)
	return toUI(s.core.Log, "session.theme", s.core.Prefs.Set(context.Background(), prefs.Theme, theme))
}

// MenuLanguage relabels the native menu in the language the frontend shows
// (which may follow the system) without storing a choice.
func (s *Session) MenuLanguage(lang string) {
	if lang == "zh-CN" || lang == "en" {
		s.menu.Relabel(lang)
	}
}
