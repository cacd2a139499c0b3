package app

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"testing"

	"steady/backend/apperr"
	"steady/backend/store"
)

func TestVersionMatchesWailsJSON(t *testing.T) {
	raw, err := os.ReadFile("../wails.json")
	if err != nil {
		t.Fatal(err)
	}
	var project struct {
		Info struct {
			ProductVersion string `json:"productVersion"`
		} `json:"info"`
	}
	if err := json.Unmarshal(raw, &project); err != nil {
		t.Fatal(err)
	}
	if project.Info.ProductVersion != Version {
		t.Fatalf("wails.json says %q, app.Version is %q", project.Info.ProductVersion, Version)
	}
}

func TestErrorsReachTheUIAsTypedJSONOnly(t *testing.T) {
	var logged strings.Builder
	log := slog.New(slog.NewTextHandler(&logged, nil))
	cases := []struct {
		err      error
		kind     string
		code     string
		notShown string
	}{
		{apperr.Field("name", "validation.required", nil), "validation", "errors.validation", ""},
		{fmt.Errorf("company: save: %w", apperr.Conflict("company")), "conflict", "errors.conflict.company", "company: save"},
		{errors.New("sqlite: disk I/O error at /secret/path"), "internal", "errors.internal", "/secret/path"},
		{fmt.Errorf("%w: %w", errStartup, store.ErrSchemaTooNew), "internal", "startup.schemaTooNew", "newer version"},
	}
	for _, c := range cases {
		shown := toUI(log, "test", c.err).Error()
		var got struct {
			Kind   string                       `json:"kind"`
			Code   string                       `json:"code"`
			Fields map[string]apperr.FieldError `json:"fields"`
		}
		if err := json.Unmarshal([]byte(shown), &got); err != nil {
			t.Fatalf("%v: not JSON: %q", c.err, shown)
		}
		if got.Kind != c.kind || got.Code != c.code {
			t.Errorf("%v: got %+v", c.err, got)
		}
		if c.notShown != "" && strings.Contains(shown, c.notShown) {
			t.Errorf("raw error text reached the UI: %q", shown)
		}
	}
	if !strings.Contains(logged.String(), "/secret/path") {
		t.Fatal("internal errors must be logged with their raw text")
	}
	if toUI(log, "test", nil) != nil {
		t.Fatal("no error must stay no error")
	}
}

func TestNativeTextsExistInBothLanguages(t *testing.T) {
	zh, en := nativeTexts["zh-CN"], nativeTexts["en"]
	for k := range zh {
		if en[k] == "" {
			t.Errorf("%s missing in en", k)
		}
	}
	for k := range en {
		if zh[k] == "" {
			t.Errorf("%s missing in zh-CN", k)
		}
	}
}

func TestNativeLanguageFollowsChoiceThenSystem(t *testing.T) {
	cases := []struct{ chosen, system, want string }{
		{"en", "zh-CN.UTF-8", "en"},
		{"", "zh-TW.UTF-8", "zh-CN"},
		{"", "de-DE.UTF-8", "en"},
		{"", "", "en"},
	}
	for _, c := range cases {
		if got := nativeLanguage(c.chosen, c.system); got != c.want {
			t.Errorf("nativeLanguage(%q, %q) = %q, want %q", c.chosen, c.system, got, c.want)
		}
	}
}
