package app

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// codePattern finds i18n codes written as string literals in Go code.
var codePattern = regexp.MustCompile(`"((?:validation|errors|auth|startup)\.[A-Za-z0-9_.]+)"`)

// TestEveryBackendCodeIsTranslated fails when the Go side can send an i18n
// code that one of the frontend's locale files lacks.
func TestEveryBackendCodeIsTranslated(t *testing.T) {
	codes := backendCodes(t)
	if len(codes) < 10 {
		t.Fatalf("found only %d codes; is the pattern still right?", len(codes))
	}
	for _, locale := range []string{"zh-CN", "en"} {
		keys := localeKeys(t, filepath.Join("..", "frontend", "src", "locales", locale+".json"))
		for code, where := range codes {
			if !keys[code] && !isPrefixOnly(code, keys) {
				t.Errorf("%s: %q (used in %s) has no translation", locale, code, where)
			}
		}
	}
}

// isPrefixOnly accepts codes built by concatenation ("errors.notFound." + entity).
func isPrefixOnly(code string, keys map[string]bool) bool {
	if !strings.HasSuffix(code, ".") {
		return false
	}
	for k := range keys {
		if strings.HasPrefix(k, code) {
			return true
		}
	}
	return false
}

func backendCodes(t *testing.T) map[string]string {
	codes := map[string]string{}
	for _, dir := range []string{"../backend", "."} {
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return err
			}
			src, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			for _, m := range codePattern.FindAllStringSubmatch(string(src), -1) {
				codes[m[1]] = path
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return codes
}

func localeKeys(t *testing.T, path string) map[string]bool {
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var tree map[string]any
	if err := json.Unmarshal(raw, &tree); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	keys := map[string]bool{}
	var walk func(prefix string, node map[string]any)
	walk = func(prefix string, node map[string]any) {
		for k, v := range node {
			if child, ok := v.(map[string]any); ok {
				walk(prefix+k+".", child)
			} else {
				keys[prefix+k] = true
			}
		}
	}
	walk("", tree)
	return keys
}
