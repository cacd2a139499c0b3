# Steady — make run | make test | make build | make windows
# Every target installs what is missing first (Debian/Ubuntu) and is quiet
# when there is nothing to install.

SHELL        := /bin/bash
GOBIN        := $(shell go env GOPATH)/bin
export PATH  := $(GOBIN):$(PATH)
WAILS        := $(GOBIN)/wails
WAILS_VER    := v2.17.1
# The CLI must match the module in go.mod; the stamp re-installs it when the pin moves.
WAILS_STAMP  := $(GOBIN)/.steady-wails-$(WAILS_VER)
TAGS         := sqlite_fts5
DESKTOP_TAGS := $(TAGS) webkit2_41
APT_PKGS     := libgtk-3-dev libwebkit2gtk-4.1-dev pkg-config gcc xvfb xauth xdotool imagemagick \
                chromium gcc-mingw-w64-x86-64 nsis poppler-utils fonts-wqy-microhei

.PHONY: run test build windows deps system-deps test-go test-frontend test-e2e test-native bindings fuzz bench-ui clean

run: deps build
	@.ci/open-app.sh build/bin/steady

test: deps bindings test-frontend test-go build test-e2e test-native
	@echo "all tests passed"

build: deps bindings
	@$(WAILS) build -tags "$(DESKTOP_TAGS)" -trimpath -clean=false >/tmp/steady-build.log 2>&1 || { cat /tmp/steady-build.log; exit 1; }
	@echo "built build/bin/steady"

windows: deps bindings
	@CGO_ENABLED=1 CC=x86_64-w64-mingw32-gcc CXX=x86_64-w64-mingw32-g++ \
		$(WAILS) build -platform windows/amd64 -nsis -tags "$(TAGS)" -trimpath -o steady.exe >/tmp/steady-windows.log 2>&1 \
		|| { cat /tmp/steady-windows.log; exit 1; }
	@go version -m build/bin/steady.exe | grep -q 'CGO_ENABLED=1' \
		|| { echo "build/bin/steady.exe was built without cgo: SQLite would fail at run time"; exit 1; }
	@ls build/bin/steady.exe build/bin/*installer*.exe

deps: system-deps $(WAILS_STAMP) frontend/node_modules/.package-lock.json

system-deps:
	@.ci/apt-deps.sh $(APT_PKGS)

$(WAILS_STAMP):
	@echo "installing the Wails CLI $(WAILS_VER)"
	@go install github.com/wailsapp/wails/v2/cmd/wails@$(WAILS_VER)
	@touch $@

frontend/node_modules/.package-lock.json: frontend/package-lock.json
	@cd frontend && npm ci --no-audit --no-fund --loglevel=error

# Regenerates the typed bindings from the bound Go types.
bindings: $(WAILS_STAMP)
	@$(WAILS) generate module -tags "$(TAGS)" >/dev/null

test-frontend:
	@cd frontend && npm run --silent typecheck && npm run --silent test

test-go:
	@go vet -tags "$(TAGS)" ./...
	@go test -race -tags "$(TAGS)" ./...

test-e2e:
	@.ci/e2e.sh

# Runs every Go fuzz target (func FuzzXxx in backend/) for FUZZTIME, one at a
# time; a failing input lands in its package's testdata/fuzz/FuzzXxx/, which
# `go test` (and so `make test`) then replays for good.
FUZZTIME ?= 30s
fuzz:
	@for file in $$(grep -rl --include='*_test.go' '^func Fuzz' backend | sort); do \
		for target in $$(sed -n 's/^func \(Fuzz[A-Za-z0-9_]*\)(.*/\1/p' $$file); do \
			echo "fuzzing $$target in $$(dirname $$file) for $(FUZZTIME)"; \
			go test -tags "$(TAGS)" -run '^$$' -fuzz "^$$target$$" -fuzztime $(FUZZTIME) ./$$(dirname $$file)/ >/tmp/steady-fuzz.log 2>&1 \
				|| { grep -v '^fuzz: elapsed' /tmp/steady-fuzz.log; exit 1; }; \
		done; \
	done
	@echo "fuzzing found nothing new"

# Click-to-first-rows of the main lists on a 100,000-customer database, in
# Chromium against the production build (not part of make test; the
# database is built once into build/bench/, about ten minutes).
bench-ui: deps bindings
	@.ci/bench-ui.sh

test-native:
	@.ci/native-smoke.sh build/bin/steady

clean:
	rm -rf build/bin build/e2e frontend/node_modules
