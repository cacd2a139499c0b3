#!/usr/bin/env bash
# Starts the built app under Xvfb on a fresh database, waits for its window,
# saves a screenshot to build/e2e/native-window.png and checks it is not
# blank; then checks the CLI's exit codes with the same binary.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "$1")
tmp=$(mktemp -d)
mkdir -p build/e2e
source .ci/xvfb.sh
start_xvfb 91
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  kill "$XVFB_PID" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

"$bin" --db "$tmp/native.db" >"$tmp/app.log" 2>&1 &
app_pid=$!
# The window exists hidden until the page is ready; wait until it shows.
for _ in $(seq 1 120); do
  xdotool search --onlyvisible --name '^Steady$' >/dev/null 2>&1 && break
  kill -0 "$app_pid" 2>/dev/null || { echo "the app exited:"; cat "$tmp/app.log"; exit 1; }
  sleep 1
done
xdotool search --onlyvisible --name '^Steady$' >/dev/null || { echo "no visible Steady window"; cat "$tmp/app.log"; exit 1; }
sleep 4 # let the first screen render
shot=build/e2e/native-window.png
import -window root "$shot"
spread=$(convert "$shot" -colorspace Gray -format '%[fx:standard_deviation]' info:)
awk -v s="$spread" 'BEGIN { exit !(s > 0.02) }' || { echo "the window looks blank (spread $spread)"; exit 1; }
echo "native window screenshot: $shot"

expect_exit() {
  local want=$1; shift
  set +e; "$bin" "$@" >/dev/null 2>"$tmp/err"; local got=$?; set -e
  [ "$got" -eq "$want" ] || { echo "steady $*: exit $got, want $want"; cat "$tmp/err"; exit 1; }
}
expect_exit 0 version
expect_exit 2 frobnicate
expect_exit 2 check --bogus
expect_exit 1 check --db "$tmp/missing.db"
expect_exit 0 demo --db "$tmp/demo.db" --seed 3
expect_exit 1 demo --db "$tmp/demo.db"
expect_exit 0 check --db "$tmp/demo.db"
expect_exit 0 backup --db "$tmp/demo.db" --out "$tmp/demo-backup.db"
expect_exit 0 restore --db "$tmp/demo.db" --in "$tmp/demo-backup.db"
expect_exit 0 check --db "$tmp/demo.db"
echo "CLI exit codes ok"

# A failure is one plain line a person understands.
expect_line() {
  local want=$1; shift
  set +e; "$bin" "$@" >/dev/null 2>"$tmp/err"; local got=$?; set -e
  [ "$got" -eq 1 ] && [ "$(cat "$tmp/err")" = "$want" ] \
    || { echo "steady $*: exit $got, said: $(cat "$tmp/err")"; echo "want exit 1 and: $want"; exit 1; }
}
echo junk >"$tmp/junk.db"
expect_line "steady backup: $tmp/demo-backup.db already exists; choose another file name" \
  backup --db "$tmp/demo.db" --out "$tmp/demo-backup.db"
expect_line "steady backup: $tmp/demo.db-wal belongs to the database being backed up; choose another file name" \
  backup --db "$tmp/demo.db" --out "$tmp/demo.db-wal"
expect_line "steady restore: $tmp/junk.db is not a Steady database" restore --db "$tmp/demo.db" --in "$tmp/junk.db"
echo "CLI failure wording ok"
