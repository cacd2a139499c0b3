#!/usr/bin/env bash
# End-to-end: `wails dev` under Xvfb serves the real app (real Go services)
# at localhost:34115; playwright-core drives it in Debian's Chromium. Each
# test file gets an app of its own on a fresh temporary database, so no file
# depends on what another left behind. Screenshots land in build/e2e/.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
tmp=$(mktemp -d)
mkdir -p build/e2e
port=${E2E_PORT:-34115} # another port lets two runs share a machine
# The machine keeps the time of a new company's zone (Asia/Shanghai), as a
# team in China would: the tests' "today" is then the app's today at any hour
# of a UTC day (from 16:00 UTC the two calendars differ).
export TZ=Asia/Shanghai
source .ci/xvfb.sh
start_xvfb 95
dev_pid=""

stop_app() {
  [ -n "$dev_pid" ] || return 0
  kill -INT -- "-$dev_pid" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$dev_pid" 2>/dev/null || break; sleep 0.2; done
  kill -KILL -- "-$dev_pid" 2>/dev/null || true
  dev_pid=""
  # the next app needs the port
  for _ in $(seq 1 50); do curl -s -o /dev/null "http://localhost:$port/" || break; sleep 0.2; done
}
cleanup() {
  stop_app
  kill "$XVFB_PID" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

# A production build served as is (see frontend/scripts/dev-server.mjs): the
# first start builds it, later starts serve the same folder. No rebuilds:
# nothing may reload the page under a test.
export STEADY_E2E_DIST="$tmp/dist"

# start_app NAME: wails dev on a new database $tmp/NAME.db, waiting until it serves.
start_app() {
  export STEADY_DB="$tmp/$1.db"
  export STEADY_DEVICE="$tmp/$1.device.json" # this run's device file, not the machine's real one
  log="$tmp/$1.log"
  setsid wails dev -viteservertimeout 300 -s -m -skipbindings -noreload -nogorebuild -devserver "localhost:$port" -tags "sqlite_fts5 webkit2_41 e2e" -loglevel Warning >"$log" 2>&1 &
  dev_pid=$!
  for _ in $(seq 1 600); do # up to 5 minutes: a loaded machine starts wails dev slowly
    if curl -sf -o /dev/null "http://localhost:$port/" && grep -q "Using DevServer URL\|Serving assets from frontend DevServer URL\|To develop in the browser" "$log" 2>/dev/null; then
      return 0
    fi
    kill -0 "$dev_pid" 2>/dev/null || break
    sleep 0.5
  done
  echo "wails dev did not become ready:"; tail -50 "$log"; return 1
}

# run_file FILE: the file against an app of its own, stopped after it; the app's log on failure.
run_file() {
  local name rc=0
  name=$(basename "$1" .test.mjs)
  start_app "$name" || { stop_app; return 1; }
  # A file that hangs (an app that died under a call) fails after 15 minutes instead of stalling CI.
  if ! (cd frontend && E2E_URL="http://localhost:$port" E2E_SHOTS="$root/build/e2e" timeout 900 node --test --test-concurrency=1 "$1"); then
    echo "--- wails dev log ($name) ---"; tail -80 "$log"; rc=1
  fi
  stop_app
  return $rc
}

# The foundation file walks the first-run wizard; the others get past it through
# harness.signInAsOwner. E2E_FILES (e.g. "e2e/sales.test.mjs") runs only those.
# Every file runs even after one fails, so a run reports all that is wrong.
files=${E2E_FILES:-$(cd frontend && ls e2e/*.test.mjs)}
failed=""
for f in $files; do
  run_file "$f" || failed="$failed $f"
done
if [ -n "$failed" ]; then
  echo "end-to-end failures in:$failed"; exit 1
fi
