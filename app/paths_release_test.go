//go:build !e2e

package app

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// testHook is the method through which the end-to-end suite registers its
// paths; it must exist only in builds with the e2e tag.
const testHook = "RegisterTestPath"

// A release build binds no method that lets the page register a path: no
// bound type has it (by reflection, in this build without the e2e tag),
// every file that declares it builds only with the e2e tag, the release
// targets do not set that tag, and the end-to-end run does.
func TestReleaseBuildHasNoPathRegistration(t *testing.T) {
	core := &Core{}
	session := NewSession(core, NewMenu(core))
	bound := []any{session, NewCompany(core, session), NewUsers(core, session), NewSystem(core, session),
		NewTraining(core, session), NewCustomers(core, session), NewCustomerFiles(core, session), NewQuotes(core, session),
		NewCatalog(core, session), NewSales(core, session), NewAppraisal(core, session)}
	for _, b := range bound {
		typ := reflect.TypeOf(b)
		for i := range typ.NumMethod() {
			if name := typ.Method(i).Name; name == testHook || strings.Contains(name, "Test") || strings.Contains(name, "E2E") {
				t.Errorf("%s.%s is bound in a release build", typ.Elem().Name(), name)
			}
		}
	}

	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	declared := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		if !declaresMethod(name, testHook) {
			continue
		}
		declared++
		if !strings.Contains(strings.SplitN(readFile(t, name), "package", 2)[0], "//go:build e2e") {
			t.Errorf("%s declares %s without the constraint //go:build e2e", name, testHook)
		}
	}
	if declared == 0 {
		t.Fatalf("no file declares %s: the end-to-end suite cannot register its paths", testHook)
	}

	release := readFile(t, "../Makefile")
	for _, target := range regexp.MustCompile(`(?m)^(build|windows):[^\n]*\n(\t[^\n]*\n)+`).FindAllString(release, -1) {
		if strings.Contains(target, "e2e") {
			t.Errorf("a release target builds with the e2e tag:\n%s", target)
		}
	}
	if tags := regexp.MustCompile(`(?m)^(TAGS|DESKTOP_TAGS)\s*:=.*$`).FindAllString(release, -1); strings.Contains(strings.Join(tags, "\n"), "e2e") {
		t.Errorf("the Makefile's tags include e2e: %v", tags)
	}
	if e2e := readFile(t, "../.ci/e2e.sh"); !regexp.MustCompile(`-tags "[^"]*\be2e\b[^"]*"`).MatchString(e2e) {
		t.Error(".ci/e2e.sh does not build with the e2e tag: the suite could not register its paths")
	}
}

func declaresMethod(file, name string) bool {
	src, err := os.ReadFile(file)
	return err == nil && regexp.MustCompile(`(?m)^func \([^)]*\) `+name+`\(`).Match(src)
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
