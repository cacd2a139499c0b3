#!/usr/bin/env bash
# End-to-end: `wails dev` under Xvfb serves the real app (real Go services,
# a fresh temporary database) at localhost:34115; playwright-core drives it
# in Debian's Chromium. Screenshots land in build/e2e/.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
tmp=$(mktemp -d)
mkdir -p build/e2e
export STEADY_DB="$tmp/e2e.db"
port=${E2E_PORT:-34115} # another port lets two runs share a machine
source .ci/xvfb.sh
start_xvfb 95
dev_pid=""
cleanup() {
  if [ -n "$dev_pid" ]; then
    kill -INT -- "-$dev_pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$dev_pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL -- "-$dev_pid" 2>/dev/null || true
  fi
  kill "$XVFB_PID" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

# A production build served as is (see frontend/scripts/dev-server.mjs), and
# no rebuilds: nothing may reload the page under a test.
export STEADY_E2E_DIST="$tmp/dist"
setsid wails dev -viteservertimeout 300 -s -m -skipbindings -noreload -nogorebuild -devserver "localhost:$port" -tags "sqlite_fts5 webkit2_41" -loglevel Warning >"$tmp/dev.log" 2>&1 &
dev_pid=$!
ready=""
for _ in $(seq 1 240); do
  if curl -sf -o /dev/null "http://localhost:$port/" && grep -q "Using DevServer URL\|Serving assets from frontend DevServer URL\|To develop in the browser" "$tmp/dev.log" 2>/dev/null; then
    ready=yes; break
  fi
  kill -0 "$dev_pid" 2>/dev/null || break
  sleep 0.5
done
if [ -z "$ready" ]; then
  echo "wails dev did not become ready:"; tail -50 "$tmp/dev.log"; exit 1
fi
cd frontend
# foundation.test.mjs walks the first-run wizard, so it goes first; the other files follow in name order.
e2e_run() { E2E_URL="http://localhost:$port" E2E_SHOTS="$root/build/e2e" node --test --test-concurrency=1 "$@"; }
# E2E_FILES (e.g. "e2e/sales.test.mjs") runs only those after the foundation.
rest=${E2E_FILES:-$(ls e2e/*.test.mjs | grep -v '/foundation\.test\.mjs$')}
if ! { e2e_run e2e/foundation.test.mjs && e2e_run $rest; }; then
  echo "--- wails dev log ---"; tail -80 "$tmp/dev.log"; exit 1
fi
